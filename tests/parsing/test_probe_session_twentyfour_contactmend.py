"""Regressions of the contact block's rules of the twenty-fourth session (home town, phone, name, languages) that a
review of 485 made-up CVs found: each test holds one group, with guards for the faults those rules mended."""

from __future__ import annotations

from parsing import parse_resume


def _parse(text: str) -> dict:
    return parse_resume(text.encode(), "cv.txt")


def _location(header: str, job: str = "2019 – 2022 Comptable – Fiducial, Nantes") -> dict[str, str]:
    text = f"Jean Dupont\n{header}\n\nEXPÉRIENCE\n{job}\n"
    return _parse(text)["basics"].get("location") or {}


def test_the_town_after_a_post_office_box_without_what_follows_it():
    """ "BP 5432 Dakar Sénégal", "BP 1234 Dakar RP", "01 BP 1234 Abidjan Plateau": a known town of the phone's country,
    then its country, post office or district, which are no part of its name."""
    assert _location("BP 5432 Dakar Sénégal\n+221 77 123 45 67") == {"city": "Dakar", "countryCode": "SN"}
    assert _location("B.P. 1234 Yaoundé Cameroun\n+237 6 77 12 34 56") == {"city": "Yaoundé", "countryCode": "CM"}
    assert _location("BP 1234 Dakar RP\n+221 76 543 21 09") == {"city": "Dakar", "countryCode": "SN"}
    assert _location("01 BP 1234 Abidjan Plateau\n+225 07 07 11 22 33") == {"city": "Abidjan", "countryCode": "CI"}
    # its country after a comma
    assert _location("08 BP 2345 Abidjan 08, Côte d'Ivoire\n+225 07 07 12 34 56") == {
        "city": "Abidjan",
        "countryCode": "CI",
    }
    # guards: a town the gazetteer does not know, a post office named after its district
    assert _location("BP 45 Koutiala\n+223 76 12 34 56") == {"city": "Koutiala", "countryCode": "ML"}
    assert _location("BP 15432 Dakar-Fann – Sénégal\n+221 77 639 14 82") == {"city": "Dakar", "countryCode": "SN"}


def test_no_phone_number_from_a_figure_in_prose():
    """ "+1 200 000 000 FCFA", "+7 250 000 000 roubles": a figure, no number written with its calling code; nor a
    referee's "+254 20 123 45 67 89", longer than Kenya's numbers are. The last resort for numbers of a plan since
    changed stays ("+229 97 64 21 38", Benin's eight digits)."""
    text = "Aline Tchoumi\nDouala, Cameroun\naline.tchoumi@gmail.com\nPROFIL\n"
    text += "Chiffre d'affaires porté à +1 200 000 000 FCFA en trois ans.\n\nEXPÉRIENCE\n"
    assert _parse(text)["basics"].get("phone", "") == ""
    text = "Ivan Petrov\nLyon\nPROFIL\nRéduction des coûts : +7 250 000 000 roubles économisés.\n\nEXPÉRIENCE\n"
    assert _parse(text)["basics"].get("phone", "") == ""
    text = "Grace Otieno\nNairobi, Kenya\ngrace.otieno@gmail.com\nREFERENCES\nDr. Peter Kamau, +254 20 123 45 67 89\n"
    assert _parse(text)["basics"].get("phone", "") == ""
    text = "Rodrigue Agossou\n01 BP 2345 Cotonou – Bénin\n+229 97 64 21 38\nr.agossou@yahoo.fr\n\nEXPÉRIENCE\n"
    assert _parse(text)["basics"]["phone"] == "+22997642138"


def test_no_home_town_from_a_job_or_a_school_line_with_its_zip_or_postcode():
    """ "Data Analyst, Capital One, Richmond, VA 23219", "Student, University of Texas at Austin, Austin, TX 78712":
    a job's and a school's town at the top, no home; "Currently: Warehouse Supervisor, Amazon, Dunstable LU5 4RT"
    over the home "12 Hill Rise, Luton LU2 7AB"."""
    job = "2020 – Present  Data Analyst, Capital One, Richmond, VA"
    assert _location("Data Analyst, Capital One, Richmond, VA 23219\n(804) 555-0177", job) == {}
    assert _location("Student, University of Texas at Austin, Austin, TX 78712\n(512) 555-0188", job) == {}
    assert _location("Nurse – Mayo Clinic, Rochester, MN 55905\n(507) 555-0107", job) == {}
    header = "Currently: Warehouse Supervisor, Amazon, Dunstable LU5 4RT\n07700 900211\n12 Hill Rise, Luton LU2 7AB"
    uk_job = "2019 – 2023  Planner, DHL Supply Chain, Coventry"
    assert _location(header, uk_job) == {"city": "Luton", "countryCode": "GB"}
    # guards: an address's street, box or flat before the town
    assert _location("PO Box 1234, Bozeman, MT 59771 | (406) 555-0110", job) == {"city": "Bozeman", "countryCode": "US"}
    assert _location("Flat 3, 12 Hill Rise, Luton LU2 7AB\n07700 900211", job) == {"city": "Luton", "countryCode": "GB"}


def test_a_country_code_or_a_province_before_a_postcode_is_no_american_state():
    """ "Berlin, DE 10115", "Casablanca, MA 20250": the country's letters (Delaware's, Massachusetts'); "Milano, MI
    20123" beside an Italian number is in Italy. An American address stays American, "St. Louis" whole."""
    assert _location("Torstraße 12, Berlin, DE 10115 | +49 151 23456789") == {"city": "Berlin", "countryCode": "DE"}
    assert _location("Agdal, Rabat, MA 10090 | +212 6 12 34 56 78") == {"city": "Rabat", "countryCode": "MA"}
    assert _location("Bd Zerktouni, Casablanca, MA 20250") == {"city": "Casablanca", "countryCode": "MA"}
    assert _location("Via Torino 5, Milano, MI 20123 | +39 347 123 4567") == {"city": "Milano", "countryCode": "IT"}
    assert _location("Via Volta 3, Como, CO 22100 | +39 347 111 2233").get("countryCode") != "US"
    job = "2020 – Present  Data Analyst, Capital One, Richmond, VA"
    assert _location("St. Louis, MO 63101 | (314) 555-0166", job) == {"city": "St. Louis", "countryCode": "US"}
    assert _location("Ft. Lauderdale, FL 33301 | (954) 555-0101", job)["city"] == "Ft. Lauderdale"
    # guards: the town after a street's full stop; an American town beside an American number
    line = "11111 Any Street. New York, NY 11111 ~ (123)345-7890 ~ john@smith.com"
    assert _location(line, job) == {"city": "New York", "countryCode": "US"}
    assert _location("120 Main St, Paris, TX 75460 | (903) 555-0101", job) == {"city": "Paris", "countryCode": "US"}
    assert _location("Brooklyn, NY 11217 • +1 347 555 0186", job) == {"city": "Brooklyn", "countryCode": "US"}


def test_premises_and_their_letter_are_no_british_town_and_outward_code():
    """ "Unit A3", "Floor F3", "Level E2", "Suite G2", "Room C12": premises, not a town before an outward code beside
    a British number; the town of the address's postcode is read instead."""
    job = "2014 – 2021  Project Manager, Arup, Manchester"
    assert _location("Unit A3, Riverside Park\nLeeds LS10 1AB\n07700 900203", job)["city"] == "Leeds"
    assert _location("Suite G2, Regus House, Bristol BS1 6AB | 07700 900202", job)["city"] == "Bristol"
    assert _location("Room C12, Hall B2, University of York, York YO10 5DD | 07700 900204", job)["city"] == "York"
    assert _location("Level E2, Canary Wharf | 07700 900205 | max.roy@gmail.com", job).get("city") != "Level"
    assert _location("Floor F3, One Angel Square, Manchester | 07700 900206", job)["city"] == "Manchester"
    # guards: a town and its outward code alone, or after its county, ending the address
    assert _location("Sevenoaks TN13 | 07700 900123 | lucy.gray@gmail.com", job)["city"] == "Sevenoaks"
    assert _location("Folkestone, Kent CT20 | +44 7911 123456", job)["city"] == "Folkestone"


def test_only_a_town_joins_the_postcode_ending_the_line_above():
    """ "4 impasse du Moulin, 49000" over "Chargée de recrutement", "Disponible immédiatement" or "Permis B": a title,
    a note, no town wrapped from the postcode's line."""
    assert _location("4 impasse du Moulin, 49000\nChargée de recrutement\n06 12 34 56 78").get("city") is None
    assert _location("3 rue Oberkampf, 75011\nDéveloppeuse Full Stack\n06 22 33 44 55").get("city") is None
    assert _location("10 avenue Foch, 67000\nDisponible immédiatement\n06 88 99 00 11").get("city") is None
    assert _location("2 allée des Pins, 45000\nPermis B\n06 77 88 99 00").get("city") is None
    # guards: a town, known or not, with its district
    assert _location("45 cours de Verdun, 33000\nBordeaux\n06.14.52.38.77")["city"] == "Bordeaux"
    assert _location("14 chemin des Vignes, 84000\nAvignon Centre\n06 12 98 77 45")["city"] == "Avignon Centre"
    assert _location("8 rue des Lilas, 45770\nSaran\n06 12 98 77 45")["city"] == "Saran"


def test_a_town_that_is_also_a_word_in_a_long_list_is_no_home():
    """ "Hobbies: Football, Reading, Chess, …", "visites guidées, tours, animation …": a word of the list, not the town
    it also names, though it stands alone between commas (as "Dakar" and "Dublin 4" do in a long address)."""
    job = "2019 – 2023  Planner, DHL Supply Chain, Coventry"
    line = "Hobbies: Football, Reading, Chess, playing guitar in a local band on weekends"
    assert _location(f"07700 900123\n{line}", job) == {}
    line = "Accueil des groupes, visites guidées, tours, animation d'ateliers pour scolaires et seniors"
    assert _location(f"06 12 34 56 78\n{line}") == {}
    line = "Centres d'intérêt : lecture, voyages, Nice, randonnée en montagne et photographie animalière"
    assert _location(f"06 12 34 56 78\n{line}") == {}
    # guards: a town between an address's commas
    assert _location("Sicap Liberté 6, Villa n° 6543, Dakar – Sénégal\n+221 77 548 21 36")["city"] == "Dakar"
    line = "18 Herbert Park, Ballsbridge, Dublin 4, D04 X2C5 +353 87 123 4567 dan@gmail.com"
    assert _location(line, job)["city"] == "Dublin"


def test_a_line_of_many_figures_is_cut_at_its_comma_only_when_an_address():
    """ "CDI depuis le 01/02/2019, Toulouse": a job's dates and town, no address cut at its comma (the town of the
    job in Toulouse was the home); "45 avenue du 8 Mai 1945, 38130 Échirolles" still is one."""
    job = "2018 – 2021  Développeur web – Capgemini, Toulouse"
    assert _location("CDI depuis le 01/02/2019, Toulouse\n06 12 34 56 80", job) == {}
    assert _location("45 avenue du 8 Mai 1945, 38130 Échirolles\n07 68 41 20 93")["city"] == "Échirolles"
    assert _location("BP 40123, 29200 Brest Cedex\n06 12 34 56 78")["postalCode"] == "29200"


def test_letters_after_a_name_that_the_email_also_holds():
    """ "Mary Smith RN" beside "marysmithrn@", "Sarah Jones MBA" beside "sarahjones.mba@", "Tom Baker ACA" beside
    "tombakeraca@": the person's letters, in the address too (the name was kept with them, or lost); a family name in
    capitals whose last word the address holds joined is still one ("Steeve ONDO MBA" beside "steeve.ondomba@")."""
    body = "\n\nEXPERIENCE\n2014 – 2021  Consultant, KPMG, London\n"
    assert _parse(f"Mary Smith RN\nRegistered Nurse\nmarysmithrn@gmail.com{body}")["basics"]["name"] == "Mary Smith"
    assert _parse(f"Sarah Jones MBA\nConsultant\nsarahjones.mba@gmail.com{body}")["basics"]["name"] == "Sarah Jones"
    assert _parse(f"Sarah JONES MBA\nConsultant\nsarahjonesmba@gmail.com{body}")["basics"]["name"] == "Sarah JONES"
    assert _parse(f"Tom Baker ACA\nAuditor\ntombakeraca@outlook.com{body}")["basics"]["name"] == "Tom Baker"
    assert _parse(f"Mark Lee CFA\nPortfolio Manager\nmarklee.cfa@gmail.com{body}")["basics"]["name"] == "Mark Lee"
    text = "Laura Petit MBA PhD\nDirectrice financière\nlaura.petitmba@gmail.com\n\nEXPÉRIENCE\n"
    assert _parse(text)["basics"]["name"] == "Laura Petit"
    # guards: Gabonese family names
    text = "Jean-Pierre ESSONO MBA\nDirecteur financier\njp.essonomba@gmail.com\n\nEXPÉRIENCE\n"
    assert _parse(text)["basics"]["name"] == "Jean-Pierre ESSONO MBA"
    text = "Steeve ONDO MBA\nConsultant SAP\nE-mail : s.ondomba@gmail.com\n\nEXPÉRIENCE\n"
    assert _parse(text)["basics"]["name"] == "Steeve ONDO MBA"


def _languages(section: str) -> list[str]:
    text = f"Jean Dupont\njean@mail.fr\n\nEXPÉRIENCE\n2012 – 2022  Chaudronnier – Naval Group, Cherbourg\n\n{section}\n"
    return [item["language"] for item in _parse(text).get("languages", [])]


def test_a_language_word_in_a_cell_of_a_hobby_or_a_skill_is_no_language():
    """ "Cuisine | Thaï | Italienne", "Sport | Pelote | Basque", "Teaching | English | Literature", "Cinéma | Coréen |
    Japonais" over "Lecture | Polars": what qualifies a hobby or a skill, no language spoken. A languages' column
    still reads ("Lecture de plans | Français"), and a translator's row ("Translation | Russian | Ukrainian")."""
    section = "CENTRES D'INTÉRÊT\nCuisine | Thaï | Italienne\nVoyages | Japon | Portugal\nMusique | Breton"
    assert _languages(section) == []
    assert _languages("CENTRES D'INTÉRÊT\nSport | Pelote | Basque\nMusique | Txalaparta") == []
    assert _languages("SKILLS\nTeaching | English | Literature\nCoaching | Football") == []
    assert _languages("CENTRES D'INTÉRÊT\nCinéma | Coréen | Japonais\nLecture | Polars") == []
    assert _languages("COMPÉTENCES INFORMATIQUES\nClavier | Azerty | Russe\nPack Office | Excel avancé") == []
    # guards: a languages' column beside the skills', a translator's languages, languages after others
    section = "COMPÉTENCES\nLecture de plans | Français\nEntretiens structurés | Arabe | dialectal\nSoudage | Anglais"
    assert _languages(section) == ["Français", "Arabe", "Anglais"]
    section = "SKILLS\nPython | Go | Rust\nDocker | Kubernetes\nTranslation | Russian | Ukrainian"
    assert _languages(section) == ["Russian", "Ukrainian"]
    assert _languages("COMPÉTENCES\nAccueil | Mina | Éwé\nCaisse | Français") == ["Éwé", "Français"]
    section = "SKILLS\nAirside safety | French | native\nTeam leadership | English | ICAO 5\nCrisis | Italian"
    assert _languages(section) == ["French", "English", "Italian"]
