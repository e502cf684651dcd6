"""Faults read off the twenty-seventh session's probe CVs (teachers): whole sections of jobs or diplomas lost to the
section split or to a section's kind. Each test failed before its fix."""

from __future__ import annotations

from parsing.structure.sections import heading_kind

from .files import text_jobs


def test_a_labelled_item_in_a_jobs_list_opens_no_section() -> None:
    """ "• Projets : classe de découverte à Vassivière" under a job, "Projet : refonte du portail" under another: a
    detail of the job, not a projects section swallowing the jobs below."""
    cv = """Martine DUMAS
martine.dumas23@wanadoo.fr

Expérience professionnelle
2012 – 2024 : Directrice d'école, École publique de Pontarion
• Projets : classe de découverte à Vassivière, correspondance avec une école de Dakar
2005 – 2012 : Adjointe, École élémentaire de Bourganeuf
1994 – 1999 : Secrétaire médicale, Centre hospitalier de Guéret
Diplômes
1993 : Licence d'histoire, Université de Limoges
"""
    assert [job[2:] for job in text_jobs(cv)] == [("2012", "2024"), ("2005", "2012"), ("1994", "1999")]
    cv = """Paul MARTIN
paul.martin@example.fr

Expérience professionnelle
2019 – 2024 : Développeur, Sopra Steria, Toulouse
Projet : refonte du portail client
2015 – 2019 : Développeur, Capgemini, Toulouse
Formation
2015 : Master Informatique, Université Toulouse III
"""
    assert [job[2:] for job in text_jobs(cv)] == [("2019", "2024"), ("2015", "2019")]


def test_competitive_examinations_head_studies_beside_diplomas_and_one_is_no_heading() -> None:
    """ "CONCOURS ET DIPLÔMES" heads a teacher's studies (it had been certificates, the degrees lost);
    "Concours interne de CPE" in bold alone is the first of them, not a heading."""
    assert heading_kind("CONCOURS ET DIPLÔMES", 3) == "education"
    assert heading_kind("Concours interne de CPE", 2) is None
    assert heading_kind("Concours", 0) == "certifications"
    assert heading_kind("PROJET", 1) == "projects"
    assert heading_kind("Projet de fin d'études", 2) is None
