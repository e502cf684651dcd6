"""Faults of the twenty-fifth probing session on studies (teaching, banking and insurance, building, energy,
farming, law): degrees set in bold over their school and dates, the teachers' competitive examinations with no
school, the classes préparatoires' tracks, a grande école's diploma named after it, German and Danish degrees, a term
abroad and a school's former name under the entry. Each test holds one of them."""

from __future__ import annotations

from parsing import analyze, parse_resume
from parsing.document import Document, Line
from parsing.structure.education import find_degree

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
