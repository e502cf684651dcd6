"""Second review of the twenty-eighth session's title scopes and units: rules that reached past the faults they were
written for (a bank's branch taken for an agency's terms, a bulleted internship taken for an operation) or fell short
of them ('●' left at a field's edge). Each test failed on the merge it reviews."""

from __future__ import annotations

from parsing.structure.experience import parse_experience


def _rows(lines: list[str]) -> list[tuple[str | None, str | None, str | None]]:
    return [(item.get("position"), item.get("name"), item.get("location")) for item in parse_experience(lines)]


def test_a_banks_branch_after_the_title_is_no_agencys_terms():
    """ "Conseiller clientèle – agence de Lyon Part-Dieu": the branch the adviser worked at, kept; only an agency
    alone or named as one ("– agency", "agence d'intérim") states the terms of the post."""
    assert _rows(["Conseiller clientèle – agence de Lyon Part-Dieu | 2018 – 2021"]) == [
        ("Conseiller clientèle", None, "agence de Lyon Part-Dieu")
    ]
    assert _rows(["Conseillère clientèle, agence Crédit Agricole de Pau | 2018 – 2021"]) == [
        ("Conseillère clientèle", None, "agence Crédit Agricole de Pau")
    ]
    assert _rows(["HGV Driver (Class 1) - agency (2007 - 2010)"]) == [("HGV Driver (Class 1)", None, None)]


def test_a_bulleted_internship_with_its_years_before_a_colon_is_a_job():
    """ "• Thales Alenia Space (2012–2013): stage de fin d'études" under a job whose dated line has no bullet: the
    words after the colon name the post, so it is a job (an operation's line names duties there)."""
    lines = [
        "Ingénieur d'études | Airbus | 2015 – 2020",
        "• Conception de pièces",
        "• Thales Alenia Space (2012–2013): stage de fin d'études",
    ]
    work = parse_experience(lines)
    assert [(item.get("startDate"), item.get("endDate")) for item in work] == [("2015", "2020"), ("2012", "2013")]


def test_a_round_bullet_at_a_fields_edge_is_a_separator():
    """ "Animatrice nature ● CPIE Bugey-Genevois ● 2018 – 2021": the '●' before the dates (or after them) parts the
    fields as '•' does and is no part of the employer or the title."""
    assert _rows(["Animatrice nature ● CPIE Bugey-Genevois ● 2018 – 2021"]) == [
        ("Animatrice nature", "CPIE Bugey-Genevois", None)
    ]
    assert _rows(["2018 – 2021 ● Animatrice nature ● CPIE Bugey-Genevois"]) == [
        ("Animatrice nature", "CPIE Bugey-Genevois", None)
    ]
