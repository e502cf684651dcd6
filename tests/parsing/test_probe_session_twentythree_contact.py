"""Faults of the twenty-third probing session on names, towns and languages: the candidate's name on a form's label
rows, the town of the contact block (a street named after another town, a postcode before or after it, foreign towns
with their country), and the spoken languages named as the CV names them. Each test holds one of them."""

from __future__ import annotations

from parsing import parse_resume


def _languages(text: str) -> list[str]:
    return [item["language"] for item in parse_resume(text.encode(), "cv.txt")["languages"]]


def test_a_language_is_named_as_the_cv_names_it():
    """ "Tamazight : langue maternelle", "Twi: native", "LSF : A2": the CV's own word for the language, not the
    parser's ("Berbère", "Akan", "Langue des signes"); known names get their accents and capitals back."""
    text = (
        "Karim Benali\nkarim@mail.ma\n\nLANGUES\nTamazight : langue maternelle\nARABE : courant\nfrancais : courant\n"
        "LSF : A2\n"
    )
    assert _languages(text) == ["Tamazight", "Arabe", "Français", "LSF"]
    text = "Kwame Mensah\nkwame@mail.com\n\nLANGUAGES\nEnglish: native French: C1 Twi: native\n"
    assert _languages(text) == ["English", "French", "Twi"]


def test_the_languages_section_names_a_language_found_elsewhere_first():
    """ "Langue des signes (niveau 1)" among the skills, "LSF : A2" under LANGUES: one language, named as the
    languages section names it."""
    text = (
        "Manon Robin\nmanon@mail.fr\n\nCOMPÉTENCES\n• Patience et écoute\n• Langue des signes (niveau 1)\n\n"
        "LANGUES\n• Anglais : notions\n• LSF : A2\n"
    )
    assert _languages(text) == ["Anglais", "LSF"]


def test_a_test_score_alone_is_english_in_the_cvs_language():
    """ "TOEIC 850" with no language named: English, named in the CV's language (the CV writes no wording)."""
    text = (
        "Julie Martin\njulie@mail.fr\n\nEXPÉRIENCE\n2019 – 2022 Comptable – Fiducial, Lyon\n\n"
        "COMPÉTENCES\nExcel, SAP\nTOEIC 850\n"
    )
    assert _languages(text) == ["Anglais"]


def test_regional_languages_of_spain_and_the_andes():
    """ "Valencien : maternelle", "Valencian – native", "Quechua : notions", "Swiss German – basic": languages of
    their own (Valencian is Catalan, Swiss German Alemannic), which were left out."""
    text = (
        "Lucía Castillo\nlucia@mail.es\n\nLANGUES\nEspagnol : maternelle · Valencien : maternelle · Anglais : B2\n"
        "Quechua : notions\n"
    )
    assert _languages(text) == ["Espagnol", "Valencien", "Anglais", "Quechua"]
    text = "Pablo Fernández\npablo@mail.es\n\nLanguages\n• Spanish – native\n• Valencian – native\n• English – C1\n"
    assert _languages(text) == ["Spanish", "Valencian", "English"]
    text = "Luc Gerber\nluc@mail.ch\n\nLANGUAGES\nFrench native\nGerman intermediate\nSwiss German basic\n"
    assert _languages(text) == ["French", "German", "Swiss German"]


def test_surnames_that_name_languages_are_no_languages_outside_a_list():
    """ "Gallego" and "Guaraní" are surnames and a football club too: outside a list of languages they need more
    than a level word after them."""
    text = (
        "Marta Ruiz\nmarta@mail.es\n\nEXPÉRIENCE\n2019 – 2022 Assistante – Cabinet Gallego, courant 2020\n\n"
        "COMPÉTENCES\nRéférent Gallego expert\n\nLANGUES\nEspagnol : maternelle\n"
    )
    assert _languages(text) == ["Espagnol"]
