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
