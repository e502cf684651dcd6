"""Faults of the twenty-seventh probing session on the contact block: the home town kept with the phone number's label
after it ("Bruxelles GSM :"), a business postcode's "Cedex", a label before the town ("Adresse Rennes (35)"), a town in
a dated remark of the headline ("Attorney at Law (New York, 2014)"), a long address on the contact line, a compound
town alone on its line, and a British number after the postcode. Each test holds one of them, with guards."""

from __future__ import annotations

from parsing import parse_resume
from parsing.structure.contact import find_phone


def _parse(text: str) -> dict:
    return parse_resume(text.encode(), "cv.txt")


def _city(text: str) -> str | None:
    return (_parse(text)["basics"].get("location") or {}).get("city")


def test_the_phone_numbers_label_after_the_town():
    """ "1190 Bruxelles GSM : 0476 …": the label stays when the number goes; it is no part of the town."""
    text = "Nathalie Vandenbroeck\nComptable\nAvenue Brugmann 187, 1190 Bruxelles GSM : 0476 23 45 18 n.v@skynet.be\n"
    assert _city(text) == "Bruxelles"
    text = "Serge Kouamé\nCocody Angré 8e tranche, Abidjan / Cel : +225 07 08 45 19 62 / serge.kouame@gmail.com\n"
    assert _city(text) == "Abidjan"
    # guard: a town whose name ends like a label is kept whole
    assert _city("Jean Dupont\n12 rue Haute, 29000 Quimper\n06 12 34 56 78 · jd@gmail.com\n") == "Quimper"


def test_cedex_is_no_part_of_the_town():
    text = "Antoine Le Goff\nCampus de Beaulieu, 263 avenue du Général Leclerc, 35042 Rennes Cedex\n+33 2 23 23 58 14\n"
    assert _city(text) == "Rennes"
    text = "Luc Martin\nCité scientifique, 59655 Villeneuve-d'Ascq CEDEX 9\n06 11 22 33 44\n"
    assert _city(text) == "Villeneuve-d'Ascq"


def test_a_label_before_the_town_and_its_department():
    assert _city("Manon Girard\nAdresse Rennes (35)\n06 12 34 56 78\nmanon.girard@gmail.com\n") == "Rennes"
    assert _city("Manon Girard\nVille : Toulon (83)\n06 12 34 56 78\n") == "Toulon"


def test_a_town_in_a_dated_remark_of_the_headline():
    """ "Attorney at Law (New York, 2014)" says where the bar was passed; "Paris, France" below is the home town."""
    text = (
        "Pierre-Alexandre Martin\nAvocat à la Cour (Paris Bar, 2015) | Attorney at Law (New York, 2014)\n"
        "Paris, France\n+33 6 48 20 77 15\npa.martin@example.com\n"
    )
    assert _city(text) == "Paris"
    # guard: a remark in brackets without a year stays in its address
    assert _city("Jeanne Roux\n8 rue de la Paix (Résidence Les Pins, bât. 2), 69003 Lyon\n06 12 34 56 78\n") == "Lyon"


def test_a_long_address_on_the_contact_line_before_its_country():
    text = "Élodie Perrin\nJl. Wijaya I No. 48, Jakarta, Indonésie – +62 812 3456 7821 – elodie.perrin@example.com\n"
    assert _city(text) == "Jakarta"


def test_a_compound_town_alone_on_its_line():
    """ "Aulnay-sous-Bois": built as a town's name is, alone in the contact block, though the gazetteer lacks it."""
    text = "Moussa Diarra\nCariste - Agent logistique\nAulnay-sous-Bois\n07.58.61.22.04\nmoussa.diarra93@gmail.com\n"
    assert _city(text) == "Aulnay-sous-Bois"
    # guard: a school's or an employer's name of that shape is none ("Lycée Saint-Jean-de-Luz" is a school)
    assert _city("Paul Roux\nLycée Saint-Jean-de-Luz\n06 12 34 56 78\n") != "Lycée Saint-Jean-de-Luz"


def test_a_british_number_after_the_postcode():
    line = "Chorlton, Manchester M21 07458 216903 rebecca.shaw@example.co.uk"
    assert find_phone([line], "GB", []) == ("+447458216903", "GB")
    assert find_phone(["London SW1A 1AA 020 7946 0000"], "GB", []) == ("+442079460000", "GB")
    # guard: a French number after a letter and a digit is read as before
    assert find_phone(["Bât. A1 06 12 34 56 78"], "FR", []) == ("+33612345678", "FR")
