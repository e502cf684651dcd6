"""Faults shown by realistic CVs written as real files in the eleventh probing session: each test holds one of them."""

from __future__ import annotations

import io

from docx import Document as WordDocument
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from parsing import parse_resume
from parsing.structure.education import parse_education

from .files import text_jobs as _jobs
from .files import text_name as _name


def test_an_arrow_from_a_symbol_font_joins_the_two_ends_of_a_range() -> None:
    text = """Jean Dupont
jean.dupont@example.com

EXPÉRIENCE PROFESSIONNELLE

Chef de projet
Capgemini, Paris
09/2019 ► aujourd'hui
- Pilotage de projets de migration

Développeur
Sopra Steria, Lyon
2015 ➔ 2019
- Développement Java
"""
    assert _jobs(text) == [
        ("Capgemini", "Chef de projet", "2019-09", None),
        ("Sopra Steria", "Développeur", "2015", "2019"),
    ]


def test_central_european_academic_titles_are_not_part_of_the_name() -> None:
    body = "\nmail.x@example.com\n\nEXPERIENCE\n\nEngineer\nSiemens\n2015 – 2019\n"
    assert _name("Ing. Petra Nováková" + body) == "Petra Nováková"
    assert _name("Mag. Thomas Huber" + body) == "Thomas Huber"
    assert _name("Dr. med. Anna Schmidt" + body) == "Anna Schmidt"
    assert _name("Dipl.-Ing. Jan Vogel" + body) == "Jan Vogel"
    # (names that only begin like those titles are left whole)
    assert _name("Ingrid Berg" + body) == "Ingrid Berg"
    assert _name("Magali Durand" + body) == "Magali Durand"


def test_a_letter_spaced_name_whose_word_gap_was_lost_is_parted_at_its_given_name() -> None:
    body = "\nkarim.benali@example.com\n\nEXPERIENCE\n\nEngineer\nSiemens\n2015 – 2019\n"
    assert _name("K A R I M B E N A L I" + body) == "KARIM BENALI"
    assert _name("M A R I E L L E D U P O N T" + body) == "MARIELLE DUPONT"


def test_the_europass_row_for_the_job_applied_for_is_not_the_name() -> None:
    # (the name sits in the form's margin column, which this reader lost: better no name than the label)
    text = """JOB APPLIED FOR Staff Nurse
t.x@example.ie

WORK EXPERIENCE

Staff Nurse
St James's Hospital, Dublin
2018 – 2021
"""
    assert _name(text) is None


def test_a_medical_specialty_after_a_dash_stays_in_the_title() -> None:
    text = """Aoife Byrne
aoife@example.ie

EXPERIENCE

Senior House Officer – Emergency Medicine
St James's Hospital, Dublin
Aug 2020 – Jul 2021
- Managed patients in resus

Advanced Pharmacist – Medicines Optimisation
Leeds Teaching Hospitals NHS Trust
2018 – 2020

Foundation Year 1 – General Surgery
Royal Infirmary of Edinburgh
Aug 2016 – Aug 2017

Health Visitor
Leeds Community Healthcare NHS Trust
2014 – 2016
"""
    assert _jobs(text) == [
        ("St James's Hospital", "Senior House Officer – Emergency Medicine", "2020-08", "2021-07"),
        ("Leeds Teaching Hospitals NHS Trust", "Advanced Pharmacist – Medicines Optimisation", "2018", "2020"),
        ("Royal Infirmary of Edinburgh", "Foundation Year 1 – General Surgery", "2016-08", "2017-08"),
        ("Leeds Community Healthcare NHS Trust", "Health Visitor", "2014", "2016"),
    ]


def test_a_subject_after_a_tutors_title_stays_in_the_title() -> None:
    text = """Aoife Byrne
aoife@example.ie

EXPERIENCE

Analyst
Siemens
2015 – 2016

Peer Tutor, Microeconomics & Statistics
University of Warwick
2014 – 2015
"""
    assert _jobs(text) == [
        ("Siemens", "Analyst", "2015", "2016"),
        ("University of Warwick", "Peer Tutor, Microeconomics & Statistics", "2014", "2015"),
    ]


def test_what_became_of_a_firm_dates_no_job_and_is_not_its_name() -> None:
    text = """Jean Dupont
jean.dupont@example.com

EXPÉRIENCE PROFESSIONNELLE

Ingénieur d'études
Logica (devenu CGI en 2012), Paris
2009 – 2013
- Développement d'applications bancaires

Développeur
Zenika (acquired by Accenture in 2019)
2006 – 2009
"""
    assert _jobs(text) == [
        ("Logica", "Ingénieur d'études", "2009", "2013"),
        ("Zenika", "Développeur", "2006", "2009"),
    ]


def test_a_contractor_placed_through_an_agency_works_at_the_client() -> None:
    text = """Mary Byrne
mary.byrne@example.ie

WORK EXPERIENCE

Business Analyst
Contract via Morgan McKinley at Bank of Ireland
2019 – 2021
- Gathered requirements for the payments platform

Sales Mgr. – Retail
Nestlé
2016 – 2019
"""
    assert _jobs(text) == [
        ("Bank of Ireland", "Business Analyst", "2019", "2021"),
        ("Nestlé", "Sales Mgr – Retail", "2016", "2019"),
    ]


def _rows(result: dict) -> list[tuple[str | None, str | None, str | None, str | None]]:
    return [(w.get("name"), w.get("position"), w.get("startDate"), w.get("endDate")) for w in result["work"]]


def _jobs_table_docx() -> bytes:
    """A Word table with one column per field under a row of the columns' names, duties in the title's cell and in
    a merged row below."""
    document = WordDocument()
    document.add_paragraph("Michael O'Sullivan")
    document.add_paragraph("mosullivan.pm@example.com")
    document.add_paragraph("WORK EXPERIENCE")
    rows = [
        ("Suffolk Construction", "Project Manager", "03/2018 – Present", "Delivered a $62M lab building"),
        (
            "Shawmut Design and Construction",
            "Assistant Project Manager",
            "06/2014 – 02/2018",
            "Buyout and change orders",
        ),
        ("Gilbane Building Company", "Field Engineer Co-op", "01/2011 – 06/2011", "Courts, council and site meetings"),
    ]
    table = document.add_table(rows=1, cols=3)
    for cell, name in zip(table.rows[0].cells, ("Employer", "Position", "Dates"), strict=True):
        cell.text = name
    for employer, position, dates, duty in rows:
        cells = table.add_row().cells
        cells[0].text, cells[1].text, cells[2].text = employer, position, dates
        merged = table.add_row().cells
        merged[0].merge(merged[2]).text = duty
    document.add_paragraph("EDUCATION")
    document.add_paragraph("B.S. Construction Management — Wentworth Institute of Technology | 2008 – 2012")
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def test_a_word_table_with_one_column_per_field_gives_one_job_per_row() -> None:
    # Each row used to take the next row's employer and title: the dates cell, last in the row, opened the next job.
    assert _rows(parse_resume(_jobs_table_docx(), "cv.docx")) == [
        ("Suffolk Construction", "Project Manager", "2018-03", None),
        ("Shawmut Design and Construction", "Assistant Project Manager", "2014-06", "2018-02"),
        ("Gilbane Building Company", "Field Engineer Co-op", "2011-01", "2011-06"),
    ]


def _tracked_pdf() -> bytes:
    """Letter-spaced capitals (name, headings, dates) and dingbat bullets, as designers' templates draw them."""
    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer, pagesize=A4)
    y = A4[1] - 60
    pdf.setFont("Helvetica", 24)
    pdf.drawString(60, y, "N A D I A")
    pdf.setFont("Helvetica", 8)
    pdf.drawString(420, y - 12, "nadia.benali.rh@example.com")
    pdf.setFont("Helvetica-Bold", 24)
    pdf.drawString(60, y - 28, "B E N A L I")
    y -= 80
    rows = [
        ("Helvetica-Bold", 10, "E X P É R I E N C E      P R O F E S S I O N N E L L E"),
        ("Helvetica", 8, "S E P T .  2 0 1 9  –  C E      J O U R"),
        ("Helvetica-Bold", 10, "Responsable Ressources Humaines"),
        ("Helvetica", 10, "Nordis Logistique, Lesquin"),
        ("bullet", 9, "Négociation annuelle et animation du CSE"),
        ("Helvetica", 8, "M A R S      2 0 1 5  –  A O Û T      2 0 1 9"),
        ("Helvetica-Bold", 10, "Chargée de recrutement"),
        ("Helvetica", 10, "Adecco, Lille"),
        ("bullet", 9, "Meilleure recruteuse de l'agence en 2017"),
        ("bullet", 9, "Comptes clés (Airbus, Thales, Dassault Aviation)"),
    ]
    for font, size, text in rows:
        if font == "bullet":
            pdf.setFont("ZapfDingbats", 6)
            pdf.drawString(62, y, "n")
            pdf.setFont("Helvetica", size)
            pdf.drawString(72, y, text)
        else:
            pdf.setFont(font, size)
            pdf.drawString(60, y, text)
        y -= 16
    pdf.showPage()
    pdf.save()
    return buffer.getvalue()


def test_letter_spaced_capitals_and_dingbat_bullets_are_read() -> None:
    result = parse_resume(_tracked_pdf(), "cv.pdf")
    # (the name's two lines, with the e-mail set between them in small type)
    assert result["basics"]["name"] == "NADIA BENALI"
    # (the letter-spaced dates used to be no dates, and a bullet drawn from ZapfDingbats read as the letter "n" with
    # its year made a job; the clients listed in brackets on a bullet were employers)
    assert _rows(result) == [
        ("Nordis Logistique", "Responsable Ressources Humaines", "2019-09", None),
        ("Adecco", "Chargée de recrutement", "2015-03", "2019-08"),
    ]


def test_an_award_year_in_a_bullet_and_a_duty_listing_make_no_job() -> None:
    text = """Marcus Johnson
marcus.johnson@example.com

PROFESSIONAL EXPERIENCE

Medtronic – Minneapolis, MN
District Sales Manager
2013 – 2018
• Team of 8, 115% to plan
• Presidents Club 2015, 2016

Boston Scientific – Chicago, IL
Senior Sales Representative
2009 – 2013
"""
    assert _jobs(text) == [
        ("Medtronic", "District Sales Manager", "2013", "2018"),
        ("Boston Scientific", "Senior Sales Representative", "2009", "2013"),
    ]


def test_dates_that_go_on_or_start_with_the_school_year() -> None:
    text = """Yannick Le Goff
yannick.legoff@example.fr

EXPÉRIENCE PROFESSIONNELLE

Chargé de mission biodiversité
Parc naturel régional d'Armorique
2019 – …

Professeur des écoles
École Jean Jaurès, Brest
depuis la rentrée 2016

Conseillère en insertion sociale — depuis février
2014
CCAS de Rennes
"""
    assert [(w[2], w[3]) for w in _jobs(text)] == [("2019", None), ("2016-09", None), ("2014-02", None)]


def test_schools_whose_names_run_past_a_dash_a_comma_or_a_line() -> None:
    assert [
        e.get("institution") for e in parse_education(["DUT Informatique", "IUT Paris - Rives de Seine", "2014"])
    ] == ["IUT Paris - Rives de Seine"]
    assert [
        e.get("institution")
        for e in parse_education(
            ["MBA", "Northwestern University – Kellogg School of Management (Evanston, IL)", "2013"]
        )
    ] == ["Northwestern University – Kellogg School of Management"]
    assert [
        e.get("institution")
        for e in parse_education(
            ["PhD, Computer Science, Indian Institute of Technology 2016–2022", "Bombay", "Thesis: x"]
        )
    ] == ["Indian Institute of Technology Bombay"]
    assert [
        e.get("institution")
        for e in parse_education(
            [
                "MS by Research, Computer Science, International 2021 - 2023",
                "Institute of Information Technology, Hyderabad",
            ]
        )
    ] == ["International Institute of Information Technology"]


def test_a_title_qualified_after_a_comma_on_its_own_line_keeps_its_employer_below() -> None:
    text = """Claire Moreau
claire.moreau@example.com

WORK EXPERIENCE

2016 – 2019
Reporter, Environment desk
The Guardian
London, UK
Investigations on water company discharges

2014 – 2016
Trainee Reporter
Bristol Post
"""
    assert _jobs(text) == [
        ("The Guardian", "Reporter, Environment desk", "2016", "2019"),
        ("Bristol Post", "Trainee Reporter", "2014", "2016"),
    ]


def test_a_lawyers_title_and_dublins_postal_district() -> None:
    assert _name(
        "Maître Hélène Garnier-Roussel\nh.garnier@example.fr\n\nEXPERIENCE\n\nAvocate\nCabinet Lenoir\n2015 – 2019\n"
    ) == ("Hélène Garnier-Roussel")
    text = """Mary Byrne
mary.byrne@example.ie

EXPERIENCE

Jan 2019 – Present  Accenture, Dublin 2
Senior Analyst
- Delivered the payments programme
"""
    assert _jobs(text) == [("Accenture", "Senior Analyst", "2019-01", None)]


def test_a_concours_section_and_a_duty_with_listed_years_make_no_job() -> None:
    text = """Karim Haddad
karim.haddad@example.fr

EXPÉRIENCE PROFESSIONNELLE

Chef du bureau des élections
Préfecture du Rhône, Lyon
2019 – 2024
• Encadrement de 14 agents
• Organisation des scrutins 2020, 2021, 2022 et 2024

Juriste
Mairie de Grenoble
2015 – 2019

CONCOURS

Concours externe de rédacteur territorial (2015)
"""
    assert _jobs(text) == [
        ("Préfecture du Rhône", "Chef du bureau des élections", "2019", "2024"),
        ("Mairie de Grenoble", "Juriste", "2015", "2019"),
    ]


def test_a_date_column_wrapped_after_the_day_and_month() -> None:
    from parsing.structure.dates import join_wrapped_ranges

    assert join_wrapped_ranges(["depuis le 1er sept.", "2019"], [56.0, 56.0]) == ["depuis le 1er sept. 2019", None]


def test_a_schools_acronym_then_its_full_name_in_brackets() -> None:
    assert [
        e.get("institution")
        for e in parse_education(["2014 – 2017 : Diplôme d’ingénieur — ENIT (École Nationale d’Ingénieurs de Tunis)"])
    ] == ["ENIT (École Nationale d’Ingénieurs de Tunis)"]
    assert [
        e.get("institution")
        for e in parse_education(
            [
                "2012 – 2017 : Diplôme d’ingénieur — INSAT (Institut",
                "National des Sciences Appliquées et de Technologie)",
            ]
        )
    ] == ["INSAT (Institut National des Sciences Appliquées et de Technologie)"]
    assert [e.get("institution") for e in parse_education(["Licence, Université Saad Dahlab – Blida 1, 2012"])] == [
        "Université Saad Dahlab – Blida 1"
    ]


def test_review_a_given_name_alone_is_never_cut_and_a_lawyers_title_needs_a_given_name() -> None:
    from parsing.structure.names import join_spaced_letters, strip_courtesy

    assert join_spaced_letters("C H R I S T I N E") == "CHRISTINE"
    assert join_spaced_letters("J O N A T H A N") == "JONATHAN"
    assert strip_courtesy("Me Nguyen") == "Me Nguyen"
    assert strip_courtesy("Maître Nageur Sauveteur") == "Maître Nageur Sauveteur"
    assert strip_courtesy("Me Julie Martin") == "Julie Martin"


def test_review_a_heading_in_the_names_type_is_not_glued_to_the_name() -> None:
    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer, pagesize=A4)
    pdf.setFont("Helvetica-Bold", 20)
    pdf.drawString(60, 780, "Emma Wilson")
    pdf.setFont("Helvetica", 10)
    pdf.drawString(60, 762, "emma.wilson@example.com")
    pdf.setFont("Helvetica-Bold", 20)
    pdf.drawString(60, 740, "About Me")
    pdf.setFont("Helvetica", 10)
    pdf.drawString(60, 722, "Sales manager with ten years in retail.")
    pdf.showPage()
    pdf.save()
    assert parse_resume(buffer.getvalue(), "cv.pdf")["basics"]["name"] == "Emma Wilson"


def test_review_quotes_school_years_and_bracketed_remarks_keep_their_meaning() -> None:
    from parsing.structure.dates import find_date_ranges

    # (a closing French quote is no range's separator; "rentrée" is a month only before a year)
    assert [(r.start, r.end) for r in find_date_ranges("Chef de projet « Horizon 2015 » 2012 – 2014")][-1] == (
        "2012",
        "2014",
    )
    assert not find_date_ranges("préparation de la rentrée")
    # (a bracket is one piece only when it holds a place)
    assert [
        (e.get("institution"), e.get("studyType"), e.get("area"))
        for e in parse_education(["MSc Finance (Merit, University of Bath), 2014"])
    ] == [("University of Bath", "MSc", "Finance")]
    # (a field of study below an institute is no campus)
    assert [
        e.get("institution")
        for e in parse_education(["M.Tech, 2016 – 2018", "National Institute of Technology", "Computer Science"])
    ] == ["National Institute of Technology"]


def test_review_a_training_table_is_no_jobs_table() -> None:
    document = WordDocument()
    document.add_paragraph("Tom Reid")
    document.add_paragraph("tom.reid@example.com")
    document.add_paragraph("EDUCATION")
    document.add_paragraph("BSc Economics, University of Leeds, 2011 – 2014")
    document.add_paragraph("TRAINING")
    table = document.add_table(rows=2, cols=3)
    for cell, text in zip(table.rows[0].cells, ("Dates", "Course", "Organisation"), strict=True):
        cell.text = text
    for cell, text in zip(
        table.rows[1].cells, ("2019", "Leadership Essentials", "Chartered Management Institute"), strict=True
    ):
        cell.text = text
    buffer = io.BytesIO()
    document.save(buffer)
    education = parse_resume(buffer.getvalue(), "cv.docx")["education"]
    assert next((e.get("institution"), e.get("startDate"), e.get("endDate")) for e in education) == (
        "University of Leeds",
        "2011",
        "2014",
    )
