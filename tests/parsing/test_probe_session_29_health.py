"""Faults of the twenty-ninth probing session in health CVs and English-world resumes: a locum doctor's table of
posts under a heading of its own wording, its cells wrapped onto the next lines; a nurse's floor, a teacher's stream,
a hospital's pharmacy or a care service after the title read as the employer; a trust or a public body before the
hospital or school it runs left out; care posts read too weakly as titles. Each test failed before its fix, but the
one that keeps a grid's towns."""

from __future__ import annotations

from typing import Any

from parsing import analyze, parse_resume
from parsing.document import Document, Line
from parsing.structure.experience import parse_experience
from parsing.structure.sections import heading_kind

_COLUMNS = (40.0, 130.0, 270.0, 350.0, 450.0)


def _grid(rows: list[tuple[str, ...]], *, top: float = 200.0) -> list[Line]:
    """Table rows as a PDF sets them: one line per cell, at its column's left edge; rows given as tuples of cells,
    "" for an empty one; a row opening with a period (or the heads) starts 17 points lower, a wrapped line 11."""
    lines: list[Line] = []
    for cells in rows:
        top += 17.0 if "–" in cells[0] or cells[0] == "Période" else 11.0
        lines.extend(
            Line(text, size=8.5, x0=x0, top=top, bold=cells[0] == "Période")
            for text, x0 in zip(cells, _COLUMNS, strict=False)
            if text
        )
    return lines


def _work(lines: list[Line]) -> list[dict[str, Any]]:
    return list(analyze(Document(lines=lines, format="pdf", body_size=8.5))["work"])


def test_a_locum_doctors_heading_heads_the_posts() -> None:
    """ "REMPLACEMENTS, GARDES ET POSTES OCCUPÉS": the jobs of a locum doctor, left in the summary above it."""
    assert heading_kind("REMPLACEMENTS, GARDES ET POSTES OCCUPÉS", 2) == "experience"


def test_a_grids_cells_wrapped_onto_the_next_lines_end_the_cells_above() -> None:
    """A table of posts (period | practice | town | post | terms) whose cells wrap: the practice's name, the post and
    the period's end went on at the next lines, read as lines of their own, and the column heads as an employer."""
    head = [
        Line("Julien Martin", size=16, bold=True, x0=40, top=40),
        Line("julien.martin@exemple.fr – 06 12 34 56 78", size=8.5, x0=40, top=60),
        Line("REMPLACEMENTS, GARDES ET POSTES OCCUPÉS", size=11, bold=True, x0=40, top=180),
    ]
    grid = _grid(
        [
            ("Période", "Structure / cabinet", "Lieu", "Fonction", "Modalités"),
            ("03/2023 – en", "Maison de santé", "Blois (41)", "Médecin généraliste", "Remplacement"),
            ("cours", "pluriprofessionnelle du Val", "", "remplaçant", "régulier"),
            ("05/2021 –", "Cabinet des Drs Morel et", "Vendôme", "Médecin", "Gardes"),
            ("12/2022", "Petit", "", "coordonnateur"),
        ]
    )
    tail = [
        Line("FORMATION", size=11, bold=True, x0=40, top=400),
        Line("2021 – Docteur en médecine, Faculté de médecine de Tours", size=8.5, x0=40, top=420),
    ]
    work = _work(head + grid + tail)
    assert [(w.get("name"), w.get("position"), w.get("startDate"), w.get("endDate")) for w in work] == [
        ("Maison de santé pluriprofessionnelle du Val", "Médecin généraliste remplaçant", "2023-03", None),
        ("Cabinet des Drs Morel et Petit", "Médecin coordonnateur", "2021-05", "2022-12"),
    ]


def test_a_town_under_a_grids_name_stays_its_town() -> None:
    """ "Le Grand Véfour" over "Paris 1er" in the practice's column: the town of the name, not a part of it (kept as
    it was read before the cells were joined)."""
    head = [
        Line("Julie Morel", size=16, bold=True, x0=40, top=40),
        Line("julie.morel@exemple.fr – 06 12 34 56 78", size=8.5, x0=40, top=60),
        Line("PARCOURS", size=11, bold=True, x0=40, top=180),
    ]
    grid = _grid(
        [
            ("Période", "Structure", "Poste", "Notes", "Contrat"),
            ("01.2019 –", "Le Grand Véfour", "Commis", "Garde-manger", "12"),
            ("02.2022", "Paris 1er"),
        ]
    )
    work = _work(head + grid)
    assert [(w.get("name"), w.get("location"), w.get("endDate")) for w in work] == [
        ("Le Grand Véfour", "Paris 1er", "2022-02")
    ]


def _pairs(text: str) -> list[tuple[str | None, str | None]]:
    return [(w.get("position"), w.get("name")) for w in parse_experience(text.split("\n"))]


def test_a_nurses_floor_or_a_teachers_stream_after_the_title_is_no_employer() -> None:
    """ "Registered Nurse, Medical-Surgical", "Term Teacher, French Immersion" over the employer's line: the floor and
    the stream were read as the employer, and the employer's line dropped."""
    assert _pairs(
        "Staff Nurse, Medical-Surgical\nMar 2017 – Jun 2020\nMercy Hospital of Springfield, Springfield, IL\n"
        "• Cared for post-operative patients"
    ) == [("Staff Nurse, Medical-Surgical", "Mercy Hospital of Springfield")]
    assert _pairs(
        "Classroom Teacher, French Immersion\nSeptember 2015 – June 2018\nAnnapolis Valley Centre for Education, "
        "Kentville, NS"
    ) == [("Classroom Teacher, French Immersion", "Annapolis Valley Centre for Education")]


def test_a_hospital_pharmacy_or_a_care_service_after_the_title_is_no_employer() -> None:
    """ "Pharmacie à usage intérieur", "AEMO" after the title's dash, over the hospital's or the association's line."""
    assert _pairs("Pharmacien assistant – Pharmacie à usage intérieur\nmars 2019 – aujourd'hui\nCHU de Rennes") == [
        ("Pharmacien assistant – Pharmacie à usage intérieur", "CHU de Rennes")
    ]
    assert _pairs("Éducatrice spécialisée – AEMO\n2018 – 2022\nADSEA 29, service AEMO de Quimper") == [
        ("Éducatrice spécialisée – AEMO", "ADSEA 29")
    ]


def test_a_trust_or_a_public_body_before_its_site_is_the_employer() -> None:
    """ "Eastern Health, Box Hill Hospital", "CHRU de Lille – Hôpital Salengro", "Department for Education SA, Norwood
    High School": the body that employs, then the hospital or school where one worked; the site alone was read as
    the employer."""
    assert _pairs("Registered Nurse\nMar 2019 – present\nEastern Health, Box Hill Hospital") == [
        ("Registered Nurse", "Eastern Health – Box Hill Hospital")
    ]
    assert _pairs("2010 – 2015\nInfirmier en pneumologie – CHRU de Lille – Hôpital Salengro") == [
        ("Infirmier en pneumologie", "CHRU de Lille – Hôpital Salengro")
    ]
    assert _pairs("Intern\nApril 2015 – March 2016\nNakuru County Government, Naivasha Sub-County Hospital") == [
        ("Intern", "Nakuru County Government – Naivasha Sub-County Hospital")
    ]
    assert _pairs("Jan 2016 – to date: Teacher of Mathematics\nTeachers Service Commission - Kericho High School") == [
        ("Teacher of Mathematics", "Teachers Service Commission – Kericho High School")
    ]


_HEAD = "Jordan Lee\njordan.lee@example.com\n+1 613 555 0100\n\n"


def _positions(text: str) -> list[str | None]:
    return [w.get("position") for w in parse_resume(f"{_HEAD}EXPERIENCE\n{text}".encode(), "cv.txt")["work"]]


def test_a_care_post_named_by_its_last_word_or_its_initials_is_a_title() -> None:
    """ "Registered Practical Nurse", "Foundation Doctor (FY1–FY2)", "Travel RN – CVICU", "AES (accompagnant éducatif
    et social)": titles the rules read too weakly, dropped when the tagger did not back them."""
    assert _positions(
        "Registered Practical Nurse | June 2018 – September 2021\nSunrise Care Homes, Kanata, ON\n"
        "Foundation Doctor (FY1–FY2) | Aug 2016 – Jul 2018\nBristol Royal Infirmary, Bristol\n"
        "Travel RN – CVICU | Jan 2014 – Jun 2016\nAya Healthcare, Dallas, TX\n"
        "AES (accompagnant éducatif et social) | 2010 – 2013\nFoyer de vie Les Tilleuls, Lille"
    ) == [
        "Registered Practical Nurse",
        "Foundation Doctor (FY1–FY2)",
        "Travel RN – CVICU",
        "AES (accompagnant éducatif et social)",
    ]
