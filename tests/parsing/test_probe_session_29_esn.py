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


def test_a_title_named_with_its_language_beats_the_mission_line_under_it():
    # ("Tech Lead Java" read as no title for its language, and "Mission chez …" gave the post "Mission")
    text = (
        "Paul Martin\npaul.martin@example.fr\n\nEXPÉRIENCES PROFESSIONNELLES\n"
        "Tech Lead Java\nJanv. 2021 – aujourd'hui\nMission chez AXA via Sopra Steria – Nanterre\n"
        "• Encadrement technique\n"
        "Développeur Java Spring\nSept. 2017 – Déc. 2020\nMission chez Orange via Sopra Steria – Paris\n"
        "• Développement\n"
    )
    work = _work(text)
    assert [(w.get("position"), w.get("name")) for w in work] == [
        ("Tech Lead Java", "Sopra Steria"),
        ("Développeur Java Spring", "Sopra Steria"),
    ]


def test_the_consultancy_after_via_or_mission_is_the_employer_of_a_client_written_first():
    # ("Airbus Group (via Altran)" kept the client as the employer; the second job, its dates under its header and
    # its town under them in a section that writes the dates beside the header, was lost)
    text = (
        "Sophie Bernard\nsophie.bernard@example.fr\n\nPROFESSIONAL EXPERIENCE\n"
        "Airbus Group (via Altran) — Data Scientist | 11/2021 – now\nToulouse\n• Modèles de prévision\n"
        "Safran (mission Alten, ex-Altran) — Data Analyst\nSept 2019 – Oct 2021\nVélizy\n• Dashboards qualité\n"
        "Internship — Machine Learning Intern @ Valeo | Feb – Aug 2019\nCréteil\n• Détection d'anomalies\n"
    )
    work = _work(text)
    assert [(w.get("position"), w.get("name"), w.get("startDate")) for w in work] == [
        ("Data Scientist", "Altran", "2021-11"),
        ("Data Analyst", "Alten", "2019-09"),
        ("Machine Learning Intern", "Valeo", "2019-02"),
    ]


def test_a_temping_agency_after_via_leaves_the_workplace_as_the_employer():
    text = (
        "Sophie Bernard\nsophie.bernard@example.fr\n\nEXPÉRIENCE\n"
        "Amazon (via Adecco) — Préparatrice de commandes | 2019 – 2020\nLauwin-Planque\n• Préparation\n"
    )
    assert _work(text)[0].get("name") == "Amazon"


def test_a_header_over_its_dates_and_town_is_kept_where_others_write_dates_beside_their_header():
    # (the header was read as the last line of the duties above, and the town under the dates as the header)
    text = (
        "Sophie Bernard\nsophie.bernard@example.fr\n\nPROFESSIONAL EXPERIENCE\n"
        "Safran — Data Scientist | 11/2021 – now\nToulouse\n• Modèles de prévision\n"
        "Thales — Data Analyst\nSept 2019 – Oct 2021\nVélizy\n• Dashboards qualité\n"
    )
    work = _work(text)
    assert [(w.get("name"), w.get("location")) for w in work] == [
        ("Safran", "Toulouse"),
        ("Thales", "Vélizy"),
    ]


def test_a_consultancy_whose_name_reads_as_a_title_is_the_employer():
    # ("Business & Decision" opens with a title's word: the job kept no employer)
    text = (
        "Chiamaka Obi\nchiamaka.obi@example.com\n\nEXPERIENCE\n"
        "Data Analyst — Business & Decision (Lille) | Since Jan 2022\n• Power BI reports\n"
        "Développeuse BI\nJuil. 2016 – Août 2019\nBusiness & Decision – Bordeaux\n• Flux ETL\n"
    )
    assert [w.get("name") for w in _work(text)] == ["Business & Decision", "Business & Decision"]


def test_a_consultants_assignment_line_names_a_client_no_job():
    # ("Assignment: Leroy Merlin (Lille)" under the consultancy's header made a job of its own at the client)
    text = (
        "Kofi Mensah\nkofi@example.com\n\nWORK EXPERIENCE\n"
        "Octo — Full-Stack Developer | Nov 2021 – Present\nAssignment: Leroy Merlin (Lille)\n• Build the stock API\n"
        "Worldline — Software Engineer | Jul 2018 – Oct 2021\n• Merchant back-office\n"
    )
    assert [w.get("name") for w in _work(text)] == ["Octo", "Worldline"]


def test_a_firm_named_in_a_consultancys_duty_is_a_client_no_job():
    # ("• Coaching de managers chez Castorama" under the consultancy's post made a job at the client)
    text = (
        "Fred Morin\nfred.morin@example.fr\n\nExpérience professionnelle\n"
        "Wavestone – Coach agile depuis janvier 2020\n"
        "• Accompagnement d'un train SAFe de 9 équipes chez Orange Business (RTE par intérim)\n"
        "• Coaching de Scrum Masters et de managers chez Castorama\n"
        "Valtech – Scrum Master mars 2015 – décembre 2019\n• Formations Scrum\n"
    )
    assert [w.get("name") for w in _work(text)] == ["Wavestone", "Valtech"]


def test_a_student_job_before_the_title_is_no_employer():
    # ("Job étudiant – Équipier polyvalent" took "Job étudiant" for the employer, and the firm's line made a job)
    text = (
        "Lucas Roy\nlucas.roy@example.fr\n\nEXPÉRIENCES\n"
        "Stage – Développeur Front-end\nKlaxoon – Rennes\nAvril 2022 – Juillet 2022\n• Composants Vue.js\n"
        "Job étudiant – Équipier polyvalent\nBurger King – Brest\n2019 – 2021\n• Week-ends et vacances scolaires\n"
    )
    assert [(w.get("position"), w.get("name")) for w in _work(text)] == [
        ("Développeur Front-end", "Klaxoon"),
        ("Équipier polyvalent", "Burger King"),
    ]
