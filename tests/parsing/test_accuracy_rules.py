"""Rules added to read real CVs better (issue 3). Every text here is written for these tests."""

from __future__ import annotations

import numpy as np
import pytest

from parsing.document import Line
from parsing.structure import fields
from parsing.structure.contact import find_headline
from parsing.structure.dates import find_date_ranges
from parsing.structure.experience import parse_experience, plausible_value, prose_jobs
from parsing.structure.refine import POLICIES, Policy, refine


def _pairs(lines: list[str]) -> list[tuple[str | None, str | None]]:
    return [(w.get("position"), w.get("name")) for w in parse_experience(lines)]


# The headline under the name must read as a job title.


@pytest.mark.parametrize(
    "under_name",
    [
        ["42 Orchard Lane", "Springfield, IL 62704"],
        ["Address"],
        ["www.example-portfolio.com"],
        ["LinkedIn: linkedin.com/in/someone"],
        ["June 2015"],
        ["CURRICULUM VITAE"],
        ["Hometown, KS 66202"],
    ],
)
def test_contact_lines_under_the_name_are_not_a_headline(under_name):
    lines = [Line("Robin Example"), *(Line(t) for t in under_name), Line("Experience")]
    assert find_headline(lines, 0, set()) == ""


def test_headline_after_contact_lines_and_not_an_organisation():
    lines = [Line("Robin Example"), Line("42 Orchard Lane"), Line("robin@example.org"), Line("Senior Data Analyst")]
    assert find_headline(lines, 0, set()) == "Senior Data Analyst"
    assert find_headline([Line("Robin Example"), Line("Globex Systems")], 0, set()) == ""


# "Company, Place" headers, generic words.


def test_company_comma_unknown_place_then_nested_positions():
    lines = [
        "NORTHWIND STORE, Sometown",
        "2001 to Present",
        "Office Manager, 2007 to present",
        "• Coordinated all office functions.",
    ]
    work = parse_experience(lines)
    assert work[0]["name"] == "NORTHWIND STORE"
    assert work[0]["location"] == "Sometown"


def test_position_comma_company_keeps_the_company():
    assert _pairs(["Software Engineer, Initech", "2015 - 2018", "• Built things."]) == [
        ("Software Engineer", "Initech")
    ]


@pytest.mark.parametrize("value", ["Company", "Position", "Period", "Corporation", "the", "P", "Ltd", "Open"])
def test_generic_words_are_never_an_employer(value):
    assert plausible_value(value, employer=True) == ""


def test_generic_words_do_not_reject_real_names():
    assert plausible_value("Open Systems Group", employer=True) == "Open Systems Group"
    assert plausible_value("Acme Company", employer=True) == "Acme Company"


# Dates.


@pytest.mark.parametrize(
    "text, start, end, current",
    [
        ("09/14-Present", "2014-09", None, True),
        ("05/13-08/14", "2013-05", "2014-08", False),
        ("8/07 to 12/09", "2007-08", "2009-12", False),
        ("12/99 - 03/01", "1999-12", "2001-03", False),
    ],
)
def test_month_and_two_digit_year_ranges(text, start, end, current):
    found = find_date_ranges(text)
    assert len(found) == 1
    assert (found[0].start, found[0].end, found[0].current) == (start, end, current)


@pytest.mark.parametrize("text", ["24/7 support", "open 7/7", "ratio 3/4 - 1/2"])
def test_fractions_are_not_short_date_ranges(text):
    assert find_date_ranges(text) == []


def test_two_line_header_with_short_date_range():
    lines = ["Lead Android Engineer,", "Northwind Dating", "09/14-Present", "• Built the app."]
    work = parse_experience(lines)
    assert (work[0].get("position"), work[0].get("name")) == ("Lead Android Engineer", "Northwind Dating")
    assert work[0]["startDate"] == "2014-09" and "endDate" not in work[0]


def test_bullet_sentence_with_a_date_is_not_a_header():
    lines = [
        "Support Engineer",
        "Globex - Springfield -",
        "January 2016 to Present",
        "• Experience in Hyperion products and scripting. (September 2017 onwards)",
    ]
    names = [w.get("name", "") for w in parse_experience(lines)]
    assert not any("Hyperion" in name or "onwards" in name for name in names)
    # A bullet that is an entry's header, abbreviation and all, still is one.
    assert _pairs(["• Software Engineer, Initech Inc. (2019 - 2021)", "• Wrote code."])[0][0] == "Software Engineer"


# Jobs stated in sentences.


def test_prose_jobs():
    found = prose_jobs(
        [
            "Currently working as Senior Software Engineer at Initech Solutions.",
            "He has also worked with Globex Corporation Ltd. as Team Lead from March 2013 to April 2013.",
            "Worked with faculty, staff, and students on services.",
            "To work as an Art Editor in a large magazine.",
            "Served as Teacher Assistant for Grades 2 and 3 at a school.",
            "Working as software engineer with Umbrella client in Hooli.",
        ]
    )
    assert found == [
        {"name": "Initech Solutions", "position": "Senior Software Engineer"},
        {"name": "Globex Corporation Ltd", "position": "Team Lead", "startDate": "2013-03", "endDate": "2013-04"},
    ]


def test_prose_job_completes_a_nameless_entry_in_analysis():
    from parsing.structure.analyze import _with_prose_jobs

    work = [{"position": "Escalation Engineer", "startDate": "2019-01"}]
    merged = _with_prose_jobs(work, [{"name": "Initech", "position": "Escalation Engineer"}])
    assert merged == [{"position": "Escalation Engineer", "startDate": "2019-01", "name": "Initech"}]


# Combining the tagger with the rules.


def _tagged(text: str, labels: list[int], margin: float = 5.0) -> fields.TaggedLine:
    tokens = fields.tokenize(text)
    assert len(tokens) == len(labels)
    return fields.TaggedLine(text, tokens, labels, [margin] * len(labels))


def test_client_lines_give_no_employer():
    E, N = fields.EMPLOYER, fields.OUTSIDE
    lines = [_tagged("Client : Globex Corporation", [N, N, E, E]), _tagged("Initech", [E])]
    work, _ = refine(lines, [], [], **POLICIES)
    assert [w.get("name") for w in work] == ["Initech"]


def test_check_keeps_school_and_title_wordings_the_tagger_missed():
    lines = [_tagged("nothing tagged here", [fields.OUTSIDE] * 3)]
    education = [{"institution": "Northfield Community College"}, {"institution": "Sometown", "studyType": "BSc"}]
    _, kept = refine(lines, [], education, schools=Policy(check=True))
    assert kept == [{"institution": "Northfield Community College"}, {"studyType": "BSc"}]
    work = [{"position": "Senior Software Engineer", "name": "Initech"}, {"position": "Northwind", "name": "Globex"}]
    kept_work, _ = refine(lines, work, [], positions=Policy(check=True))
    assert kept_work == [{"position": "Senior Software Engineer", "name": "Initech"}, {"name": "Globex"}]


def test_decoding_does_not_cut_a_span_on_one_weak_token_nor_start_one_on_a_stray_token():
    outside, employer = fields.OUTSIDE, fields.EMPLOYER

    def row(label: int, score: float) -> list[float]:
        values = [0.0] * len(fields.LABELS)
        values[label] = score
        return values

    # One span with a weak token inside; a weak stray token between two strong ones; one label throughout.
    line_one = [row(employer, 3.0), row(employer, 3.0), row(outside, 0.4), row(employer, 3.0)]
    line_two = [row(outside, 3.0), row(employer, 0.4), row(outside, 3.0)]
    line_three = [row(outside, 1.0), row(outside, 1.0)]
    scores = np.asarray([*line_one, *line_two, *line_three], dtype=np.float32)
    best = scores.argmax(axis=1)
    smoothed = fields._smooth(scores, best, [4, 3, 2], 1.5)
    assert smoothed.tolist() == [employer] * 4 + [outside] * 5
    # Without the penalty, each token keeps its own best label.
    assert fields._smooth(scores, best, [4, 3, 2], 0.0).tolist() == best.tolist()
