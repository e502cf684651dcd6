"""Faults of the contact block (name, phone, home town, spoken languages) shown by the twenty-fourth probing session's
sets (Africa, crafts, culture, defence and maritime, executives, NGOs and social work, research, transport): each
test holds one of them."""

from __future__ import annotations

from parsing import analyze, parse_resume
from parsing.document import Document, Line


def _basics(text: str) -> dict:
    return parse_resume(text.encode(), "cv.txt")["basics"]


def test_a_gaelic_given_name_over_its_family_name():
    """ "Niamh" over "GALLAGHER" in large type: a given name spelt the Irish way completes with the line below."""
    lines = [
        Line("Niamh", top=24, x0=50, size=36),
        Line("GALLAGHER", top=62, x0=50, bold=True, size=36),
        Line("COMPOSER & SOUND DESIGNER FOR THEATRE", top=108, x0=50, size=10.5),
        Line("+44 7911 402 617", top=142, x0=50, size=8.5),
        Line("hello@studio-sound.co.uk", top=142, x0=152, size=8.5),
        Line("EXPERIENCE", top=200, x0=50, bold=True, size=12),
        Line("2018 — 2020 Music Assistant, National Theatre of Scotland", top=220, x0=50, size=9),
    ]
    result = analyze(Document(lines=lines, format="pdf", body_size=9))
    assert result["basics"]["name"] == "Niamh GALLAGHER"


def test_a_family_name_under_a_column_of_four_labels():
    """ "Sofia" and "Andersson" in large type, four small lines of the contact column set beside them between."""
    lines = [
        Line("Sofia", top=46, x0=45, size=38),
        Line("PHONE +46 70 123 45 67", top=53, x0=389, size=8.5),
        Line("EMAIL", top=69, x0=389, bold=True, size=6.5),
        Line("IN", top=83, x0=389, bold=True, size=6.5),
        Line("Andersson", top=86, x0=45, bold=True, size=38),
        Line("CITY", top=97, x0=389, bold=True, size=6.5),
        Line("COO · Scale-ups · Operations & Strategy", top=130, x0=47, size=12),
        Line("sofia.a@me.com", top=67, x0=423, size=8.5),
        Line("EXPERIENCE", top=200, x0=45, bold=True, size=12),
        Line("2014 – 2021 VP Operations, Spotify", top=220, x0=45, size=9),
    ]
    result = analyze(Document(lines=lines, format="pdf", body_size=9))
    assert result["basics"]["name"] == "Sofia Andersson"


def test_a_family_name_that_looks_like_a_degree():
    """ "Steeve ONDO MBA" beside "steeve.ondomba@": Mba is the family name's last word, which the e-mail spells; beside
    an address without it, the letters are the degree's."""
    text = "Steeve ONDO MBA\nConsultant SAP FI/CO\nE-mail : steeve.ondomba@gmail.com\n\nEXPÉRIENCES\n"
    assert _basics(text)["name"] == "Steeve ONDO MBA"
    text = "Jean DUPONT MBA\nConsultant SAP FI/CO\nE-mail : jean.dupont@gmail.com\n\nEXPÉRIENCES\n"
    assert _basics(text)["name"] == "Jean DUPONT"


def test_the_portable_number_given_first():
    """ "Port. : 06 14 66 20 83" over "Tél. : 02 38 73 15 09": the first number given, under its short label."""
    text = (
        "LEBRUN Patrick\nConducteur grand routier SPL\n18 rue des Vignes\n45770 Saran\nPort. : 06 14 66 20 83\n"
        "Tél. : 02 38 73 15 09\npatrick.lebrun45@orange.fr\n"
    )
    assert _basics(text)["phone"] == "+33614662083"


def test_a_number_of_a_numbering_plan_since_changed():
    """ "+229 97 64 21 38": Benin's eight digits before its ten of 2024, kept as written with its country code (not
    "+1 500 clients")."""
    text = "Rodrigue AGOSSOU\n01 BP 2345 Cotonou – Bénin\n+229 97 64 21 38\nr.agossou@yahoo.fr\n"
    assert _basics(text).get("phone") == "+22997642138"
    text = "Rodrigue AGOSSOU\nCotonou – Bénin\nr.agossou@yahoo.fr\nPlus de +1 500 clients 2020 2021\n"
    assert not _basics(text).get("phone")


def _languages(text: str) -> list[str]:
    return [item["language"] for item in parse_resume(text.encode(), "cv.txt")["languages"]]


def test_languages_of_africa_and_varieties_named_whole():
    """ "Punu", "Dari", "Cameroonian Pidgin English", "Arabe tchadien", "Créole haïtien": languages of their own, or a
    variety named as the CV names it (not "Arabe", "Créole", nor English twice)."""
    text = (
        "Sandrine MOUSSAVOU\nsandrine@mail.ga\n\nLANGUES\n"
        "Français (courant), Punu (langue maternelle), Anglais (professionnel)\n"
        "Arabe tchadien : notions\nCréole haïtien : notions\nDari (basic)\n"
        "English (native) · Cameroonian Pidgin English (native)\n"
    )
    assert _languages(text) == [
        "Français",
        "Punu",
        "Anglais",
        "Arabe tchadien",
        "Créole haïtien",
        "Dari",
        "Cameroonian Pidgin English",
    ]


def test_a_language_alone_in_its_cell_beside_the_skills():
    """ "Lecture de plans | Français", "Entretiens structurés | Arabe | dialectal": the skills' and the languages'
    columns read as one row, the levels drawn as dots; a language alone in its cell is one, with no level stated
    (not "Fang" in a skills' row, a word too)."""
    text = (
        "Maxime CHEVALIER\nmaxime@mail.fr\n\nCOMPÉTENCES CLÉS | LANGUES\nLecture de plans | Français\n"
        "Entretiens structurés | Arabe | dialectal\nSoudage TIG | Anglais | notions\nCuisine | Fang\n"
    )
    assert _languages(text) == ["Français", "Arabe", "Anglais"]
