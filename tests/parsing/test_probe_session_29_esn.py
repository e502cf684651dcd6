"""IT consultants' CVs (session 29): ESN jobs, their clients and missions, and the stacks their titles name."""

from __future__ import annotations

from parsing import parse_resume


def _work(text: str) -> list[dict]:
    return parse_resume(text.encode("utf-8"), "cv.txt")["work"]


def test_a_technology_after_a_titles_slash_is_no_employer():
    # ("DBA Oracle / PostgreSQL" read the database as the employer, and the firm's line below as a job of its own)
    text = (
        "Marie Durand\nmarie.durand@example.fr\n\nEXPÉRIENCE PROFESSIONNELLE\n"
        "DBA Oracle / PostgreSQL\nOrpea Informatique – Lyon\nDepuis mars 2019\n• Administration des bases\n"
        "Développeur C# / .NET\nNexity – Lille\n03/2015 – 02/2019\n• Applications métiers\n"
        "Développeur mobile Flutter / Kotlin\nMars 2012 – Février 2015\nAtos – Client : SNCF\n• Application mobile\n"
    )
    work = _work(text)
    assert [(w.get("position"), w.get("name")) for w in work] == [
        ("DBA Oracle / PostgreSQL", "Orpea Informatique"),
        ("Développeur C# / .NET", "Nexity"),
        ("Développeur mobile Flutter / Kotlin", "Atos"),
    ]


def test_a_framework_then_its_language_before_chez_is_one_title():
    # ("Développeur Symfony / PHP chez Altran" read the title as "PHP")
    text = (
        "Paul Martin\npaul.martin@example.fr\n\nEXPÉRIENCES\n"
        "Développeur Symfony / PHP chez Altran (ESN) - depuis 04/2021\n• Refonte du site\n"
        "Développeur web - Agence Web Plus - 09/2017 - 03/2021\n• Sites e-commerce\n"
    )
    assert _work(text)[0]["position"] == "Développeur Symfony / PHP"


def test_a_vendors_name_after_a_developers_slash_stays_the_employer():
    text = (
        "Paul Martin\npaul.martin@example.fr\n\nEXPÉRIENCE PROFESSIONNELLE\n"
        "Développeur Java / Oracle\n2015 – 2019\n• Outils internes\n"
    )
    assert _work(text)[0].get("name") == "Oracle"
