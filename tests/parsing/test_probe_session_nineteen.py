"""Faults shown by realistic CVs written as real files in the nineteenth probing session (pharma and biotech,
construction, IT consulting, hospitality, the public sector, Eastern Europeans, retail and fashion): each test holds
one of them."""

from __future__ import annotations

from parsing import parse_resume

from .files import text_jobs as _jobs


def test_a_title_after_the_labelled_employer_is_the_post():
    """ "Nom de l'employeur : Auchan – Hôtesse de caisse": the post follows the employer on its labelled line; a town
    there is no post."""
    text = (
        "Marie Durand\nmarie.durand@mail.fr\n\nExpérience professionnelle\n01/2019 – 06/2022\n"
        "Nom de l'employeur : Auchan – Hôtesse de caisse\n09/2016 – 12/2018\nEmployeur : Decathlon – Vendeuse\n"
        "2015\nEmployeur : Fnac – Paris\n"
    )
    assert [(job[0], job[1]) for job in _jobs(text)] == [
        ("Auchan", "Hôtesse de caisse"),
        ("Decathlon", "Vendeuse"),
        ("Fnac", None),
    ]


def test_an_employer_wrapped_after_its_preposition_goes_on_over_the_next_line():
    """ "Club Athlétique de" over "Montreuil": one club's name on two lines; a sentence cut after "of" is not."""
    text = (
        "Paul Martin\npaul@mail.fr\n\nEXPÉRIENCE\n2019 – 2022 Entraîneur adjoint\nClub Athlétique de\nMontreuil\n"
        "Encadrement des équipes de jeunes.\n2016 – 2018 Éducateur sportif\nUnion Sportive de\nCréteil\n"
    )
    assert [(job[0], job[1]) for job in _jobs(text)] == [
        ("Club Athlétique de Montreuil", "Entraîneur adjoint"),
        ("Union Sportive de Créteil", "Éducateur sportif"),
    ]


def test_a_language_list_run_into_its_heading_is_read():
    """ "LANGUES Français (natif), Anglais (C1)": the heading and its list on one row, with no colon between."""
    text = "Paul Martin\npaul@mail.fr\n\nEXPERIENCE\n2019 – 2022 Cashier\nTesco – Reading\n\n{}\n"
    for row, names in (
        ("LANGUES Français (natif), Anglais (C1)", ["Français", "Anglais"]),
        ("Languages German, Polish", ["German", "Polish"]),
    ):
        result = parse_resume(text.format(row).encode(), "cv.txt")
        assert [item["language"] for item in result["languages"]] == names
