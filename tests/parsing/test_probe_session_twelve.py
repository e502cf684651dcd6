"""Faults shown by realistic CVs written as real files in the twelfth probing session: each test holds one of them."""

from __future__ import annotations

from parsing.structure.education import find_degree

from .files import text_jobs as _jobs


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
