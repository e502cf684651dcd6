"""Faults shown by realistic CVs written as real files in the sixteenth probing session (hospitality, software
developers, German-speaking applicants, the French public sector, construction, pharma, students): each test holds
one of them."""

from __future__ import annotations

from parsing import parse_resume

from .files import text_jobs as _jobs


def test_a_british_mobile_grouped_as_the_british_write_it_stays_british() -> None:
    # "07700 900…" is a range the library holds for unallocated; after the trunk 0 its digits make a valid Indian
    # number, which a CV from London does not mean.
    for number in ("07700 900123", "07700 900 123"):
        text = f"John Smith\njohn.smith@example.co.uk\n{number}\nLondon\n\nExperience\n2019 – 2021 Analyst, Tesco\n"
        assert parse_resume(text.encode(), "cv.txt")["basics"]["phone"] == "+447700900123"


def test_a_highlights_label_in_capitals_under_a_job_does_not_end_the_experience() -> None:
    # "FAITS MARQUANTS" set like the CV's headings, under a job, with the next job's dated header after its bullets.
    text = """Paul Martin
paul@example.com

EXPÉRIENCES PROFESSIONNELLES
2019 – 2023 Directeur commercial – Saint-Gobain, Paris
FAITS MARQUANTS
• Croissance du chiffre d'affaires de 25 %
• Recrutement de 12 commerciaux
2015 – 2019 Responsable grands comptes – Legrand, Limoges
• Portefeuille de 40 comptes

KEY ACHIEVEMENTS
• Grew the western region by 30 %

FORMATION
2013 Master Management, IAE de Lyon
"""
    assert [job[:2] for job in _jobs(text)] == [
        ("Saint-Gobain", "Directeur commercial"),
        ("Legrand", "Responsable grands comptes"),
    ]
