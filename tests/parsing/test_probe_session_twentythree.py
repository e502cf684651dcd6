"""Faults shown by realistic CVs written as real files in the twenty-third probing session (agriculture and wine,
banking and insurance, the law, teaching, building trades, Spanish-speaking, Belgian and Swiss, and North African
applicants), and the faults left open by the twenty-second: each test holds one of them."""

from __future__ import annotations

from parsing.structure.experience import header_fields

from .files import text_jobs as _jobs

HEAD = "Marc Dubois\nmarc.dubois@exemple.fr\n\nEXPÉRIENCE PROFESSIONNELLE\n"


def test_two_seasons_of_one_year():
    """ "Printemps / Été 2019": two seasons of one year date the job; "Printemps" is no department store there (it
    was read as the employer, and Décathlon lost)."""
    text = HEAD + "Printemps / Été 2019 : Vendeur – Décathlon, Lille\n2016 – 2018 Caissier – Auchan, Lille\n"
    assert _jobs(text) == [("Décathlon", "Vendeur", "2019", "2019"), ("Auchan", "Caissier", "2016", "2018")]


def test_the_store_keeps_its_name():
    """The department store stays an employer beside its dates."""
    text = HEAD + "Vendeur – Printemps Haussmann, Paris (2019 – 2020)\nCaissier – Auchan, Lille (2016 – 2018)\n"
    assert _jobs(text)[0] == ("Printemps Haussmann", "Vendeur", "2019", "2020")


def test_empty_header_parts():
    """Empty header parts give empty fields (they raised an IndexError)."""
    assert header_fields(["", ""]) == ("", "", "")
