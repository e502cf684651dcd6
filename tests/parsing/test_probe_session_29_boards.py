"""Faults of the twenty-ninth probing session on executives' board mandates and interim careers: the dated seats
under "Mandats d'administrateur", "Board positions" or "Non-Executive Roles" were dropped as no work, a firm's name
over its description stayed the last duty of the job before, a national service's post ("Coopérant du service
national") read as its employer. Each test holds one of them."""

from __future__ import annotations

from typing import Any

import pytest

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
    """ "Mandats et fonctions" (a farmer's, a lawyer's elected offices) still holds no jobs."""
    from parsing.structure.sections import names_no_work_history

    assert names_no_work_history("MANDATS ET FONCTIONS")


@pytest.mark.parametrize("heading", ["MANDATS SOCIAUX", "Board Positions", "MANDATS"])
def test_headings_of_board_seats_are_work(heading: str) -> None:
    """ "Mandats sociaux", "Board Positions" and "Mandats" alone head an executive's board seats: work."""
    from parsing.structure.sections import heading_kind

    assert heading_kind(heading) == "experience"


def test_a_firms_name_over_its_description_after_another_firms_duties() -> None:
    """ "Compagnie de Vaubrun – La Défense" over "Leader mondial des matériaux – 51 Md€ de CA", then titles with
    their dates, after the duties of a job at another firm: the name stayed a duty of that job, and its firm
    employed the titles."""
    text = """CARRIÈRE
Valmont Conseil, Paris
01/2021 – aujourd'hui
Président fondateur
• Accompagnement de dirigeants
Compagnie de Vaubrun – La Défense
Leader mondial des matériaux – 51 Md€ de CA – 160 000 collaborateurs
Directeur Général Délégué France
01/2015 – 12/2020
• Cession d'une activité
Directeur Financier Pôle Vitrage
09/2005 – 02/2010
• Refinancement de la dette
FORMATION
1987 – Diplôme d'ingénieur, École polytechnique (Palaiseau)
"""
    assert _pairs(text) == [
        ("Président fondateur", "Valmont Conseil"),
        ("Directeur Général Délégué France", "Compagnie de Vaubrun"),
        ("Directeur Financier Pôle Vitrage", "Compagnie de Vaubrun"),
    ]


def test_a_national_service_cooperant_is_a_post() -> None:
    """ "Ambassade de France au Japon, Tokyo" / "1988 – 1989" / "Coopérant du service national": the post was read
    as the employer and the embassy lost."""
    text = """EXPÉRIENCE PROFESSIONNELLE
Ministère des Finances, Paris
1990 – 1994
Adjoint au chef de bureau
Ambassade de France au Japon, Tokyo
1988 – 1989
Coopérant du service national
FORMATION
1987 – Diplôme d'ingénieur, École polytechnique (Palaiseau)
"""
    assert _pairs(text)[1] == ("Coopérant du service national", "Ambassade de France au Japon")


def test_an_interim_managers_mission_under_the_own_consultancy() -> None:
    """ "MT Conseil & Transition, Dijon depuis 2019" over "DAF de transition": the post held as an interim manager
    was no title, so it stood for the employer and the consultancy became a job of its own, undated."""
    text = """Expériences professionnelles
MT Conseil & Transition, Dijon depuis 2019
DAF de transition
• Reprise en main de la direction financière
Bourgogne Vins Distribution, Beaune | 2010-2018
Directrice Administrative et Financière
• Supervision de la comptabilité
Formation
1994 – DESS Contrôle de gestion, IAE Dijon
"""
    work = _work(text)
    assert [(w.get("position"), w.get("name"), w.get("startDate")) for w in work] == [
        ("DAF de transition", "MT Conseil & Transition", "2019"),
        ("Directrice Administrative et Financière", "Bourgogne Vins Distribution", "2010"),
    ]


def test_a_bracketed_remark_on_what_the_time_between_jobs_went_to() -> None:
    """ "(nov. 2020 – mai 2021 : création de … et certification manager de transition)" between two jobs: a remark,
    no job."""
    text = """PARCOURS
> Directeur financier de transition | Arvel Finance Conseil (SASU), Montpellier | juin 2021 à ce jour
Reprise en main de la direction financière ; Préparation de la cession.
(nov. 2020 – mai 2021 : création d'Arvel Finance Conseil et certification manager de transition)
> Directeur Administratif et Financier | Clinique du Lez, Montpellier | sept. 2014 – oct. 2020
Pilotage du BFR ; Refinancement de la dette senior.
ÉTUDES
Mastère Spécialisé Contrôle de gestion – Montpellier Business School, Montpellier (2006)
"""
    assert [position for position, _name in _pairs(text)] == [
        "Directeur financier de transition",
        "Directeur Administratif et Financier",
    ]
