"""Education and name patterns of real CVs (texts written for these tests)."""

from __future__ import annotations

from parsing.document import Line
from parsing.structure.contact import find_name
from parsing.structure.education import education_from_entry, parse_education, plausible_institution
from parsing.structure.entries import Entry


def _one(*header: str) -> dict:
    item = education_from_entry(Entry(header=list(header)))
    assert item is not None
    return item


def test_institution_after_from_on_the_degree_line() -> None:
    item = _one("Master of Laws from University of Melbourne")
    assert item["studyType"] == "Master"
    assert item["institution"] == "University of Melbourne"


def test_institution_after_from_without_a_known_degree() -> None:
    item = _one("Diploma in Electronics and Communication Engineering from NIT, Coimbatore, India")
    assert item["institution"] == "NIT"


def test_french_institution_after_a() -> None:
    item = _one("Licence d'économie à l'Université Lumière Lyon 2")
    assert item["institution"] == "Université Lumière Lyon 2"


def test_numbered_university_kept_whole_across_the_dash() -> None:
    item = _one("Master 2 Informatique | Université Toulouse III – Paul Sabatier")
    assert item["institution"] == "Université Toulouse III – Paul Sabatier"


def test_city_after_the_school_is_not_the_institution() -> None:
    item = _one("Bachelor of Engineering, Rao College of Engineering, Pune")
    assert item["institution"] == "Rao College of Engineering"


def test_date_words_grades_and_honours_are_not_institutions() -> None:
    for noise in ("Expected", "Graduation date", "G.P.A. 3.6/4.0", "Summa Cum Laude", "Fall", "76.27"):
        item = education_from_entry(Entry(header=["Bachelor of Arts", noise]))
        assert item is not None
        assert "institution" not in item, noise


def test_certificates_and_training_are_not_institutions() -> None:
    item = education_from_entry(Entry(header=["Progressive certification in Motor Industry"]))
    assert item is None or "institution" not in item


def test_school_without_a_school_word_is_kept() -> None:
    item = _one("MBA", "Narsee Monji")
    assert item["institution"] == "Narsee Monji"


def test_degree_line_read_as_body_after_the_dates() -> None:
    items = parse_education(["Fall 2012 - Spring 2016", "Bachelor of Science, Harlow Institute of Technology, NY"])
    assert items and items[0]["institution"] == "Harlow Institute of Technology"
    assert items[0]["studyType"] == "Bachelor of Science"


def test_plausible_institution() -> None:
    assert plausible_institution("Université de Nantes")
    assert plausible_institution("GGSIPU")
    assert not plausible_institution("of")
    assert not plausible_institution("School")
    assert not plausible_institution("Marietta")


def test_template_banner_is_not_a_name() -> None:
    lines = [Line(t) for t in ("Build My Resume", "Jordan Whitlock", "12 Park Road, Leeds", "jw@example.org")]
    name, index, _ = find_name(lines, [], "en", 10.0, emails=["jw@example.org"])
    assert name == "Jordan Whitlock"
    assert index == 1
