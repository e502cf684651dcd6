"""Faults of the twenty-ninth probing session in English-world school CVs and a few French leftovers: a name pasted
family first in capitals, an e-mail address wrapped before its ".com", a post's status dated in brackets read as the
job's start. Each test failed before its fix."""

from __future__ import annotations

from typing import Any

from parsing import parse_resume


def _parse(text: str) -> dict[str, Any]:
    return parse_resume(text.encode(), "cv.txt")


def _jobs(text: str) -> list[tuple[Any, ...]]:
    return [(job.get("position"), job.get("name"), job.get("startDate")) for job in _parse(text)["work"]]


def test_a_name_pasted_family_first_all_in_capitals() -> None:
    """ "ADEYEMI, OLUWASEUN KOLAWOLE" from a form: the family name before the comma, the given names in capitals
    too, was no name at all."""
    text = "ADEYEMI, OLUWASEUN KOLAWOLE\nPhone: 08021234567\nE-mail: seunadeyemi@yahoo.com\nAccountant\n"
    assert _parse(text)["basics"]["name"] == "OLUWASEUN KOLAWOLE ADEYEMI"


def test_an_email_wrapped_before_its_top_level_domain() -> None:
    """ "sophie.renaud.pro@gmail" over ".com": a narrow column cut the address before the dot of its last label."""
    text = "Sophie Renaud\nCONTACT\n06 20 48 15 93\nsophie.renaud.pro@gmail\n.com\nCOMPÉTENCES\n• Animation\n"
    assert _parse(text)["basics"]["email"] == "sophie.renaud.pro@gmail.com"


def test_a_posts_status_dated_in_brackets_is_no_new_start() -> None:
    """ "2010 à aujourd'hui | Hôpital Nord" over "Infirmière (titulaire depuis 2014)": the post became permanent in
    2014, the job began in 2010."""
    text = (
        "DURAND Claire\nInfirmière\nEXPÉRIENCE\n"
        "2010 à aujourd'hui | Hôpital Nord - Service de cardiologie\n"
        "Infirmière (titulaire depuis 2014)\nsoins, accueil des familles\n"
        "2005-2010 Clinique du Parc\nInfirmière\n"
    )
    assert _jobs(text)[0] == ("Infirmière", "Hôpital Nord", "2010")


def test_a_school_term_before_the_year_is_part_of_the_date() -> None:
    """ "Term 2 2017 – present": the school term was read as the employer."""
    text = (
        "Fiona Walsh\nSecondary Teacher\nEMPLOYMENT\nEnglish Teacher\nTerm 2 2017 – present\n"
        "Department for Education, Mount Barker High School\n• Teach Years 8–12 English\n"
    )
    jobs = _jobs(text)
    assert len(jobs) == 1 and jobs[0][2] == "2017" and "Term" not in (jobs[0][1] or "")


def test_dated_roles_held_within_a_job_are_no_jobs() -> None:
    """ "• Year 9 Coordinator 2020–2022", "• Chair, Curriculum Committee (2019–2021)", "• Sales Club 2021 and 2023":
    roles and honours held inside the job above, within its period, became jobs of their own."""
    text = (
        "Sam Porter\nTeacher\nEXPERIENCE\n"
        "Science Teacher | Westfield ISD - Oak Elementary, Dallas, TX | Aug 2018 - Present\n"
        "• Teach science to 5th grade\n• Year 9 Coordinator 2020–2022\n"
        "• Chair, Curriculum Committee (2019–2021)\n• Sales Club 2021 and 2023\n"
        "Teacher Aide | Dallas ISD, Dallas, TX | Aug 2015 - Jun 2018\n"
    )
    assert [job[0] for job in _jobs(text)] == ["Science Teacher", "Teacher Aide"]


def test_a_title_opened_by_an_ordinal_after_a_bullet() -> None:
    """ "3rd Grade Teacher | Aldine ISD | Aug 2016 - Jun 2019" under a bullet: read as the bullet's sentence going on,
    the job lost."""
    text = (
        "Ana Ruiz\nTeacher\nEXPERIENCE\n"
        "5th Grade Teacher | Houston ISD, Houston, TX | Aug 2019 - Present\n"
        "• Taught math and science\n"
        "3rd Grade Teacher | Aldine ISD, Houston, TX | Aug 2016 - Jun 2019\n"
        "• Guided reading\n"
    )
    assert [job[0] for job in _jobs(text)] == ["5th Grade Teacher", "3rd Grade Teacher"]


def test_employers_under_dates_alone_stay_with_their_titles() -> None:
    """Title / dates / employer for every job: each employer's line went to the next job's header."""
    text = (
        "Ben Hart\nTeacher\nEMPLOYMENT\n"
        "Science Teacher\n2019 – present\nSt Peter's College, Adelaide\n• Teach Years 10–12\n"
        "Physics Teacher\n2015 – 2018\nScotch College, Melbourne\n"
        "Relief Teacher\n2014 – 2015\nMelbourne Grammar School, Melbourne\n"
    )
    assert [job[:2] for job in _jobs(text)] == [
        ("Science Teacher", "St Peter's College"),
        ("Physics Teacher", "Scotch College"),
        ("Relief Teacher", "Melbourne Grammar School"),
    ]
