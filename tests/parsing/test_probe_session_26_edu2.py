"""Education entries: courses named before their school, dated bullets, numbered masters, country-named diplomas,
subjects in brackets, wrapped school names in lower case, and schools and bodies without an English school word."""

from parsing.structure.education import parse_education


def test_course_before_its_school_after_a_dash():
    items = parse_education(
        [
            "2010 – 2012 | Formation ICNA (ingénieur du contrôle de la navigation aérienne) – ENAC, Toulouse",
            "2008 – 2010 | Formation pilote de ligne intégrée ATPL(A) – cadet – EPAG, Merville",
        ]
    )
    assert items[0]["studyType"] == "Formation ICNA (ingénieur du contrôle de la navigation aérienne)"
    assert items[0]["institution"] == "ENAC"
    assert items[1]["studyType"].startswith("Formation pilote de ligne")
    assert items[1]["institution"] == "EPAG"


def test_school_name_wrapped_in_lower_case_after_its_connector():
    items = parse_education(
        [
            "2006 | Brevet élémentaire de contrôleur aérien – École de formation des sous-officiers de",
            "l'armée de l'air, Rochefort",
            "2005 | Baccalauréat S – Lycée Pierre d'Ailly, Compiègne",
        ]
    )
    assert items[0]["institution"] == "École de formation des sous-officiers de l'armée de l'air"


def test_bullets_opened_by_their_year_are_entries():
    items = parse_education(
        [
            "• 2009 : Licence Administration économique et sociale – Université Lumière Lyon 2",
            "• 2006 : Baccalauréat économique et social – Lycée Frédéric-Faÿs, Villeurbanne",
            "• 2022 : Actualisation de la réglementation retraite CNRACL – CNFPT",
            "• 2020 : Préparation à l'examen professionnel de rédacteur principal de 1re classe – CNFPT",
        ]
    )
    assert [item.get("endDate") for item in items] == ["2009", "2006", "2022", "2020"]
    assert items[0]["institution"] == "Université Lumière Lyon 2"
    assert items[2]["institution"] == "CNFPT"


def test_numbered_master_keeps_its_number():
    items = parse_education(["Master 225 – Finance d'entreprise – Université Paris Dauphine | 2015"])
    assert items[0]["studyType"] == "Master 225"
    assert items[0]["area"] == "Finance d'entreprise"


def test_country_named_diplomas_and_bracketed_subjects():
    items = parse_education(
        [
            "French Baccalaureate (Science) – Lycée Lumière, Luxeuil-les-Bains | 2004",
            "Scottish Highers (English, Business Management, French) — Boroughmuir High School | 2008",
        ]
    )
    assert items[0]["studyType"] == "French Baccalaureate"
    assert items[1]["studyType"] == "Scottish Highers"
    assert items[1]["area"] == "English, Business Management, French"


def test_brevets_qualifications_and_awards_at_their_bodies():
    items = parse_education(
        [
            "Brevet d'ingénieur navigant d'essais – EPNER, Istres | 2011 – 2012",
            "2008 – Qualification secours en montagne",
            "Centre national d'instruction de ski et d'alpinisme de la gendarmerie (CNISAG), Chamonix",
            "WSET Level 3 Award in Wines — Wine & Spirit Education Trust, London | 2020",
        ]
    )
    assert [item.get("studyType") for item in items] == [
        "Brevet d'ingénieur navigant d'essais",
        "Qualification secours en montagne",
        "WSET Level 3 Award in Wines",
    ]
    assert items[2]["institution"] == "Wine & Spirit Education Trust"


def test_irish_and_polish_secondary_schools():
    items = parse_education(["Leaving Certificate — Coláiste Choilm, Cork | 2010"])
    assert items[0]["institution"] == "Coláiste Choilm"
    items = parse_education(["Matura — Liceum Ogólnokształcące nr 3, Gdynia | 2012"])
    assert items[0]["institution"].startswith("Liceum Ogólnokształcące")


def test_diploma_named_after_its_school_names_the_school():
    items = parse_education(
        [
            "Diplôme de l’EFAP (Bac+5), spécialisation Relations presse et influence | 2014 – 2016",
            "EFAP — Paris",
            "Bachelor Communication | 2011 – 2014",
            "EFAP — Paris",
        ]
    )
    assert items[0]["studyType"] == "Diplôme de l’EFAP"
    assert items[0]["area"] == "Relations presse et influence"
    assert [item["institution"] for item in items] == ["EFAP", "EFAP"]
    items = parse_education(
        ["2012 – 2017 | Diplôme de l’EFAP – Expert en communication (RNCP niveau 7)", "EFAP · Paris"]
    )
    assert items[0]["institution"] == "EFAP"


def test_grande_ecole_programme_is_part_of_the_degree():
    items = parse_education(
        [
            "MSc in Management – Grande École – HEC Paris, Jouy-en-Josas | 2017 – 2020",
            "Échange à la Wharton School, University of Pennsylvania",
        ]
    )
    assert items[0]["institution"] == "HEC Paris"
    assert items[0]["area"] == "Management – Grande École"


def test_field_written_by_its_initials_then_spelled_out():
    items = parse_education(
        ["Master CCA – Comptabilité, Contrôle, Audit (en alternance), Université Toulouse Capitole – TSM (2022 – 2024)"]
    )
    assert items[0]["area"] == "CCA – Comptabilité, Contrôle, Audit (en alternance)"
    assert items[0]["institution"] == "Université Toulouse Capitole – TSM"


def test_aircraft_type_ratings_are_no_studies():
    from parsing import parse_resume

    text = "\n".join(
        [
            "Aurélie Fontaine",
            "aurelie.fontaine@example.fr",
            "",
            "QUALIFICATIONS AVION",
            "Type | Obtention | Statut",
            "Airbus A320 family | 2010 | non actif",
            "Boeing 777-200/300 | 2016 | actif",
            "",
            "FORMATION",
            "2010",
            "Institut Aéronautique Amaury de la Grange, Merville",
            "CCA – Certificat de membre d'équipage de cabine",
            "2006 – 2008",
            "Lycée Robert Doisneau, Corbeil-Essonnes",
            "BTS Tourisme",
        ]
    )
    education = parse_resume(text.encode(), "cv.txt")["education"]
    assert [(item.get("studyType"), item.get("institution")) for item in education] == [
        ("Certificat de membre d'équipage de cabine", "Institut Aéronautique Amaury de la Grange"),
        ("BTS", "Lycée Robert Doisneau"),
    ]


def test_school_name_cut_before_its_dates_goes_on_below():
    items = parse_education(
        [
            "EPL/S Airline Pilot Programme – ENAC – École | 2009 – 2012",
            "Nationale de l'Aviation Civile, Toulouse",
            "Bac pro Commercialisation et services en restauration — Lycée hôtelier | 2017",
            "Sainte-Anne, Saint-Nazaire",
        ]
    )
    assert [item["institution"] for item in items] == [
        "ENAC – École Nationale de l'Aviation Civile",
        "Lycée hôtelier Sainte-Anne",
    ]
