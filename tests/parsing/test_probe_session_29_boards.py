"""Faults of the twenty-ninth probing session on executives' board mandates and interim careers: the dated seats
under "Mandats d'administrateur", "Board positions" or "Non-Executive Roles" were dropped as no work, a firm's name
over its description stayed the last duty of the job before, a national service's post ("Coopérant du service
national") read as its employer. Each test holds one of them."""

from __future__ import annotations

from typing import Any

from parsing import parse_resume

HEAD = "Camille Martin\ncamille.martin@exemple.fr\n06 12 34 56 78\n\n"


def _work(text: str) -> list[dict[str, Any]]:
    return list(parse_resume((HEAD + text).encode(), "cv.txt")["work"])


def _pairs(text: str) -> list[tuple[str | None, str | None]]:
    return [(w.get("position"), w.get("name")) for w in _work(text)]


def test_board_seats_under_their_own_heading_are_work() -> None:
    """ "MANDATS D'ADMINISTRATEUR" and "NON-EXECUTIVE ROLES" list dated seats on named boards: jobs, as the
    experience above them (they were dropped with the heading)."""
    text = """EXPÉRIENCE PROFESSIONNELLE
Directrice Générale France – Groupe Varenne, Lyon (01/2019 – aujourd'hui)
• Pilotage d'un P&L de 400 M€
MANDATS D'ADMINISTRATEUR
Administratrice indépendante, membre du comité d'audit – Maison Bercy SA (06/2021 – aujourd'hui)
FORMATION
1999 – Master in Management, ESSEC Business School (Cergy)
"""
    assert _pairs(text)[1] == ("Administratrice indépendante, membre du comité d'audit", "Maison Bercy SA")
    text = """PROFESSIONAL EXPERIENCE
2019 – Present
Chief Financial Officer – Glenmorry Energy plc, Edinburgh
• Led the refinancing
NON-EXECUTIVE ROLES
2021 – Present
Non-Executive Director – Leith Arts Society
EDUCATION
2003 – MA Economics, University of St Andrews
"""
    assert _pairs(text)[1] == ("Non-Executive Director", "Leith Arts Society")


def test_the_mandates_of_elected_offices_stay_no_work() -> None:
    """ "Mandats et fonctions" (a farmer's, a lawyer's elected offices) still holds no jobs; "Mandats" alone heads
    work."""
    from parsing.structure.sections import heading_kind, names_no_work_history

    assert names_no_work_history("MANDATS ET FONCTIONS")
    assert heading_kind("MANDATS SOCIAUX") == "experience" and heading_kind("Board Positions") == "experience"
    assert heading_kind("MANDATS") == "experience"
