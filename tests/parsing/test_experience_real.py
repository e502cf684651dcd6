"""Work-entry patterns met in real CVs (text written for these tests): the rules must read them right."""

from __future__ import annotations

import pytest

from parsing.structure.experience import parse_experience, plausible_value


def _pairs(lines: list[str]) -> list[tuple[str | None, str | None]]:
    return [(w.get("position"), w.get("name")) for w in parse_experience(lines)]


def test_position_date_then_company_city_state_line():
    lines = [
        "Camp Counselor",
        "May 2010-August 2011",
        "Lakeside Day Camp, Columbus, NE",
        "• Led outdoor activities for children",
        "Substitute Teacher",
        "Fall 2009 - Present",
        "Prairie Teacher Academy (PTA), Wayne, NE",
        "• Taught all subjects",
    ]
    work = parse_experience(lines)
    assert [(w.get("position"), w.get("name")) for w in work] == [
        ("Camp Counselor", "Lakeside Day Camp"),
        ("Substitute Teacher", "Prairie Teacher Academy (PTA)"),  # the bracket cut open is closed again
    ]
    assert work[0]["location"] == "Columbus, NE"
    assert work[1]["startDate"] == "2009" and "endDate" not in work[1]  # "Fall" is not a header part


def test_lone_date_then_present_word_on_its_own_line_is_one_open_range():
    lines = [
        "Mar 2014",
        "current",
        "Website Developer",
        "Bellwood Antique Shop, Canterbury",
        "• Maintain the shop's website",
        "Jan 2012 - Feb 2014",
        "Web Designer",
        "Northgate Ltd, London",
        "• Designed pages",
    ]
    work = parse_experience(lines)
    assert work[0]["name"] == "Bellwood Antique Shop"
    assert work[0]["position"] == "Website Developer"
    assert work[0]["startDate"] == "2014-03" and "endDate" not in work[0]
    assert work[1]["name"] == "Northgate Ltd"


def test_dates_first_company_city_lowercase_state_then_trade_title():
    lines = [
        "1979 to 1981",
        "Redwood Board Mill, Ukiah, Ca",
        "Millwright",
        "Fabricated and maintained boilers",
        "1974 to 1975",
        "Delta Prototype Shop, Elmonte, Ca",
        "Machinist",
        "Conventional machining using lathes",
    ]
    assert _pairs(lines) == [("Millwright", "Redwood Board Mill"), ("Machinist", "Delta Prototype Shop")]


def test_dates_first_company_then_media_title():
    lines = ["2007-Present", "Channel Nine TV", "Anchor", "Covered sixty slots monthly.", "2005-2007", "Metro News",
             "Newsreader", "Read the news."]  # fmt: skip
    assert _pairs(lines) == [("Anchor", "Channel Nine TV"), ("Newsreader", "Metro News")]


@pytest.mark.parametrize(
    "value",
    ["Present", "18 months", "Duration: 1 Year", "9", "Summer", "Autumn 2010", "Client", "Description", "2nd Quarter",
     "Since: September 1st Until: Currently"],
)  # fmt: skip
def test_periods_durations_and_labels_are_never_employers(value: str):
    assert plausible_value(value, employer=True) == ""
    assert plausible_value(value, employer=False) == ""


@pytest.mark.parametrize(
    "value",
    ["Assemble and service systems in house for their clients", "I successfully delivered the literacy programme",
     "Partial responsibility for preparing market strategy"],
)  # fmt: skip
def test_sentence_fragments_are_not_employers(value: str):
    assert plausible_value(value, employer=True) == ""


def test_places_alone_are_not_employers_but_positions_and_names_stay():
    assert plausible_value("Texas", employer=True) == ""
    assert plausible_value("Santa Clara, CA", employer=True) == ""
    assert plausible_value("Bangalore since Oct", employer=True) == ""
    assert (
        plausible_value("Infosys Technologies, Bangalore since Oct", employer=True) == "Infosys Technologies, Bangalore"
    )
    for title in ("Responsable des ressources humaines", "sales assistant", "lead copywriter", "Software Engineer",
                  "Research Assistant", "Project Manager", "Member of Technical Staff"):  # fmt: skip
        assert plausible_value(title, employer=False) == title
    for name in (
        "Bank of America",
        "Information Technology Systems and Services",
        "Peppes pizza",
        "Microsoft Research",
    ):
        assert plausible_value(name, employer=True) == name


def test_junk_header_part_does_not_complete_the_header():
    # "current" left from the dates is not an employer, so the company line below still joins the header.
    lines = ["Sept 2015 - current", "Data Analyst", "Harbor Freight Analytics, Boston, MA", "• Built dashboards"]
    assert _pairs(lines) == [("Data Analyst", "Harbor Freight Analytics")]
