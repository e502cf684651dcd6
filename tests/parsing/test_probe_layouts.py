"""Layouts read off realistic French and English CVs of everyday trades (nurses, warehouse staff, hotel staff,
teachers, shop managers): what a header line holds besides the title and the employer, and what is no job."""

from __future__ import annotations

from parsing import parse_resume
from parsing.structure.entries import header_parts
from parsing.structure.experience import header_fields


def _jobs(text: str) -> list[tuple[str | None, str | None]]:
    result = parse_resume(text.encode(), "cv.txt")
    return [(item.get("position"), item.get("name")) for item in result["work"]]


NURSE_CV = """Camille Leroux
camille.leroux@example.fr

EXPÉRIENCES PROFESSIONNELLES

Infirmière – CHU de Nantes (44)
Septembre 2019 – aujourd'hui
• Prise en charge de 12 patients en postes de nuit

Infirmière (CDD) – Clinique Jules Verne, Nantes
Janvier 2016 – Août 2019
• Soins pré et post-opératoires, pansements complexes

Chargée d'affaires                                          Octobre 2013 – Décembre 2015
Manutan France – Agence de Lyon
• Gestion d'un portefeuille de 180 comptes PME
"""


def test_a_departement_number_a_contract_and_a_branch_are_no_employers() -> None:
    assert _jobs(NURSE_CV) == [
        ("Infirmière", "CHU de Nantes"),
        ("Infirmière (CDD)", "Clinique Jules Verne"),
        ("Chargée d'affaires", "Manutan France"),
    ]


def test_a_country_after_the_town_is_the_place_not_the_employer() -> None:
    parts = header_parts(["Front Desk Agent", "Novotel Paris Centre Tour Eiffel – Paris, France"])
    assert header_fields(parts) == ("Front Desk Agent", "Novotel Paris Centre Tour Eiffel", "Paris, France")
