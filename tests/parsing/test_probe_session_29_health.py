"""Faults of the twenty-ninth probing session in health CVs and English-world resumes: a locum doctor's table of
posts under a heading of its own wording, its cells wrapped onto the next lines. Each test failed before its fix."""

from __future__ import annotations

from typing import Any

from parsing import analyze
from parsing.document import Document, Line
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
