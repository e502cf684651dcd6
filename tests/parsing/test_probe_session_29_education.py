"""Faults of the twenty-ninth probing session on the education section: the school-leaving certificates of other
countries, a university's school named beside the university, … Each test holds one of them."""

from __future__ import annotations

from typing import Any

from parsing import parse_resume
from parsing.structure.education import parse_education
from parsing.structure.sections import heading_kind

HEAD = "Grace Wanjiku\ngrace.wanjiku@example.com\n+254 712 000 111\n\n"


def _resume(text: str) -> dict[str, Any]:
    return parse_resume((HEAD + text).encode(), "cv.txt")


def _studies(text: str) -> list[tuple[str | None, str | None, str | None]]:
    return [(e.get("studyType"), e.get("area"), e.get("institution")) for e in _resume(text)["education"]]


def test_school_leaving_certificates_of_africa_and_singapore() -> None:
    """ "KCSE (Mean Grade B)", "SSCE (WAEC)", "National Senior Certificate", "GCE 'O' Level" were no diplomas; under a
    degree, the secondary schools they were taken at were dropped as a graduate's high school, though their grades are
    what these countries' recruiters read."""
    text = """EDUCATION
Bachelor of Commerce (Accounting) | 2012 – 2016
Egerton University
KCSE (Mean Grade B) | 2008 – 2011
Nakuru High School
KCPE | 2007
Kapkenda Primary School
"""
    assert _studies(text) == [
        ("Bachelor of Commerce", "Accounting", "Egerton University"),
        ("KCSE", "Mean Grade B", "Nakuru High School"),
        ("KCPE", None, "Kapkenda Primary School"),
    ]
    for certificate in (
        "SSCE (WAEC)",
        "Senior School Certificate Examination",
        "West African School Certificate",
        "First School Leaving Certificate",
        "National Senior Certificate (Matric)",
        "Kenya Certificate of Secondary Education",
        "GCE 'O' Level",
        "GCE 'A' Level",
    ):
        studies = _studies(
            f"EDUCATION\nBSc Mathematics | 2010 – 2013\nUniversity of Lagos\n{certificate} | 2009\n"
            "Kings Grammar School\n"
        )
        assert studies[1][2] == "Kings Grammar School", certificate
        assert studies[1][0] is not None and studies[1][0] in certificate, certificate


def test_nigerian_heading_with_dates() -> None:
    """ "INSTITUTIONS ATTENDED WITH DATES & CERTIFICATES OBTAINED", the Nigerian civil service's wording of the studies'
    heading, was no heading: the studies were read into the summary."""
    assert heading_kind("INSTITUTIONS ATTENDED WITH DATES & CERTIFICATES OBTAINED") == "education"
    assert heading_kind("Educational Qualifications with Dates") == "education"


def test_bracket_closed_on_its_own_line_is_no_heading() -> None:
    """ "Teaching)", the end of "Bachelor of Education (Foundation Phase" wrapped, was read as a teaching heading: the
    university and the entries below it left the studies."""
    assert heading_kind("Teaching)", 3) is None


def test_certificate_named_after_the_schools_is_no_school() -> None:
    """ "West African Senior School Certificate (WASSCE)": the tagger's "Senior School" inside the certificate's name
    made an entry of its own."""
    text = """EDUCATIONAL BACKGROUND
2010 – 2014 B.Sc. Mathematics
Ahmadu Bello University, Zaria
2004 – 2010 West African Senior School Certificate (WASSCE)
Queen Amina College, Kaduna
"""
    assert [institution for _, _, institution in _studies(text)] == ["Ahmadu Bello University", "Queen Amina College"]


def test_university_kept_over_its_school() -> None:
    """ "Loyola University Chicago, Chicago, IL — Marcella Niehoff School of Nursing": the university's school was
    taken for the institution (and the tagger added the university as an entry of its own)."""
    assert parse_education(
        [
            "Bachelor of Science in Nursing (BSN) | 2018",
            "Loyola University Chicago, Chicago, IL — Marcella Niehoff School of Nursing",
            "M.Ed. Secondary Education | 2014",
            "Boston College, Chestnut Hill, MA — Lynch School of Education",
            "B.B.A. Marketing | 2012",
            "Georgia State University, Atlanta, GA — J. Mack Robinson College of Business",
        ]
    ) == [
        {"studyType": "Bachelor of Science", "area": "Nursing", "institution": "Loyola University Chicago",
         "endDate": "2018", "_level": 3},
        {"studyType": "M.Ed", "area": "Secondary Education", "institution": "Boston College", "endDate": "2014",
         "_level": 5},
        {"studyType": "B.B.A", "area": "Marketing", "institution": "Georgia State University", "endDate": "2012",
         "_level": 3},
    ]  # fmt: skip


def test_master_of_pharmacy_then_its_initials_and_field() -> None:
    """ "Master of Pharmacy (MPharm) Clinical Pharmacy": "Master" alone was the degree and "Pharmacy" its field."""
    assert parse_education(["Master of Pharmacy (MPharm) Clinical Pharmacy | 2013 – 2015", "University of Jos"]) == [
        {"studyType": "Master of Pharmacy", "area": "Clinical Pharmacy", "institution": "University of Jos",
         "startDate": "2013", "endDate": "2015", "_level": 5},
    ]  # fmt: skip


def test_universitys_school_named_after_it_is_no_entry_of_its_own() -> None:
    """With the university as the institution, the tagger's span of its school on the same line ("Niehoff School of
    Nursing") made an entry of its own."""
    text = """EDUCATION
Bachelor of Science in Nursing (BSN) | 2018
Loyola University Chicago, Chicago, IL — Marcella Niehoff School of Nursing · Cum Laude
"""
    assert [institution for _, _, institution in _studies(text)] == ["Loyola University Chicago"]


def test_french_health_and_trade_diplomas() -> None:
    """The health executive's diploma, the care assistant's certificate before 2007 (CAFAS), the speech therapist's
    certificate (not the grade in its brackets), a mention complémentaire by its initials, a brevet professionnel taken
    "par le GRETA", and a university diploma's title in inclusive writing ("Infirmier(e) référent(e)") were misread."""
    cases = [
        (["Diplôme de cadre de santé — IFCS de Bordeaux", "(2016 – 2017)"],
         ("Diplôme de cadre de santé", None, "IFCS de Bordeaux")),
        (["2003 CAFAS (Certificat d'aptitude aux fonctions d'aide-soignant)", "IFAS de la Croix-Rouge de Reims"],
         ("CAFAS", None, "IFAS de la Croix-Rouge de Reims")),
        (["Certificat de capacité d'orthophoniste (grade Master) | 2019", "Université de Nantes"],
         ("Certificat de capacité d'orthophoniste", None, "Université de Nantes")),
        (["MC Pâtisserie glacerie chocolaterie | 2012", "Lycée Paul Augier, Nice"],
         ("MC", "Pâtisserie glacerie chocolaterie", "Lycée Paul Augier")),
        (["2019 : BP Coiffure par le GRETA Lyon Métropole (cours du soir)"],
         ("BP", "Coiffure", "GRETA Lyon Métropole")),
        (["2016 DU Infirmier(e) référent(e) et coordinateur(trice) en EHPAD", "Université de Lorraine"],
         ("DU", "Infirmier(e) référent(e) et coordinateur(trice) en EHPAD", "Université de Lorraine")),
    ]  # fmt: skip
    for texts, expected in cases:
        items = parse_education(texts)
        assert [(e.get("studyType"), e.get("area"), e.get("institution")) for e in items] == [expected], texts


def test_training_path_heading_and_the_grade_a_diploma_confers() -> None:
    """ "PARCOURS DE FORMATION" was no heading; and "grade" / "Master, École d'IADE", the grade a state diploma
    confers wrapped onto the next line, made a master's degree of its own."""
    text = """Parcours de formation
2014 – 2016 : Diplôme d'État d'infirmier anesthésiste – grade
Master, École d'IADE de Marseille
2006 – 2009 : Diplôme d'État d'infirmier, IFSI de la Croix-Rouge française, Marseille
"""
    assert heading_kind("PARCOURS DE FORMATION") == "education"
    assert [(degree, institution) for degree, _, institution in _studies(text)] == [
        ("Diplôme d'État", "École d'IADE de Marseille"),
        ("Diplôme d'État", "IFSI de la Croix-Rouge française"),
    ]
