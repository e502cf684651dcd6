"""Faults shown by realistic CVs written as real files in the tenth probing session: each test holds one of them."""

from __future__ import annotations

import io

from docx import Document as WordDocument
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from parsing import parse_resume
from parsing.structure.education import find_degree

from .files import text_jobs as _jobs
from .files import text_schools as _schools


def _labelled_pdf() -> bytes:
    """Europass's imitations: each section's label in a margin column, on the row of the section's first line."""
    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer, pagesize=A4)
    y = A4[1] - 60
    pdf.setFont("Helvetica-Bold", 18)
    pdf.drawString(50, y, "Sophie Marchal")
    pdf.setFont("Helvetica", 10)
    pdf.drawString(50, y - 18, "sophie.marchal@example.fr - +33 6 45 12 78 90 - Lyon")
    y -= 58
    sections = [
        ("Work experience", [("03/2020 - present", False), ("Project Manager", True),
                             ("Renault Group, Boulogne", False), ("Led a team of eight engineers.", False),
                             ("09/2016 - 02/2020", False),
                             ("Quality Engineer", True), ("Valeo, Creteil", False)]),
        ("Education and training", [("2014 - 2016", False), ("Master Genie Industriel", True),
                                    ("Universite Claude Bernard Lyon 1", False)]),
        ("Languages", [("French (native), English (C1), German (B1)", False)]),
    ]  # fmt: skip
    for label, rows in sections:
        pdf.setFont("Helvetica-Bold", 11)
        pdf.drawString(50, y, label)
        for text, bold in rows:
            pdf.setFont("Helvetica-Bold" if bold else "Helvetica", 10)
            pdf.drawString(200, y, text)
            y -= 14
        y -= 14
    pdf.showPage()
    pdf.save()
    return buffer.getvalue()


def test_a_section_label_in_the_margin_leaves_the_first_line_of_its_section() -> None:
    # The label and the first job's dates share one row: the dates used to be swallowed by the heading, and the
    # first job came apart. The languages' label used to hide the languages' row from the languages section.
    result = parse_resume(_labelled_pdf(), "cv.pdf")
    assert [(w.get("name"), w.get("position"), w.get("startDate")) for w in result["work"]] == [
        ("Renault Group", "Project Manager", "2020-03"),
        ("Valeo", "Quality Engineer", "2016-09"),
    ]
    assert [(e.get("institution"), e.get("studyType")) for e in result["education"]] == [
        ("Universite Claude Bernard Lyon 1", "Master")
    ]
    assert [language["language"] for language in result["languages"]] == ["French", "English", "German"]


def test_a_faculty_named_after_several_fields_keeps_them_all() -> None:
    text = """Yassine Alaoui
yassine.alaoui@gmail.com
Formation
2015 – 2017 Master Droit des affaires — Faculté des Sciences Juridiques, Économiques et Sociales de Fès
Expérience
2018 – 2020 Juriste, Cabinet Bennani, Casablanca
"""
    assert _schools(text) == [("Faculté des Sciences Juridiques, Économiques et Sociales de Fès", "Master")]


def test_a_named_school_of_a_university_keeps_its_university_and_a_nameless_one_gives_way_to_it() -> None:
    # "Kellogg School of Management" is known by its own name and its university's: one school, not two. "School of
    # Engineering" has no name of its own: the university is where the person studied (as "Law School, University
    # of Verona" already was).
    text = """Anna Weber
anna.weber@gmail.com
Education
MBA – Kellogg School of Management, Northwestern University (2019 – 2021)
BSc Civil Engineering, School of Engineering, University of Leeds, 2010 – 2013
Master, Faculté de Droit, Université de Lyon, 2008
Experience
Siemens AG – Engineer, 2013 – 2019
"""
    assert _schools(text) == [
        ("Kellogg School of Management, Northwestern University", "MBA"),
        ("University of Leeds", "BSc"),
        ("Université de Lyon", "Master"),
    ]


def test_europass_language_grid_in_word_cells_gives_the_languages() -> None:
    # Europass's grid in Word: every cell its own line, the language's name alone in its cell, the levels in the
    # cells after it. The names used to be skipped as words with no level in a skills section.
    document = WordDocument()
    document.add_paragraph("Jonas Peeters")
    document.add_paragraph("jonas.peeters@skynet.be")
    document.add_heading("PERSONAL SKILLS", 1)
    grid = [
        ["Mother tongue(s)", "Dutch", "", "", "", ""],
        ["Other language(s)", "UNDERSTANDING", "", "SPEAKING", "", ""],
    ]
    grid += [[name, *[level] * 5] for name, level in (("English", "C1"), ("French", "B2"), ("German", "A2"))]
    table = document.add_table(rows=0, cols=6)
    for row in grid:
        cells = table.add_row().cells
        for cell, value in zip(cells, row, strict=True):
            cell.text = value
    document.add_heading("Digital skills", 1)
    document.add_paragraph("Excel/VBA, SQL, Bloomberg")
    buffer = io.BytesIO()
    document.save(buffer)
    languages = parse_resume(buffer.getvalue(), "cv.docx")["languages"]
    assert [(language["language"], language.get("fluency")) for language in languages][:1] == [("Dutch", "Native")]
    assert {language["language"] for language in languages} == {"Dutch", "English", "French", "German"}


def test_a_polytechnic_institute_keeps_its_school_after_the_dash() -> None:
    text = """Anna Weber
anna.weber@gmail.com
Formation
2016 – 2018 Diplôme d'ingénieur, Grenoble INP – Phelma
2013 – 2016 Diplôme d'ingénieur – Toulouse INP – ENSEEIHT, Toulouse
"""
    assert _schools(text) == [
        ("Grenoble INP – Phelma", "Diplôme d'ingénieur"),
        ("Toulouse INP – ENSEEIHT", "Diplôme d'ingénieur"),
    ]


def test_medical_nursing_and_central_european_degrees_are_read() -> None:
    text = """Anna Nowak
anna.nowak@gmail.com
Education
2008 – 2013 MBBS, Government Medical College, Thiruvananthapuram
2006 – 2012 MB BCh BAO, Royal College of Surgeons in Ireland
2010 – 2014 MPharm (Hons), University of Bath
2011 – 2014 BMid (Hons) Midwifery, University of Nottingham
2015 – 2016 PgDip Specialist Community Public Health Nursing, University of Leeds
2004 – 2009 Mgr. in Pharmacy, Charles University
2001 – 2004 Bc. – Mechanical Engineering, Czech Technical University in Prague
"""
    assert [degree for _, degree in _schools(text)] == [
        "MBBS",
        "MB BCh BAO",
        "MPharm (Hons)",
        "BMid (Hons)",
        "PgDip",
        "Mgr",
        "Bc",
    ]
    # The Czech abbreviations count where a degree's line or field opens, not inside a title.
    assert find_degree("Sales Mgr. – Retail") is None


def test_a_consultancys_missions_at_its_clients_are_jobs_at_the_consultancy() -> None:
    # Each mission, with its own dates inside the time at Capgemini, used to become a job at the client (Safran,
    # TotalEnergies) beside a job at Capgemini spanning them all.
    text = """Thomas de La Roche
thomas.delaroche@yahoo.fr
Expérience professionnelle
Depuis 2019 Accenture — Manager SAP FI/CO
• Pilotage des lots Finance de programmes S/4HANA.
• Encadrement d'équipes de 5 à 12 consultants.
• Avant-vente : réponse à 8 appels d'offres.
2014 – 2019 Capgemini — Consultant senior SAP Finance
2016 – 2019 : Safran — Consultant senior SAP FI/CO
• Déploiement du core model Finance dans 14 filiales.
2014 – 2016 : TotalEnergies — Consultant SAP FI
• Maintenance évolutive FI-AP/AR, clôtures mensuelles.
2011 – 2014 Deloitte — Auditeur financier
• Audit légal de sociétés industrielles.
"""
    assert _jobs(text) == [
        ("Accenture", "Manager SAP FI/CO", "2019", None),
        ("Capgemini", "Consultant senior SAP FI/CO", "2016", "2019"),
        ("Capgemini", "Consultant SAP FI", "2014", "2016"),
        ("Deloitte", "Auditeur financier", "2011", "2014"),
    ]
    work = parse_resume(text.encode(), "cv.txt")["work"]
    assert [item.get("summary") for item in work[1:3]] == ["Client: Safran", "Client: TotalEnergies"]


def test_jobs_held_at_the_same_time_as_another_stay_at_their_own_employers() -> None:
    # A teacher's two short posts inside a longer one are no missions of it: nothing says client or mission, and
    # the school places nobody.
    text = """Mary Jones
mary.jones@gmail.com
Experience
1976 – 1980 Chesapeake High School — Learning Problems Resource Teacher
1976 – 1976 General Wolfe Elementary School — Fourth Grade Teacher
1976 – 1976 John Eager Howard School — Special Education Teacher
"""
    assert [employer for employer, *_ in _jobs(text)] == [
        "Chesapeake High School",
        "General Wolfe Elementary School",
        "John Eager Howard School",
    ]


def test_a_mission_listed_twice_is_one_job() -> None:
    # A consultant's CV lists the missions in its career summary, then again in its skills file.
    text = """Lucas Martin
lucas.martin@gmail.com
Expérience
2019 – 2022 Ingénieur DevOps, Onepoint, Paris
2016 – 2019 Développeur Java, Sopra Steria, Toulouse
Dossier de compétences
2019 – 2022 Ingénieur DevOps, Onepoint, Paris
• Mise en place de pipelines GitLab CI.
2016 – 2019 Développeur Java, Sopra Steria, Toulouse
• Maintenance d'applications bancaires.
"""
    assert _jobs(text) == [
        ("Onepoint", "Ingénieur DevOps", "2019", "2022"),
        ("Sopra Steria", "Développeur Java", "2016", "2019"),
    ]


def test_a_faculty_under_its_university_is_no_second_school() -> None:
    text = """Tomáš Dvořák
tomas.dvorak@seznam.cz
Education
2011 – 2013 | Ing. – Automotive and Aerospace Engineering
Czech Technical University in Prague, Prague
Faculty of Mechanical Engineering
2008 – 2011 | Bc. – Mechanical Engineering
Czech Technical University in Prague, Prague
"""
    assert _schools(text) == [
        ("Czech Technical University in Prague", "Ing"),
        ("Czech Technical University in Prague", "Bc"),
    ]


def test_british_health_service_posts_are_titles() -> None:
    text = """Siobhan Kelly
siobhan.kelly@gmail.com
Experience
06/2019 – present
Belfast Health and Social Care Trust, Belfast
Royal Victoria Hospital – Ward 6D, Cardiology
Ward Sister (Band 7)
• Manage a 30-bed cardiology ward and a team of 45 staff.
09/2016 – 05/2019
Leeds Community Healthcare NHS Trust, Leeds
Nursing Sister (Band 6)
• District nursing caseload of 300 families in inner-city Leeds.
"""
    assert [position for _, position, *_ in _jobs(text)] == ["Ward Sister (Band 7)", "Nursing Sister (Band 6)"]


def test_trade_diplomas_of_quebec_luxembourg_and_belgium_are_read() -> None:
    text = """João Ferreira
joao.ferreira@pt.lu
Formation
2007 – 2008 DEP en charpenterie-menuiserie – École des métiers de la construction de
Montréal, Montréal
2004 – 2007 DAP Maçon – Lycée technique d'Esch-sur-Alzette
"""
    assert _schools(text) == [
        ("École des métiers de la construction de Montréal", "DEP"),
        ("Lycée technique d'Esch-sur-Alzette", "DAP"),
    ]


def test_a_postcode_is_no_phone_number() -> None:
    # "L-4011" reads as a valid four-digit Luxembourg number: the real one comes after it on the line.
    text = """João Ferreira
15, rue de l'Alzette, L-4011 Esch-sur-Alzette • +352 621 458 903 • joao.ferreira@pt.lu
"""
    assert parse_resume(text.encode(), "cv.txt")["basics"]["phone"] == "+352621458903"


def test_a_table_row_opening_with_a_headings_word_stays_in_its_section() -> None:
    # Review of the margin-label rule: a skills table's "Languages" row and a job row that opens with "Volunteer"
    # are rows of their tables, not labels in a margin (nothing beside them starts further right).
    skills = """Lena Fischer
lena.fischer@gmail.com
TECHNICAL SKILLS
Languages\tPython, JavaScript, Go
Frameworks\tDjango, React, Flask
"""
    result = parse_resume(skills.encode(), "cv.txt")
    assert {"Python", "Django"} <= {skill["name"] for skill in result["skills"]}
    jobs = """Lena Fischer
lena.fischer@gmail.com
EXPERIENCE
Volunteer 2015 – 2017
British Red Cross, Glasgow
Marketing Assistant, Beta plc, 2017 – 2019
"""
    assert len(_jobs(jobs)) == 2


def test_side_jobs_inside_a_long_job_are_no_missions_of_it() -> None:
    # The missions rule needs a consultancy or a labelled client: "enterprise clients" in a bullet is neither.
    text = """Tom Baker
tom.baker@gmail.com
EXPERIENCE
Engineering Manager | Google | 2015 – 2023
- Led platform teams serving enterprise clients
- Hired 20 engineers
Freelance Web Developer | Self-employed | 2015 – 2018
Mentor | Code First Girls | 2019 – 2023
"""
    assert [employer for employer, *_ in _jobs(text)] == ["Google", "Self-employed", "Code First Girls"]


def test_a_sisters_name_is_read_without_her_title() -> None:
    text = """Sister Anne Kelly
anne.kelly@example.ie
EXPERIENCE
School Principal | St Louis Secondary School | 2010 – 2020
"""
    assert parse_resume(text.encode(), "cv.txt")["basics"]["name"] == "Anne Kelly"
