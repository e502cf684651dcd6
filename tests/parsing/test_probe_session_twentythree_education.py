"""Faults of the twenty-third probing session on studies (Spanish-speaking, North African, Belgian and Swiss
applicants, teachers, lawyers and clerks of the courts, banking, building trades and agriculture): the entries of the
education section, their degrees and schools, and the entries missed or made up. Each test holds one of them."""

from __future__ import annotations

from parsing import parse_resume
from parsing.structure.education import find_degree

HEAD = "Ana Torres\nana.torres@exemple.fr\n\nFORMATION\n"


def _degrees(text: str) -> list[tuple[str | None, str | None, str | None]]:
    education = parse_resume(text.encode(), "cv.txt")["education"]
    return [(e.get("institution"), e.get("studyType"), e.get("area")) for e in education]


def _key(text: str, *, courses: bool = False) -> str | None:
    degree = find_degree(text, courses=courses)
    return degree.key if degree else None


def test_latin_american_engineering_and_masters_degrees():
    """ "Ingeniería Civil", "Ingeniería en Sistemas Computacionales", "Maestría en Ingeniería de Calidad": the
    five-year engineering degree and the master's of Latin America were no degree at all (the school alone was
    read); after "Grado en" or "Maestría en", "Ingeniería" is the field studied, and inside a school's name
    ("Facultad de Ingeniería") it names no degree."""
    text = HEAD + (
        "2018 – 2020 : Maestría en Ingeniería de Calidad — Universidad Iberoamericana Puebla\n"
        "2012 – 2016 : Ingeniería Civil — Universidad de los Andes, Bogotá\n"
        "2008 – 2012 : Grado en Ingeniería Informática — Universidad Complutense de Madrid\n"
    )
    assert _degrees(text) == [
        ("Universidad Iberoamericana Puebla", "Maestría", "Ingeniería de Calidad"),
        ("Universidad de los Andes", "Ingeniería", "Civil"),
        ("Universidad Complutense de Madrid", "Grado", "Ingeniería Informática"),
    ]
    assert _key("Ingeniería en Sistemas Computacionales") == "engineer"
    assert _key("Facultad de Ingeniería, Universidad de Chile") is None
    assert _key("Escuela de Posgrado, Universidad del Pacífico") is None


def test_latin_american_postgraduate_and_technical_diplomas():
    """Colombia's "Especialización", Peru's "Segunda Especialidad", Argentina's "Posgrado" and "Tecnicatura
    Superior", Mexico's "Diplomado", Colombia's "Tecnólogo" (SENA) and "Profesional en …": the diplomas of the
    Spanish-speaking countries' CVs, read as no degree."""
    text = HEAD + (
        "2018 : Especialización en Gerencia de Proyectos — Universidad EAFIT, Medellín\n"
        "2017 : Segunda Especialidad en Enfermería Intensivista — Universidad Nacional Mayor de San Marcos, Lima\n"
        "2016 : Posgrado en Marketing Digital — Universidad Torcuato Di Tella, Buenos Aires\n"
        "2015 : Diplomado en Cuidados Paliativos — Universidad Panamericana, Guadalajara\n"
        "2014 : Tecnicatura Superior en Gestión Hotelera — Instituto Argentino de Gastronomía, Buenos Aires\n"
        "2012 : Tecnólogo en Gestión Hotelera — Servicio Nacional de Aprendizaje (SENA), Cartagena\n"
        "2008 : Profesional en Enfermería — Pontificia Universidad Javeriana, Bogotá\n"
    )
    assert [(study, area) for _, study, area in _degrees(text)] == [
        ("Especialización", "Gerencia de Proyectos"),
        ("Segunda Especialidad", "Enfermería Intensivista"),
        ("Posgrado", "Marketing Digital"),
        ("Diplomado", "Cuidados Paliativos"),
        ("Tecnicatura Superior", "Gestión Hotelera"),
        ("Tecnólogo", "Gestión Hotelera"),
        ("Profesional", "Enfermería"),
    ]
    # ("Profesional en …" is also a Colombian job's title: a diploma only inside a studies entry)
    assert _key("Profesional en Recursos Humanos") is None


def test_bachiller_of_a_colegio_and_of_a_peruvian_university():
    """ "Bachiller Académico" (a Colombian colegio's school-leaving diploma) and Peru's "Bachiller en Administración
    Hotelera" (the degree its universities give after five years) were no degree; the university's is a bachelor's
    level."""
    text = HEAD + (
        "2012 – 2016 : Bachiller en Administración Hotelera — Universidad San Ignacio de Loyola, Lima\n"
        "2011 : Bachiller Académico — Colegio Distrital Manuel Elkin Patarroyo, Bogotá\n"
    )
    assert _degrees(text) == [
        ("Universidad San Ignacio de Loyola", "Bachiller", "Administración Hotelera"),
        ("Colegio Distrital Manuel Elkin Patarroyo", "Bachiller", "Académico"),
    ]
    result = parse_resume(text.encode(), "cv.txt")
    assert result["meta"]["education_level"] == 3


def test_baccalaureate_in_english():
    """ "2013 — Baccalaureate in Mathematics — Lycée Pilote Bourguiba, Tunis": the Maghreb's baccalauréat, written
    in English, was no degree (the lycée alone was read). An American "baccalaureate degree" is a bachelor's."""
    text = (
        "Sami Trabelsi\nsami@mail.tn\n\nEDUCATION\n"
        "2013 – 2018 — National Engineering Degree in Software Engineering — INSAT, Tunis\n"
        "2013 — Baccalaureate in Mathematical Sciences A — Lycée Pilote Bourguiba, Tunis\n"
    )
    assert _degrees(text)[1] == ("Lycée Pilote Bourguiba", "Baccalaureate", "Mathematical Sciences A")
    assert _key("Baccalaureate degree in Nursing") == "licence"


def test_preparatory_classes_in_english():
    """ "Preparatory Cycle Mathematics-Physics (MP)" at the IPEIT, "Preparatory Classes MP" at a CPGE: the two years
    of preparatory classes of the Maghreb's engineers, written in English, were missed (the entry was lost, or the
    centre's "CPGE" was read as the degree)."""
    text = (
        "Amine Bensalah\namine@mail.tn\n\nEDUCATION\n"
        "IPEIT | Preparatory Cycle Mathematics-Physics (MP) | 2016\n"
        "IPEIN | Preparatory Classes (Physics-Chemistry) | 2014\n"
    )
    assert _degrees(text) == [
        ("IPEIT", "Preparatory Cycle", "Mathematics-Physics"),
        ("IPEIN", "Preparatory Classes", "Physics-Chemistry"),
    ]


def test_vocational_diplomas_named_by_their_trade():
    """OFPPT's "Technicien en Réception", Germany's "Kaufmann für Versicherungen und Finanzen" (IHK), Switzerland's
    "AFP de logisticien" and Poland's "Construction Technician Diploma": vocational diplomas read as no degree (or
    as the school's name)."""
    text = (
        "Yassine Ait Ahmed\nyassine@mail.ma\n\nFORMATION\n"
        "ISTA Hôtellerie (OFPPT) | Technicien en Réception | 2019\n"
        "IHK München | Kaufmann für Versicherungen und Finanzen | 2017\n"
        "EPAI, Fribourg | AFP de logisticien | 2015\n"
        "Construction Vocational School No. 1 | Construction Technician Diploma | 2009\n"
    )
    assert _degrees(text) == [
        ("ISTA Hôtellerie (OFPPT)", "Technicien", "Réception"),
        ("IHK München", "Kaufmann", "Versicherungen und Finanzen"),
        ("EPAI", "AFP", "logisticien"),
        ("Construction Vocational School No. 1", "Construction Technician Diploma", None),
    ]
    # (a technician's title is a job's outside the studies; the news agency and a surname are no diploma)
    assert _key("Technicien de maintenance industrielle") is None
    assert _key("Journaliste – AFP, Paris") is None
    assert _key("Cabinet Müller Kaufmann, Berlin") is None


def test_civil_service_trainings_and_examinations():
    """ "Formation initiale de greffier des services judiciaires" (École nationale des greffes), "Formation initiale
    de professeur des écoles (PE1-PE2)", "Préparation à l'examen d'entrée au CRFPA", "Concours externe de CPE",
    "Concours de personnel de direction": what a clerk, a teacher, a lawyer or a head of school lists as their
    diploma was no degree (the school alone was read, or the entry was lost)."""
    text = HEAD + (
        "2016 – 2018 | Formation initiale de greffier des services judiciaires\n"
        "École nationale des greffes (ENG), Dijon\n"
        "2015 | Préparation à l'examen d'entrée au CRFPA\n"
        "Institut d'études judiciaires (IEJ) de Strasbourg, Strasbourg\n"
        "2012 | Concours externe de CPE\n"
        "2000 – 2002 | Formation initiale de professeur des écoles (PE1-PE2)\n"
        "IUFM d'Aquitaine, Bordeaux\n"
    )
    assert _degrees(text) == [
        ("École nationale des greffes (ENG)", "Formation initiale de greffier des services judiciaires", None),
        ("Institut d'études judiciaires (IEJ) de Strasbourg", "Préparation à l'examen d'entrée au CRFPA", None),
        (None, "Concours externe de CPE", None),
        ("IUFM d'Aquitaine", "Formation initiale de professeur des écoles", None),
    ]
    assert _key("Concours de personnel de direction") == "teaching"
    # (the examination a year prepares is the degree when the CV names one; a year's training is no degree alone)
    assert _key("Préparation au CAPES de lettres modernes", courses=True) == "teaching"
    assert _key("Formation initiale en alternance", courses=True) is None


def test_equivalence_of_a_foreign_degree():
    """ "Equivalent to a B.Sc. in Computer Engineering" under "Ingeniería en Sistemas Computacionales", "Diplôme
    reconnu équivalent Master (ENIC-NARIC France)" under "Ingeniería Civil de Minas": what the degree is worth, not
    a degree of its own (it was read as the entry's degree, or as one more entry)."""
    text = (
        "Diego Hernández\ndiego@mail.mx\n\nEDUCATION\n"
        "2012 – 2016 — Ingeniería en Sistemas Computacionales — Tecnológico de Monterrey, Monterrey\n"
        "Equivalent to a B.Sc. in Computer Engineering – graduated with honors\n"
    )
    assert _degrees(text) == [("Tecnológico de Monterrey", "Ingeniería", "Sistemas Computacionales")]
    text = (
        "Diego Fuentes\ndiego@mail.cl\n\nFORMATION\n"
        "Universidad de Chile – Santiago\nMagíster en Ciencias de la Ingeniería\n2017 – 2018\n"
        "Pontificia Universidad Católica de Chile – Santiago\nIngeniería Civil de Minas\n2009 – 2015\n"
        "Diplôme reconnu équivalent Master (ENIC-NARIC France)\n"
    )
    assert _degrees(text)[1] == ("Pontificia Universidad Católica de Chile", "Ingeniería", "Civil de Minas")


def test_swiss_certificate_of_advanced_studies_with_its_school():
    """ "CAS HES-SO en management de la qualité": the Swiss certificate of advanced studies, written with the
    university of applied sciences that awards it, was no degree (the entry was lost)."""
    text = HEAD + "2018 – 2019 | CAS HES-SO en management de la qualité\nHE-Arc Gestion, Neuchâtel\n"
    assert _degrees(text) == [("HE-Arc Gestion", "CAS HES-SO", "management de la qualité")]


def test_last_year_of_secondary_school_without_the_baccalaureate():
    """ "Niveau 3e année secondaire – Sciences expérimentales": the last year of an Algerian lycée, reached without
    the baccalauréat, was no degree."""
    text = HEAD + (
        "Dates : 2009 – 2011\nDiplôme obtenu : BTS en Électrotechnique\nÉtablissement : INSFP, Sétif\n"
        "Dates : 2009\nDiplôme obtenu : Niveau 3e année secondaire – Sciences expérimentales\n"
        "Établissement : Lycée Mohamed Kerouani, Sétif\n"
    )
    assert _degrees(text)[1] == ("Lycée Mohamed Kerouani", "Niveau 3e année secondaire", "Sciences expérimentales")


def test_degree_line_with_a_colon_heads_its_entry():
    """ "BTSA Agronomie : productions végétales" over its lycée and its dates: a degree, its field and its speciality
    after a colon were read as a description's "label : value" line, so the entries shifted (the lycée lost its
    degree, the one below took its dates). A description's labelled line still is one."""
    text = HEAD + (
        "Lycée agricole d'Auzeville · Castanet-Tolosan\nBTSA Agronomie : productions végétales\n2013 – 2015\n"
        "Lycée agricole de Montauban · Montauban\nBac pro CGEA, systèmes à dominante cultures\n2013\n"
    )
    result = parse_resume(text.encode(), "cv.txt")["education"]
    assert [(e.get("institution"), e.get("studyType"), e.get("endDate")) for e in result] == [
        ("Lycée agricole d'Auzeville", "BTSA", "2015"),
        ("Lycée agricole de Montauban", "Bac pro", "2013"),
    ]
    assert result[0]["area"] == "Agronomie : productions végétales"


def test_agricultural_vocational_certificates():
    """ "BEPA Agroéquipement" (the agricultural BEP) and "Agricultural Technician (Technik rolnik)" (a Polish
    technikum's diploma) were no degree."""
    text = HEAD + (
        "Lycée agricole de Tilloy-lès-Mofflaines | BEPA Agroéquipement | 2012\n"
        "2015 – 2019 | Agricultural Technician (Technik rolnik)\nZespol Szkol Rolniczych, Rzeszów\n"
    )
    assert _degrees(text) == [
        ("Lycée agricole de Tilloy-lès-Mofflaines", "BEPA", "Agroéquipement"),
        ("Zespol Szkol Rolniczych", "Agricultural Technician", "Technik rolnik"),
    ]
    # (the German word for engineering inside a school's name is no diploma)
    assert _key("Hochschule für Technik und Wirtschaft Berlin", courses=True) is None


def test_schools_named_as_compounds_or_web_addresses():
    """ "École-club Migros" (its "club" read as a club's) and "EIT.swiss" (a web address's shape) were dropped as
    institutions, though each is the Swiss school the federal certificate was taken at. A club stays no school."""
    text = HEAD + (
        "2014–2015 | Brevet fédéral de spécialiste en ressources humaines | École-club Migros, Lausanne\n"
        "2018 | Brevet fédéral de conseiller en sécurité électrique | EIT.swiss, Lausanne\n"
    )
    assert [school for school, _, _ in _degrees(text)] == ["École-club Migros", "EIT.swiss"]
    from parsing.structure.education import plausible_institution

    assert not plausible_institution("Rugby Club Lausanne")
    assert not plausible_institution("www.swiss")


def test_centre_of_preparatory_classes_is_the_school():
    """ "CPGE Moulay Youssef", "CPGE Lycée Moulay Idriss": the Maghreb's centres of preparatory classes are named so;
    the centre was read as the degree (the classes lost) or dropped as a school. "CPGE MP" is a class's track."""
    text = HEAD + (
        "Diplôme d'ingénieur d'État en Génie Logiciel | 2016 – 2019\nENSIAS — Rabat\n"
        "Classes préparatoires PSI | 2014 – 2016\nCPGE Moulay Youssef — Rabat\n"
    )
    assert _degrees(text) == [
        ("ENSIAS", "Diplôme d'ingénieur d'État", "Génie Logiciel"),
        ("CPGE Moulay Youssef", "Classes préparatoires", "PSI"),
    ]
    text = HEAD + (
        "ISCAE – Casablanca\nGrande École Programme – Major in Finance and Audit\n2014 – 2017\n"
        "CPGE Lycée Moulay Idriss – Fès\nPreparatory Classes in Economics and Business (ECS)\n2012 – 2014\n"
    )
    assert _degrees(text)[1] == ("CPGE Lycée Moulay Idriss", "Preparatory Classes", "Economics and Business")
    text = HEAD + "2014 – 2016 | CPGE MP | Lycée Louis-le-Grand, Paris\n"
    assert _degrees(text) == [("Lycée Louis-le-Grand", "CPGE", "MP")]


def test_university_written_with_its_institute_or_faculty():
    """ "CEIPI (Université de Strasbourg)", "Université de Lille – IUT C", "Faculté des Sciences Juridiques,
    Économiques et Sociales – Université Ibn Zohr": an institute or a faculty and its university, one school; the
    university in brackets was dropped as a remark, the institute or the faculty's first words made one more entry.
    A town in brackets still goes."""
    text = HEAD + (
        "2017 - 2018 | Diplôme du CEIPI – Propriété industrielle | CEIPI (Université de Strasbourg), Strasbourg\n"
        "2013 | Licence professionnelle Assurance | Université de Lille – IUT C – Roubaix\n"
        "2012 | Licence professionnelle Audit et Contrôle de gestion\n"
        "Faculté des Sciences Juridiques, Économiques et Sociales – Université Ibn Zohr, Agadir\n"
        "2010 | BTS Assurance | Lycée Ozanam (Lille)\n"
    )
    assert [school for school, _, _ in _degrees(text)] == [
        "CEIPI (Université de Strasbourg)",
        "Université de Lille – IUT C",
        "Faculté des Sciences Juridiques, Économiques et Sociales – Université Ibn Zohr",
        "Lycée Ozanam",
    ]


def test_external_candidate_sits_at_no_school():
    """ "CAP Cuisine" over "Candidat libre, académie de Paris": the education authority the diploma was sat under
    was read as the school; the CAP then stays, with no school, beside a university degree."""
    text = HEAD + (
        "CAP Cuisine | 2023\nCandidat libre, académie de Paris\n"
        "Licenciatura en Gastronomía | 2013 – 2017\nUniversidad del Claustro de Sor Juana, Ciudad de México\n"
    )
    assert _degrees(text) == [
        (None, "CAP", "Cuisine"),
        ("Universidad del Claustro de Sor Juana", "Licenciatura", "Gastronomía"),
    ]


def test_belgian_cess_is_read_as_the_baccalaureate():
    """ "CESS" at "Collège Saint-Louis, Liège": Belgium's certificate of upper secondary education, its baccalauréat,
    was dropped as secondary schooling beside a university degree (as a French bac is not)."""
    text = HEAD + (
        "2013 – 2016 | Bachelier ingénieur civil\nUniversité de Liège (ULiège), Liège\n"
        "2013 | CESS\nCollège Saint-Louis, Liège\n"
    )
    assert _degrees(text)[1] == ("Collège Saint-Louis", "CESS", None)


def test_field_in_sentence_case_after_the_diploma():
    """ "Diplôme de qualification pédagogique – Enseignement secondaire qualifiant" over "CRMEF Fès-Meknès": the
    words after the dash are the field, in sentence case; they were read as the school, and the CRMEF lost."""
    text = HEAD + (
        "Diplôme de qualification pédagogique – Enseignement secondaire qualifiant\nCRMEF Fès-Meknès | 2018 – 2019\n"
        "Licence fondamentale Études françaises\nFaculté des Lettres et des Sciences Humaines, Meknès | 2012 – 2015\n"
    )
    assert _degrees(text) == [
        ("CRMEF Fès-Meknès", "Diplôme de qualification pédagogique", "Enseignement secondaire qualifiant"),
        ("Faculté des Lettres et des Sciences Humaines", "Licence fondamentale", "Études françaises"),
    ]
    # (with no other part to name the school, words in sentence case may be its name)
    text = HEAD + "2016 | CAPA Services aux personnes – Maison familiale rurale, Vif\n"
    assert _degrees(text) == [("Maison familiale rurale", "CAPA", "Services aux personnes")]


def test_degree_cut_past_its_dates():
    """ "Spécialisation en soins intensifs et aide médicale | 2018 – 2019 urgente", "DAEFLE (Diplôme d'aptitude à
    l'enseignement du français langue | 2016 étrangère)": a degree's name cut at the line's end, its dates at the
    right margin, its last words after them; the last words were read as the school ("urgente") or the bracket left
    open shifted the entries (the DAEFLE took the master's dates, the master lost its school)."""
    text = HEAD + (
        "Spécialisation en soins intensifs et aide médicale | 2018 – 2019 urgente\nHELMo | Liège\n"
        "Bachelier Infirmier responsable de soins généraux | 2013 – 2017\nHénallux | Namur\n"
    )
    assert _degrees(text)[0] == ("HELMo", "Spécialisation", "soins intensifs et aide médicale urgente")
    text = HEAD + (
        "DAEFLE (Diplôme d'aptitude à l'enseignement du français langue | 2016 étrangère)\n"
        "Alliance française Paris Île-de-France\n"
        "Master Lettres modernes | 2013 – 2015\nUniversité Paris Nanterre — Nanterre\n"
    )
    result = parse_resume(text.encode(), "cv.txt")["education"]
    assert [(e.get("institution"), e.get("studyType"), e.get("endDate")) for e in result] == [
        ("Alliance française Paris Île-de-France", "DAEFLE", "2016"),
        ("Université Paris Nanterre", "Master", "2015"),
    ]


def test_swiss_degree_titles_and_their_school():
    """ "Master of Science HES-SO in Engineering" at "HES-SO Master", the Swiss universities of applied sciences'
    master's school: the school was dropped (its name holds a degree's word), the degree's title lost its "HES-SO"
    to the field."""
    text = HEAD + (
        "Master of Science HES-SO in Engineering | 2016 – 2017\nHES-SO Master | Lausanne\n"
        "Bachelor of Science HES-SO en Microtechniques | 2013 – 2016\nHE-Arc Ingénierie | Neuchâtel\n"
    )
    assert _degrees(text) == [
        ("HES-SO Master", "Master of Science HES-SO", "Engineering"),
        ("HE-Arc Ingénierie", "Bachelor of Science HES-SO", "Microtechniques"),
    ]


def test_diploma_named_after_its_grande_ecole():
    """ "Diplôme de l'ENS Paris-Saclay (département de physique)" over "ENS Paris-Saclay, Cachan": the normalien's
    diploma, named after the school, was read as the school (its bracket dropped as a remark) and no degree."""
    text = HEAD + (
        "2012 – 2014\nMaster Physique\nUniversité de Strasbourg, Strasbourg\n"
        "2010 – 2014\nDiplôme de l'ENS Paris-Saclay (département de physique)\nENS Paris-Saclay, Cachan\n"
    )
    assert _degrees(text)[1] == ("ENS Paris-Saclay", "Diplôme de l'ENS Paris-Saclay", "physique")
    # (alone, the diploma names its school)
    text = HEAD + "2012 | Diplôme de l'École du Louvre\n"
    assert _degrees(text) == [("École du Louvre", "Diplôme de l'École du Louvre", None)]


def test_headline_of_two_titles_is_no_studies_heading():
    """ "Formateur – Conseiller en formation continue" under the name: the person's titles, read as a studies heading
    for its "formation"; the address, phone and "Permis B" under it joined the studies, and the entries shifted (the
    master took the DCG's year, the DCG was lost)."""
    from parsing import analyze
    from parsing.document import Document, Line

    rows = [
        ("Nicolas Faure", 20.0, True),
        ("Formateur – Conseiller en formation continue", 12.0, False),
        ("40 avenue Carnot, 63000 Clermont-Ferrand", 9.5, False),
        ("04 73 91 26 48", 9.5, False),
        ("nicolas.faure@greta-auvergne.fr", 9.5, False),
        ("Permis B", 9.5, False),
        ("EXPÉRIENCE PROFESSIONNELLE", 12.0, True),
        ("2016 – 2020", 9.5, False),
        ("Formateur en gestion et comptabilité", 10.0, True),
        ("GRETA Auvergne, Clermont-Ferrand", 9.5, False),
        ("FORMATION", 12.0, True),
        ("2018 – 2020", 9.5, False),
        ("Master Ingénierie de la formation", 10.0, True),
        ("Université Clermont Auvergne, Clermont-Ferrand", 9.5, False),
        ("2008", 9.5, False),
        ("DCG (Diplôme de comptabilité et de gestion)", 10.0, True),
        ("Lycée Sidoine Apollinaire, Clermont-Ferrand", 9.5, False),
    ]
    lines = [Line(text, size=size, bold=bold) for text, size, bold in rows]
    education = analyze(Document(lines=lines, format="docx", body_size=9.5))["education"]
    assert [(e.get("institution"), e.get("studyType"), e.get("endDate")) for e in education] == [
        ("Université Clermont Auvergne", "Master", "2020"),
        ("Lycée Sidoine Apollinaire", "DCG", "2008"),
    ]


def test_post_held_on_a_course_is_no_study():
    """ "Depuis 2018 : chargée d'enseignement, Université de Bordeaux (Master 2 Droit social)" under "Mandats et
    engagements" (read as studies for the master it names): a teaching post on the course in brackets, no degree
    taken. A degree in brackets after its school, with no post named, stays one."""
    text = (
        "Claire Fabre\nclaire@mail.fr\n\nFORMATION\n"
        "2004 — DESS Droit social — Université Paris 2 Panthéon-Assas, Paris\n"
        "\nMANDATS ET ENGAGEMENTS\n2015 – 2019 : membre du Conseil de l'Ordre des avocats de Bordeaux\n"
        "Depuis 2018 : chargée d'enseignement, Université de Bordeaux (Master 2 Droit social)\n"
    )
    assert _degrees(text) == [("Université Paris 2 Panthéon-Assas", "DESS", "Droit social")]
    text = HEAD + "2004 — Université de Bordeaux (Master 2 Droit social)\n"
    assert _degrees(text) == [("Université de Bordeaux", "Master 2", "Droit social")]


def test_state_recognised_diploma_states_no_equivalence():
    """ "(diplôme reconnu par l'État)": a private school's diploma recognised by the state is still the degree."""
    from parsing.structure.education import equivalence_of

    assert not equivalence_of("Bachelor Responsable marketing (diplôme reconnu par l'État) – ISEG Lyon")
    assert equivalence_of("Diplôme reconnu équivalent Master (ENIC-NARIC France)")


def test_civil_service_schools_trainings_and_examinations():
    """ "Formation des attachés d'administration de l'État" (IRA), "Formation initiale des administrateurs
    territoriaux" (INET), "Scolarité d'inspecteur stagiaire" (ENFiP), "Initial training for Government Attachés",
    "Concours de rédacteur territorial – lauréate": the civil servant's training or examination, read as no degree
    (the school alone was)."""
    text = HEAD + (
        "2018 – 2019 — Formation initiale des administrateurs territoriaux — INET, Strasbourg\n"
        "2015 – 2016 — Formation des attachés d'administration de l'État — IRA de Lille\n"
        "2014 — Initial training for Government Attachés — Institut régional d'administration (IRA) de Metz, Metz\n"
        "2013 — Scolarité d'inspecteur stagiaire — École nationale des finances publiques (ENFiP), Clermont-Ferrand\n"
        "2012 — Concours de rédacteur territorial – lauréate — Centre de gestion du Nord\n"
    )
    assert [study for _, study, _ in _degrees(text)] == [
        "Formation initiale des administrateurs territoriaux",
        "Formation des attachés d'administration de l'État",
        "Initial training for Government Attachés",
        "Scolarité d'inspecteur stagiaire",
        "Concours de rédacteur territorial",
    ]
    # (the schools' general contest is an award, no examination of a civil service)
    assert _key("Concours général de mathématiques", courses=True) is None


def test_double_licence_and_a_diploma_section():
    """ "Double licence Économie – Mathématiques" (its "licence" in lower case after "Double" was taken for a licence
    to do something) and "Diplôme de l'IEP, section Relations internationales — IEP de Lyon" (the section was read as
    the school)."""
    text = HEAD + (
        "Double licence Économie – Mathématiques, Université Paris 1 Panthéon-Sorbonne (Paris), 2021 – 2024\n"
        "2000 – 2003 — Diplôme de l'IEP, section Relations internationales — IEP de Lyon, Lyon\n"
    )
    assert _degrees(text) == [
        ("Université Paris 1 Panthéon-Sorbonne", "Double licence", "Économie"),
        ("IEP de Lyon", "Diplôme de l'IEP", "Relations internationales"),
    ]


def test_school_first_entries_without_dates():
    """ "Établissement : Université Côte d'Azur, Nice" over "Licence Arts du spectacle, parcours Cinéma", with no
    dates: each entry opens with its school; the schools were given to the degree below the next one's."""
    text = HEAD + (
        "Établissement : Université Côte d'Azur, Nice\nLicence Arts du spectacle, parcours Cinéma\n"
        "Établissement : Lycée Masséna, Nice\nBac L\n"
    )
    assert _degrees(text) == [
        ("Université Côte d'Azur", "Licence", "Arts du spectacle"),
        ("Lycée Masséna", "Bac L", None),
    ]


def test_sport_state_diplomas_and_their_training_bodies():
    """ "DES JEPS mention Football" (read as a doctor's DES), "DESJEPS Sports Performance" (no degree), "BPJEPS
    Activités Gymniques de la Forme et de la Force — Sport Formation Nord" (its long field and its training body
    lost, then the entry dropped as secondary schooling), "CREPS Île-de-France" (a place with an accented capital
    after an acronym): sport's diplomas and where they are taken."""
    text = HEAD + (
        "2022 — DES JEPS mention Football — Institut de Formation du Football, Clairefontaine\n"
        "2019 — DESJEPS Sports Performance — INSEP, Paris\n"
        "2015 — BPJEPS Activités Gymniques de la Forme et de la Force — Sport Formation Nord, Lille\n"
        "2014 — BPJEPS Activités de la Forme — CREPS Île-de-France, Châtenay-Malabry\n"
        "2010 — Licence STAPS — Université de Reims Champagne-Ardenne, Reims\n"
    )
    assert _degrees(text)[:4] == [
        ("Institut de Formation du Football", "DES JEPS", "Football"),
        ("INSEP", "DESJEPS", "Sports Performance"),
        ("Sport Formation Nord", "BPJEPS", "Activités Gymniques de la Forme et de la Force"),
        ("CREPS Île-de-France", "BPJEPS", "Activités de la Forme"),
    ]
    # (a medical specialty's DES stays the doctorate's; "Formation continue" is still no school)
    assert _key("DES de médecine générale") == "phd"
    from parsing.structure.education import _plausible_school

    assert not _plausible_school("Formation continue")


def test_years_of_a_licence_and_a_university_unit():
    """ "L2 STAPS — UFR STAPS Lyon 1", "L1 STAPS": the years of a French licence as students write them were no
    degree, and a university's unit named by its initials no school. A cable's "L1" is none."""
    text = HEAD + (
        "2016 – 2018 — L2 STAPS — UFR STAPS Lyon 1, Villeurbanne\n2016 — Baccalauréat S — Lycée Ampère, Lyon\n"
    )
    assert _degrees(text)[0] == ("UFR STAPS Lyon 1", "L2", "STAPS")
    assert _key("L3 Droit privé") == "licence"
    assert _key("Câble L1 de 3 m") is None


# Guards of the review of the session's studies changes (regressions against the base, groups A to G)
HEAD_EN = "Oliver Hughes\noliver.hughes@gmail.com\n\nEDUCATION\n"


def test_capital_a_before_a_place_ends_the_field():
    """ "BTS COMPTABILITE ET GESTION A LYON", "DUT GEA A L'IUT DE TOURS", "BTS Tourisme A Nice": the "à" typed as a
    capital "A" ends the field again (it had become "COMPTABILITE ET GESTION A LYON"); a series' letter stays."""
    text = HEAD + (
        "2014 – 2016 BTS COMPTABILITE ET GESTION A LYON\n\n2016 – 2018 DUT GEA A L'IUT DE TOURS\n\n"
        "2012 – 2014 BTS Tourisme A Nice – Lycée Paul Augier\n\n"
        "2010 Baccalauréat Sciences Mathématiques A – Lycée Descartes\n"
    )
    # (the school after "A L'" is still an entry of its own, as in the base)
    assert [(e[1], e[2]) for e in _degrees(text) if e[1]] == [
        ("BTS", "COMPTABILITE ET GESTION"),
        ("DUT", "GEA"),
        ("BTS", "Tourisme"),
        ("Baccalauréat", "Sciences Mathématiques A"),
    ]


def test_student_role_on_own_course_keeps_the_study():
    """ "Délégué de promotion, IAE Lyon (Master 2 Finance)", "Class Representative, University of Manchester (BSc
    Economics)": a student's role names the course studied (it was read as a post held, the study lost); a
    teacher's post on a course is still no study."""
    assert _degrees(HEAD + "2019 – 2020 Délégué de promotion, IAE Lyon (Master 2 Finance)\n") == [
        ("IAE Lyon", "Master 2", "Finance")
    ]
    assert _degrees(HEAD_EN + "2015 – 2018 Class Representative, University of Manchester (BSc Economics)\n") == [
        ("University of Manchester", "BSc", "Economics")
    ]
    text = HEAD + "2010 Master 1 Droit – Université de Lyon\n\n2018 Vacataire, IAE Lyon (Master 2 Finance)\n"
    assert _degrees(text) == [("Université de Lyon", "Master 1", "Droit")]


def test_trade_technician_diploma_keeps_its_trade():
    """ "Dental Technician Diploma", "IT Technician Certificate": the trade is the diploma's name (it was cut to
    "Technician Diploma")."""
    text = HEAD_EN + (
        "2016 – 2018 Dental Technician Diploma – Manchester Metropolitan University\n\n"
        "2014 – 2016 IT Technician Certificate – Seattle Central College\n"
    )
    assert [e[1] for e in _degrees(text)] == ["Dental Technician Diploma", "IT Technician Certificate"]


def test_international_baccalaureate_named_whole():
    """ "International Baccalaureate (IB) Diploma", "International Baccalaureate Career-related Programme": named
    whole (they had become "Baccalaureate", the "IB" read as the field)."""
    text = HEAD_EN + (
        "2014 – 2016 International Baccalaureate (IB) Diploma – Southbank International School, London\n\n"
        "2016 – 2018 International Baccalaureate Career-related Programme – King William's College\n"
    )
    assert [(e[1], e[2]) for e in _degrees(text)] == [
        ("International Baccalaureate (IB) Diploma", None),
        ("International Baccalaureate Career-related Programme", None),
    ]
    assert _key("Examiner, International Baccalaureate Organization") is None


def test_contest_is_no_civil_service_examination():
    """ "Concours de plaidoirie du barreau de Paris – finaliste", "Concours de sommellerie": contests, not the civil
    service's examinations (they had become entries of the studies); "Concours d'attaché territorial" stays one."""
    assert _key("Concours de plaidoirie du barreau de Paris", courses=True) is None
    assert _key("Concours de cuisine des Toques Blanches", courses=True) is None
    assert _key("Concours de sommellerie", courses=True) is None
    assert _key("Concours d'attaché territorial", courses=True) == "training"
    assert _key("Concours de rédacteur territorial", courses=True) == "training"
    text = HEAD + "2018 Concours de plaidoirie du barreau de Paris – finaliste\n\n2019 CAPA – EFB Paris\n"
    assert _degrees(text) == [("EFB Paris", "CAPA", None)]


def test_technician_job_beside_the_studies_is_no_diploma():
    """ "Technicien en installation électrique – Eiffage, Rennes (CDD)" after a Bac pro: a job held (an employer,
    a contract), not OFPPT's diploma of the same name (it had become a "Technicien" entry)."""
    text = HEAD + (
        "2017 – 2019 Bac pro MELEC – Lycée professionnel Jean Jaurès\n\n"
        "2019 – 2021 Technicien en installation électrique – Eiffage, Rennes (CDD)\n"
    )
    assert _degrees(text) == [("Lycée professionnel Jean Jaurès", "Bac pro", "MELEC")]
    text = HEAD + "ISTA Hôtellerie (OFPPT) | Technicien en Réception | 2019\n"
    assert _degrees(text) == [("ISTA Hôtellerie (OFPPT)", "Technicien", "Réception")]


def test_maestria_with_its_english_name_keeps_field_and_school():
    """ "Maestría (M.A.) en Estudios Latinoamericanos – UNAM": the English name in brackets is skipped, the field
    and the school kept (the school had become the field)."""
    text = HEAD_EN + "2016 – 2018 Maestría (M.A.) en Estudios Latinoamericanos – UNAM\n"
    assert _degrees(text) == [("UNAM", "Maestría", "Estudios Latinoamericanos")]
