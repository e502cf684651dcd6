"""Faults of the twenty-eighth probing session on the contact block: a military or police rank before the name
("Adjudant-chef (ER) Marc LEFEBVRE", "Lt Col (Retd) Fiona MacLeod MBE"), a name set huge in lower case over two lines
with the contact details between, initials after the name ("Mohammed Shafeeq P.K."), an abbreviated given name
("Mohd. Abdul Rahman"), the name one goes by in brackets after the initials ("J.W. (Jan-Willem) van den Berg"); a
département in brackets before the phone number; a number said to be of a country in brackets; the home town on a
footer's contact line; towns of the Gulf, of India and of Britain the gazetteer lacked. Each test holds one fault, with
guards."""

from __future__ import annotations

from parsing import analyze, parse_resume
from parsing.document import Document, Line


def _parse(text: str) -> dict:
    return parse_resume(text.encode(), "cv.txt")


def _name(text: str) -> str | None:
    return _parse(text)["basics"].get("name")


def test_a_rank_before_the_name():
    """The rank a serving or former member of the forces or the police writes before the name is no part of it."""
    text = (
        "Adjudant-chef (ER) Marc LEFEBVRE\nSous-officier supérieur en reconversion — Responsable logistique\n"
        "12, rue des Tilleuls – 09100 Pamiers | 06 71 42 88 13 | marc.lefebvre09@example.fr\n"
    )
    assert _name(text) == "Marc LEFEBVRE"
    text = "Capitaine Élodie CARPENTIER\nOfficier de gendarmerie\n74000 Annecy · elodie.carpentier@example.fr\n"
    assert _name(text) == "Élodie CARPENTIER"
    text = "Maître principal Yann LE GUEN\nTechnicien de maintenance industrielle\nyann.leguen@example.fr\n"
    assert _name(text) == "Yann LE GUEN"
    text = "Caporal-chef (ER) Dragan PETROVIĆ\nChef d'équipe sécurité incendie\ndragan.petrovic@example.fr\n"
    assert _name(text) == "Dragan PETROVIĆ"
    text = "Lt Col (Retd) Fiona MacLeod MBE\nEdinburgh | +44 (0)7700 900 562 | fiona.macleod@example.co.uk\n"
    assert _name(text) == "Fiona MacLeod"
    text = "Lt Cdr Rebecca Holt RN (retd)\nMarine operations & port safety leader\nrebecca.holt@example.com\n"
    assert _name(text) == "Rebecca Holt"
    text = "Strasbourg, France\nCaptain Maxime ROYER\n+33 6 84 27 19 52\nmaxime.royer@example.fr\n"
    assert _name(text) == "Maxime ROYER"


def test_a_rank_is_left_where_no_name_follows():
    from parsing.structure.names import strip_rank  # (new in this session)

    assert strip_rank("General Manager") == "General Manager"
    assert strip_rank("Major Projects Delivered") == "Major Projects Delivered"
    assert strip_rank("Commandant de bord") == "Commandant de bord"
    assert strip_rank("Major Olivier") == "Olivier"
    # guard: a line whose first word is a rank's is still read as the title it is
    result = _parse("Jean Dupont\nGeneral Manager\njean.dupont@example.com\n")["basics"]
    assert result["name"] == "Jean Dupont"
    assert result["label"] == "General Manager"


def test_a_rank_over_the_family_name_set_on_the_next_line():
    """ "Major Olivier" / "DELVAUX" in large type: the rank opens the first line, the family name is the second."""
    rows = [
        ("Major Olivier", 26.0, True, 40.0, 40.0),
        ("DELVAUX", 26.0, True, 40.0, 70.0),
        ("Rue du Panorama 12", 9.0, False, 40.0, 110.0),
        ("6900 Marche-en-Famenne", 9.0, False, 40.0, 122.0),
        ("+32 475 61 28 93", 9.0, False, 40.0, 134.0),
        ("olivier.delvaux@example.be", 9.0, False, 40.0, 146.0),
        ("EXPÉRIENCE", 12.0, True, 40.0, 180.0),
        ("Conseiller sécurité — SPF Intérieur, Bruxelles | depuis 2022", 9.0, False, 40.0, 196.0),
    ]
    lines = [Line(text, size=size, bold=bold, x0=x0, top=top) for text, size, bold, x0, top in rows]
    result = analyze(Document(lines, "pdf", body_size=9.0))
    assert result["basics"]["name"] == "Olivier DELVAUX"


def test_a_huge_lower_case_name_with_the_contact_details_between_its_words():
    """ "inès" and "faure" set in 78 points, the title, the e-mail, the phone and the town in small type between."""
    rows = [
        ("inès", 78.0, False, 34.0, 45.0),
        ("A R C H I T E C T E | D ' I N T É R I E U R", 7.0, True, 405.0, 55.0),
        ("design d'espace & mobilier", 6.5, False, 473.0, 67.0),
        ("06.11.52.78.94", 6.5, False, 511.0, 95.0),
        ("ines.faure@example.fr", 6.5, False, 487.0, 105.0),
        ("Paris 11e", 6.5, False, 531.0, 114.0),
        ("faure", 78.0, True, 34.0, 121.0),
        ("E X P É R I E N C E", 6.5, True, 34.0, 217.0),
        ("2022 → auj. | Architecte d'intérieur senior · Studio Aline Verdier, Paris", 7.0, False, 34.0, 233.0),
    ]
    lines = [Line(text, size=size, bold=bold, x0=x0, top=top) for text, size, bold, x0, top in rows]
    result = analyze(Document(lines, "pdf", body_size=6.5))
    assert result["basics"]["name"] == "Inès Faure"


def test_initials_after_the_names():
    """ "MOHAMMED SHAFEEQ P.K.": the initials South India writes after the names; a degree's letters are none."""
    text = "MOHAMMED SHAFEEQ P.K.\nSenior Network Engineer\nMobile: +971 50 347 2291\nshafeeq.pk@example.com\n"
    assert _name(text) == "MOHAMMED SHAFEEQ P.K."
    # guard: a photo's placeholder is no name
    assert _name("[ PHOTO ]\nCONTACT\nMobile: +971 50 347 2291\nshafeeq.pk@example.com\n") != "PHOTO"
    # guard: the letters of a licence after a comma stay out of the name
    text = "Katherine O'Neill, P.E.\nMechanical Engineer · (617) 555-0134 · kate.oneill@example.com\n"
    assert _name(text) == "Katherine O'Neill"
    assert _name("Ravi Kumar, C.A.\nChartered Accountant\nravi.kumar@example.com\n") == "Ravi Kumar"


def test_an_abbreviated_given_name():
    """ "Mohd." (Muhammad) ends no sentence: the name goes on after its period."""
    assert _name("Mohd. Abdul Rahman\nMobile No : 09849012345\nEmail ID : abdulrahman.mohd@example.com\n") == (
        "Mohd. Abdul Rahman"
    )
    # guard: a whole word's period still ends the name ("Jean Dupont. Lyon")
    assert _name("Omar Jacobson. Heath\nomar.jacobson@example.com\n06 12 34 56 78\n") == "Omar Jacobson"


def test_the_name_one_goes_by_in_brackets_after_the_initials():
    text = (
        "J.W. (Jan-Willem) van den Berg\nHead of Logistics Benelux\n"
        "Westersingel 31b, 3014 GS Rotterdam · M 06 - 4123 8890 · jw.vandenberg@example.nl\n"
    )
    assert _name(text) == "Jan-Willem van den Berg"


def _city(text: str) -> str | None:
    return (_parse(text)["basics"].get("location") or {}).get("city")


def test_a_department_in_brackets_before_the_phone_number():
    """ "Laval (53) 06 33 90 12 47": the département's digits are no part of the number after it."""
    basics = _parse("Julien Moreau\nEntraîneur de football\nLaval (53) 06 33 90 12 47 julien.moreau@example.com\n")
    assert basics["basics"]["phone"] == "+33633901247"
    assert basics["basics"]["location"]["city"] == "Laval"
    # guard: an area code in brackets opens its number
    text = "Katherine O'Neill\nMechanical Engineer · Boston, MA · (617) 555-0134 · kate.oneill@example.com\n"
    assert _parse(text)["basics"]["phone"] == "+16175550134"


def test_a_national_number_said_to_be_of_a_country_in_brackets():
    """ "Mob: 055-7654321 (UAE)" given first: read as a number of the Emirates, before the Indian one under it."""
    text = (
        "ARAVIND KRISHNAN\nIT Support Engineer\nCONTACT\nMob: 055-7654321 (UAE)\n+91 94470 12345 (India)\n"
        "aravind.krishnan@example.com\nAl Taawun, Sharjah, U.A.E.\n"
    )
    basics = _parse(text)["basics"]
    assert basics["phone"] == "+971557654321"
    assert basics["location"] == {"city": "Sharjah", "countryCode": "AE"}


def test_the_home_town_on_the_contact_line_of_a_footer():
    """The contact line set at the foot of the CV, after the body: its town before a job's town at the top."""
    body = (
        "EXPÉRIENCES PROFESSIONNELLES\nDepuis janvier 2019\nDirecteur\nAssociation Les Jardins du Lien – Villeurbanne\n"
        "• Direction d'une équipe de 12 salariés\nFORMATION\n2015 DESJEPS – CREPS Auvergne-Rhône-Alpes\n"
    )
    footer = "27 avenue Salvador-Allende, 69120 Vaulx-en-Velin – Tél. 06 58 14 72 30 – k.benali@example.fr\n"
    assert _city("Karim Benali\nDirecteur de structure socioculturelle\n" + body + footer) == "Vaulx-en-Velin"
    footer = "Hélène Garnier-Bastide · 04 91 55 23 67 · h.garnier-bastide@example.fr · Marseille 6e | 1/2\n"
    assert _city("Hélène GARNIER-BASTIDE\nUrbaniste\n" + body + footer) == "Marseille"
    # guard: the town of the header's contact line is kept
    header = "Karim Benali\nLyon · 06 58 14 72 30 · k.benali@example.fr\n"
    assert _city(header + body + footer) == "Lyon"


def test_a_country_alone_is_the_last_reading():
    """ "Sales Director, Commercial – UK & Ireland" names the job's territory; "Clontarf, Dublin 3" under it, the
    town."""
    text = (
        "David O'Connor\nSales Director, Commercial – UK & Ireland | SaaS\n"
        "Clontarf, Dublin 3 | +353 86 555 0142 | david.oconnor@example.ie\n"
    )
    assert _parse(text)["basics"]["location"] == {"city": "Dublin", "countryCode": "IE"}


def test_towns_of_the_gulf_and_of_india():
    assert _city(
        "IMRAN AHMED KHAN\nMobile: +966 55 312 4478\nPresent Location: Al Khobar, Kingdom of Saudi Arabia\n"
    ) == ("Al Khobar")
    assert _city("SHIBU VARGHESE\nAddress: Villa 221, Way 3019, Al Khuwair, Muscat, Sultanate of Oman\n") == "Muscat"
    assert _city("JOSEPH THOMAS\nMobile: +965 6543 2109\nSalmiya, Kuwait\n") == "Salmiya"
    text = (
        "NIKHIL VARMA\nFlat 21, Building 1456, Road 4021, Juffair, Manama, Kingdom of Bahrain\nMobile: +973 3612 3456\n"
    )
    assert _city(text) == "Manama"
    text = "RAHUL PATIL\nAddress: B-304, Vasant Vihar, Pokhran Road No. 2, Thane (W) – 400610, Maharashtra\n"
    assert _city(text + "Mobile: +91 98199 54321\n") == "Thane"


def test_a_town_before_its_state_letters_beside_an_american_number():
    text = "Katherine O'Neill\nMechanical Engineer · Somerville, MA · (617) 555-0134 · kate.oneill@example.com\n"
    assert _parse(text)["basics"]["location"] == {"city": "Somerville", "countryCode": "US"}
    # guard: a job's employer and town before the letters is no home
    text = "Katherine O'Neill\n(617) 555-0134 · kate.oneill@example.com\nData Analyst, Capital One, Richmond, VA\n"
    assert _city(text) != "Richmond"


def test_british_towns_before_their_post_town_or_county():
    """ "Croydon, London CR0": Croydon is its own post town; "Elgin, Moray IV30": Moray is a Scottish council area."""
    assert _city("OLIVER BENNETT\nCroydon, London CR0 | Mobile: +44 7700 900 284 | o.bennett@example.org\n") == (
        "Croydon"
    )
    assert _city("LIAM O'CONNOR\nElgin, Moray IV30 | 07700 900655 | liam.oconnor@example.co.uk\n") == "Elgin"
    # guard: a district the gazetteer does not know stays behind its city
    assert _city("Rebecca Shaw\nChorlton, Manchester M21 | 07458 216903 | rebecca.shaw@example.co.uk\n") == "Manchester"


def test_a_town_before_its_french_department():
    """ "Seignosse, Landes (France)": a town the gazetteer lacks, before its département named in full."""
    text = "Emily Carter\nSurf Coach\nSeignosse, Landes (France) +33 6 51 70 28 14 emily.carter.surf@example.com\n"
    assert _city(text) == "Seignosse"
    # guard: an employer before the département is no town
    assert _city("Julien Bernard\n06 58 14 22 09\nMairie de Mérignac, Gironde\n") is None
