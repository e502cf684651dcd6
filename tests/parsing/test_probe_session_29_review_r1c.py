"""Faults a review (r1c) found in the twenty-ninth session's executive and ESN changes: a real employer after a
later title's dash read as the business line of the capitals block above, a title that opens or ends with a firm's
kind ("Group leader") read as the firm's description, a firm after a title's separator ("Maison Dior") read as the
post's town, and an earlier job listed as a bullet under a consultancy ("Développeur chez Orange Business Services")
read as a client. Each test holds one of them."""

from __future__ import annotations

from typing import Any

import pytest

from parsing import parse_resume

HEAD = "Camille Martin\ncamille.martin@exemple.fr\n06 12 34 56 78\n\n"


def _work(text: str) -> list[dict[str, Any]]:
    return list(parse_resume((HEAD + text).encode(), "cv.txt")["work"])


def _pairs(text: str) -> list[tuple[str | None, str | None]]:
    return [(w.get("position"), w.get("name")) for w in _work(text)]


def test_a_firm_after_a_later_titles_dash_between_capitals_blocks_is_its_employer() -> None:
    """ "Directeur adjoint – Leader Price" between "CARREFOUR – Massy" and "AUCHAN – Englos": Leader Price was taken
    for what the title covered at Carrefour."""
    text = """EXPÉRIENCE PROFESSIONNELLE
2018 – aujourd'hui
CARREFOUR – Massy
Directeur de magasin
• Pilotage du CA
2014 – 2018
Directeur adjoint – Leader Price
• Animation commerciale
2010 – 2014
AUCHAN – Englos
Manager de rayon
2006 – 2010
CASINO – Saint-Étienne
Employé commercial
"""
    assert _pairs(text) == [
        ("Directeur de magasin", "CARREFOUR"),
        ("Directeur adjoint", "Leader Price"),
        ("Manager de rayon", "AUCHAN"),
        ("Employé commercial", "CASINO"),
    ]


def test_a_name_that_reads_as_a_firm_after_a_later_titles_dash_is_its_employer() -> None:
    """ "Finance Manager – Compagnie des Alpes" under "DANONE – Paris", in a section with NESTLE and KPMG lines."""
    text = """EXPÉRIENCE PROFESSIONNELLE
2019 – aujourd'hui
DANONE – Paris
Directeur financier
• Pilotage budgétaire
2015 – 2019
Finance Manager – Compagnie des Alpes
• Reporting
2011 – 2015
NESTLE – Vevey
Contrôleur de gestion
2008 – 2011
KPMG – Lyon
Auditeur
"""
    assert _pairs(text) == [
        ("Directeur financier", "DANONE"),
        ("Finance Manager", "Compagnie des Alpes"),
        ("Contrôleur de gestion", "NESTLE"),
        ("Auditeur", "KPMG"),
    ]


@pytest.mark.parametrize("title", ["Group leader", "Company secretary", "Tech leader", "Team leader", "Brand manager"])
def test_a_title_opening_or_ending_with_a_firms_kind_is_no_description(title: str) -> None:
    """ "Unilever – London" over "Group leader": the title was moved to the duties as the firm's description."""
    text = f"""EXPERIENCE
2018 – Present
Unilever – London
{title}
• Coordination of 4 teams
2014 – 2018
Nestlé – Vevey
Analyst
"""
    assert _pairs(text) == [(title, "Unilever"), ("Analyst", "Nestlé")]


def test_a_firm_after_a_titles_separator_under_a_group_is_no_town() -> None:
    """ "Directeur de magasin · Maison Dior" under "GROUPE ORVEA", beside posts written with their place: Maison Dior
    was the post's town and the group its employer."""
    text = """EXPÉRIENCE PROFESSIONNELLE
sept. 2006 à ce jour
GROUPE ORVEA
janv. 2020 à ce jour
Directeur Général Pays – Pologne · Varsovie
• Pilotage de 12 magasins
2011 – 2019
Directeur Régional · Lyon
• Animation du réseau
2008 – 2011
Directeur de magasin · Maison Dior
• Gestion d'équipe
"""
    last = _work(text)[-1]
    assert (last.get("position"), last.get("name"), last.get("location")) == (
        "Directeur de magasin",
        "Maison Dior",
        None,
    )


def test_a_title_chez_a_firm_under_a_consultancy_is_an_earlier_job_no_client() -> None:
    """ "• Développeur chez Orange Business Services" after "Expériences antérieures :" under "Sopra Steria": a post
    held there, kept; "• Développement chez Crédit Agricole", a duty, names a client."""
    text = """EXPÉRIENCE PROFESSIONNELLE
Sopra Steria – Ingénieur d'études | 2019 – 2023
• Développement chez Crédit Agricole
Expériences antérieures :
• Développeur chez Orange Business Services
• Technicien réseau chez SFR
"""
    names = [name for _, name in _pairs(text)]
    assert "Orange Business Services" in names
    assert "Crédit Agricole" not in names
    assert names[0] == "Sopra Steria"
