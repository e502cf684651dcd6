"""Faults read off the twenty-seventh session's probe CVs (teachers): whole sections of jobs or diplomas lost to the
section split or to a section's kind. Each test failed before its fix."""

from __future__ import annotations

from parsing import analyze
from parsing.document import Document, Line
from parsing.structure.analyze import prepare
from parsing.structure.sections import heading_kind

from .files import text_jobs


def _kinds(document: Document) -> list[tuple[str, str]]:
    _lines, sections = prepare(document)
    return [(section.kind, section.heading) for section in sections]


def _rows(rows: list[tuple[str, float, float]]) -> Document:
    """A one-column PDF's lines in one block: (text, size, top), all at the same left edge."""
    return Document([Line(text, size=size, x0=57.0, top=top) for text, size, top in rows], "pdf", body_size=10.0)


def test_a_heading_in_capitals_with_a_bracketed_remark_opens_its_section() -> None:
    """ "EXPÉRIENCES D'ENSEIGNEMENT (contractuel, Académie de Versailles)" in the body's type: the heading is the part
    before the remark; every job had stayed in the header."""
    document = _rows(
        [
            ("Nicolas BERTIN", 16, 60),
            ("nicolas.bertin95@gmail.com", 9.5, 80),
            ("EXPÉRIENCES D'ENSEIGNEMENT (contractuel, Académie de Versailles)", 10, 110),
            ("2023 – 2024 : Professeur contractuel de technologie, Collège Jules Verne, Osny", 10, 126),
            ("2022 – 2023 : Professeur contractuel de mathématiques, Collège Marcel Pagnol, Montigny", 10, 142),
            ("FORMATION", 10, 170),
            ("2017 : BTS Maintenance des systèmes, Lycée Jean Perrin, Saint-Ouen-l'Aumône", 10, 186),
        ]
    )
    assert _kinds(document)[1:] == [("experience", "EXPÉRIENCES D'ENSEIGNEMENT"), ("education", "FORMATION")]


def test_a_heading_in_the_body_type_set_apart_as_the_known_headings_are_opens_a_section() -> None:
    """ "Expérience dans l'enseignement", "Expérience en cabinet" in the body's type (the CV's headings are coloured):
    set at the left edge and with the space above them of "Diplômes" and "Langues", they are headings; a line in
    the same words at the usual spacing stays in its job."""
    document = _rows(
        [
            ("Karim HADDAD", 20, 60),
            ("karim.haddad@icloud.com", 9.5, 80),
            ("Expérience dans l'enseignement", 10, 110),
            ("Lycée Roosevelt, Reims | 2014 – 2016", 10, 126),
            ("Professeur contractuel d'économie-gestion", 10, 140),
            ("Formation des nouveaux collègues", 10, 154),
            ("Expérience en cabinet", 10, 180),
            ("KPMG, Reims | 2006 – 2008", 10, 196),
            ("Assistant comptable", 10, 210),
            ("Diplômes", 10, 236),
            ("Licence AES | 2004", 10, 252),
            ("Université de Reims Champagne-Ardenne", 10, 266),
            ("Langues", 10, 292),
            ("Arabe (bilingue), anglais (B2)", 10, 308),
        ]
    )
    assert [kind for kind, _ in _kinds(document)] == ["header", "experience", "experience", "education", "languages"]
    assert [(w.get("name"), w.get("position")) for w in analyze(document, None)["work"]] == [
        ("Lycée Roosevelt", "Professeur contractuel d'économie-gestion"),
        ("KPMG", "Assistant comptable"),
    ]


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


def _teaching(entries: list[tuple[str, float]]) -> Document:
    rows = [("Thomas Vasseur", 20.0), ("thomas.vasseur@gmail.com", 9.5), ("ENSEIGNEMENT", 11.0), *entries]
    rows += [("FORMATION", 11.0), ("Master d'interprétation – piano", 10.0), ("CNSMD de Lyon | 2014", 10.0)]
    rows += [("LANGUES", 11.0), ("Anglais courant", 10.0)]
    return Document([Line(text, size=size) for text, size in rows], "pdf", body_size=10.0)


def test_a_teachers_teaching_section_lists_jobs_and_an_academics_lists_courses() -> None:
    """ "ENSEIGNEMENT" over a title and "Employer | depuis 2019": a teacher's posts (they had been lost as "other");
    over courses, an academic's teaching stays "other"."""
    document = _teaching(
        [
            ("Professeur de piano et de formation musicale", 10.0),
            ("Conservatoire à rayonnement départemental de Montauban | Sept. 2017 - Juin 2019", 10.0),
            ("• Classe de 22 élèves", 10.0),
            ("Professeur de piano", 10.0),
            ("École de musique intercommunale du Frontonnais | 2014 - 2017", 10.0),
        ]
    )
    assert _kinds(document)[1] == ("experience", "ENSEIGNEMENT")
    assert [w.get("position") for w in analyze(document, None)["work"]] == [
        "Professeur de piano et de formation musicale",
        "Professeur de piano",
    ]
    document = _teaching(
        [
            ("2019 – 2022 : Droit administratif général (L2), 36 h de TD", 10.0),
            ("2021 – 2023 : Contentieux administratif (L3), 24 h de TD", 10.0),
        ]
    )
    assert _kinds(document)[1] == ("other", "ENSEIGNEMENT")


def test_a_section_of_dated_works_under_a_heading_of_unknown_words_is_no_work_history() -> None:
    """ "ACTIVITÉ ARTISTIQUE" set as the headings are, over a duo's concerts and a recording dated in brackets: no
    job's title is named, the section stays "other" (it had become the experience)."""
    rows = [
        ("Thomas Vasseur", 20.0),
        ("thomas.vasseur@gmail.com", 9.5),
        ("EXPÉRIENCE", 11.0),
        ("Pianiste accompagnateur vacataire", 10.0),
        ("Théâtre du Capitole | 2016 - 2018", 10.0),
        ("FORMATION", 11.0),
        ("Master d'interprétation – piano", 10.0),
        ("CNSMD de Lyon | 2014", 10.0),
        ("ACTIVITÉ ARTISTIQUE", 11.0),
        ("• Duo Vasseur-Ortiz (violoncelle et piano) : concerts en Occitanie", 10.0),
        ("(off, 2021)", 10.0),
        ("• Enregistrement « Fauré – Nocturnes » (label Hérisson, 2020)", 10.0),
    ]
    document = Document([Line(text, size=size) for text, size in rows], "pdf", body_size=10.0)
    assert _kinds(document)[-1] == ("other", "ACTIVITÉ ARTISTIQUE")
