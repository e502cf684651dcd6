"""Faults shown by realistic Word and PDF CVs of everyday trades (a Word table of jobs, an "Employer (Town)" line, a
British college's diplomas, a French feminine or "X de Y" title): each test holds one of them."""

from __future__ import annotations

import io

import docx

from parsing import parse_resume
from parsing.structure.education import find_degree, parse_education
from parsing.structure.entries import column_heads, header_parts
from parsing.structure.experience import header_fields


def _jobs(result: dict) -> list[tuple[str | None, str | None, str | None, str | None]]:
    return [(w.get("position"), w.get("name"), w.get("startDate"), w.get("endDate")) for w in result["work"]]


def _docx_with_job_table(heads: tuple[str, str], rows: list[tuple[str, list[str]]]) -> bytes:
    document = docx.Document()
    document.add_paragraph("Hugo Vasseur")
    document.add_paragraph("hugo.vasseur@example.fr – 06 12 34 56 78")
    document.add_paragraph("EXPÉRIENCE PROFESSIONNELLE")
    table = document.add_table(rows=1, cols=2)
    table.rows[0].cells[0].text, table.rows[0].cells[1].text = heads
    for dates, lines in rows:
        cells = table.add_row().cells
        cells[0].text = dates
        cells[1].text = lines[0]
        for line in lines[1:]:
            cells[1].add_paragraph(line)
    document.add_paragraph("FORMATION")
    document.add_paragraph("2012 : Licence professionnelle Logistique – IUT de Lille")
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def test_the_column_heads_of_a_table_of_jobs_are_no_job() -> None:
    data = _docx_with_job_table(
        ("Dates", "Poste / Entreprise"),
        [
            ("depuis 2021", ["Responsable logistique", "Decathlon, Lompret", "Entrepôt régional de 25 000 m²."]),
            ("2016 – 2021", ["Chef d'équipe logistique", "Transports Duvivier, Seclin", "Encadrement de 12 caristes."]),
            ("2012 – 2016", ["Agent logistique", "Kiabi, Hem", "Réception et contrôle qualité."]),
        ],
    )
    assert _jobs(parse_resume(data, "cv.docx")) == [
        ("Responsable logistique", "Decathlon", "2021", None),
        ("Chef d'équipe logistique", "Transports Duvivier", "2016", "2021"),
        ("Agent logistique", "Kiabi", "2012", "2016"),
    ]
    assert [column_heads(t) for t in ("Dates", "Role / Company", "Année | Diplôme | Établissement")] == [True] * 3
    # A word alone that is no date column, and a title, stay what they are.
    assert [column_heads(t) for t in ("Missions", "Poste", "Responsable logistique", "Company Secretary")] == [
        False
    ] * 4


def test_a_town_in_brackets_or_after_a_legal_form_is_the_place() -> None:
    def fields(*lines: str) -> tuple[str, str, str]:
        return header_fields(header_parts(list(lines)))

    assert fields("Lidl (Montbert)", "Magasinier cariste") == ("Magasinier cariste", "Lidl", "Montbert")
    assert fields("Kwik Fit (Coventry)", "Vehicle Technician") == ("Vehicle Technician", "Kwik Fit", "Coventry")
    assert fields("Auto-Serwis Kowalski (Wrocław, Poland)", "Mechanic's Assistant")[1:] == (
        "Auto-Serwis Kowalski",
        "Wrocław, Poland",
    )
    assert fields("Senior Care Worker", "Green Leaf Care Ltd, Norwich") == (
        "Senior Care Worker",
        "Green Leaf Care Ltd",
        "Norwich",
    )
    # A business line, a group or a department in brackets is part of the employer's name.
    assert fields("Ingénieur d'affaires", "Thales (Défense)")[1] == "Thales (Défense)"
    assert fields("Contrôleur de gestion", "Groupe Casino (LVMH)")[1] == "Groupe Casino (LVMH)"
    assert fields("Comptable", "Acme (Finance)")[1] == "Acme (Finance)"


def test_feminine_and_x_de_y_french_titles_stay_positions() -> None:
    text = """Sophie Martin
sophie.martin@example.fr

EXPÉRIENCES PROFESSIONNELLES

Employée libre-service
Intermarché, Cholet — Mars 2017 – Décembre 2019
- Mise en rayon et inventaires

Agent immobilier
Century 21, Angers — Avril 2019 – aujourd'hui
- Estimation et vente de biens

HÔTEL MERCURE POITIERS CENTRE – Poitiers
2014 – 2018
Second de cuisine
• Organisation de la production
"""
    assert _jobs(parse_resume(text.encode(), "cv.txt")) == [
        ("Employée libre-service", "Intermarché", "2017-03", "2019-12"),
        ("Agent immobilier", "Century 21", "2019-04", None),
        ("Second de cuisine", "HÔTEL MERCURE POITIERS CENTRE", "2014", "2018"),
    ]


def test_vocational_and_fine_arts_diplomas_are_degrees_and_a_high_school_is_named() -> None:
    levels = {
        "BFA Interaction Design": ("licence", 3),
        "MFA Creative Writing": ("master", 5),
        "Level 3 Extended Diploma in Business": ("bac", 0),
        "BTEC National Diploma in Sport": ("bac", 0),
        "NVQ Level 2 Food Production": ("gcse", -1),
        "Advanced Certificate – Craft Electrical": ("deug", 2),
        "Foundation Degree in Early Years": ("deug", 2),
        "Mention complémentaire Employé barman": ("cap", -1),
    }
    found = {text: find_degree(text) for text in levels}
    assert {text: (d.key, d.level) if d else None for text, d in found.items()} == levels
    assert parse_education(
        ["Advanced Certificate – Craft Electrical | 2015", "Cork Training Centre", "Leaving Certificate | 2010"]
    )[0] == {
        "studyType": "Advanced Certificate",
        "area": "Craft Electrical",
        "institution": "Cork Training Centre",
        "endDate": "2015",
        "_level": 2,
    }
    # "Whitchurch High School" is a school's name; "High School Diploma" is a diploma.
    schools = parse_education(
        ["Whitchurch High School | 2007 - 2012", "GCSEs (9) including English and Maths", "High School Diploma, 2004"]
    )
    assert [(e.get("institution"), e.get("studyType")) for e in schools] == [
        ("Whitchurch High School", "GCSEs"),
        (None, "High School Diploma"),
    ]
