"""Faults shown by realistic CVs written as real files in the ninth probing session: each test holds one of them."""

from __future__ import annotations

import io

from docx import Document as WordDocument

from parsing import parse_resume


def _jobs(text: str) -> list[tuple[str | None, str | None, str | None, str | None]]:
    work = parse_resume(text.encode(), "cv.txt")["work"]
    return [(w.get("name"), w.get("position"), w.get("startDate"), w.get("endDate")) for w in work]


def _schools(text: str) -> list[tuple[str | None, str | None]]:
    education = parse_resume(text.encode(), "cv.txt")["education"]
    return [(e.get("institution"), e.get("studyType")) for e in education]


def _word_table(rows: list[tuple[str, str]]) -> bytes:
    """A Word file holding one two-column table, a row per pair."""
    document = WordDocument()
    table = document.add_table(rows=0, cols=2)
    for label, value in rows:
        cells = table.add_row().cells
        cells[0].text = label
        cells[1].text = value
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def test_a_europass_label_alone_in_its_cell_names_the_next_cell() -> None:
    # The 2004 Europass form in Word: each label in the left cell, its value in the right one. The employer's row
    # comes after the duties', which must not be taken for the employer.
    data = _word_table(
        [
            ("PERSONAL INFORMATION", ""),
            ("Name", "Jan Kowalski"),
            ("E-mail", "jan.kowalski@wp.pl"),
            ("WORK EXPERIENCE", ""),
            ("Dates", "03/2019 – present"),
            ("Occupation or position held", "Senior Java Developer"),
            ("Main activities and responsibilities", "Development of banking back-end services; code reviews"),
            ("Name and address of employer", "mBank S.A., Warsaw"),
            ("Type of business or sector", "Banking"),
            ("Dates", "09/2015 – 02/2019"),
            ("Occupation or position held", "Java Developer"),
            ("Main activities and responsibilities", "Maintenance of the billing platform"),
            ("Name and address of employer", "Asseco Poland S.A., Rzeszów"),
            ("Type of business or sector", "IT services"),
        ]
    )
    work = parse_resume(data, "cv.docx")["work"]
    assert [(w.get("name"), w.get("position"), w.get("startDate")) for w in work] == [
        ("mBank S.A", "Senior Java Developer", "2019-03"),
        ("Asseco Poland S.A", "Java Developer", "2015-09"),
    ]


def test_research_and_british_degrees_are_read() -> None:
    text = """Claire Martin
claire.martin@gmail.com

EDUCATION
2018 - 2022 HDR, Université de Lyon
2011 - 2012 Magistère de physique, Université Paris-Saclay
2010 MSci Physics, Imperial College London
2012 MASc Electrical Engineering, University of Toronto
2014 S.M. in Computer Science, Massachusetts Institute of Technology
"""
    assert _schools(text) == [
        ("Université de Lyon", "HDR"),
        ("Université Paris-Saclay", "Magistère"),
        ("Imperial College London", "MSci"),
        ("University of Toronto", "MASc"),
        ("Massachusetts Institute of Technology", "S.M"),
    ]


def test_working_student_is_a_title_not_a_sentence() -> None:
    # "Working …" opens a sentence of duties, but a "Working Student" is the German student job: read as prose, the
    # title was lost and each title below went to the job above it.
    text = """Lukas Becker
lukas.becker@gmail.com

EXPERIENCE
Working Student – Mechanical Design
Bosch GmbH, Stuttgart | 04/2020 – 09/2021
Data Analyst
Siemens AG, Munich | 10/2019 – 03/2020
"""
    assert _jobs(text) == [
        ("Bosch GmbH", "Working Student – Mechanical Design", "2020-04", "2021-09"),
        ("Siemens AG", "Data Analyst", "2019-10", "2020-03"),
    ]
