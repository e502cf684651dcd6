"""Faults of the twenty-ninth probing session on the contact block and the spoken languages: African and Asian
languages' names as their speakers write them, a languages column beside another one, unusual languages headings, a
pair of languages after one level, a game named after a language; the towns and the numbers of South Africa, Kenya,
Nigeria, Canada, Australia and Singapore, read from the address's own structure; another number's label."""

from __future__ import annotations

from parsing import parse_resume
from parsing.structure.contact import find_phone


def _parse(text: str) -> dict:
    return parse_resume(text.encode(), "cv.txt")


def _languages(text: str) -> list[str]:
    return [item["language"] for item in _parse(text)["languages"]]


def _city(text: str) -> str | None:
    return (_parse(text)["basics"].get("location") or {}).get("city")


def test_african_and_asian_languages_as_their_speakers_write_them():
    text = (
        "Lerato Dube\nlerato.dube@gmail.com\n\nLANGUAGES\nisiZulu (native)\nSesotho (fluent)\nSetswana (basic)\n"
        "isiXhosa (basic)\nKiswahili (fluent)\nDholuo (native)\nKalenjin (basic)\nKikuyu (basic)\nHokkien (basic)\n"
        "Krio (notions)\nPidgin English (fluent)\n"
    )
    languages = _languages(text)
    assert languages == [
        "isiZulu",
        "Sesotho",
        "Setswana",
        "isiXhosa",
        "Kiswahili",
        "Dholuo",
        "Kalenjin",
        "Kikuyu",
        "Hokkien",
        "Krio",
        "Pidgin English",
    ]


def test_a_languages_column_beside_the_skills():
    """ "Compétences | Langues" over rows of two cells: the second cells are languages, levels stated or not."""
    text = (
        "Awa Diallo\nawa.diallo@gmail.com\n\nEXPÉRIENCE\n2019 – 2024 : Infirmière, CHU de Nantes\n\n"
        "Compétences | Langues\n• Soins d'urgence | Français\n• Logiciel DxCare | Vietnamien\n"
        "• Tutorat | Anglais (B1)\n"
    )
    assert set(_languages(text)) == {"Français", "Vietnamien", "Anglais"}
    # guard: a column of another kind names no language ("Voyages" is no languages heading)
    text = "Awa Diallo\nawa.diallo@gmail.com\n\nCompétences | Voyages\n• Soins d'urgence | Portugal\n"
    assert _languages(text) == []


def test_unusual_languages_headings():
    text = "Awa Diallo\nawa.diallo@gmail.com\n\nLes langues que je parle\nFrançais\nMooré\nAnglais (intermédiaire)\n"
    assert _languages(text) == ["Français", "Mooré", "Anglais"]
    text = "Nurul Rahman\nnurul@gmail.com\n\nTONGUES\nEnglish\nMalay (native)\n"
    assert _languages(text) == ["English", "Malay"]


def test_a_pair_of_languages_after_one_level():
    text = "Maria Lopez\nmaria@gmail.com\n\nSKILLS\nEpic EHR · Wound care · Bilingual English/Spanish\n"
    assert _languages(text) == ["English", "Spanish"]


def test_a_game_named_after_a_language_is_none():
    text = "Sean Byrne\nsean@gmail.com\n\nLANGUAGES\nEnglish, Irish (conversational)\nGaelic football, live music\n"
    assert _languages(text) == ["English", "Irish"]


def test_towns_of_south_africa_kenya_and_nigeria():
    """The town before a four-digit postcode in a part of its own, after a post office box, in a street address."""
    assert _city("Ayanda Ndlovu\n079 876 5432\nOrlando West, Soweto,\nJohannesburg, 1804\n") == "Johannesburg"
    assert _city("Anri du Plessis\nCell: 071 234 5678\nLynnwood Ridge, Pretoria, 0081\n") == "Pretoria"
    assert _city("Kibet Joseph\nADDRESS: P.O Box 5560 - 30100, Eldoret\nMOBILE: 0733-456-789\n") == "Eldoret"
    assert _city("Tunde Lawal\nNo. 8, Ring Road, Challenge, Ibadan, Oyo State\nPhone: 08031234567\n") == "Ibadan"
    assert _city("Seun Adeyemi\nMobile: +234 809 876 5432\nIkeja, Lagos\n") == "Lagos"
    # guard: a year after a French town is no postcode
    assert _city("Jean Dupont\n06 12 34 56 78\nLyon, 2019\n") == "Lyon"


def test_the_post_town_after_its_suburb():
    """An Australian state and postcode, a Canadian province and postal code, Singapore's six digits: the town they
    follow, not the suburb before it."""
    assert _city("Siobhan O'Brien\n0438 765 432 | Scarborough, Perth WA 6019\n") == "Perth"
    assert _city("Hamish Clarke\n0421 987 654 | Glenelg, Adelaide SA 5045\n") == "Adelaide"
    assert _city("Jen MacDonald\n(902) 555-0186 | Halifax, Nova Scotia B3H 2Y9\n") == "Halifax"
    assert _city("Raj Patel\n647-555-0110 | Mississauga, ON L5B 3C2\n") == "Mississauga"
    assert _city("Lim Jia Hui\nMobile: +65 9876 5432\nAng Mo Kio Ave 3, Singapore 560123\n") == "Singapore"
    text = "Émilie Tremblay\nOrléans, Ottawa, ON K1C 7H3 613 555 0191 emilie.tremblay@rogers.com\n"
    assert _city(text) == "Ottawa"
    assert _parse(text)["basics"]["phone"] == "+16135550191"
    # guard: a French address reads as before
    assert _city("Marie Roux\n12 rue de la Paix, 45000 Orléans\n06 12 34 56 78\n") == "Orléans"


def test_local_numbers_take_the_country_of_the_address():
    text = "Naledi Dlamini\n073 456 7890\nnaledi.dlamini@gmail.com\n45 Florida Road, Morningside, Durban, 4001\n"
    assert _parse(text)["basics"]["phone"] == "+27734567890"
    text = "Kibet Joseph\nADDRESS: P.O Box 5560 - 30100, Eldoret\nMOBILE: 0733-456-789\n"
    assert _parse(text)["basics"]["phone"] == "+254733456789"
    # guard: a French number on a French CV stays French
    assert _parse("Jean Dupont\n06 12 34 56 78\nLyon\n")["basics"]["phone"] == "+33612345678"


def test_another_numbers_label_does_not_put_it_first():
    lines = ["+234 809 112 2334 | ngozi@gmail.com | Port Harcourt", "Alt. phone: 0703 998 7766"]
    assert find_phone(lines, "NG", [])[0] == "+2348091122334"
    # guard: the label of the person's own number still counts
    assert find_phone(["0703 998 7766", "Phone: 0809 112 2334"], "NG", [])[0] == "+2348091122334"


def _name(text: str) -> str | None:
    return _parse(text)["basics"].get("name")


def test_a_title_before_the_name_or_letters_after_it():
    assert _name("Docteur Hélène GARNIER\nPraticien hospitalier\n06 12 34 56 78\n") == "Hélène GARNIER"
    assert _name("ENG. OTIENO ODHIAMBO\nMobile: +254 722 123 456\nCivil Engineer\n") == "OTIENO ODHIAMBO"
    assert _name("Daniel Hughes MPharm\nClinical Pharmacist\n07700 900123\n") == "Daniel Hughes"
    # guard: a family name that is also a title's word is kept ("Eng" without its full stop)
    assert _name("Li Eng\nAccountant\n+65 9876 5432\n") == "Li Eng"


def test_a_titles_first_word_after_the_name():
    """ "Kwame Asante Regional Managing Director – West Africa": "Regional" opens the title."""
    text = "Kwame Asante Regional Managing Director – West Africa | Beverages\n+44 20 7946 0958 kwame@gmail.com\n"
    assert _name(text) == "Kwame Asante"
