"""Faults of the twenty-third probing session on names, towns and languages: the candidate's name on a form's label
rows, the town of the contact block (a street named after another town, a postcode before or after it, foreign towns
with their country), and the spoken languages named as the CV names them. Each test holds one of them."""

from __future__ import annotations

from parsing import parse_resume
from parsing.structure.contact import find_location


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
        "Curriculum Vitae\nEuropass\nName Renzo Quispe Mamani\nAddress\n25 Gambetta Road, Leeds\nE-mail\n"
        "renzo.quispe@gmail.com\n"
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


def test_more_wordings_of_a_forms_name_label():
    """ "Nom, prénom : Nguyen Paul", "Nom(s) / Prénom(s) Nguyen, Paul" (the family name first, then a comma), "NOM
    Nguyen" / "PRÉNOM Paul" in capitals; a name then a town after the comma stays as written."""
    assert _name("Nom, prénom : Nguyen Paul\nAdresse : Paris\n") == "Nguyen Paul"
    assert _name("Nom(s) / Prénom(s) Nguyen, Paul\nAdresse Paris\n") == "Paul Nguyen"
    assert _name("Nom : DUPONT, Jean\nTél : 06 12 34 56 78\n") == "Jean DUPONT"
    assert _name("NOM Nguyen\nPRÉNOM Paul\nAdresse Paris\n") == "Paul Nguyen"
    assert _name("Nom : Léa Martin, Nancy\nTél : 06 12 34 56 78\n") == "Léa Martin"
    assert _name("Name: Kim Lee, Victoria\nPhone: 07700 900123\n") == "Kim Lee"


def test_name_labels_without_a_colon_need_a_form_around_them():
    """Guards: a name line that only opens like a label ("Nomé Diallo" is no label), a label row far from any other
    contact label, a value that is no person's name ("Name Tag Design": no known given name, not the e-mail's), a
    template's "NOM Prénom" header, a label alone over another label."""
    assert _name("Nomé Diallo\nnome@mail.fr\nTéléphone 06 12 34 56 78\n") == "Nomé Diallo"
    text = (
        "Jean Dupont\njean@mail.fr\n\nPROJETS\nProjet de fin d'études\nRapport\nSynthèse\nAnnexe\nName Badge Tracker\n"
    )
    assert _name(text) == "Jean Dupont"
    text = "Jean Dupont\nName Tag Design\nEmail: jean@mail.fr\n"
    assert _name(text) == "Jean Dupont"
    text = "Jean Dupont\nNOM Prénom\nAdresse : 3 rue de la Paix, Paris\nTéléphone : 06 12 34 56 78\n"
    assert _name(text) == "Jean Dupont"
    text = "Jean Dupont\nNom\nPrénom\nAdresse\nParis\nTéléphone\n06 12 34 56 78\n"
    assert _name(text) == "Jean Dupont"


def _location(header: str) -> dict[str, str]:
    text = f"Jean Dupont\n{header}\n\nEXPÉRIENCE\n2019 – 2022 Comptable – Fiducial, Nantes\n"
    return parse_resume(text.encode(), "cv.txt")["basics"].get("location") or {}


def test_the_town_after_a_four_digit_postcode_wins_over_a_street_named_after_a_town():
    """ "Chaussée de Liège 87, 5100 Namur", "Route de Tunis km 4, 3027 Sfax", "25, boulevard Grande-Duchesse
    Charlotte, L-1331 Luxembourg": the town after the postcode, not the one the street is named after (Liège,
    Tunis, Charlotte were read); Belgian, Swiss, Luxembourg and Tunisian postcodes have four digits."""
    assert _location("Chaussée de Liège 87, 5100 Namur\n0497/12.34.56") == {
        "city": "Namur",
        "postalCode": "5100",
        "countryCode": "BE",
    }
    assert _location("Route de Tunis km 4, 3027 Sfax,\nTunisia\n+216 55 123 987")["city"] == "Sfax"
    assert _location("Cité Ennasr 2, 2037 Ariana, Tunisia\n(+216) 98 765 432")["city"] == "Ariana"
    location = _location("25, boulevard Grande-Duchesse Charlotte, L-1331 Luxembourg · (+352) 661 234 567")
    assert location == {"city": "Luxembourg", "postalCode": "L-1331", "countryCode": "LU"}
    assert _location("Rue Ancienne 18, 1227 Carouge (GE)\n+41 79 456 12 33")["city"] == "Carouge"
    # (the town a narrow column cut after its article, "2300 La" over "Chaux-de-Fonds")
    assert _location("Rue du Doubs 55, 2300 La\nChaux-de-Fonds\n+41 76 543 21 09")["city"] == "La Chaux-de-Fonds"
    # (an Argentine postcode's letter, "X5000 Córdoba", and the country the line names after it)
    location = _location("Bv. San Juan 820, X5000 Córdoba, Argentine\n+54 9 351 456-7890")
    assert location == {"city": "Córdoba", "postalCode": "X5000", "countryCode": "AR"}
    assert _location("Calle Belgrano 1130, 5500 Mendoza, Argentine")["city"] == "Mendoza"


def test_four_digits_that_may_be_a_year_need_an_address():
    """Guards: "Disponible, 2024 Paris" holds a year, no postcode; "1200 Logements, Bab Ezzouar, Alger" a housing
    estate's name; a known town after a year-like number reads as before."""
    assert _location("Disponible, 2024 Paris\njean@mail.fr") == {"city": "Paris", "countryCode": "FR"}
    assert "postalCode" not in _location("1200 Logements, Bab Ezzouar, Alger\n0555 12 34 56")
    assert _location("2000 Antwerpen\n+32 475 12 34 56")["city"] == "Antwerpen"
    # (an American street's four-digit number before the street: no postcode)
    assert _location("Apt 4B, 1600 Pennsylvania Avenue, Washington\n+1 202 555 0134")["city"] == "Washington"


def test_the_address_on_a_line_shared_with_the_phone_and_the_e_mail():
    """ "10 rue Plantagenêt, 49100 Angers 06 77 40 52 18 romain@gmail.com" (spaces alone part the items), "Rue de la
    Gare 8, 1260 Nyon / 079 111 22 33 / chloe@bluewin.ch", "Lyon•06 12 34 56 78•jean@mail.fr": the town was lost
    with the e-mail's and the phone number's item."""
    assert _location("10 rue Plantagenêt, 49100 Angers 06 77 40 52 18 romain.chevalier@gmail.com") == {
        "city": "Angers",
        "postalCode": "49100",
        "countryCode": "FR",
    }
    assert _location("Rue de la Gare 8, 1260 Nyon / 079 111 22 33 / chloe.pasche@bluewin.ch")["city"] == "Nyon"
    assert _location("12 rue Victor Hugo • 69002 Lyon • 06 12 34 56 78 • jean@mail.fr")["city"] == "Lyon"
    # (a town the gazetteer lacks, with its département in brackets; not a team's size)
    assert _location("06 12 34 56 78 • Pornic (44) • jean@mail.fr") == {"city": "Pornic", "countryCode": "FR"}
    assert _location("06 12 34 56 78 • Management d'équipe (12)") == {}
    # (a date's digits are no phone number's: the line with them stays out of the address, as before)
    assert find_location(["Né le 12/03/1990 à Lyon"]) == {}
    assert find_location(["Lyon 12/03/2019 - 15/06/2020"]) == {}
    # (a town in the e-mail address is no home town)
    assert _location("jean.nice@gmail.com 06 12 34 56 78") == {}


def test_a_town_before_its_postcode():
    """ "Valbonne, 06560": the town first, its postcode after (not "CDI, 35000", a contract)."""
    assert _location("Valbonne, 06560\n+33 6 43 19 85 27 – karim@example.com") == {
        "city": "Valbonne",
        "postalCode": "06560",
        "countryCode": "FR",
    }
    assert _location("CDI, 35000\n06 12 34 56 78") == {}


def test_the_town_before_the_country_of_a_foreign_address():
    """ "Col. Roma Norte, Ciudad de México, México", "Av. José Larco 1150, Miraflores, Lima, Peru", "Providencia,
    Santiago, Chile": the town before the country (Rome was read from the district's name; Lima and Santiago,
    people's names too, were not read at all); Tokyo is known."""
    assert _location("Col. Roma Norte, Ciudad de México, México\n+52 55 1234 5678") == {
        "city": "Ciudad de México",
        "countryCode": "MX",
    }
    assert _location("Av. José Larco 1150, Miraflores, Lima, Peru\n+51 987 654 321") == {
        "city": "Lima",
        "countryCode": "PE",
    }
    assert _location("Providencia, Santiago, Chile\n+56 9 6123 4587")["city"] == "Santiago"
    assert _location("Av. Francisco de Aguirre 0320, La Serena, Chile")["city"] == "La Serena"
    assert _location("Shinjuku-ku, Ichigaya-Funagawaramachi 15, Tokyo\n+81 90 1234 5678")["city"] == "Tokyo"


def test_a_county_or_a_province_before_the_country_is_no_town():
    """Guards: "Guildford, Surrey, UK" (a county), "Rosario, Santa Fe, Argentina" (a province), "Santiago García"
    (a person), "Capgemini, France" (an employer): no town read from them."""
    assert _location("Guildford, Surrey, UK\n07700 900123")["city"] == "Guildford"
    assert "city" not in _location("Rosario, Santa Fe, Argentina\n+54 9 341 555 0142")
    assert "city" not in _location("Référent : Santiago García\n06 12 34 56 78")
    assert "city" not in _location("Capgemini, France\n06 12 34 56 78")


def test_the_phone_number_says_the_country_of_a_four_digit_postcode():
    """ "Avenue de Vaudagne 12, 1217 Meyrin" over "Tél. 079 876 54 32": no country named, no calling code; the
    phone number read as Swiss says the country."""
    text = "Mélanie Perret\nAvenue de Vaudagne 12, 1217 Meyrin\nTél. 079 876 54 32 – melanie.perret@sunrise.ch\n"
    basics = parse_resume(text.encode(), "cv.txt")["basics"]
    assert (basics["phone"], basics["location"]) == (
        "+41798765432",
        {"city": "Meyrin", "postalCode": "1217", "countryCode": "CH"},
    )


def test_a_language_in_capitals_is_set_in_the_usual_case():
    """ "TWI : NATIVE", "SWISS GERMAN : BASIC", "lsf : a2": capitals and lower case set as a name is written; sign
    languages' initials stay capitals."""
    text = "Kwame Mensah\nkwame@mail.com\n\nLANGUAGES\nTWI : NATIVE\nSWISS GERMAN : BASIC\nlsf : a2\nFRANCAIS : C1\n"
    assert _languages(text) == ["Twi", "Swiss German", "LSF", "Français"]


# Review mends: the readings above narrowed where they read too much.


def _basics(text: str) -> dict:
    return parse_resume(text.encode(), "cv.txt")["basics"]


def test_an_american_street_number_is_no_four_digit_postcode():
    """ "2250 Broadway" over "Oakland, CA 94612", "Apt 4B, 1600 Broadway, New York, NY 10019", "1850 Forest Hills
    Circle, Atlanta, GA 30306": the building's number before a street whose name has no street word of the rules'
    lists; the town was read as "Broadway" with the postcode "2250". Four digits before an unknown word are a postcode
    only on a line that reads as an address."""
    text = "Sarah Lee\n2250 Broadway\nOakland, CA 94612\nsarah.lee@gmail.com | (510) 392-0146\n"
    assert _basics(text)["location"] == {"city": "Oakland", "countryCode": "US"}
    text = "John Miller\nApt 4B, 1600 Broadway, New York, NY 10019\n(212) 456-7890 | john.miller@gmail.com\n"
    assert _basics(text)["location"] == {"city": "New York", "countryCode": "US"}
    text = "Sarah Lee\n1850 Forest Hills Circle, Atlanta, GA 30306\nsarah.lee@gmail.com | (404) 392-0146\n"
    assert _basics(text)["location"] == {"city": "Atlanta", "countryCode": "US"}
    text = "Oliver Smith\n1200 Riverside Walk\nManchester M3 4LZ\noliver.smith@gmail.com | 07911 123456\n"
    assert _basics(text)["location"] == {"city": "Manchester", "countryCode": "GB"}
    # (a suite's number before an American street; an Australian state's postcode after the street)
    assert "postalCode" not in _location("Suite 400, 1800 Century Park East, Los Angeles, CA 90067")
    assert "postalCode" not in _location("Unit 4, 1234 Pacific Highway, Pymble NSW 2073\n0412 345 678")


def test_the_european_addresses_keep_their_four_digit_postcode():
    """Guards: a street and its number before the postcode ("Vesterbrogade 12, 1620 København V", "Rue du Lac 3,
    2017 Boudry"), a known town after it ("1050 Bruxelles"), the postcode alone on its line beside a Tunisian
    number ("2037 Ariana"), a country's letters ("CH-1201 Genève")."""
    assert _location("Vesterbrogade 12, 1620 København V\n+45 20 12 34 56") == {
        "city": "København",
        "postalCode": "1620",
        "countryCode": "DK",
    }
    assert _location("Rue du Lac 3, 2017 Boudry\n+41 79 123 45 67")["city"] == "Boudry"
    assert _location("1050 Bruxelles\n0470 12 34 56")["postalCode"] == "1050"
    assert _location("2037 Ariana\n+216 98 123 456")["city"] == "Ariana"
    assert _location("CH-1201 Genève\n+41 79 123 45 67")["postalCode"] == "CH-1201"


def test_a_count_or_a_year_before_a_word_is_no_postcode():
    """ "Salaire souhaité | 2500 Euros", "Chef de projet | 3000 Collaborateurs | Lyon": a sum, a count; "Cours
    Florent, 2018 Paris" under "Grenoble": a school and its year (a street word before it let the year through). The
    header's town stays the home town."""
    assert _location("06 12 34 56 78 | Lyon\nSalaire souhaité | 2500 Euros") == {"city": "Lyon", "countryCode": "FR"}
    assert _location("Chef de projet | 3000 Collaborateurs | Lyon") == {"city": "Lyon", "countryCode": "FR"}
    assert _location("Grenoble\n06 12 34 56 78\nCours Florent, 2018 Paris") == {"city": "Grenoble", "countryCode": "FR"}
    assert _location("Nantes | 06 12 34 56 78\nRésidence Le Parc, 2020 Lyon") == {"city": "Nantes", "countryCode": "FR"}
    # (a letter before four digits is Argentina's, not Belgium's: "B1234 Marseille")
    assert _location("06 12 34 56 78\nB1234 Marseille") == {"city": "Marseille", "countryCode": "FR"}


def test_an_employers_postcode_is_no_home_town():
    """ "Marc Favre / Genève / 079 …" then "EXPÉRIENCE / Nestlé SA, 1800 Vevey / Contrôleur de gestion, 2018 - 2023":
    the employer's town, read first for its postcode, replaced the header's town."""
    text = (
        "Marc Favre\nGenève\n079 876 54 32 | marc.favre@gmail.com\n\nEXPÉRIENCE\nNestlé SA, 1800 Vevey\n"
        "Contrôleur de gestion, 2018 - 2023\n"
    )
    assert _basics(text)["location"]["city"] == "Genève"
    text = (
        "Sophie Maes\nBruxelles | 0470 12 34 56 | sophie.maes@gmail.com\n\nEXPÉRIENCE\nProximus SA, 1030 Schaerbeek\n"
        "Chargée de clientèle\nJanvier 2019 - Mars 2023\n"
    )
    assert _basics(text)["location"] == {"city": "Bruxelles", "countryCode": "BE"}


def test_a_number_read_as_french_gives_no_country_to_a_four_digit_postcode():
    """ "Avenue de Vaudagne 12, 1217 Meyrin" over "079 876 54 32" (a Swiss number without its code, read as a French
    one): France writes five digits, so the number's country is not the postcode's; the town stays, with no
    country, rather than in France."""
    text = "Marc Favre\nAvenue de Vaudagne 12, 1217 Meyrin\n079 876 54 32 | marc.favre@gmail.com\n"
    assert _basics(text)["location"] == {"city": "Meyrin", "postalCode": "1217"}


def test_a_departement_or_a_label_in_brackets_is_no_town():
    """ "Haute-Savoie (74) • Annecy", "Loire-Atlantique (44)", "Île-de-France (75)": a département or a region;
    "Permis B (12)", "Télétravail (50)", "Salaire souhaité (35000)", "Code APE (62010)": labels with a figure. Each
    was read as the town before the real one, or as a town where the header gives none."""
    assert _location("Haute-Savoie (74) • Annecy\n06 12 34 56 78") == {"city": "Annecy", "countryCode": "FR"}
    assert "city" not in _location("06 12 34 56 78\nLoire-Atlantique (44)")
    assert "city" not in _location("Île-de-France (75) | 06 12 34 56 78")
    assert "city" not in _location("Bretagne (35)\n06 12 34 56 78")
    assert _location("Permis B (12)\n06 12 34 56 78\nBrest") == {"city": "Brest", "countryCode": "FR"}
    assert _location("Télétravail (50)\n06 12 34 56 78\nCaen") == {"city": "Caen", "countryCode": "FR"}
    assert _location("06 12 34 56 78\nSalaire souhaité (35000)\nRennes") == {"city": "Rennes", "countryCode": "FR"}
    assert _location("Code APE (62010)\n06 12 34 56 78\nLyon") == {"city": "Lyon", "countryCode": "FR"}
    assert _location("Bordeaux Métropole (33)\n06 12 34 56 78") == {"city": "Bordeaux", "countryCode": "FR"}


def test_a_town_with_its_departement_still_reads():
    """Guards: towns the gazetteer lacks, with their département ("Pornic (44)" alone on its line, "Villeneuve
    d'Ascq (59)"), and "Vienne (38)", the town of Isère (the département of Vienne is 86)."""
    assert _location("Pornic (44)\n06 12 34 56 78") == {"city": "Pornic", "countryCode": "FR"}
    assert _location("06 12 34 56 78 • Villeneuve d'Ascq (59)")["city"] == "Villeneuve d'Ascq"
    assert _location("Vienne (38) | 06 12 34 56 78") == {"city": "Vienne", "countryCode": "FR"}
    assert _location("Saint-Herblain, 44800 | 06 12 34 56 78")["city"] == "Saint-Herblain"


def test_a_us_zip_after_a_town_is_not_french():
    """ "Springfield, 62704" over "(217) 392-0146": a town the gazetteer lacks before five digits is in the phone
    number's country, not in France."""
    text = "Anna Smith\nSpringfield, 62704\n(217) 392-0146 | anna.smith@gmail.com\n"
    assert _basics(text)["location"]["countryCode"] == "US"


def test_what_goes_with_the_e_mail_and_the_phone_is_no_home_town():
    """ "Contact : Nancy Durand <nancy.durand@gmail.com>", "skype: florence.paris", "Mobile : 06 12 34 56 78
    (Paris)", "Tél. pro (siège Lyon) 04 72 …": taking out the e-mail and the phone number left a name, an account and
    a remark on the number, read as the town before the home town."""
    assert _location("Contact : Nancy Durand <nancy.durand@gmail.com>\n06 12 34 56 78\nRennes")["city"] == "Rennes"
    assert "city" not in _location("florence.petit@gmail.com skype: florence.paris 06 12 34 56 78")
    assert _location("florence@mail.fr\nMobile : 06 12 34 56 78 (Paris)\nDomicile : Angers")["city"] == "Angers"
    assert _location("Tél. pro (siège Lyon) 04 72 00 00 00\nflorence@mail.fr\nAngers")["city"] == "Angers"


def test_a_foreign_town_of_a_job_or_a_school_moves_no_phone_number():
    """ "Stage – Renault Korea Motors, Séoul", "Université de Kyoto", "3 ans à Osaka", "naomi.osaka@gmail.com": the
    Korean and Japanese towns made "06 12 34 56 78" a Korean or Japanese number (+82 6…, +81 6…); nobody there
    writes five pairs, and an e-mail's words are a person's names."""
    tail = "\n\nEXPÉRIENCE\nL'Oréal, Clichy\nChargée de projet, 2023 - 2024\n"
    text = "Marie Dupont\n06 12 34 56 78 | marie.dupont@gmail.com\n\nEXPÉRIENCE\nStage – Renault Korea Motors, Séoul\n"
    assert _basics(text + "Assistante marketing, 2022" + tail)["phone"] == "+33612345678"
    text = (
        "Marie Dupont\n06 12 34 56 78 | marie.dupont@gmail.com\n\nEXPÉRIENCE\nToyota Motor Europe, Bruxelles\n"
        "Analyste, 2021 - 2023\n\nFORMATION\nUniversité de Kyoto, échange, 2020\n"
    )
    assert _basics(text)["phone"] == "+33612345678"
    text = "Naomi Osaka\nnaomi.osaka@gmail.com | 07700 900123 | London\n\nEXPERIENCE\n2019 - 2023  Accountant, KPMG\n"
    assert _basics(text)["phone"] == "+447700900123"


def test_a_jobs_foreign_town_is_no_home_town():
    """ "VIE – Air Liquide Japan, Tokyo" / "Ingénieure procédés, 2021 - 2023" with no town in the header, "Bar Tokyo,
    Nantes", "Bilingue français-japonais, 3 ans à Osaka": where the person worked or lived, read as the home town
    once Tokyo and Osaka were known. A job's or a profile's line is read after the header's, for a town of the phone
    number's country only."""
    text = (
        "Marie Dupont\n06 12 34 56 78 | marie.dupont@gmail.com\n\nEXPÉRIENCE\nVIE – Air Liquide Japan, Tokyo\n"
        "Ingénieure procédés, 2021 - 2023\n"
    )
    assert _basics(text).get("location", {}) == {}
    text = (
        "Emily Carter\nemily.carter@gmail.com | 07911 123456\n\nEXPERIENCE\nMitsubishi UFJ, Tokyo\n"
        "Analyst, 2019 - 2023\n"
    )
    assert _basics(text).get("location", {}) == {}
    text = (
        "Marie Dupont\n06 12 34 56 78 | marie.dupont@gmail.com\n\nEXPÉRIENCE\nBar Tokyo, Nantes\nBarmaid, 2019 - 2023\n"
    )
    assert _basics(text)["location"] == {"city": "Nantes", "countryCode": "FR"}
    text = (
        "Marie Dupont\n06 12 34 56 78 | marie.dupont@gmail.com\n\nPROFIL\nBilingue français-japonais, 3 ans à Osaka\n\n"
        "EXPÉRIENCE\nUniqlo, Paris\nResponsable boutique, 2021 - 2023\n"
    )
    assert _basics(text)["location"] == {"city": "Paris", "countryCode": "FR"}


def test_a_referees_or_an_emergency_contacts_form_rows_are_not_the_candidates():
    """ "RÉFÉRENCES / Nom Pierre Durand / Fonction …", "REFERENCES / Name Sarah Jones / Position …", "PERSONNE À
    CONTACTER EN CAS D'URGENCE / Nom Martin / Prénom Lucie": form rows without a colon, read before the name at the
    top."""
    text = (
        "Jean Dupont\nDéveloppeur web\njean.dupont@gmail.com | 06 12 34 56 78 | Lyon\n\nEXPÉRIENCE\n"
        "2019 - 2023 Développeur, Capgemini\n\nRÉFÉRENCES\nNom Pierre Durand\nFonction Directeur technique\n"
        "Téléphone 06 98 76 54 32\nE-mail pierre.durand@capgemini.com\n"
    )
    assert _name(text) == "Jean Dupont"
    text = (
        "James Wilson\nGraphic Designer\njames.wilson@gmail.com | 07911 123456 | Leeds\n\nEXPERIENCE\n"
        "2019 - 2023 Designer, Sky\n\nREFERENCES\nName Sarah Jones\nPosition Art Director, Sky\nPhone 07911 654321\n"
    )
    assert _name(text) == "James Wilson"
    text = (
        "Jean Dupont\nTechnicien\n06 12 34 56 78\n\nPERSONNE À CONTACTER EN CAS D'URGENCE\nNom Martin\nPrénom Lucie\n"
        "Téléphone 06 11 22 33 44\n\nEXPÉRIENCE\n2019 - 2023 Technicien, Orange\n"
    )
    assert _name(text) == "Jean Dupont"
    text = "Amélie Roux\nAdresse 5 rue Pasteur, 69007 Lyon\nNOM Florence Immobilier\nTéléphone 06 12 34 56 78\n"
    assert _name(text) == "Amélie Roux"


def test_a_family_name_row_with_a_particle_stays_whole():
    """ "Nom Ben Ali" over "Prénom Mohamed": "Ben" is also a given name, and the row was read as the whole name "Ben
    Ali"; with a given name's row beside it, the "Nom" row holds the family name ("Ait Ahmed", "Saint Martin")."""
    assert _name("Mohamed Ben Ali\nNom Ben Ali\nPrénom Mohamed\nTél +216 98 123 456\n") == "Mohamed Ben Ali"
    assert _name("CV\nNom Ben Salah\nPrénom Houda\nTéléphone 06 12 34 56 78\n") == "Houda Ben Salah"
    assert _name("CV\nNom Ait Ahmed\nPrénom Karim\nTéléphone 06 12 34 56 78\n") == "Karim Ait Ahmed"
    assert _name("Nom : Saint Martin\nPrénom : Chloé\nTél : 06 12 34 56 78\n") == "Chloé Saint Martin"


def test_a_languages_two_names_keep_its_level():
    """ "Catalan / Valencien : courant", "Catalan/Valencian (fluent)": the level went to the second name, which the
    first one's entry then dropped (Valencian is Catalan)."""
    text = "Claire Martin\nclaire@mail.fr\n\nLANGUES\nCatalan / Valencien : courant\nAnglais : B2\n"
    languages = parse_resume(text.encode(), "cv.txt")["languages"]
    assert [(item["language"], item.get("fluency")) for item in languages] == [("Catalan", "C1"), ("Anglais", "B2")]
    text = "Claire Martin\nclaire@mail.com\n\nLANGUAGES\nSpanish (native), Catalan/Valencian (fluent), English (C2)\n"
    languages = parse_resume(text.encode(), "cv.txt")["languages"]
    assert ("Catalan", "C1") in [(item["language"], item.get("fluency")) for item in languages]


def test_a_place_named_after_a_language_is_no_language():
    """ "I spent two years in the Valencian Community and speak fluent Spanish": a region, read as Valencian at the
    level of the Spanish after it."""
    text = (
        "Claire Martin\nclaire@mail.com\n\nPROFILE\nI spent two years in the Valencian Community and speak fluent "
        "Spanish.\n\nLANGUAGES\nEnglish: native\n"
    )
    assert _languages(text) == ["Spanish", "English"]


def test_a_referees_surname_is_no_language():
    """ "Sr. Luis Guaraní, Gerente, Banco Itaú" under "REFERENCIAS" (a heading the sections miss, so the line stays
    in the languages' list): a person, read as the Guarani language."""
    text = (
        "Lucía Fernández\nlucia@mail.es\n\nIDIOMAS\nInglés: B2\nFrancés: A2\n\nREFERENCIAS\n"
        "Sr. Luis Guaraní, Gerente, Banco Itaú\nSra. Carmen Gallego, Directora, Mercadona\n"
    )
    assert _languages(text) == ["Inglés", "Francés"]
    text = "Lucía Benítez\nlucia@mail.py\n\nIDIOMAS\nEspañol, Guaraní\n"
    assert _languages(text) == ["Español", "Guarani"]
