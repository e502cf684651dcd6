"""Faults of the twenty-sixth probing session on the contact block: the name (a professional title before it, the
family name in capitals before a comma, the Europass form's English label, a given name that is also a place's word),
the home town (an unknown town before its country on the contact line, a German town's district, a Swiss postcode
before its town and country, an Irish Eircode) and languages named in passing. Each test holds one of them, with
guards."""

from __future__ import annotations

from parsing import parse_resume
from parsing.structure.languages import find_languages


def _parse(text: str) -> dict:
    return parse_resume(text.encode(), "cv.txt")


def _name(text: str) -> str | None:
    return _parse(text)["basics"].get("name")


def _location(text: str) -> dict[str, str]:
    return _parse(text)["basics"].get("location") or {}


def test_a_professional_title_before_the_name():
    """ "Engr. Chinedu Okonkwo": Nigeria's engineers write their title before the name, as "Dr." is."""
    contact = "Civil Engineer\n12 Adeola Odeku Street, Lagos, Nigeria\n+234 803 456 7812 • c.okonkwo@yahoo.com\n"
    assert _name(f"Engr. Chinedu Okonkwo\n{contact}") == "Chinedu Okonkwo"
    assert _name(f"Barr. Amaka Eze\n{contact}") == "Amaka Eze"
    # guard: a word that opens a title's abbreviation without its period stays
    assert _name("Arch Linux\nJohn Smith\njohn.smith@gmail.com\n") == "John Smith"


def test_the_family_name_in_capitals_before_a_comma():
    """ "OKAFOR, Ngozi Chiamaka": the capitals and the comma say the order, whatever the given names."""
    text = "OKAFOR, Ngozi Chiamaka\nPlot 1142, Mabushi, Abuja, FCT\nTel: +234 809 123 4456 | E-mail: n.o@yahoo.com\n"
    assert _name(text) == "Ngozi Chiamaka OKAFOR"
    # guard: a town and its country in capitals and a comma is no name
    assert _name("PARIS, France\nJean Dupont\njean.dupont@gmail.com\n") == "Jean Dupont"


def test_the_europass_forms_english_name_label():
    """ "Surname / First name | POPESCU Ioana": the Europass form's label cell beside its value."""
    text = (
        "Europass Curriculum Vitae\nPersonal information\nSurname / First name | POPESCU Ioana\n"
        "Address | Bondgenotenlaan 54, 3000 Leuven, Belgium\nTelephone | +32 478 55 19 02\nE-mail | ip@kuleuven.be\n"
    )
    assert _name(text) == "POPESCU Ioana"


def test_a_given_name_that_is_a_places_word():
    """ "Ville Mäkinen": "Ville" is a Finnish given name, not only the French word for a town."""
    text = "Ville Mäkinen\nBackend developer\nHämeentie 31, 00500 Helsinki · +358 40 718 2233 · vm@iki.fi\n"
    assert _name(text) == "Ville Mäkinen"
    # guard: the town's own name is none
    assert _name("Ville de Lyon\nMarie Durand\nmarie.durand@gmail.com\n") == "Marie Durand"


def test_an_unknown_town_before_its_country_on_the_contact_line():
    """ "Tübingen, Germany – +49 …", "Évry-Courcouronnes, France | +33 …": the town the gazetteer lacks, written
    beside the phone number and the e-mail, is the person's."""
    text = "Nicolas Garnier\nTübingen, Germany – +49 1512 7734 906 – nicolas.garnier@gmail.com\n"
    assert _location(text) == {"city": "Tübingen", "countryCode": "DE"}
    text = "Claire Vasseur\nÉvry-Courcouronnes, France | +33 (0)6 33 57 81 24 | claire.vasseur@gmail.com\n"
    assert _location(text) == {"city": "Évry-Courcouronnes", "countryCode": "FR"}
    # guard: a region on the same line is no town
    text = "Claire Vasseur\nBretagne, France | +33 (0)6 33 57 81 24 | claire.vasseur@gmail.com\n"
    assert _location(text) == {"countryCode": "FR"}


def test_a_german_towns_district_after_a_hyphen():
    """ "Berlin-Kreuzberg, Germany": the town, as Germany writes its districts."""
    text = "Sofia Marino\nBerlin-Kreuzberg, Germany\n+49 151 23456789\nsofia.marino@gmail.com\n"
    assert _location(text) == {"city": "Berlin", "countryCode": "DE"}


def test_a_swiss_postcode_before_its_town_and_country():
    """ "1227 Carouge, Switzerland": four figures alone before a town and the country that writes four."""
    text = "Lucas Favre\n1227 Carouge, Switzerland\n+41 78 612 40 95\nlucas.favre@gmail.com\n"
    assert _location(text) == {"city": "Carouge", "postalCode": "1227", "countryCode": "CH"}


def test_an_irish_eircode_after_its_town():
    """ "Apt 4, Claddagh Quay, Galway H91 E2K7": the Eircode ends the address, as a British postcode does."""
    text = "Niamh Gallagher\nApt 4, Claddagh Quay, Galway H91 E2K7 · +353 85 733 1290 · niamh@gmail.com\n"
    assert _location(text) == {"city": "Galway", "countryCode": "IE"}


def test_a_language_named_in_passing_outside_the_languages_section():
    """ "French GAAP, normes … professionnel", "supporting English language learners": a name that qualifies a word,
    or a level wording of another item of the sentence, is no spoken language."""
    assert find_languages("Normes : IFRS 9, French GAAP, normes d'exercice professionnel", require_level=True) == []
    text = "Licensed elementary teacher. Skilled in planning and supporting English language learners."
    assert find_languages(text, require_level=True) == []
    # guards: a level beside the name, before it or after a comma
    for text in ("Fluent English speaker", "Anglais, courant", "English level C1", "Anglais professionnel"):
        assert [item.code for item in find_languages(text, require_level=True)] == ["en"], text
