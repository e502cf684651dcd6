"""Ruled text CVs (session 28): lines of "=" or "-" around the headings are decoration, never content."""

from __future__ import annotations

from parsing import parse_resume

RULED = """INÈS MARCHETTI
Comédienne
06.22.71.38.50
ines.marchetti@example.fr

==============================================================
AUTRES EXPÉRIENCES
==============================================================
Depuis 2019 — Intervenante théâtre, Lycée Paul-Éluard (Saint-Denis)
2014 – 2016 — Ouvreuse / hôtesse d'accueil, Théâtre du Rond-Point (Paris), en parallèle des études

==============================================================
FORMATION
==============================================================
2013 : Licence Arts du spectacle — Université Sorbonne Nouvelle
"""


def _parse(text: str) -> dict:
    return parse_resume(text.encode("utf-8"), "cv.txt")


def test_a_rule_under_the_last_job_does_not_break_the_parse():
    # (the rule line closed the last job's body, and reading it as an employer's line crashed the parse)
    result = _parse(RULED)
    work = result["work"]
    assert [w["startDate"] for w in work] == ["2019", "2014"]
    assert work[1]["position"].startswith("Ouvreuse")
    assert all("=" not in h for w in work for h in w.get("highlights", []))


def test_rules_made_of_dashes_or_stars_are_dropped_too():
    text = RULED.replace("=" * 62, "-" * 40).replace("FORMATION\n" + "-" * 40, "FORMATION\n* * * * *")
    result = _parse(text)
    assert [w["startDate"] for w in result["work"]] == ["2019", "2014"]
    assert result["education"][0]["institution"] == "Université Sorbonne Nouvelle"


def test_a_plans_years_before_a_colon_in_a_bullet_are_no_job():
    # (r4's colon rule cut "agrément …" off the first part, and the plan named by its years became a job)
    text = (
        "Karim Benali\nk.benali@example.fr\n\nEXPÉRIENCE PROFESSIONNELLE\n"
        "01/2019 – aujourd'hui | Directeur\nAssociation Les Jardins du Lien – Villeurbanne\n"
        "• Direction d'une équipe de 12 salariés et 60 bénévoles\n"
        "• Projet social 2021-2025 : agrément centre social obtenu\n"
        "09/2014 – 12/2018 | Coordinateur jeunesse\nCentre social Bellevue – Saint-Priest\n"
    )
    work = _parse(text)["work"]
    assert [w.get("position") for w in work] == ["Directeur", "Coordinateur jeunesse"]


def test_a_title_before_a_spaced_colon_still_loses_its_remark():
    text = "Anna Berg\nanna@example.com\n\nEXPERIENCE\n2018 – 2020 | Online Editor : conform, finishing\nSoho Ltd\n"
    assert _parse(text)["work"][0]["position"] == "Online Editor"


def test_a_mark_after_the_year_of_a_degree_is_no_end_year():
    from parsing.structure.dates import find_date_ranges

    # ("B.Tech (CSE), JNTU Hyderabad, 2012 – 76%": the year and the mark obtained, not 2012 to 2076)
    for text in ("B.Tech (CSE), JNTU Hyderabad, 2012 – 76%", "SSC, 2008 - 85 %"):
        assert [(r.start, r.end) for r in find_date_ranges(text)] == [(text.split(", ")[-1][:4],) * 2]
    assert [(r.start, r.end) for r in find_date_ranges("Licence 2015 – 18")] == [("2015", "2018")]


def test_a_service_after_a_titles_slash_is_no_firm_in_french_either():
    # (review r1 left "Réceptionniste / accueil": the service words of shops and hotels were not in the departments)
    text = (
        "Léa Martin\nlea.martin@example.fr\n\nEXPÉRIENCE\nDéveloppeur Java / Capgemini — 2018–2021\n- Développement\n"
        "Réceptionniste / accueil — 2016–2018\n- Accueil des clients\n"
    )
    work = _parse(text)["work"]
    assert work[0]["name"] == "Capgemini"
    assert not work[1].get("name")
