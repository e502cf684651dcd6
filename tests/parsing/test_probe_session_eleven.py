"""Faults shown by realistic CVs written as real files in the eleventh probing session: each test holds one of them."""

from __future__ import annotations

from parsing import parse_resume

from .files import text_jobs as _jobs


def _name(text: str) -> str | None:
    return parse_resume(text.encode(), "cv.txt")["basics"].get("name")


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
