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


def _name(text: str) -> str:
    return parse_resume(text.encode(), "cv.txt")["basics"].get("name", "")


def test_a_form_name_row_without_a_colon():
    """ "Nom Paul Nguyen" over "Adresse" and "Téléphone": a Europass-like form's label cell and the value beside it
    read as one line; the name was missed (the label made the line no name, and no colon made it a field)."""
    text = (
        "Informations personnelles\nNom Paul Nguyen\nAdresse\n9 avenue de Choisy, 75013 Paris\nTéléphone\n"
        "06.33.71.58.24\nCourrier électronique\npaul.nguyen@exemple.fr\n\nEXPÉRIENCE PROFESSIONNELLE\n"
        "Depuis mars 2022 Paralegal corporate – Clifford Chance, Paris\n"
    )
    assert _name(text) == "Paul Nguyen"
    text = (
        "Curriculum Vitae\nEuropass\nName Renzo Quispe Mamani\nAddress\n25 Gambetta Road, Leeds\nPhone\n07700 900123\n"
    )
    assert _name(text) == "Renzo Quispe Mamani"


def test_family_and_given_names_on_label_rows_without_a_colon():
    """ "Nom Mansouri" / "Prénom Houda", or each label alone over its value ("Nom" / "MANSOURI"): both parts make
    the name."""
    text = (
        "CV\nÉtat civil\nNom Mansouri\nPrénom Houda\nDate de naissance 03/07/1995\n"
        "Adresse Rue Ibn Khaldoun, 4023 Sousse, Tunisie\nTéléphone +216 97 412 305\nE-mail houda.m@gmail.com\n"
    )
    assert _name(text) == "Houda Mansouri"
    text = "CV\nNom\nMANSOURI\nPrénom\nHouda\nTéléphone\n+216 97 412 305\nE-mail\nhouda.m@gmail.com\n"
    assert _name(text) == "Houda MANSOURI"


def test_name_labels_without_a_colon_need_a_form_around_them():
    """Guards: a name line that only opens like a label ("Nomé Diallo" is no label), a label row far from any other
    contact label, a template's "NOM Prénom" header, a label alone over another label."""
    assert _name("Nomé Diallo\nnome@mail.fr\nTéléphone 06 12 34 56 78\n") == "Nomé Diallo"
    text = (
        "Jean Dupont\njean@mail.fr\n\nPROJETS\nProjet de fin d'études\nRapport\nSynthèse\nAnnexe\nName Badge Tracker\n"
    )
    assert _name(text) == "Jean Dupont"
    text = "Jean Dupont\nNOM Prénom\nAdresse : 3 rue de la Paix, Paris\nTéléphone : 06 12 34 56 78\n"
    assert _name(text) == "Jean Dupont"
    text = "Jean Dupont\nNom\nPrénom\nAdresse\nParis\nTéléphone\n06 12 34 56 78\n"
    assert _name(text) == "Jean Dupont"
