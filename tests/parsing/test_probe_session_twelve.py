"""Faults shown by realistic CVs written as real files in the twelfth probing session: each test holds one of them."""

from __future__ import annotations

from parsing.structure.education import find_degree

from .files import text_jobs as _jobs
from .files import text_name as _name
from .files import text_schools as _schools


def test_degrees_of_more_countries_and_trades_are_known() -> None:
    assert find_degree("BBS, Dublin City University").key == "licence"
    assert find_degree("S.B. in Physics").key == "licence"
    assert find_degree("Sc.B. Computer Science").key == "licence"
    assert find_degree("BTSA Gestion forestière").key == "bts"
    assert find_degree("Brevet de technicien supérieur agricole").key == "bts"
    assert find_degree("HMONP, ENSA Paris-Belleville").key == "master"
    assert find_degree("DIPES II Mathématiques").key == "teaching"
    assert find_degree("Attestation de spécialisation professionnelle en vente-conseil").key == "cap"


def test_a_title_qualified_by_a_field_after_a_dash_keeps_its_employer_below() -> None:
    text = """Jean Dupont
jean@example.com

Experience
Consultant – AI & Data
Accenture, Paris | 2019 – 2021
- Built models for retail clients.
Working Student – Data Analytics
Siemens AG, Munich | 04/2017 – 09/2018
- Dashboards in Power BI.
Werkstudent Software Engineering
Robert Bosch GmbH | 2015 – 2017
- Test automation.
"""
    assert _jobs(text) == [
        ("Accenture", "Consultant – AI & Data", "2019", "2021"),
        ("Siemens AG", "Working Student – Data Analytics", "2017-04", "2018-09"),
        ("Robert Bosch GmbH", "Werkstudent Software Engineering", "2015", "2017"),
    ]


def test_a_range_between_seasons_spans_both_years() -> None:
    text = """Jean Dupont
jean@example.com

Experience
Teaching Assistant
ETH Zürich | Fall 2017 – Spring 2018
- Exercise classes in statistics.
Software Engineering Intern
Google, Zurich | Summer 2016
- Built tools.
"""
    assert _jobs(text) == [
        ("ETH Zürich", "Teaching Assistant", "2017", "2018"),
        ("Google", "Software Engineering Intern", "2016", "2016"),
    ]


def test_a_year_in_a_programmes_name_is_no_date_when_a_range_follows() -> None:
    text = """Jean Dupont
jean@example.com

Expérience
Chargé de mission Natura 2000
Office national des forêts, Nancy
2015 – 2018
- Animation des comités de pilotage.
Chef de projet Vision 2030
Région Grand Est
2010 – 2012
- Pilotage de la concertation.
"""
    assert _jobs(text) == [
        ("Office national des forêts", "Chargé de mission Natura 2000", "2015", "2018"),
        ("Région Grand Est", "Chef de projet Vision 2030", "2010", "2012"),
    ]


def test_an_academic_cvs_sections_of_degrees_supervision_and_talks() -> None:
    text = """Emily Chen
echen@example.edu

RESEARCH EXPERIENCE
Postdoctoral Researcher
EPFL, Lausanne | 2018 – 2022
• Developed tensor-network codes for frustrated spin models
• Enseignement : 64 h eq. TD (algorithmique, L2)
DEGREES
Doctor of Science (PhD) in Physics
EPFL | 2018
Laurea Magistrale in Fisica
Università di Bologna | 2011–2013
STUDENT MENTORING
› 2016–2017: PhD (co-supervision) — Paul Kumar
› 2017–2018: Summer intern — Tom Nguyen
FUNDING & FELLOWSHIPS
2018–2021
Marie Skłodowska-Curie Individual Fellowship
TALKS AND POSTERS
› EMBO Workshop on Mitochondria, Heidelberg, 2018 — invited talk
"""
    assert _jobs(text) == [("EPFL", "Postdoctoral Researcher", "2018", "2022")]
    assert [school for school, _ in _schools(text)] == ["EPFL", "Università di Bologna"]


def test_a_one_word_academic_heading_opens_no_section_before_more_words() -> None:
    text = """Jane Doe
jane@example.com

WORK EXPERIENCE
ABC Institute
Tucson, AZ | Mar 2011 – Present
Educational Assistant
• Assist teachers with day to day work
Teaching & Mentoring Communities
Vincennes, IN | Nov 2010 – Mar 2011
Teachers Aide
• Assisted the teacher in the classroom
"""
    assert [job[0] for job in _jobs(text)] == ["ABC Institute", "Teaching & Mentoring Communities"]


def _bold_jobs(rows: list[tuple[str, bool]]) -> list[tuple[str | None, str | None]]:
    from parsing.structure.experience import parse_experience

    work = parse_experience([text for text, _ in rows], [bold for _, bold in rows])
    return [(item.get("name"), item.get("position")) for item in work]


def test_a_titles_field_after_a_dash_stays_in_it_under_a_bold_employer() -> None:
    rows = [
        ("Werner Enterprises — Omaha, NE", True),
        ("OTR Company Driver | January 2020 – present", False),
        ("• Dry van and reefer loads", False),
        ("Schneider National — Green Bay, WI", True),
        ("Regional Driver – Tanker | April 2016 – December 2019", False),
        ("• Bulk chemical tanker hauling", False),
    ]
    assert _bold_jobs(rows) == [
        ("Werner Enterprises", "OTR Company Driver"),
        ("Schneider National", "Regional Driver – Tanker"),
    ]
    text = """Jean Dupont
jean@example.com

Expérience
Gilead Sciences (Toulouse)
Senior MSL – Hématologie
05/2019 - 04/2022
› Animation scientifique auprès des leaders d'opinion
Software Engineer – Google
Mountain View, CA
2016 – 2019
- Search infrastructure
"""
    assert [(job[0], job[1]) for job in _jobs(text)] == [
        ("Gilead Sciences", "Senior MSL – Hématologie"),
        ("Google", "Software Engineer"),
    ]


def test_a_law_firms_name_and_its_practice_area() -> None:
    rows = [
        ("Skadden, Arps, Slate, Meagher & Flom LLP | New York, NY", True),
        ("Associate, Mergers & Acquisitions | October 2020 to date", False),
        ("• Draft and negotiate merger agreements", False),
    ]
    assert _bold_jobs(rows) == [("Skadden, Arps, Slate, Meagher & Flom LLP", "Associate, Mergers & Acquisitions")]
    rows = [
        ("2/2015 – 8/2020", False),
        ("Senior Paralegal, Litigation", True),
        ("Kirkland & Ellis LLP, Chicago, IL", False),
        ("• Coordinate filings with federal and state courts", False),
    ]
    assert _bold_jobs(rows) == [("Kirkland & Ellis LLP", "Senior Paralegal, Litigation")]


def test_a_company_and_its_town_in_capitals_leave_the_title_to_the_next_line() -> None:
    rows = [
        ("STADLER RAIL AG, BERN | 01/2022 – today", True),
        ("Team Lead Simulation", False),
        ("• Reduced scrap rate by 12 %", False),
        ("BÜHLER AG – ZUG | 09/2018 – 10/2021", True),
        ("Development Engineer", False),
        ("• FEM simulations with ANSYS", False),
    ]
    assert _bold_jobs(rows) == [("STADLER RAIL AG", "Team Lead Simulation"), ("BÜHLER AG", "Development Engineer")]
    rows = [("Asda — Newport | 2019 – 2021", True), ("Nightfill Colleague", False), ("• Stock replenishment", False)]
    assert _bold_jobs(rows) == [("Asda", "Nightfill Colleague")]


def test_german_speaking_schools_diplomas_and_titles() -> None:
    text = """Reto Richter
reto@example.ch

Education
WHU – Otto Beisheim School of Management
Master in Management, 2016 – 2018
Ludwig-Maximilians-Universität München
Diplom-Kaufmann, 2010 – 2015
Kantonsschule Zug
Berufsmaturität, 2006 – 2010
"""
    assert _schools(text) == [
        ("WHU – Otto Beisheim School of Management", "Master"),
        ("Ludwig-Maximilians-Universität München", "Diplom-Kaufmann"),
        ("Kantonsschule Zug", "Berufsmaturität"),
    ]
    assert _name("Dipl.-Kfm. Reto Richter\nreto@example.ch\n\nEXPERIENCE\nEngineer\nSiemens\n2015 – 2019\n") == (
        "Reto Richter"
    )


def test_review_guards_for_the_twelfth_session() -> None:
    # A duty's label alone on its line under a job ("Mentoring", "Encadrement") does not end the work history.
    text = """Sophie Bernard
sophie@example.fr

Experience
Senior Data Scientist
Spotify, Stockholm
2019 – 2023
Mentoring
- Mentored three junior data scientists
Data Scientist
Klarna, Stockholm
2016 – 2019
- Built credit models
"""
    assert [job[0] for job in _jobs(text)] == ["Spotify", "Klarna"]
    # A year after a town on a line with separators is the job's date ("… BNP Paribas Paris 2019").
    text = """Paul Durand
paul@example.com

Expérience
Stagiaire analyste financier, BNP Paribas Paris 2019
Assistant commercial, Decathlon Lille 2016 – 2018
"""
    assert [(job[1], job[2], job[3]) for job in _jobs(text)] == [
        ("Stagiaire analyste financier", "2019", "2019"),
        ("Assistant commercial", "2016", "2018"),
    ]
    # A title, an employer and its towns joined by "&" are no law firm's name; a consultancy's client after the
    # title is no field of the title.
    text = """Paul Durand
paul@example.com

Experience
Consultant, Accenture, Paris & Lyon
2018 – 2022
- Delivery
"""
    assert [(job[0], job[1]) for job in _jobs(text)] == [("Accenture", "Consultant")]
    text = """Paul Durand
paul@example.com

Experience
Capgemini, Paris
Consultant SAP – Safran
2015 – 2018
- Finance
"""
    assert [(job[0], job[1]) for job in _jobs(text)] == [("Capgemini", "Consultant SAP")]
