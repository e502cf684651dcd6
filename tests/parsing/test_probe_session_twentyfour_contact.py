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


def _location(header: str, job: str = "2019 – 2022 Comptable – Fiducial, Nantes") -> dict[str, str]:
    text = f"Jean Dupont\n{header}\n\nEXPÉRIENCE\n{job}\n"
    return parse_resume(text.encode(), "cv.txt")["basics"].get("location") or {}


def test_the_town_before_a_british_postcode():
    """ "Solihull B91 1AA", "Edinburgh EH6 5JQ", "Folkestone, Kent CT20" (before its county, beside a +44 number): the
    town of the postcode, known or not (not a job's Coventry or Glasgow)."""
    job = "2019 – 2022 Planner – DHL, Coventry"
    assert _location("41 Warwick Road\nSolihull B91 1AA\n+44 7700 900862", job)["city"] == "Solihull"
    job = "2017 – 2020 Stylist – Toni & Guy, Glasgow"
    assert _location("Flat 2F1, 14 Leith Walk, Edinburgh EH6 5JQ\n07842 306 517", job)["city"] == "Edinburgh"
    assert _location("Folkestone, Kent CT20 | +44 7911 123456")["city"] == "Folkestone"
    assert _location("Flat 4, 18 Elgin Crescent, London W11 2JA · 07700 900431")["city"] == "London"


def test_the_town_before_an_american_state_and_zip_code():
    """ "Brooklyn, NY 11217", "245 East 63rd Street, Apt 12B, New York, NY 10065", "Birmingham, AL 35229" (in Alabama,
    not England)."""
    assert _location("Brooklyn, NY 11217 • (347) 555-0186") == {"city": "Brooklyn", "countryCode": "US"}
    assert _location("245 East 63rd Street, Apt 12B, New York, NY 10065\n+1 (646) 555-0182")["city"] == "New York"
    assert _location("2201 Wildquail Circle\nBirmingham, AL 35229") == {"city": "Birmingham", "countryCode": "US"}
    assert _location("11111 Any Street. New York, NY 11111 ~ (123)345-7890")["city"] == "New York"


def test_the_town_before_an_irish_county_or_with_its_district():
    """ "Ballincollig, Co. Cork": the town, not the county's; "Dublin 4, D04 X2C5" in a long address line."""
    assert _location("14 Westcourt, Ballincollig, Co. Cork\n087 264 1983")["city"] == "Ballincollig"
    header = "18 Herbert Park, Ballsbridge, Dublin 4, D04 X2C5 +353 87 123 4567 dan@gmail.com"
    assert _location(header)["city"] == "Dublin"


def test_a_postcode_whose_town_wrapped_to_the_next_line():
    """ "45 cours de Verdun, 33000" over "Bordeaux": the postcode's town, not the street's (not "Chicago IL, 60604"
    over a person's name)."""
    assert _location("45 cours de Verdun, 33000\nBordeaux\n06.14.52.38.77")["city"] == "Bordeaux"
    assert _location("12 rue de Saint-Malo, 35000\nRennes\n06.32.58.91.47")["city"] == "Rennes"
    assert _location("1 E. Jackson Blvd, Suite 9500\nChicago IL, 60604\nSarah Highstone").get("city") != (
        "Sarah Highstone"
    )


def test_a_street_named_after_a_date_before_the_postcode():
    """ "45 avenue du 8 Mai 1945, 38130 Échirolles": the street's figures and the postcode's are many, still an
    address."""
    assert _location("45 avenue du 8 Mai 1945, 38130 Échirolles\n07 68 41 20 93")["city"] == "Échirolles"


def test_the_town_of_a_post_office_box():
    """ "01 BP 1245 Bouaké 01", "BP 15432 Dakar-Fann – Sénégal": the town after the box (a post office of Dakar),
    no French postcode."""
    assert _location("Quartier Commerce, 01 BP 1245 Bouaké 01\nTél. : 00225 05 46 78 12 30") == {
        "city": "Bouaké",
        "countryCode": "CI",
    }
    assert _location("BP 15432 Dakar-Fann – Sénégal\n+221 77 639 14 82") == {"city": "Dakar", "countryCode": "SN"}


def test_the_city_of_a_district_the_address_names():
    """ "Cocody Angré, 8e tranche" over "Abidjan, Côte d'Ivoire": the city; alone, the district is read."""
    assert _location("Cocody Angré, 8e tranche\nAbidjan, Côte d'Ivoire\n+225 07 07 45 82 19")["city"] == "Abidjan"
    assert _location("Marcory Zone 4, rue du Dr Blanchard, Abidjan\n+225 01 02 47 85 36")["city"] == "Abidjan"
    assert _location("Cocody Riviera 3\n+225 07 58 36 21 04")["city"] == "Cocody"


def test_a_known_town_in_a_long_address_or_before_its_country():
    """ "Sicap Liberté 6, Villa n° 6543, Dakar – Sénégal", "1016 GC Amsterdam" (a Dutch postcode's letters are not the
    town's), "Vlissingen, the Netherlands", "Toamasina 501" over "Madagascar"."""
    assert _location("Sicap Liberté 6, Villa n° 6543, Dakar – Sénégal\n+221 77 548 21 36")["city"] == "Dakar"
    location = _location("Keizersgracht 412, 1016 GC Amsterdam, The Netherlands · +31 6 2184 5507")
    assert (location["city"], location["postalCode"]) == ("Amsterdam", "1016 GC")
    assert _location("Vlissingen, the Netherlands\n+31 6 2345 6789")["city"] == "Vlissingen"
    assert _location("Lot 45 Bis, Boulevard Joffre\nToamasina 501\nMadagascar\n+261 33 14 587 62")["city"] == (
        "Toamasina"
    )


def test_a_town_after_labels_in_capitals():
    """ "MAIL … LIEU Valognes (50)": the town and its département after the labels (not the jobs' Cherbourg)."""
    header = "TÉL 06 84 38 27 16 | MAIL maxime.chevalier50@gmail.com LIEU Valognes (50)"
    assert _location(header, "2016 – 2021 Chaudronnier – Naval Group, Cherbourg")["city"] == "Valognes"
