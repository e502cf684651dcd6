"""Faults shown by realistic CVs written as real files in the tenth probing session: each test holds one of them."""

from __future__ import annotations

import io

from docx import Document as WordDocument
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from parsing import parse_resume
from parsing.structure.education import find_degree

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
    assert [degree for _, degree in _schools(text)] == ["MBBS", "MB BCh BAO", "MPharm", "BMid", "PgDip", "Mgr", "Bc"]
    # The Czech abbreviations count where a degree's line or field opens, not inside a title.
    assert find_degree("Sales Mgr. – Retail") is None
