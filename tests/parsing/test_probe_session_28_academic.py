"""Faults of the twenty-eighth probing session on academic and research CVs: the heading an academic's degrees go
under, … Each test holds one of them."""

from __future__ import annotations

import io
from typing import Any

import docx

from parsing import parse_resume
from parsing.structure.dates import find_date_ranges
from parsing.structure.education import find_degree
from parsing.structure.experience import parse_experience

HEAD = "Camille Martin\ncamille.martin@exemple.fr\n06 12 34 56 78\n\n"


def _resume(text: str) -> dict[str, Any]:
    return parse_resume((HEAD + text).encode(), "cv.txt")


def _studies(text: str) -> list[tuple[str | None, str | None, str | None]]:
    return [(e.get("studyType"), e.get("area"), e.get("institution")) for e in _resume(text)["education"]]


def _jobs(text: str) -> list[tuple[str | None, str | None, str | None, str | None]]:
    work = _resume(text)["work"]
    return [(w.get("position"), w.get("name"), w.get("startDate"), w.get("endDate")) for w in work]


def test_university_titles_head_the_studies() -> None:
    """ "Titres universitaires", the heading of a French academic's degrees, was not known: the habilitation, the
    doctorate and the agrégation under it were left in the header."""
    text = """Titres universitaires
2021 : Habilitation à diriger des recherches en sciences du langage, Université Rennes 2
2009 : Doctorat de sciences du langage, Université Sorbonne Nouvelle – Paris 3
2004 : Agrégation de lettres modernes
Carrière
Depuis 2012 : Maître de conférences (7e section), Université Rennes 2
"""
    assert _studies(text) == [
        ("Habilitation à diriger des recherches", "sciences du langage", "Université Rennes 2"),
        ("Doctorat", "sciences du langage", "Université Sorbonne Nouvelle – Paris 3"),
        ("Agrégation", "lettres modernes", None),
    ]


def test_german_habilitation_and_diplom_before_their_fields() -> None:
    """ "Habilitation (venia legendi) in Plant Physiology" and "Diplom in Biology (Diplom-Biologin)": the
    German-speaking countries' habilitation was no degree, nor their diploma written before its field in English; and
    the year spent at another university "including one year at …" was read as an entry of its own."""
    text = """EDUCATION
2018 | Habilitation (venia legendi) in Plant Physiology, University of Potsdam
2005 – 2009 | Dr. rer. nat. (magna cum laude), Ludwig-Maximilians-Universität München
1999 – 2005 | Diplom in Biology (Diplom-Biologin), Ludwig-Maximilians-Universität München
including one year at Université Paris-Sud, Orsay (2002/03)
"""
    assert _studies(text) == [
        ("Habilitation", "Plant Physiology", "University of Potsdam"),
        ("Dr. rer. nat", None, "Ludwig-Maximilians-Universität München"),
        ("Diplom", "Biology", "Ludwig-Maximilians-Universität München"),
    ]


def test_a_safety_clearance_is_no_habilitation() -> None:
    """The habilitation counts before its field in English or German, not a French electrical clearance."""
    assert find_degree("Habilitation électrique B1V") is None
    habilitation = find_degree("Habilitation in Mathematics")
    assert habilitation is not None and (habilitation.key, habilitation.level) == ("phd", 8)


def test_doctorate_of_a_numbered_university_then_its_fields_wrapped() -> None:
    """ "Doctorat de l'Université Montpellier 2 – Écologie, Évolution, Ressources Génétiques," over "Paléobiologie":
    the first field was read as the university's other name ("Université Toulouse III – Paul Sabatier"), the
    school's article "l'" as the field, and the list's last item, wrapped, as a description."""
    text = """FORMATION
2013 | Doctorat de l'Université Montpellier 2 – Écologie, Évolution, Ressources Génétiques,
Paléobiologie
« Évolution de la virulence chez un trématode parasite de gastéropodes d'eau douce »
"""
    assert _studies(text) == [
        ("Doctorat", "Écologie, Évolution, Ressources Génétiques, Paléobiologie", "Université Montpellier 2")
    ]


def test_numbered_university_under_a_degree_before_its_thesis_title() -> None:
    """ "Université Claude Bernard Lyon 1 – « Coévolution hôte-parasite : … »" under the HDR: the title in quotation
    marks made the line too long for a school's, and a number in a school's name was taken for a date's; the HDR had
    no school and the university came out as an entry of its own."""
    text = """FORMATION
2022 | Habilitation à diriger des recherches
Université Claude Bernard Lyon 1 – « Coévolution hôte-parasite : de la génétique aux communautés »
2010 | Master 2 Recherche Écologie
Université Montpellier 2
"""
    assert _studies(text) == [
        ("Habilitation à diriger des recherches", None, "Université Claude Bernard Lyon 1"),
        ("Master 2", "Recherche Écologie", "Université Montpellier 2"),
    ]


def test_both_years_of_the_preparatory_classes() -> None:
    """ "Classes préparatoires MPSI – MP*", "PTSI / PT*", "MPSI et MP*", "Hypokhâgne et khâgne B/L": the second year's
    track, cut off at the dash or not read after "et", and the khâgne after the hypokhâgne were lost."""
    text = """FORMATION
1995 – 1997 | Classes préparatoires MPSI – MP*, Lycée Sainte-Geneviève, Versailles
1993 – 1995 | Classes préparatoires PTSI / PT* — Lycée Blaise-Pascal, Clermont-Ferrand
1991 – 1993 | Classes préparatoires MPSI et MP*, Lycée Pierre-de-Fermat, Toulouse
1989 – 1991 | Hypokhâgne et khâgne B/L – Lycée Lakanal, Sceaux
"""
    assert _studies(text) == [
        ("Classes préparatoires", "MPSI – MP*", "Lycée Sainte-Geneviève"),
        ("Classes préparatoires", "PTSI / PT*", "Lycée Blaise-Pascal"),
        ("Classes préparatoires", "MPSI et MP*", "Lycée Pierre-de-Fermat"),
        ("Hypokhâgne et khâgne", "B/L", "Lycée Lakanal"),
    ]


def test_a_student_of_a_grande_ecole_and_its_diploma() -> None:
    """ "Élève de l'École nationale des chartes – diplôme d'archiviste paléographe (2018)": the student's words were
    read as part of the school's name and the diploma, named in lower case, was lost; the years in the thesis's
    title under it, in quotation marks, opened an entry of their own. "(élève normalien, promotion 2014)" after the
    ENS's diploma was cut open at its comma and left in the school's name."""
    text = """FORMATION
2014-2018 Élève de l'École nationale des chartes – diplôme d'archiviste paléographe (2018)
Thèse d'École : « Les comptes de la fabrique de Saint-Hilaire-le-Grand (1380-1460) »
1997 – 2001 | Élève de l'École normale supérieure (rue d'Ulm), Paris
2014-2018 Diplôme de l'École normale supérieure de Lyon (élève normalien, promotion 2014)
2007 – 2011 : École normale supérieure de Cachan – Diplôme de l'ENS (élève normalien, département informatique)
"""
    assert _studies(text) == [
        ("diplôme d'archiviste paléographe", None, "École nationale des chartes"),
        (None, None, "École normale supérieure"),
        ("Diplôme de l'École normale supérieure de Lyon", None, "École normale supérieure de Lyon"),
        ("Diplôme de l'ENS", "informatique", "École normale supérieure de Cachan"),
    ]


def test_degree_lines_wrapped_inside_a_phrase_and_after_the_university_word() -> None:
    """ "… parcours Mécanique des matériaux et des" over "structures, Université de Bordeaux (2021)": the dates on the
    second half made it an entry with no degree. "… – Université" over "Claude Bernard Lyon 1": the university's name
    alone on the next line, with no town after it, was lost."""
    text = """FORMATION
2016 – 2021 | Diplôme d'ingénieur — Arts et Métiers (ENSAM), campus de Bordeaux-Talence
Double diplôme : Master Mécanique, parcours Mécanique des matériaux et des
structures, Université de Bordeaux (2021)
2016 | Master Infectiologie : microbiologie, virologie, immunologie – Université
Claude Bernard Lyon 1
2015 | B.A. (Mod.) Psychology, First Class Honours
Trinity College Dublin
"""
    assert _studies(text) == [
        ("Diplôme d'ingénieur", None, "Arts et Métiers (ENSAM)"),
        ("Master", "Mécanique", "Université de Bordeaux"),
        ("Master", "Infectiologie : microbiologie, virologie, immunologie", "Université Claude Bernard Lyon 1"),
        ("B.A. (Mod)", "Psychology", "Trinity College Dublin"),
    ]


def test_universities_worked_with_are_no_schools_when_the_studies_name_theirs() -> None:
    """ "Affecté à Antananarivo (Madagascar), partenariat FOFIFA / Université d'Antananarivo" in a post's description:
    the field tagger's school there was added as studies, though the studies section names the schools attended."""
    text = """Parcours professionnel
Chercheur post-doctorant – CIRAD, UPR AIDA — 2017 – 2019
Affecté à Antananarivo (Madagascar), partenariat FOFIFA / Université d'Antananarivo

Cursus
2014 : Doctorat en informatique, Université Paris Diderot – Paris 7
2011 : Master Parisien de Recherche en Informatique (MPRI), Université Paris Diderot
"""
    assert [school for _, _, school in _studies(text)] == [
        "Université Paris Diderot – Paris 7",
        "Université Paris Diderot",
    ]


def test_a_word_table_with_a_column_of_dates_is_read_row_by_row() -> None:
    """A two-column table, dates on the left and each post on the right, its first row the employer's (its date cell
    empty): read cell by cell, each date was taken as the end of the entry above, every job's dates shifted by one,
    the unit's name became the first title and the last job was lost."""
    document = docx.Document()
    document.add_paragraph("Marie-Claude Tran")
    document.add_paragraph("marie-claude.tran@example.fr – 06 52 17 84 30")
    document.add_paragraph("Parcours professionnel")
    rows = [
        ("", "Inserm – Centre de recherche en Épidémiologie et Santé des Populations (CESP, U1018), Villejuif"),
        ("Depuis janv. 2020", "Chargée de recherche classe normale (CRCN)"),
        ("2017 – 2019", "Chercheuse contractuelle (CDD, programme Cohortes)"),
        ("2014 – 2017", "Research Fellow – London School of Hygiene & Tropical Medicine (LSHTM), Londres"),
        ("2008 – 2010", "Biostatisticienne – Institut de Recherches Internationales Servier, Suresnes"),
    ]
    table = document.add_table(rows=len(rows), cols=2)
    for row, (dates, text) in zip(table.rows, rows, strict=True):
        row.cells[0].text, row.cells[1].text = dates, text
    out = io.BytesIO()
    document.save(out)
    work = parse_resume(out.getvalue(), "cv.docx")["work"]
    assert [(w.get("position"), w.get("name"), w.get("startDate"), w.get("endDate")) for w in work] == [
        ("Chargée de recherche classe normale (CRCN)", "Inserm", "2020-01", None),
        ("Chercheuse contractuelle (CDD, programme Cohortes)", "Inserm", "2017", "2019"),
        ("Research Fellow", "London School of Hygiene & Tropical Medicine (LSHTM)", "2014", "2017"),
        ("Biostatisticienne", "Institut de Recherches Internationales Servier", "2008", "2010"),
    ]


def test_other_research_experience_holds_jobs() -> None:
    """ "Other research experience" was read as the miscellany "Other" heads, and its dated posts were lost; the
    professor a research assistant worked for stayed in the title."""
    text = """Appointments
Postdoctoral Research Fellow, Paris School of Economics (PSE) | 2022 – present

OTHER RESEARCH EXPERIENCE
Graduate Research Assistant to Prof. Sarah Lindqvist, University of Michigan | 2017 – 2021
Dissertation Intern, Federal Reserve Bank of Chicago | Summer 2019
"""
    assert [(position, name) for position, name, _, _ in _jobs(text)] == [
        ("Postdoctoral Research Fellow", "Paris School of Economics (PSE)"),
        ("Graduate Research Assistant", "University of Michigan"),
        ("Dissertation Intern", "Federal Reserve Bank of Chicago"),
    ]


def test_a_course_taught_with_its_hours_is_no_job() -> None:
    """ "Paris School of Economics: Topics in Labor Economics, Master APE (2023, 18 h, co-taught)." under the teaching
    posts was read as a job at "Paris School of Economics: Topics in Labor Economics"."""
    text = """TEACHING EXPERIENCE
Graduate Student Instructor, University of Michigan | Fall 2017 – Winter 2019
• Econ 101 Principles of Microeconomics (4 semesters); Econ 401 Intermediate
Microeconomics
• Outstanding GSI Award, 2019
Paris School of Economics: Topics in Labor Economics, Master APE (2023, 18 h, co-taught).
"""
    assert [(position, name) for position, name, _, _ in _jobs(text)] == [
        ("Graduate Student Instructor", "University of Michigan")
    ]


def test_headers_wrapped_before_their_dates() -> None:
    """ "… UPR AIDA (Agroécologie et intensification durable des cultures" over "annuelles) — 2017 – 2019" and "…
    (AVSF), Fianarantsoa" over "(Madagascar) — 2011 – 2012": the header's first line was read as the end of the
    line above, and the job was lost."""
    text = """EXPÉRIENCE PROFESSIONNELLE
Chargé de recherche (CRCN) – INRAE, UMR AGIR, Toulouse — depuis 2019
• Animation de l'axe « Transitions agroécologiques » de l'unité (12 chercheurs)
Chercheur post-doctorant – CIRAD, UPR AIDA (Agroécologie et intensification durable des cultures
annuelles) — 2017 – 2019
Doctorant – Montpellier SupAgro, UMR SYSTEM — 2013 – 2016
Bourse de thèse CIRAD – co-direction Pr Étienne Gaillac & Dr Hanta Razafindrabe
Volontaire de solidarité internationale – Agronomes et Vétérinaires Sans Frontières (AVSF), Fianarantsoa
(Madagascar) — 2011 – 2012
"""
    assert [(position, dates) for position, _, *dates in _jobs(text)] == [
        ("Chargé de recherche (CRCN)", ["2019", None]),
        ("Chercheur post-doctorant", ["2017", "2019"]),
        ("Doctorant", ["2013", "2016"]),
        ("Volontaire de solidarité internationale", ["2011", "2012"]),
    ]


def test_a_post_with_its_teaching_load_is_still_a_job() -> None:
    """The load in brackets after a doctoral post's title ("avec mission d'enseignement, 64 h ETD/an") names no course
    taught instead of a job."""
    text = """PARCOURS PROFESSIONNEL
2013 – 2014 | Attachée temporaire d'enseignement et de recherche (ATER)
Université Montpellier 2 – Institut des Sciences de l'Évolution (ISEM, UMR 5554)
2010 – 2013 | Doctorante contractuelle (avec mission d'enseignement, 64 h ETD/an)
Institut des Sciences de l'Évolution de Montpellier (ISEM, UMR 5554)
"""
    assert [position for position, _, _, _ in _jobs(text)] == [
        "Attachée temporaire d'enseignement et de recherche (ATER)",
        "Doctorante contractuelle (avec mission d'enseignement, 64 h ETD/an)",
    ]


def test_a_single_teaching_post_under_a_teaching_heading_is_a_job() -> None:
    """ "Teaching" over "Teaching assistant (vacataire) | 2022 – 2024" and "Activités d'enseignement" over "2011 –
    2014 : Moniteur, Université Pierre et Marie Curie": a teaching section became jobs only with two posts at least,
    its remark in brackets hid the title, and the students' year ("L2 Psychology", "Master Informatique") was taken for
    a degree of the person's."""
    text = """RESEARCH EXPERIENCE
PhD candidate | Oct 2021 – present
Laboratoire de Neurosciences Cognitives et Computationnelles (LNC², Inserm U960)

TEACHING
Teaching assistant (vacataire) | 2022 – 2024
Université Paris Cité – L2 Psychology, statistics tutorials
(48 h/year)
"""
    assert [(position, dates) for position, _, *dates in _jobs(text)] == [
        ("PhD candidate", ["2021-10", None]),
        ("Teaching assistant", ["2022", "2024"]),
    ]
    text = """Parcours professionnel
Depuis septembre 2015 : Maître de conférences, Université de Bordeaux

Activités d'enseignement
2011 – 2014 : Moniteur, Université Pierre et Marie Curie (64 h ETD/an)
• TD/TP d'algorithmique (L2), programmation en C (L3)
Depuis 2015 (≈ 220 h ETD/an) : algorithmique distribuée (M1), théorie des graphes (L3), programmation (L1) ; \
responsable de l'UE « Algorithmique des réseaux » du Master Informatique.
"""
    assert [(position, name) for position, name, _, _ in _jobs(text)] == [
        ("Maître de conférences", "Université de Bordeaux"),
        ("Moniteur", "Université Pierre et Marie Curie"),
    ]


def test_a_supervisor_line_between_a_header_and_its_dates() -> None:
    """ "Doctorant" / "Institut Galien Paris-Saclay …" / "Directrice de thèse : Pr Élise Vandamme" / "Oct. 2010 – sept.
    2013": the supervisor's line kept the title and the lab from the header, which were read as the end of the bullet
    above, and the job was lost."""
    text = """EXPÉRIENCE PROFESSIONNELLE
Chercheur post-doctoral
Université de Genève, Section des sciences pharmaceutiques (Suisse)
Oct. 2013 – août 2015
• Micelles polymériques pour l'administration oculaire (financement FNS)
Doctorant
Institut Galien Paris-Saclay (UMR CNRS 8612), Châtenay-Malabry
Directrice de thèse : Pr Élise Vandamme
Oct. 2010 – sept. 2013
• Monitorat : TP de pharmacie galénique (64 h/an)
"""
    assert _jobs(text) == [
        ("Chercheur post-doctoral", "Université de Genève", "2013-10", "2015-08"),
        ("Doctorant", "Institut Galien Paris-Saclay (UMR CNRS 8612)", "2010-10", "2013-09"),
    ]


def test_an_employer_in_capitals_where_the_section_writes_its_employers_so() -> None:
    """ "CANCER RESEARCH UK OXFORD CENTRE | Summer studentship (8 weeks)" among "THE FRANCIS CRICK INSTITUTE (London) |
    Senior Research Technician": the research centre's name read as a title and the studentship as its employer,
    though the section writes every employer first and in capitals."""
    text = """Employment History
THE FRANCIS CRICK INSTITUTE (London) | Senior Research Technician — Sept 2019 to date
UNIVERSITY OF OXFORD, Sir William Dunn School of Pathology (Oxford) | Research Technician — Oct 2015 – Aug 2019
CANCER RESEARCH UK OXFORD CENTRE | Summer studentship (8 weeks) — Summer 2014
"""
    assert [(position, name) for position, name, _, _ in _jobs(text)][-1] == (
        "Summer studentship (8 weeks)",
        "CANCER RESEARCH UK OXFORD CENTRE",
    )
    work = parse_experience(
        [
            "THE FRANCIS CRICK INSTITUTE (London) | Senior Research Technician — Sept 2019 to date",
            "UNIVERSITY OF OXFORD, Dunn School of Pathology (Oxford) | Research Technician — Oct 2015 – 2019",
            "CANCER RESEARCH UK OXFORD CENTRE | Rotation project (8 weeks) — Summer 2014",
        ]
    )
    assert (work[-1]["position"], work[-1]["name"]) == (
        "Rotation project (8 weeks)",
        "CANCER RESEARCH UK OXFORD CENTRE",
    )


def test_a_year_with_a_dash_glued_to_it_is_an_open_range() -> None:
    """ "2022- Postdoctorant …" among "2021-2022 ATER …", and "2020– | Research Scientist …": the dash glued to the
    year, with no end after it, leaves the range open; it was read as the one year. ("2019 - Chef de projet", spaced,
    only separates the year from the title.)"""
    text = """Postes
2022- Postdoctorant (bourse Marie Skłodowska-Curie), Universität Bonn, Hausdorff Center for Mathematics
2021-2022 ATER, Université de Strasbourg, Institut de Recherche Mathématique Avancée (IRMA)
"""
    assert [(dates[0], dates[1]) for _, _, *dates in _jobs(text)] == [("2022", None), ("2021", "2022")]
    assert find_date_ranges("2020– | Research Scientist, Inria Saclay")[0].current
    assert not find_date_ranges("2019 - Chef de projet")[0].current


def test_a_research_centre_named_with_its_region_and_a_university_after_a_title() -> None:
    """ "PhD Student, Inria Sophia Antipolis – Méditerranée": the centre, named by its town, was read as a place and the
    region completing its name as the employer. "Summer Intern, Shanghai Jiao Tong University," under a bold
    "Healthcare, Shanghai" (the wrapped end of the header above): the university was read as a unit of that line's
    name."""
    assert [
        (position, name)
        for position, name, _, _ in _jobs("""RESEARCH EXPERIENCE
Oct 2022 – present | PhD Student, Inria Sophia Antipolis – Méditerranée
""")
    ] == [("PhD Student", "Inria Sophia Antipolis – Méditerranée")]
    lines = [
        "Jul 2020 – Aug 2021 | Software Engineer (part-time), United Imaging",
        "Healthcare, Shanghai",
        "Jul 2019 – Sep 2019 | Summer Intern, Shanghai Jiao Tong University,",
        "Med-X Research Institute",
    ]
    work = parse_experience(lines, [True] * len(lines))
    assert (work[-1]["position"], work[-1]["name"]) == ("Summer Intern", "Shanghai Jiao Tong University")


def test_a_department_under_a_university_post_is_no_job() -> None:
    """ "Department of Engineering" on the line under "Postdoctoral Research Associate, University of Cambridge,":
    the field tagger's position there was added as a job of its own."""
    text = """POSITIONS
2018–2020 | Postdoctoral Research Associate, University of Cambridge,
Department of Engineering
• Signal Processing and Communications Laboratory; Marie Skłodowska-Curie Individual Fellowship
2015–2018 | PhD student, Télécom Paris (LTCI), Palaiseau
"""
    assert [(position, name) for position, name, _, _ in _jobs(text)] == [
        ("Postdoctoral Research Associate", "University of Cambridge"),
        ("PhD student", "Télécom Paris (LTCI)"),
    ]


def test_the_team_after_a_researchers_title_is_no_part_of_it() -> None:
    """ "Chargée de recherche classe normale (CRCN), équipe « Exposome et hérédité »": the team the post is in stayed in
    the title."""
    text = """Parcours professionnel
Depuis janv. 2020 | Chargée de recherche classe normale (CRCN), équipe « Exposome et hérédité » – Inserm, Villejuif
2014 – 2017 | Research Fellow – London School of Hygiene & Tropical Medicine (LSHTM), Londres
"""
    assert [position for position, _, _, _ in _jobs(text)] == [
        "Chargée de recherche classe normale (CRCN)",
        "Research Fellow",
    ]


def test_the_address_on_the_line_of_the_email_further_down() -> None:
    """The address on the line that holds the e-mail address, in a page's footer, is the person's: a job's town among
    the first lines (which a Word table's rows, read as lines, brought within reach) was taken instead."""
    text = """Dr. Jonas Brückner
Postdoctoral Fellow – Genome Regulation

Research positions
since 10/2021 | Postdoctoral Fellow
Max Planck Institute for Molecular Genetics – Department of Genome Regulation
01/2017 – 03/2021 | PhD student
European Molecular Biology Laboratory (EMBL), Heidelberg – Genome Biology Unit

Education
2021 | Dr. rer. nat. (PhD) in Biology, summa cum laude
Heidelberg University
2014 – 2016 | M.Sc. Molecular Biosciences
Heidelberg University
2010 – 2014 | B.Sc. Biochemistry
Eberhard Karls Universität Tübingen

Skills
Hi-C / Micro-C, CUT&Tag, scRNA-seq
Hermannstraße 112, 12051 Berlin, Germany | +49 176 2345 6789 | jonas.brueckner@example.de
"""
    location = parse_resume(text.encode(), "cv.txt")["basics"]["location"]
    assert location["city"] == "Berlin"


def test_the_school_a_course_was_taught_at_is_no_school_attended() -> None:
    """ "Paris School of Economics: Topics in Labor Economics, Master APE (2023, 18 h, co-taught)" under the teaching
    posts: the school there was added as studies once the line was no longer read as a job."""
    text = """Appointments
Postdoctoral Research Fellow, Paris School of Economics (PSE) | 2022 – present

Education
Ph.D. in Economics, University of Michigan, Ann Arbor | 2021

Teaching experience
Graduate Student Instructor, University of Michigan | Fall 2017 – Winter 2019
• Econ 101 Principles of Microeconomics (4 semesters); Econ 401 Intermediate
Microeconomics
• Outstanding GSI Award, 2019
Paris School of Economics: Topics in Labor Economics, Master APE (2023, 18 h, co-taught).
"""
    assert [school for _, _, school in _studies(text)] == ["University of Michigan"]
