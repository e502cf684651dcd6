"""Faults of the twenty-fifth probing session on studies (teaching, banking and insurance, building, energy,
farming, law): degrees set in bold over their school and dates, the teachers' competitive examinations with no
school, the classes préparatoires' tracks, a grande école's diploma named after it, German and Danish degrees, a term
abroad and a school's former name under the entry. Each test holds one of them."""

from __future__ import annotations

from parsing import analyze, parse_resume
from parsing.document import Document, Line
from parsing.structure.education import find_degree, parse_education

HEAD = "Camille Martin\ncamille.martin@exemple.fr\n\nFORMATION\n"


def _degrees(text: str) -> list[tuple[str | None, str | None]]:
    education = parse_resume(text.encode(), "cv.txt")["education"]
    return [(e.get("institution"), e.get("studyType")) for e in education]


def _bold_degrees(text: str) -> list[tuple[str | None, str | None, str | None]]:
    """(institution, studyType, endDate) of a plain document whose lines starting with "**" are set in bold."""
    lines = [
        Line(raw[2:], bold=True) if raw.startswith("**") else Line(raw) for raw in text.splitlines() if raw.strip()
    ]
    education = analyze(Document(lines=lines, format="text"))["education"]
    return [(e.get("institution"), e.get("studyType"), e.get("endDate")) for e in education]


def _key(text: str, *, courses: bool = False) -> str | None:
    degree = find_degree(text, courses=courses)
    return degree.key if degree else None


def test_bold_degree_over_its_school_and_dates():
    """ "Master MEEF …" (bold) / "ESPE de l'académie de Lyon" / "2014 – 2016": each entry closed by its dates, the
    school in regular type under its bold degree was left to the entry above (the CAPES took the ESPE, the master
    was lost and the licence took the master's dates)."""
    text = (
        "**Claire Moreau\nclaire.moreau@exemple.fr\n**FORMATION\n"
        "**CAPES externe de mathématiques\n2015\n"
        "**Master MEEF mention second degré\nESPE de l'académie de Lyon\n2014 - 2016\n"
        "**Licence de mathématiques\nUniversité Claude Bernard Lyon 1\n2011 - 2014\n"
    )
    assert _bold_degrees(text) == [
        (None, "CAPES", "2015"),
        ("ESPE de l'académie de Lyon", "Master", "2016"),
        ("Université Claude Bernard Lyon 1", "Licence", "2014"),
    ]
    # (the school in bold over its degree in regular type, the same way)
    text = (
        "**Claire Moreau\nclaire.moreau@exemple.fr\n**FORMATION\n"
        "**CAPES externe d'histoire-géographie\n2017\n"
        "**ESPE de Caen\nMaster MEEF histoire-géographie\n2017\n"
        "**Centre universitaire d'enseignement du journalisme\nMaster Journalisme\n2010\n"
    )
    assert _bold_degrees(text) == [
        (None, "CAPES", "2017"),
        ("ESPE de Caen", "Master", "2017"),
        ("Centre universitaire d'enseignement du journalisme", "Master", "2010"),
    ]


def test_competitive_examination_needs_no_school():
    """ "CAPEPS externe 2007" then "Université Paris-Est Créteil" (bold) over "Licence STAPS … 2006": the CAPEPS was no
    degree and, with no school, took the licence's university from the line under it."""
    text = (
        "**Julien Garnier\njulien.garnier@exemple.fr\n**FORMATION\n"
        "Concours de personnel de direction 2020\n"
        "CAPEPS externe 2007\n"
        "**Université Paris-Est Créteil\n"
        "Licence STAPS mention Éducation et motricité 2006\n"
    )
    assert _bold_degrees(text) == [
        (None, "Concours de personnel de direction", "2020"),
        (None, "CAPEPS", "2007"),
        ("Université Paris-Est Créteil", "Licence", "2006"),
    ]


def test_diplomas_of_teachers_architects_farmers_and_abroad():
    """The sports and agricultural teachers' competitive examinations, the conservatoires' teachers' certificate, the
    architects' diplomas (the HMONP written with "œ"), the farmers' BPREA and BTA, Ireland's BAgrSc, Denmark's AP
    degree and Germany's state examinations written in English were no degree."""
    assert _key("CAPEPS externe") == "teaching"
    assert _key("CAPESA Zootechnie") == "teaching"
    assert _key("Certificat d’aptitude de professeur de musique, spécialité piano") == "teaching"
    assert _key("Habilitation à la maîtrise d’œuvre en son nom propre (HMONP)") == "master"
    assert _key("Diplôme d’État d’architecte, grade de Master") == "master"
    assert _key("DSA Architecture et projet urbain") == "master"
    assert _key("Diplôme d’études en architecture, grade de Licence") == "licence"
    assert _key("BPREA maraîchage biologique") == "bp"
    assert _key("BTA Conduite de l'exploitation agricole") == "bac"
    assert _key("BAgrSc Dairy Business") == "licence"
    assert _key("AP Degree in Energy Technology") == "deug"
    assert _key("First State Examination in Law") == "master"
    assert _key("Second State Examination for Teaching (Gymnasium)") == "master"
    # (words and other acronyms in a sentence are none)
    assert _key("capeps") is None
    assert _key("Bta conduite") is None
    assert _key("DSA Conformité") is None
    assert _key("Brevet de technicien supérieur Électrotechnique") == "bts"
    text = "Jonas Keller\njonas.keller@example.de\n\nEDUCATION\n" + (
        "2013 : Second State Examination for Teaching, Staatliches Seminar für Didaktik und Lehrerbildung Freiburg\n"
        "2016 – 2018 : AP Degree in Energy Technology, Business Academy Aarhus\n"
        "2010 – 2014 : Electrician Vocational Education (Journeyman Certificate), Aarhus Tech\n"
    )
    assert _degrees(text) == [
        ("Staatliches Seminar für Didaktik und Lehrerbildung Freiburg", "Second State Examination"),
        ("Business Academy Aarhus", "AP Degree"),
        ("Aarhus Tech", "Electrician Vocational Education (Journeyman Certificate)"),
    ]


def test_erasmus_semester_is_no_school():
    """ "Diplôme d'État d'architecte" / "ENSAP Bordeaux" / "Semestre Erasmus au Politecnico di Milano": the term abroad
    ("au", not only "à" or "at") was read as the degree's school."""
    text = HEAD + (
        "2010 – 2015 : Diplôme d'État d'architecte\nENSAP Bordeaux\nSemestre Erasmus au Politecnico di Milano\n"
    )
    assert _degrees(text) == [("ENSAP Bordeaux", "Diplôme d'État d'architecte")]


def test_preparatory_class_track_is_no_school():
    """ "Classe préparatoire ECE" / "Lycée Fénelon, Lille", "Classe préparatoire HEC (ECS)": the track, named after the
    schools it prepares for (HEC, ECE), was read as the school and the lycée made an entry of its own."""
    text = HEAD + "2012 – 2014 : Classe préparatoire ECE\nLycée Fénelon, Lille\n"
    education = parse_resume(text.encode(), "cv.txt")["education"]
    assert [(e.get("institution"), e.get("studyType"), e.get("area")) for e in education] == [
        ("Lycée Fénelon", "Classe préparatoire", "ECE")
    ]
    # (the rules' reading: the field tagger still finds "HEC" a school of its own)
    education = parse_education(["2005 – 2007 : Classe préparatoire HEC (ECS)", "Lycée Hoche, Versailles"])
    assert [(e.get("institution"), e.get("studyType"), e.get("area")) for e in education] == [
        ("Lycée Hoche", "Classe préparatoire", "HEC (ECS)")
    ]
    # (a school named after the class is still the school)
    assert _degrees(HEAD + "2010 – 2012 : Classe préparatoire aux grandes écoles, HEC Paris\n") == [
        ("HEC Paris", "Classe préparatoire aux grandes écoles")
    ]


def test_school_under_a_diploma_named_after_a_school():
    """ "Diplôme de l'École normale supérieure" over "École normale supérieure de Lyon", "Diplôme de l'Institut
    Technique de Banque (ITB)" over "CFPB" (the body that awards it), "Diplôme d'ingénieur Arts et Métiers" over
    "École Nationale Supérieure d'Arts et Métiers": the school the diploma's name names was kept, and the line below
    made an entry of its own."""
    text = HEAD + (
        "2006 – 2010 : Diplôme de l'École normale supérieure\nÉcole normale supérieure de Lyon\n"
        "2018 – 2020 : Diplôme de l'Institut Technique de Banque (ITB)\nCFPB, Paris\n"
        "1989 – 1992 : Diplôme d'ingénieur Arts et Métiers\nÉcole Nationale Supérieure d'Arts et Métiers, Paris\n"
    )
    assert _degrees(text) == [
        ("École normale supérieure de Lyon", "Diplôme de l'École normale supérieure"),
        ("CFPB", "Diplôme de l'Institut Technique de Banque"),
        ("École Nationale Supérieure d'Arts et Métiers", "Diplôme d'ingénieur"),
    ]
    # (a school named short beside its degree, its whole name on the line below, as before)
    assert _degrees(HEAD + "2015 – 2018 : Bachelor KEDGE\nKEDGE Business School, Marseille\n") == [
        ("KEDGE Business School", "Bachelor")
    ]


def test_second_school_under_a_whole_header_is_no_entry():
    """ "London College of Communication" over "University of the Arts London", "Bayes Business School" over "Formerly
    Cass Business School, …": a school's line right under a header that has its degree and school, with no dates of
    its own, names the same studies' other school (its university, its former name), not studies of their own."""
    education = parse_education(
        [
            "MA Public Relations | 2017 - 2018",
            "London College of Communication, London",
            "University of the Arts London",
            "MSc Actuarial Science | 2018 – 2019",
            "Bayes Business School, London",
            "Formerly Cass Business School",
            "BA Communication Sciences | 2014 - 2017",
            "Università degli Studi di Milano, Milan",
        ]
    )
    assert [(e.get("institution"), e.get("studyType")) for e in education] == [
        ("London College of Communication", "MA"),
        ("Bayes Business School", "MSc"),
        ("Università degli Studi di Milano", "BA"),
    ]


def test_ruler_under_the_heading_heads_no_entry():
    """ "FORMATION" / "=========" in plain text: the ruler was read as the first entry's header line, so every school
    under a degree went to the next degree (the DUT took the master's university)."""
    text = "Camille Martin\ncamille.martin@exemple.fr\n\nFORMATION\n=========\n" + (
        "2012 - 2014 : Master Qualité, Hygiène, Sécurité, Environnement\nUniversité de Bordeaux, Bordeaux\n"
        "2010 - 2012 : DUT Hygiène Sécurité Environnement\nIUT de Bordeaux, Gradignan\n"
    )
    assert _degrees(text) == [("Université de Bordeaux", "Master"), ("IUT de Bordeaux", "DUT")]


def test_term_abroad_dated_on_its_own_line_is_no_entry():
    """ "Dont un semestre d'échange à l'Università di Bologna (2015)", "Année de mobilité à l'Universidad de Salamanca
    (2011-2012)" under a degree: its own dates made it an entry, the whole line read as a school."""
    education = parse_education(
        [
            "Diplôme d'ingénieur en agronomie | 2012 – 2017",
            "ISARA, Lyon",
            "Dont un semestre d'échange à l'Università di Bologna (2015)",
            "Diplôme de Sciences Po Lille | 2009 - 2014",
            "Sciences Po Lille, Lille",
            "Année de mobilité à l'Universidad de Salamanca (2011-2012)",
        ]
    )
    assert [(e.get("institution"), e.get("studyType")) for e in education] == [
        ("ISARA", "Diplôme d'ingénieur"),
        ("Sciences Po Lille", "Diplôme de Sciences Po Lille"),
    ]


def test_field_written_as_a_list():
    """ "Licence professionnelle Assurance, Banque, Finance", "Diplôme d'ingénieur en agriculture, agroalimentaire et
    environnement": the field's list was cut at its first comma and its next item read as the school."""
    text = HEAD + (
        "2012 – 2013 : Licence professionnelle Assurance, Banque, Finance, IFPASS, Paris\n"
        "2012 – 2017 : Diplôme d'ingénieur en agriculture, agroalimentaire et environnement, ISARA, Lyon\n"
        "2016 – 2018 : MSc Finance, Bayes Business School, London\n"
    )
    education = parse_resume(text.encode(), "cv.txt")["education"]
    assert [(e.get("institution"), e.get("studyType"), e.get("area")) for e in education] == [
        ("IFPASS", "Licence professionnelle", "Assurance, Banque, Finance"),
        ("ISARA", "Diplôme d'ingénieur", "agriculture, agroalimentaire et environnement"),
        ("Bayes Business School", "MSc", "Finance"),
    ]
    # (a remark or a grade after the field is none of it)
    education = parse_education(["2010 – 2012 : BTS MUC, en alternance, Lycée Jean Moulin"])
    assert [(e.get("studyType"), e.get("area")) for e in education] == [("BTS", "MUC")]


def test_school_written_after_its_degree_and_alone():
    """ "Diplôme d'ingénieur ISARA" over "ISARA – Lyon": the school's name after the degree was read as its field and
    so refused as its school; "ENITIAA – Nantes" over "Ingénieure en agroalimentaire": no degree."""
    education = parse_education(["Diplôme d'ingénieur ISARA | 2012 – 2017", "ISARA – Lyon"])
    assert [(e.get("institution"), e.get("studyType"), e.get("area")) for e in education] == [
        ("ISARA", "Diplôme d'ingénieur", None)
    ]
    education = parse_education(["ENITIAA – Nantes", "Ingénieure en agroalimentaire", "2003 – 2006"])
    assert [(e.get("institution"), e.get("studyType"), e.get("area")) for e in education] == [
        ("ENITIAA", "Ingénieure", "agroalimentaire")
    ]
    # (a job among the studies is none: "Ingénieur en alternance – Airbus")
    assert _key("Ingénieur en alternance – Airbus") is None
    assert _key("Ingénieure en agroalimentaire") is None
    assert _key("Ingénieure en agroalimentaire", courses=True) == "engineer"


def test_courses_titles_and_examinations_of_adults():
    """ "Concours d'inspecteur d'académie - inspecteur pédagogique régional" (dropped as secondary schooling: no school,
    no rung), "Formation de journaliste RP" (its occupation in lower case), "Diplôme supérieur de journalisme" at the
    CESTI (a "Centre d'études" is a school), "Titre Gestionnaire immobilier", "BTEC Level 3 Beauty Therapy", "Examen
    d'entrée au CRFPA", "Formation initiale – auditeur de justice" (cut at its dash), and the ICA's "International
    Diploma" (an association spelled by its initials awards it) were lost or read without their degree."""
    text = HEAD + (
        "2016 : Concours d'inspecteur d'académie - inspecteur pédagogique régional\n"
        "2004 : Agrégation de sciences économiques et sociales\n"
        "1997 : DEA Économie industrielle, Université Paris-Dauphine\n"
    )
    assert _degrees(text) == [
        (None, "Concours d'inspecteur d'académie"),
        (None, "Agrégation"),
        ("Université Paris-Dauphine", "DEA"),
    ]
    education = parse_education(
        [
            "2010 - 2012 : Formation de journaliste RP, Centre de formation au journalisme et aux médias (CFJM)",
            "2008 - 2011 : Diplôme supérieur de journalisme",
            "Centre d'études des sciences et techniques de l'information (CESTI)",
            "2017 – 2018 : Titre Gestionnaire immobilier, ICH, Nantes",
            "2010 - 2012 : BTEC Level 3 Beauty Therapy, City of Bristol College",
            "2015 : Examen d'entrée au CRFPA, IEJ Jean Domat",
            "2016 – 2018 : Formation initiale – auditeur de justice, École nationale de la magistrature (ENM)",
            "2019 : International Diploma in Governance, Risk and Compliance, International Compliance Association "
            "(ICA)",
        ]
    )
    assert [(e.get("institution"), e.get("studyType")) for e in education] == [
        ("Centre de formation au journalisme et aux médias (CFJM)", "Formation de journaliste"),
        ("Centre d'études des sciences et techniques de l'information (CESTI)", "Diplôme supérieur de journalisme"),
        ("ICH", "Titre"),
        ("City of Bristol College", "BTEC Level 3"),
        ("IEJ Jean Domat", "Examen d'entrée au CRFPA"),
        ("École nationale de la magistrature (ENM)", "Formation initiale – auditeur de justice"),
        ("International Compliance Association (ICA)", "International Diploma"),
    ]
    # (no occupation, no course: "Titre du mémoire", "Formation de base"; a club is no awarding body)
    assert _key("Titre du mémoire : la copropriété", courses=True) is None
    assert _key("Formation de base", courses=True) is None
    assert _degrees(HEAD + "2015 : MBA, Alumni Association (AA)\n") == [(None, "MBA")]


def test_school_names_cut_or_joined_on_the_degree_line():
    """ "Université Paris-Dauphine - PSL" and "Lycée Pierre-Gilles de Gennes - ENCPB" after the degree (the initials
    of the body a school belongs to, or of its other name), "City, University of London" (a college named after its
    federal university), "MASTER'S DEGREE IN FOOD TECHNOLOGY … Warsaw University of Life Sciences" (the field in
    capitals) and "Master of Industrial Sciences: Electromechanics" over "KU Leuven" (the speciality after a colon
    read as the school) lost a piece of the school's name or took another."""
    education = parse_education(
        [
            "Master 2 Ingénierie financière | Université Paris-Dauphine - PSL | 2015 - 2017",
            "2003 - 2005 : BTS Bioanalyses et contrôles, Lycée Pierre-Gilles de Gennes - ENCPB",
            "MA Broadcast Journalism | 2013 - 2014",
            "City, University of London",
            "01/10/2012 – 30/06/2014 Warsaw, Poland",
            "MASTER'S DEGREE IN FOOD TECHNOLOGY AND HUMAN NUTRITION Warsaw University of Life Sciences",
            "Master of Industrial Sciences: Electromechanics | 2006 – 2010",
            "KU Leuven",
        ]
    )
    assert [(e.get("institution"), e.get("studyType"), e.get("area")) for e in education] == [
        ("Université Paris-Dauphine - PSL", "Master 2", "Ingénierie financière"),
        ("Lycée Pierre-Gilles de Gennes - ENCPB", "BTS", "Bioanalyses et contrôles"),
        ("City, University of London", "MA", "Broadcast Journalism"),
        ("Warsaw University of Life Sciences", "MASTER'S DEGREE", "FOOD TECHNOLOGY AND HUMAN NUTRITION"),
        ("KU Leuven", "Master", "Industrial Sciences: Electromechanics"),
    ]
    # (a department's initials at the line's start, a town after a dash: no part of the name)
    assert [e.get("institution") for e in parse_education(["2018 – 2020 : BTS MUC, Lycée Carnot - Dijon"])] == [
        "Lycée Carnot"
    ]


def test_numbered_university_wrapped():
    """ "…, Université Paris 1" then "Panthéon-Sorbonne" (the name after its number wrapped), "Université Jean Moulin
    Lyon | Licence Droit" then "3" (a table's cell wrapped before the number): the university lost its name's end."""
    education = parse_education(
        [
            "2007 - 2008 : Master 2 Droit immobilier et de la construction, Université Paris 1",
            "Panthéon-Sorbonne",
            "Mémoire : la responsabilité du syndic",
            "2013 | Université Jean Moulin Lyon | Licence Droit",
            "3",
        ]
    )
    assert [e.get("institution") for e in education] == [
        "Université Paris 1 Panthéon-Sorbonne",
        "Université Jean Moulin Lyon 3",
    ]
    # (a town on the next line is no part of the name)
    education = parse_education(["2015 – 2017 : Licence Droit, Université Lyon 2", "Lyon", "Mention bien"])
    assert [e.get("institution") for e in education] == ["Université Lyon 2"]


def test_school_word_wrapped_alone_and_belgian_athenee():
    """ "… – Audencia Business" then "School" (the name's last word wrapped alone), and Belgium's "Athénée royal de
    Liège 1" (no school's word) under a CESS: the school lost its word, or was not read."""
    education = parse_education(
        [
            "2011 – 2014 – Programme Grande École, majeure Ressources humaines – Audencia Business",
            "School",
            "CESS – option sciences économiques | 2009",
            "Athénée royal de Liège 1",
        ]
    )
    assert [(e.get("institution"), e.get("studyType")) for e in education] == [
        ("Audencia Business School", "Programme Grande École"),
        ("Athénée royal de Liège 1", "CESS"),
    ]


def test_academy_written_as_the_school():
    """ "Académie de Rennes" (bold, alone on its line as the CV's schools are) over "CAFIPEMF, option sciences et
    technologie": the education authority that awards the certificate was dropped as a candidate's remark."""
    text = (
        "**Nolwenn Le Gall\nnolwenn.legall@exemple.fr\n**FORMATION\n"
        "**Académie de Rennes\nCAFIPEMF, option sciences et technologie\n2018\n"
        "**ESPE de Bretagne\nMaster MEEF 1er degré\n2010 – 2012\n"
    )
    assert _bold_degrees(text) == [("Académie de Rennes", "CAFIPEMF", "2018"), ("ESPE de Bretagne", "Master", "2012")]
    # (a remark after the diploma, as before: "Candidat libre, académie de Paris")
    assert _degrees(HEAD + "CAP Cuisine | 2023\nCandidat libre, académie de Paris\n") == [(None, "CAP")]


def test_bulleted_bold_degree_and_field_listed_at_length():
    """ "• BTS CRSA – …" (bold, with a bullet) / "Lycée Touchard-Washington — Le Mans" / "2011 – 2013": the bullet made
    the degree a duty of the entry above; "Licence professionnelle Qualité, hygiène, sécurité, santé, environnement"
    (bold): its commas made it a sentence, no header."""
    text = (
        "**Julien Garnier\njulien.garnier@exemple.fr\n**FORMATION\n"
        "**• BTS CRSA – Conception et Réalisation de Systèmes Automatiques\nLycée Touchard-Washington — Le Mans\n"
        "2011 – 2013\n"
        "**• Bac pro MEI\nLycée Raphaël Élizé — Sablé-sur-Sarthe\n2011\n"
    )
    assert _bold_degrees(text) == [
        ("Lycée Touchard-Washington", "BTS", "2013"),
        ("Lycée Raphaël Élizé", "Bac pro", "2011"),
    ]
    text = (
        "**Julien Garnier\njulien.garnier@exemple.fr\n**FORMATION\n"
        "**Licence professionnelle Qualité, hygiène, sécurité, santé, environnement\n"
        "Université de Picardie Jules Verne – Amiens\n2016\n"
        "**DUT Génie biologique\nIUT de l'Aisne – Saint-Quentin\n2015\n"
    )
    assert _bold_degrees(text) == [
        ("Université de Picardie Jules Verne", "Licence professionnelle", "2016"),
        ("IUT de l'Aisne", "DUT", "2015"),
    ]


def test_professional_titles_apprenticeships_and_engineering_schools():
    """The national register's titles named by their occupation ("Expert en technologies de l'information — Epitech
    Paris", "Architect in Digital Technology (RNCP Level 7)" at "42 Paris", "Titre RNCP niveau 7" under the title's
    name), England's apprenticeships by level, and an engineering school named by its initials ("ENSIL-ENSCI") were
    read as a school, or lost."""
    education = parse_education(
        [
            "2011 – 2016 · Expert en technologies de l'information — Epitech Paris",
            "42 Paris | Architect in Digital Technology (RNCP Level 7) | 2013 – 2015",
            "Epitech | Expert en technologies de l'information | 2005 – 2010",
            "Titre RNCP niveau 7 – année d'échange à l'Université de Kent",
            "2009 – 2012 : Diplôme d'ingénieur Mécatronique, ENSIL-ENSCI — Limoges",
            "2008 - 2010 : Level 3 Advanced Apprenticeship in Engineering Manufacture, Derby College",
        ]
    )
    assert [(e.get("institution"), e.get("studyType")) for e in education] == [
        ("Epitech Paris", "Expert en technologies de l'information"),
        ("42 Paris", "Architect in Digital Technology (RNCP Level 7)"),
        ("Epitech", "Expert en technologies de l'information"),
        ("ENSIL-ENSCI", "Diplôme d'ingénieur"),
        ("Derby College", "Level 3 Advanced Apprenticeship"),
    ]
    assert _key("Level 4 Higher Apprenticeship in Engineering") == "deug"
    assert _key("Intermediate Apprenticeship in Hospitality") == "gcse"
    # (a post held at a school is no title studied)
    assert _degrees(HEAD + "2015 – 2018 : Responsable de la scolarité, Epitech Paris\n") == [("Epitech Paris", None)]


def test_school_shaped_as_one_under_its_degree_and_dates():
    """ "Master en sciences de gestion" / "2013 – 2015" / "UCLouvain", "Master of Business Economics" / … / "KU Leuven":
    a school with no school's word, on the line under its degree's dates, was lost; "DNAT Design graphique" was no
    degree."""
    text = (
        "**Lieven Peeters\nlieven.peeters@example.be\n**EDUCATION\n"
        "**Master en sciences de gestion\n2013 – 2015\nUCLouvain\n"
        "**Master of Business Economics\n2011 – 2013\nKU Leuven\n"
        "**DNAT Design graphique\n2008\nÉcole de Condé, Lyon\n"
    )
    assert _bold_degrees(text) == [
        ("UCLouvain", "Master", "2015"),
        ("KU Leuven", "Master of Business", "2013"),
        ("École de Condé", "DNAT", "2008"),
    ]
    # (an exchange only where a stay is said: not "Master Commerce et échange à l'international")
    assert _degrees(HEAD + "2016 – 2018 : Master Commerce et échange à l'international, IAE Lyon\n") == [
        ("IAE Lyon", "Master")
    ]
