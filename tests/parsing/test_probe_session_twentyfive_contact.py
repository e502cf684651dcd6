"""Faults of the twenty-fifth probing session on the contact block: the home town (a British county with no postcode
after the town, a town the gazetteer lacks before its country, a Danish post office's district letter), the phone
number (a street named after a town sent the home region astray) and a spoken language's variety. Each test holds
one of them, with guards."""

from __future__ import annotations

from parsing import parse_resume
from parsing.structure.geo import find_places
from parsing.structure.languages import find_languages, grid_rows


def _parse(text: str) -> dict:
    return parse_resume(text.encode(), "cv.txt")


def _location(text: str) -> dict[str, str]:
    return _parse(text)["basics"].get("location") or {}


def _languages(text: str) -> list[str]:
    return [item["language"] for item in _parse(text)["languages"]]


def test_a_town_before_its_british_county_without_a_postcode():
    """ "Cirencester, Gloucestershire" over "07700 900781": the town before its county; the county alone is none."""
    text = "Olivia Hart\nCirencester, Gloucestershire\n07911 123456\nliv@gmail.com\n"
    assert _location(text) == {"city": "Cirencester", "countryCode": "GB"}
    text = "Olivia Hart\n14 High Street, Wokingham, Berkshire, UK\n07911 123456\n"
    assert _location(text) == {"city": "Wokingham", "countryCode": "GB"}
    # guard: a county and its country, no town
    assert _location("Olivia Hart\nKent, UK\n07911 123456\n") == {"countryCode": "GB"}


def test_a_town_the_gazetteer_lacks_before_its_country():
    """ "Croissy-sur-Seine, France" beside the phone number: the town, not only the country, when its name is built as
    a place's (a particle between two names; a word alone may be an employer's, "Capgemini, France")."""
    text = "Hannah Whitfield\nCroissy-sur-Seine, France\n+33 6 42 19 77 05\nhannah.whitfield@gmail.com\n"
    assert _location(text) == {"city": "Croissy-sur-Seine", "countryCode": "FR"}
    text = "Tom Hale\n12 Elm Close, Stratford-upon-Avon, United Kingdom\n07911 123456\n"
    assert _location(text) == {"city": "Stratford-upon-Avon", "countryCode": "GB"}
    # guards: a département, a region, a county, a province after a town, a label, an employer, a person
    for header, country in [
        ("Haute-Savoie, France", "FR"),
        ("Île-de-France, France", "FR"),
        ("Surrey, UK", "GB"),
        ("Permis B, France", "FR"),
        ("La Poste, France", "FR"),
    ]:
        assert _location(f"Hannah Whitfield\n{header}\n+33 6 42 19 77 05\n") == {"countryCode": country}, header
    assert "city" not in _location("Hannah Whitfield\nMarie Dupont, France\n+33 6 42 19 77 05\n")
    assert _location("Lucas Gómez\nRosario, Santa Fe, Argentina\n+54 9 341 555 1234\n").get("city") != "Santa Fe"


def test_a_post_offices_district_letter_is_no_part_of_the_town():
    """ "8000 Aarhus C", "1620 København V", "1211 Genève 2": the town, as "75011 Paris" names Paris."""
    text = "Mads Nielsen\nNørregade 12, 2. th.\n8000 Aarhus C\nDenmark\n+45 22 47 81 90\n"
    assert _location(text) == {"city": "Aarhus", "postalCode": "8000", "countryCode": "DK"}
    text = "Mads Nielsen\nVesterbrogade 12, 1620 København V\n+45 20 12 34 56\n"
    assert _location(text)["city"] == "København"


def test_a_street_named_after_a_town_names_no_place():
    """ "14 Wellington Road" over "Manchester M14 6EQ": New Zealand's capital was taken for the home region, and the
    British mobile "07700 900 458" (a range the library holds for no one's) was lost; "rue de Londres" is in Paris."""
    text = (
        "Daniel O'Connor\nSite Manager\nCONTACT\n14 Wellington Road\nManchester M14 6EQ\n07700 900 458\n"
        "dan.oconnor@outlook.com\n"
    )
    assert _parse(text)["basics"].get("phone") == "+447700900458"
    assert find_places("14 Wellington Road") == []
    assert find_places("12 rue de Londres, 75009 Paris") == [("city", "paris", "FR")]
    # guards: the town itself, and a town after a street
    assert find_places("Wellington, New Zealand") == [("city", "wellington", "NZ"), ("country", "new zealand", "NZ")]
    assert find_places("London Road, Reading") == [("city", "reading", "GB")]


def test_a_creoles_variety_is_named_whole():
    """ "Créole réunionnais (langue maternelle)": the variety the CV names, not "Créole"."""
    text = "Yannick Payet\nyannick@gmail.com\n\nLANGUES\nCréole réunionnais (langue maternelle)\nAnglais (B2)\n"
    assert _languages(text) == ["Créole réunionnais", "Anglais"]
    text = "Priya Ramdin\npriya@gmail.com\n\nLANGUAGES\nMauritian Creole – native\nFrench – fluent\n"
    assert _languages(text) == ["Mauritian Creole", "French"]


def test_the_first_language_under_the_heading_in_the_headings_type():
    """ "LANGUAGES" over "German" set in the same bold type, then "Native": the first language was read as the
    heading's second line and lost; a level alone on the line under a language is that language's."""
    text = "Sarah Keller\nsarah@bluewin.ch\n\nLANGUAGES German\nNative\nEnglish\nFluent (C2)\nFrench\nGood (B2)\n"
    assert [(item["language"], item.get("fluency")) for item in _parse(text)["languages"]] == [
        ("German", "Native"),
        ("English", "C2"),
        ("French", "B2"),
    ]
    text = "Julie Martinez\njulie@gmail.com\n\nLANGUES Anglais\nCourant\nEspagnol\nLangue maternelle\n"
    assert [(item["language"], item.get("fluency")) for item in _parse(text)["languages"]] == [
        ("Anglais", "C1"),
        ("Espagnol", "Langue maternelle"),
    ]


def test_a_postcode_between_commas_and_icons_between_items():
    """ "Address: 8 rue Jean Moulin, 69300, Caluire-et-Cuire, France (Home)", as the Europass form writes it;
    "⌂ Saint-Ouen-sur-Seine (93) ☎ 06 98 14 27 63 ✉ …": icons part the contact line's items."""
    text = "Giulia Romano\nAddress: 8 rue Jean Moulin, 69300, Caluire-et-Cuire, France (Home)\n(+33) 644127890\n"
    assert _location(text) == {"city": "Caluire-et-Cuire", "postalCode": "69300", "countryCode": "FR"}
    text = "Maxime Lambert\n⌂ Saint-Ouen-sur-Seine (93) ☎ 06 98 14 27 63 ✉ maxime.lambert@hotmail.fr\n"
    assert _location(text) == {"city": "Saint-Ouen-sur-Seine", "countryCode": "FR"}
    # guard: a figure between commas with no street before it is no postcode
    assert "postalCode" not in _location("Maxime Lambert\nCDI, 35000, Rennes\n06 98 14 27 63\n")


def test_the_europass_grids_labels_with_each_words_plural():
    """ "Langue(s) maternelle(s)" over "Français" under "COMPÉTENCES PERSONNELLES" (a Word table the form's reading
    does not rewrite): the mother tongue was lost (the grid's label was known only with one "(s)" at its end)."""
    rows = grid_rows(["Langue(s) maternelle(s)", "Français", "Autre(s) langue(s)", "Anglais – C1"])
    assert [item.code for row in rows for item in find_languages(row, require_level=True)] == ["fr", "en"]
