"""Faults shown by realistic CVs of students, tech workers, French speakers outside France and senior managers: each
test holds one of them."""

from __future__ import annotations

from parsing import parse_resume


def _jobs(result: dict) -> list[tuple[str | None, str | None, str | None, str | None]]:
    return [(w.get("position"), w.get("name"), w.get("startDate"), w.get("endDate")) for w in result["work"]]


def test_a_dated_career_gap_is_no_job() -> None:
    text = """Priya Sharma
priya.sharma@example.com | +44 7911 123456 | Manchester

WORK EXPERIENCE

Customer Service Advisor, Sky UK – Manchester          Mar 2019 – Present
• Handled 60+ calls a day

Career gap (travelling), 2017 - 2019

Sales Assistant, Boots – Stockport                     Jun 2014 – Dec 2016

Pause professionnelle – 2013
"""
    assert _jobs(parse_resume(text.encode(), "cv.txt")) == [
        ("Customer Service Advisor", "Sky UK", "2019-03", None),
        ("Sales Assistant", "Boots", "2014-06", "2016-12"),
    ]


def test_an_indian_personal_profile_of_labelled_details_is_no_summary() -> None:
    text = """RAHUL VERMA
Email: rahul.verma@example.com
Mobile: +91 98765 43210

CAREER OBJECTIVE
To work in a challenging environment.

WORK EXPERIENCE
Tata Consultancy Services, Pune — Systems Engineer — June 2018 to Present

EDUCATION
B.Tech (Computer Science), VIT University, Vellore, 2014 - 2018

PERSONAL PROFILE
Father's Name : Suresh Verma
Date of Birth : 12/05/1996
Address : 12 MG Road, Indore, Madhya Pradesh
Languages Known : English, Hindi, Marathi
"""
    result = parse_resume(text.encode(), "cv.txt")
    assert result["basics"]["summary"] == "To work in a challenging environment."
    # "B.Tech" is a degree, not a web site; "Languages Known" lists languages.
    assert "url" not in result["basics"]
    assert [language["language"] for language in result["languages"]] == ["English", "Hindi", "Marathi"]
    assert result["meta"]["protected_attributes_found"] == ["date_of_birth"]


def test_a_british_personal_profile_in_prose_stays_the_summary() -> None:
    text = """Emma Clarke
emma.clarke@example.co.uk | 07911 123456

PERSONAL PROFILE
Reliable care assistant with six years in residential homes: personal care, medication rounds, and
end-of-life support. Calm under pressure: trusted by families.

EXPERIENCE
Care Assistant, Oakwood Lodge Care Home, Bath          May 2018 – Present
"""
    result = parse_resume(text.encode(), "cv.txt")
    assert result["basics"]["summary"].startswith("Reliable care assistant with six years")
