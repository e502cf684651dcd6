"""Faults of the twenty-eighth probing session on English IT CVs from India, the US and the Gulf: the projects done for
clients listed after the jobs, firms named in passing in a sentence, CVs flattened into a few long lines, a promotion
over its employer's line, jobs lost to a bulleted label or a remark after their dates, spoken languages in a skills
table, and degrees written by their initials or with their field after a comma. Each test holds one of them."""

from __future__ import annotations

from typing import Any

from parsing import parse_resume
from parsing.structure.education import parse_education

HEAD = "Ravi Kumar\nravi.kumar@example.com\n+91 98450 12345\n\n"


def _parse(text: str) -> dict[str, Any]:
    return parse_resume((HEAD + text).encode(), "cv.txt")


def _jobs(text: str) -> list[tuple[str | None, str | None, str | None, str | None]]:
    return [
        (item.get("name"), item.get("position"), item.get("startDate"), item.get("endDate"))
        for item in _parse(text)["work"]
    ]


def _studies(lines: list[str]) -> list[tuple[str | None, str | None, str | None]]:
    return [(item.get("studyType"), item.get("area"), item.get("institution")) for item in parse_education(lines)]


def test_projects_for_clients_listed_after_the_jobs_are_no_jobs():
    """A second experience section of "Client: … | dates" entries, each within the time at an employer listed above
    it: the projects of those jobs. Each made a job of its own with no employer."""
    text = """EMPLOYMENT HISTORY
Technical Architect, Cognizant Technology Solutions, Teaneck, NJ — Sep 2015 – Present
Software Engineer, Satyam Computer Services Ltd., Hyderabad, India — Jun 2006 – Aug 2015

PROFESSIONAL EXPERIENCE
Client: Prudential Financial, Newark, NJ | Oct 2019 – Present
Role: Cloud Architect
• Defined the target architecture for moving 40+ policy services to AWS EKS.
Client: Johnson & Johnson, New Brunswick, NJ | Sep 2015 – Sep 2019
Role: Technical Architect
• Architected a Spring Boot / Angular portal used by 3,000 regulatory users.
Client: Merrill Lynch (offshore – Hyderabad) | Jun 2006 – Dec 2009
Role: Software Engineer
• Developed JSP/Servlet screens and PL/SQL packages.

EDUCATION
Master of Computer Applications (MCA), Andhra University, 2006
"""
    assert [job[:3] for job in _jobs(text)] == [
        ("Cognizant Technology Solutions", "Technical Architect", "2015-09"),
        ("Satyam Computer Services Ltd", "Software Engineer", "2006-06"),
    ]


def test_client_missions_outside_the_jobs_stay_jobs():
    """The same listing whose entries fall outside every job's time: a freelance's contracts, still jobs."""
    text = """EMPLOYMENT HISTORY
Software Engineer, Satyam Computer Services Ltd., Hyderabad, India — Jun 2006 – Aug 2012

CONSULTING ASSIGNMENTS
Client: Prudential Financial, Newark, NJ | Oct 2015 – Present
Role: Cloud Architect
Client: Johnson & Johnson, New Brunswick, NJ | Sep 2012 – Sep 2015
Role: Technical Architect
"""
    assert len(_jobs(text)) == 3


def test_firms_named_in_passing_in_a_sentence_are_no_jobs():
    """An authority one is registered with, the technologies of an objective, a duty's client: each was added as a
    job with an employer and nothing else."""
    text = """CAREER OBJECTIVE
Seeking a challenging position in a reputed organisation where I can apply my expertise in Microsoft technologies.

CAREER SUMMARY
• B.Tech Civil Engineer with 12 years of experience in high-rise residential projects in Qatar and India.
• Registered with MME (Ministry of Municipality) Qatar as Civil Engineer – Grade B.

EMPLOYMENT RECORD
Qatar Building Company W.L.L. – Doha, Qatar
Project Engineer | Feb 2019 – Present
• MEP electrical works for Cleveland Clinic Abu Dhabi and Dubai Mall extension.
"""
    assert [job[0] for job in _jobs(text)] == ["Qatar Building Company W.L.L"]


FLAT = (
    "AMOL DESHPANDE Email: amol.deshpande@example.com Mobile: 9822012345\n"
    "CAREER OBJECTIVE To pursue a challenging career in Software Quality Assurance where I can use my skills in "
    "automation testing and contribute to the success of the organisation. PROFESSIONAL SUMMARY • 8 years of "
    "experience in manual and automation testing (Selenium WebDriver, Java, TestNG, Cucumber). • ISTQB Foundation "
    "Level certified.\n"
    "WORK EXPERIENCE Company: Persistent Systems Ltd., Pune Designation: Senior QA Engineer Duration: Mar 2019 to "
    "till date Company: Zensar Technologies Ltd., Pune Designation: QA Engineer Duration: Jul 2016 to Feb 2019\n"
    "EDUCATION B.E. (Computer Engineering) from Pune University with 68% (2015).\n"
    "PERSONAL DETAILS Date of Birth: 17/11/1993 Marital Status: Single Languages Known: English, Marathi, Hindi "
    "Notice Period: 60 days\n"
)


def test_a_flattened_cv_is_read_section_by_section():
    """A CV whose sections run together on a few long lines, their headings in capitals inside them, each job's
    labelled fields one after the other: the jobs and the languages were lost."""
    result = parse_resume(FLAT.encode(), "cv.txt")
    assert [(item.get("name"), item.get("position"), item.get("startDate")) for item in result["work"]] == [
        ("Persistent Systems Ltd", "Senior QA Engineer", "2019-03"),
        ("Zensar Technologies Ltd", "QA Engineer", "2016-07"),
    ]
    assert [item["language"] for item in result["languages"]] == ["English", "Marathi", "Hindi"]


def test_a_cv_flattened_into_one_line_has_its_jobs_after_each_last_duty():
    """The whole CV on one line: each job's header runs on after the last duty of the job above."""
    text = (
        "Emily Chen\nDallas, TX | emily.chen.qa@example.com\n"
        "PROFESSIONAL SUMMARY Quality-focused SDET with 10 years of experience building test automation for web and "
        "mobile platforms. EXPERIENCE Senior SDET, Toyota Connected North America, Plano, TX Nov 2020 - Present • "
        "Built a contract and end-to-end test platform covering 60 microservices. • Mentor 4 SDETs; run the quality "
        "guild. SDET II, Match Group, Dallas, TX Mar 2017 - Oct 2020 • Added visual regression testing with Percy. "
        "QA Analyst, Sabre Corporation, Southlake, TX Jun 2014 - Feb 2017 • Manual and automated testing of airline "
        "reservation APIs. EDUCATION B.S. Computer Science, The University of Texas at Dallas, 2014 SKILLS Java, "
        "Python, Selenium\n"
    )
    work = parse_resume(text.encode(), "cv.txt")["work"]
    assert [(item.get("name"), item.get("startDate")) for item in work] == [
        ("Toyota Connected North America", "2020-11"),
        ("Match Group", "2017-03"),
        ("Sabre Corporation", "2014-06"),
    ]


def test_long_lines_with_no_headings_inside_stay_whole():
    """A summary paragraph of several hundred characters is no flattened CV."""
    summary = "Quality-focused engineer with ten years of experience. " * 6
    text = f"PROFILE\n{summary}\n\nEXPERIENCE\nQA Analyst, Sabre Corporation, Southlake, TX Jun 2014 - Feb 2017\n"
    assert _parse(text)["basics"]["summary"].startswith("Quality-focused engineer with ten years")


def test_a_promotion_over_the_employers_line_is_at_that_employer():
    """Two dated titles, the employer's line under the second only: both posts were held there."""
    text = """EXPERIENCE
Senior Software Engineer | Mar 2019 – Present
Bluebonnet Payments, Austin, TX
• Led the rewrite of the settlement engine in Go.
Software Engineer II | Jun 2016 – Feb 2019
Software Engineer | Jul 2014 – May 2016
Dell Technologies, Round Rock, TX
• Built order-orchestration microservices.
"""
    assert [job[:3] for job in _jobs(text)] == [
        ("Bluebonnet Payments", "Senior Software Engineer", "2019-03"),
        ("Dell Technologies", "Software Engineer II", "2016-06"),
        ("Dell Technologies", "Software Engineer", "2014-07"),
    ]


def test_a_projects_label_over_the_next_jobs_title_and_dates():
    """ "Projects handled:" under a job, then the next employer's line over "Site Engineer | Oct 2015 – Jan 2019":
    the month names beside the title hid it, and the label took the later jobs."""
    text = """EMPLOYMENT RECORD
Qatar Building Company W.L.L. – Doha, Qatar
Project Engineer | Feb 2019 – Present
Projects handled:
• Lusail Marina Residential Towers – Client: Qatari Diar
Al Jaber Engineering L.L.C. – Doha, Qatar
Site Engineer | Oct 2015 – Jan 2019
• Execution of precast works.
"""
    assert [job[2] for job in _jobs(text)] == ["2019-02", "2015-10"]


def test_bulleted_jobs_with_a_remark_after_their_dates():
    """ "• Project Trainee – Space Applications Centre (ISRO), Ahmedabad – Jan 2012 to June 2012 (final semester
    industrial training).": the remark made the bullet too long for a header; "eInfochips" opens with a small
    letter, and the sentence's job was not read."""
    text = (
        "EXPERIENCE PROFILE\n"
        "• Working as Lead Engineer at eInfochips Ltd. (an Arrow company), Ahmedabad since Oct 2015.\n"
        "• Project Trainee – Space Applications Centre (ISRO), Ahmedabad – Jan 2012 to June 2012 (final semester "
        "industrial training).\n"
    )
    assert sorted(job[:3] for job in _jobs(text)) == [
        ("Space Applications Centre (ISRO)", "Project Trainee", "2012-01"),
        ("eInfochips Ltd", "Lead Engineer", "2015-10"),
    ]


def test_spoken_languages_in_a_skills_table():
    """ "Spoken | English, Hindi" beside "Languages | C++, Java": the spoken languages were missed."""
    text = "SKILLS\nLanguages | C++, Java, Python, SQL\nSpoken | English, Hindi\n"
    assert [item["language"] for item in _parse(text)["languages"]] == ["English", "Hindi"]


def test_a_database_administrators_title_and_a_duties_product():
    """ "Oracle DBA" is a title; "Data Guard" in a duty of the job above is a product, not that job's title."""
    text = """WORK HISTORY
Jan 2019 – Present | Senior Oracle DBA
Bahrain Telecommunications Company (Batelco), Manama
• Implemented Data Guard with fast-start failover; RPO near zero, quarterly DR drills.
Jun 2014 – Dec 2018 Oracle DBA
Oracle Financial Services Software Ltd., Mumbai
• Performance tuning and upgrades for banking clients.
"""
    assert [job[1] for job in _jobs(text)] == ["Senior Oracle DBA", "Oracle DBA"]


def test_degrees_by_their_initials_and_with_their_field_after_a_comma():
    """The associate of applied science ("A.A.S."), a field after the degree's comma with a school named by its
    initials and town, and a school run on after the degree's field in brackets in a table's row."""
    assert _studies(["A.A.S. in Network Administration, Fayetteville Technical Community College — 2011"]) == [
        ("A.A.S", "Network Administration", "Fayetteville Technical Community College")
    ]
    assert _studies(["B.Tech, Electronics and Communication Engineering — JNTU Hyderabad | May 2014"]) == [
        ("B.Tech", "Electronics and Communication Engineering", "JNTU Hyderabad")
    ]
    assert _studies(["Intermediate (MPC) Narayana Junior College | Board of Intermediate Education, | 2008 | 89%"]) == [
        ("Intermediate", "MPC", "Narayana Junior College")
    ]
    assert _studies(["B.Sc. (Biology) from University of Delhi, 2010"]) == [("B.Sc", "Biology", "University of Delhi")]
