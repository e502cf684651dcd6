"""What an employer's name can look like: experience lines that are no employer are rejected, real names (with their
legal forms, abbreviations and odd capitals) are kept (lines written for these tests)."""

from __future__ import annotations

import pytest

from parsing.structure.experience import parse_experience, plausible_value
from parsing.structure.text import fold
from parsing.structure.vocab import title_score


@pytest.mark.parametrize(
    "value",
    [
        # lower-case fragments of a wrapped sentence
        "drafting minutes",
        "evaluations",
        "rédaction de comptes rendus",
        # two sentences run together
        "Riverside Hall. Springfield",
        "autumn. Globex",
        # a sentence cut at the end of its line
        "Team Captain during",
        "Responsable du suivi pour",
        "DELEGATE FOR THE NORTHERN REGION FOR",
        # a CV's sub-heading
        "Volunteer Activities",
        "Activités associatives",
        "Papers in Refereed Journals",
        "Internet and design experience",
        # prizes, objectives, description sentences
        "Best Student Poster winner",
        "Lauréat du concours régional",
        "Graduate seeking a full-time position",
        "Étudiante en recherche d'un stage",
        "Experience in configuring mail servers",
        "Expérience de la relation client",
        "Promoted to lead the support desk",
        "Designed and shipped",
        # single words that only name a kind of place, a level or a status
        "University",
        "École",
        "Voluntary",
        "Remunerated",
        "Rémunéré",
        "Bénévolat",
        "Confidential",
        "Advanced",
        "Intermédiaire",
        # a month in another language, left by the dates
        "Januar",
        "Dezember",
        # a person named after a role
        "Chair: Roe",
        "Tuteur : Martin",
    ],
)
def test_lines_that_name_no_employer(value: str) -> None:
    assert plausible_value(value, employer=True) == ""


@pytest.mark.parametrize(
    "value",
    [
        "eBay",
        "invivotech, inc",
        "Initech Inc. Consulting",
        "St. Clare Hospital",
        "Dr. Reddy's Laboratories",
        "Kestrel Data AS",
        "Globex S.A",
        "Country-Wide INS. CO",
        "Advanced Micro Devices",
        "Publications Nordiques Ltd",
        "Bank of America",
        "Société Générale",
        "SOCIÉTÉ GÉNÉRALE",
        "La Poste",
        "L'Oréal",
        "Centre de recherche de Grenoble",
        "Condé Nast Publications",
        "Verizon Communications",
        "Comité d'entreprise",
    ],
)
def test_names_that_stay_employers(value: str) -> None:
    assert plausible_value(value, employer=True) == value


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("ORGANISATION Kestrel Data Ltd", "Kestrel Data Ltd"),
        ("SOCIÉTÉ Verdier Mécanique", "Verdier Mécanique"),
        ("the Directorate of Coastal Works", "Directorate of Coastal Works"),
        ("la Direction régionale des routes", "Direction régionale des routes"),
        ("Initech, a software house", "Initech"),
        ("Verdier, une société de conseil", "Verdier"),
    ],
)
def test_labels_articles_and_appositions_around_a_name(value: str, expected: str) -> None:
    assert plausible_value(value, employer=True) == expected


def test_the_same_checks_do_not_apply_to_positions() -> None:
    assert plausible_value("Team Captain during", employer=False) == "Team Captain during"
    assert plausible_value("drafting minutes", employer=False) == "drafting minutes"


@pytest.mark.parametrize(
    "title", ["Board Member", "Child Care Provider", "Cabinet Maker", "Membre du bureau", "Représentant commercial"]
)
def test_member_provider_maker_are_titles(title: str) -> None:
    assert title_score(fold(title)) >= 1.0


def test_a_member_line_is_the_position_of_a_dated_entry() -> None:
    lines = ["Board Member", "Harbour Rowing Club", "2015 - 2018", "Organised regattas."]
    assert [(w.get("position"), w.get("name")) for w in parse_experience(lines)] == [
        ("Board Member", "Harbour Rowing Club")
    ]


def test_a_header_line_above_a_lone_date_in_a_section_of_headers_after_dates() -> None:
    lines = [
        "Globex Media, Springfield, IL - June 2008 - Sept 2008",
        "Intern for the evening news desk.",
        "Assisted the producers with bookings and scripts.",
        "Initech Cable, Shelbyville, KS",
        "June 2007 - Aug 2007",
        "Assisted the floor manager on production days and during live shows.",
    ]
    work = parse_experience(lines)
    assert [(w.get("name"), w.get("location"), w.get("startDate")) for w in work] == [
        ("Globex Media", "Springfield, IL", "2008-06"),
        ("Initech Cable", "Shelbyville, KS", "2007-06"),
    ]
    assert work[0]["highlights"] == [
        "Intern for the evening news desk.",
        "Assisted the producers with bookings and scripts.",
    ]


def test_a_lone_date_followed_by_its_header_keeps_reading_after_the_date() -> None:
    lines = [
        "Verdier Mécanique, Lyon - 2016 - 2020",
        "Maintenance des presses.",
        "Suivi des pannes.",
        "2012 - 2016",
        "Thales, Bordeaux",
        "Câblage de baies.",
    ]
    assert [(w.get("name"), w.get("startDate")) for w in parse_experience(lines)] == [
        ("Verdier Mécanique", "2016"),
        ("Thales", "2012"),
    ]


def test_a_title_with_a_bracketed_remark_is_the_position() -> None:
    work = parse_experience(["Office Clerk (temp via Initech Agency), 1997 to 1998", "Filed contracts."])
    assert [(w.get("position"), w.get("name")) for w in work] == [("Office Clerk (temp via Initech Agency)", None)]
    # without a title before the bracket, the part stays the employer
    work = parse_experience(["Planning Office (temp via Initech Agency), 2015 to 2017", "Ran audits."])
    assert [w.get("name") for w in work] == ["Planning Office (temp via Initech Agency)"]
