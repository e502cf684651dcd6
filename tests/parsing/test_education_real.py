"""Education and name patterns of real CVs (texts written for these tests)."""

from __future__ import annotations

import pytest

from parsing.document import Line
from parsing.structure import fields
from parsing.structure.contact import find_name
from parsing.structure.education import (
    degree_key,
    education_from_entry,
    parse_education,
    plausible_institution,
    same_school,
    secondary_school,
)
from parsing.structure.entries import Entry
from parsing.structure.refine import Policy, refine


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
    # A credential that names a kind of school is no school.
    assert not plausible_institution("New York State Certified School Counselor (Provisional)")
    assert not plausible_institution("Certificate of University Teaching")
    assert plausible_institution("University of Verona (Italy)")


def test_template_banner_is_not_a_name() -> None:
    lines = [Line(t) for t in ("Build My Resume", "Jordan Whitlock", "12 Park Road, Leeds", "jw@example.org")]
    name, index, _ = find_name(lines, [], "en", 10.0, emails=["jw@example.org"])
    assert name == "Jordan Whitlock"
    assert index == 1


# ---- secondary schools ----------------------------------------------------------------------------------------
def _schools(items: list[dict]) -> list[str | None]:
    return [item.get("institution") for item in items]


def test_secondary_schools_of_a_graduate_are_left_out() -> None:
    items = parse_education(
        [
            "B.Tech in Mechanical Engineering, Harlow Institute of Technology, 2012 - 2016",
            "12th, Greenfield Public School, 2012",
            "10th, CBSE, 2010",
            "Oakridge High School, 2006 - 2010",
        ]
    )
    assert _schools(items) == ["Harlow Institute of Technology"]
    assert [item["studyType"] for item in items] == ["B.Tech"]


def test_secondary_school_kept_without_higher_education() -> None:
    items = parse_education(["High School Diploma, Oakridge High School, 2010"])
    assert _schools(items) == ["Oakridge High School"]


def test_french_baccalaureate_and_post_bac_classes_in_a_lycee_are_kept() -> None:
    items = parse_education(
        [
            "Master Finance, Université de Rennes, 2016 - 2018",
            "BTS Comptabilité, Lycée Jean Jaurès, 2012 - 2014",
            "Classes préparatoires ECS, Lycée Fermat, 2010 - 2012",
            "Baccalauréat ES, Lycée Victor Duruy, 2010",
        ]
    )
    assert _schools(items) == ["Université de Rennes", "Lycée Jean Jaurès", "Lycée Fermat", "Lycée Victor Duruy"]


def test_junior_college_is_not_taken_for_a_secondary_school() -> None:
    assert not secondary_school("Sunrise Junior College")
    assert secondary_school("St. Anne's Convent School")
    assert secondary_school("Maharashtra State Board")
    assert secondary_school("Collège Jean Moulin")
    assert not secondary_school("College of Engineering, Pune")
    assert not secondary_school("Rotterdam Business School")
    assert secondary_school("Apex School", "12th")
    assert not secondary_school("Apex School")


# ---- the school on the degree's own line ----------------------------------------------------------------------
def test_school_right_after_or_before_the_degree() -> None:
    assert _one("M.Tech. Ravenwood Technological University, India")["institution"] == (
        "Ravenwood Technological University"
    )
    item = _one("Hollins College Bachelor of Arts, Roanoke, Virginia")
    assert (item["studyType"], item["institution"]) == ("Bachelor of Arts", "Hollins College")
    item = _one("Licence en droit Université de Lille")
    assert (item["area"], item["institution"]) == ("droit", "Université de Lille")


def test_header_cut_at_a_sentence_end_and_a_wrapped_school_name() -> None:
    assert _one("Master of Signal Processing", "Radio Systems. Ostland University, Germany")["institution"] == (
        "Ostland University"
    )
    assert _one("Postgraduate Diploma in Law, University of", "London, England")["institution"] == (
        "University of London"
    )


def test_degree_and_school_written_in_the_body_make_one_more_entry() -> None:
    items = parse_education(
        [
            "2004 - 2005",
            "Certificate in Radio Presenting, Coastline Media College.",
            "Bachelors in Journalism, Northgate School of Communication.",
        ]
    )
    assert _schools(items) == ["Coastline Media College", "Northgate School of Communication"]


def test_school_line_above_a_block_with_its_dates_at_the_end() -> None:
    items = parse_education(
        ["Halden University", "Ph.D. in Physics", "Brookfield University", "Bachelor of Science", "2010 - 2015"]
    )
    assert "Halden University" in _schools(items)


def test_more_degree_wordings() -> None:
    keys = {
        text: degree_key(text)
        for text in (
            "M.Ed. Reading",
            "Ed.D. Leadership",
            "LL.B (Hons)",
            "B.Ed English",
            "PGDM in Marketing",
            "BTEC HNC in Aviation",
            "bed and breakfast",
        )
    }
    assert keys == {"M.Ed. Reading": "master", "Ed.D. Leadership": "phd", "LL.B (Hons)": "licence",
                    "B.Ed English": "licence", "PGDM in Marketing": "pgdiploma", "BTEC HNC in Aviation": "deug",
                    "bed and breakfast": None}  # fmt: skip


# ---- spans that name no school --------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "text",
    ["UNIVERSITY", "the University", "of North Dakota", "Leaders Institute Cohort (Planned for", "University. Paris",
     "Alumni Association of Fairview University", "Student Council", "Leadership Program"],
)  # fmt: skip
def test_spans_that_name_no_school(text: str) -> None:
    assert not plausible_institution(text)


def test_same_school_ignores_generic_words() -> None:
    assert not same_school("Cornell University", "Carnegie Mellon University")
    assert same_school("The University of Leeds", "Leeds University")


def _tagged(text: str, label: int) -> fields.TaggedLine:
    tokens = fields.tokenize(text)
    return fields.TaggedLine(text, tokens, [label] * len(tokens), [5.0] * len(tokens))


def test_refine_adds_only_plausible_distinct_schools() -> None:
    school = fields.INSTITUTION
    lines = [_tagged("Carnegie Mellon University", school), _tagged("UNIVERSITY", school), _tagged("Faculty", school)]
    _, education = refine(lines, [], [{"institution": "Cornell University"}], schools=Policy(add=True))
    assert _schools(education) == ["Cornell University", "Carnegie Mellon University"]


def test_refine_check_keeps_a_named_school_of_a_degree_entry() -> None:
    lines = [_tagged("nothing here", fields.OUTSIDE)]
    education = [{"studyType": "MBA", "institution": "Narsee Monji"}, {"studyType": "BSc", "institution": "Perth"}]
    _, kept = refine(lines, [], education, schools=Policy(check=True))
    assert kept == [{"studyType": "MBA", "institution": "Narsee Monji"}, {"studyType": "BSc"}]


def test_a_school_known_by_its_acronym_is_the_institution_not_the_field() -> None:
    """ "MBA, INSEAD" names the school; "Licence, LEA" names the field (Langues étrangères appliquées)."""
    from parsing.evaluation.dotin import document_from_text
    from parsing.pipeline import analyze

    text = "\n".join(
        ["Claire MARTIN", "FORMATION", "2018 - 2019", "MBA, INSEAD", "2014 - 2016", "Master en finance, IAE de Paris",
         "2005", "Licence, LEA"]
    )  # fmt: skip
    education = analyze(document_from_text(text), None)["education"]
    assert [(e.get("studyType"), e.get("area"), e.get("institution")) for e in education] == [
        ("MBA", None, "INSEAD"),
        ("Master", "finance", "IAE de Paris"),
        ("Licence", "LEA", None),
    ]


def test_one_school_lexicon_and_one_abbreviation_list_serve_every_reader() -> None:
    """The tagger check in refine reads schools with ``vocab.school_score``: the nursing school must be a school
    there too, not only in education.py; and a stop after "Univ." ends no sentence for work entries either."""
    from parsing.structure import entries, vocab
    from parsing.structure.text import fold

    assert vocab.school_score(fold("IFSI de Nice")) >= 1
    assert {"univ", "inst", "inc", "dr"} <= entries.ABBREVIATIONS


def test_major_line_is_the_field_and_honours_are_not() -> None:
    item = _one("M.Sc. magna cum laude", "Majoring in Computer Science")
    assert item["area"] == "Computer Science"
    assert "institution" not in item
    item = _one("Ph.D. candidate in Computer Science", "Université Lyon 1")
    assert item["area"] == "Computer Science"
    assert item["institution"] == "Université Lyon 1"
    assert "area" not in _one("BA (Hons) with distinction")


@pytest.mark.parametrize(
    ("header", "area"),
    [
        (["BA in English Literature summa cum laude", "Imperial College", "GPA 3.8"], "English Literature"),
        (["BSc Honours Computer Science, University of Leeds"], "Computer Science"),
        (["BSc (Hons) in Physics"], "Physics"),
        (["B.A. Degree in Law with Distinction", "Baghdad University"], "Law"),
    ],
)
def test_honours_are_cut_from_the_field(header: list[str], area: str) -> None:
    assert _one(*header)["area"] == area


def test_a_school_word_alone_is_no_institution() -> None:
    item = education_from_entry(Entry(header=["UNIVERSITY", "LAWYER"]))
    assert item is None or "institution" not in item


@pytest.mark.parametrize(
    ("lines", "expected"),
    [
        (
            ["Harvard University, Cambridge, MA", "Master of Public Policy, May 2015"],
            ("Master", "Public Policy", "Harvard University"),
        ),
        (
            ["B.Tech in Computer Science", "JNTU Hyderabad", "2010 - 2014"],
            ("B.Tech", "Computer Science", "JNTU Hyderabad"),
        ),
        (
            ["Post Graduate Diploma in Management", "IIM Ahmedabad", "2012 - 2014"],
            ("Post Graduate Diploma", "Management", "IIM Ahmedabad"),
        ),
        (
            ["Associate of Applied Science: Nursing", "Springfield Community College, Springfield, IL", "2009"],
            ("Associate of Applied Science", "Nursing", "Springfield Community College"),
        ),
        (["GED", "2003"], ("GED", None, None)),
    ],
)
def test_state_codes_campus_acronyms_and_associate_degrees(lines: list[str], expected: tuple) -> None:
    items = parse_education(lines)
    assert [(e.get("studyType"), e.get("area"), e.get("institution")) for e in items] == [expected]


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("Boston, MA", None),
        ("Orono, ME 04469", None),
        ("MA in English", "master"),
        ("MBA, Boston, MA", "mba"),
        ("GED", "bac"),
    ],
)
def test_a_state_code_after_a_city_is_no_degree(text: str, key: str | None) -> None:
    assert degree_key(text) == key
