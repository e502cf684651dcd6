"""Work-entry shapes: field labels, bracketed places, notes, prepositions, split ranges, company blocks (lines
written for these tests)."""

from __future__ import annotations

import pytest

from parsing.structure.dates import find_date_ranges
from parsing.structure.entries import group_entries
from parsing.structure.experience import is_place_line, parse_experience, plausible_value


def _pairs(lines: list[str]) -> list[tuple[str | None, str | None]]:
    return [(w.get("position"), w.get("name")) for w in parse_experience(lines)]


@pytest.mark.parametrize(
    ("text", "start", "end", "current"),
    [
        ("Since: March 3rd 2015 Until: Currently", "2015-03", None, True),
        ("Since: May 1st 2011 Until: June 30th 2014", "2011-05", "2014-06", False),
        ("April 15, 2019 - Present", "2019-04", None, True),
        ("du 1er mars 2018 au 30 juin 2019", "2018-03", "2019-06", False),
    ],
)
def test_dates_with_a_day_and_labelled_ends(text: str, start: str, end: str | None, current: bool) -> None:
    found = find_date_ranges(text)
    assert [(r.start, r.end, r.current) for r in found] == [(start, end, current)]


def test_labelled_company_and_position_lines_after_the_dates() -> None:
    lines = [
        "Since: March 3rd 2015 Until: Currently",
        "Company: Brightwater Holdings S.A.",
        "Position held: Head of Legal Affairs",
        "Drafted and negotiated supply contracts.",
        "Since: May 1st 2011 Until: February 28th 2015",
        "Company: Northmoor Toll Roads",
        "Position held: Legal Counsel",
    ]
    assert _pairs(lines) == [
        ("Head of Legal Affairs", "Brightwater Holdings S.A"),
        ("Legal Counsel", "Northmoor Toll Roads"),
    ]


def test_french_labels_before_the_dates() -> None:
    lines = ["Entreprise : Verdier Mécanique", "Poste : Technicienne de maintenance", "2016 - 2020", "Dépannage."]
    assert _pairs(lines) == [("Technicienne de maintenance", "Verdier Mécanique")]


def test_numbered_company_line_with_a_bracketed_note_and_a_position_label() -> None:
    lines = [
        "1 HARROW CASTINGS LIMITED, NAGPUR 440 001, INDIA.",
        "(An ISO 9001 Company)",
        "Duration: 4 Years (June 2005",
        "until today)",
        "Position: Works Manager",
        "Job Profile: Melting, moulding and quality.",
    ]
    work = parse_experience(lines)
    assert [(w.get("position"), w.get("name")) for w in work] == [("Works Manager", "HARROW CASTINGS LIMITED")]
    assert work[0]["startDate"] == "2005-06" and "endDate" not in work[0]


def test_bracketed_place_after_a_title_is_the_location() -> None:
    work = parse_experience(["Regional Sales Manager (Tulsa, OK), 2006 to 2009", "Sold parts in the region."])
    assert work[0]["position"] == "Regional Sales Manager"
    assert work[0]["location"] == "Tulsa, OK"


def test_company_line_then_several_dated_title_lines() -> None:
    lines = [
        "Larkspur Freight Inc, Dayton, OH",
        "Fleet Supervisor, 2014 – Present",
        "• Planned the routes",
        "Dispatcher, 2010 – 2014",
        "• Took the calls",
        "Ostrava Foods Corp, Toledo, OH",
        "Driver, 2007 – 2010",
    ]
    work = parse_experience(lines)
    assert [(w.get("position"), w.get("name")) for w in work] == [
        ("Fleet Supervisor", "Larkspur Freight Inc"),
        ("Dispatcher", "Larkspur Freight Inc"),
        ("Driver", "Ostrava Foods Corp"),
    ]
    assert work[1]["location"] == "Dayton, OH"


def test_title_line_before_dates_does_not_inherit_the_previous_employer() -> None:
    lines = ["Data Engineer", "Quillfeather Ltd", "2019 – Present", "Analyst", "2016 – 2019"]
    assert _pairs(lines) == [("Data Engineer", "Quillfeather Ltd"), ("Analyst", None)]


@pytest.mark.parametrize(
    ("line", "pair"),
    [
        ("Support Consultant with Meridale Systems Limited", ("Support Consultant", "Meridale Systems Limited")),
        (
            "Deputy Director of the Coastal Fisheries Administration",
            ("Deputy Director", "Coastal Fisheries Administration"),
        ),
        ("Field Sales Manager/VP Regional Services", ("Field Sales Manager/VP Regional Services", None)),
        ("Chief Estimator / Junior Estimator", ("Junior Estimator", None)),
    ],
)
def test_title_and_organisation_in_one_line(line: str, pair: tuple[str | None, str | None]) -> None:
    assert _pairs([line, "2001 - 2004"]) == [pair]


@pytest.mark.parametrize(
    ("lines", "pair"),
    [
        (
            ["Internship: Dunmore Legal Aid Office (January, 2001-May, 2001)"],
            ("Internship", "Dunmore Legal Aid Office"),
        ),
        (["Stage – Banque Lemaire, Nantes", "Janvier 2020 - Juin 2020"], ("Stage", "Banque Lemaire")),
        (["Tallis Robotics, Norway, Internship", "June 2015 - August 2015"], ("Internship", "Tallis Robotics")),
    ],
)
def test_internship_without_a_title_is_the_position(lines: list[str], pair: tuple[str, str]) -> None:
    assert _pairs(lines) == [pair]


def test_with_needs_an_organisation_after_it() -> None:
    work = parse_experience(["Process Engineer with a passion for robotics", "2001 - 2004"])
    assert all(w.get("name") != "a passion for robotics" for w in work)


def test_year_lines_split_from_their_dash_make_one_range() -> None:
    entries = group_entries(["WESTFOLD MEDIA, Boston, MA", "2011", "2016", "Staff Writer", "Wrote features."])
    assert len(entries) == 1
    assert (entries[0].dates.start, entries[0].dates.end) == ("2011", "2016")  # type: ignore[union-attr]


def test_present_prefix_closes_the_year_above() -> None:
    work = parse_experience(["2004", "Present: Senior Layout Artist, Garden Homes Monthly", "Plan the pages."])
    assert work[0]["position"] == "Senior Layout Artist"
    assert work[0]["name"] == "Garden Homes Monthly"
    assert work[0]["startDate"] == "2004" and "endDate" not in work[0]


def test_header_ending_with_a_legal_form_abbreviation_is_not_a_sentence() -> None:
    assert _pairs(["Quality Assurance Consultant at Pemberton Labs, Inc.", "2001 - 2003"]) == [
        ("Quality Assurance Consultant", "Pemberton Labs, Inc")
    ]


def test_company_named_like_a_state_city() -> None:
    work = parse_experience(["VANTERRA, New York, NY", "2012 - 2014", "Copy Editor"])
    assert work[0]["name"] == "VANTERRA" and work[0]["location"] == "New York, NY"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Mapleton, GA", True),
        ("Lyon", True),
        ("Brightline, New York", False),  # a company before a state's name
        ("Kestrel Foods - Dayton, OH", False),
        ("Lyon, France", True),
        ("Spring Boot, Excel", False),
        ("Orange, France", False),  # a company, then its country
    ],
)
def test_place_lines(text: str, expected: bool) -> None:
    assert is_place_line(text) is expected


@pytest.mark.parametrize("value", ["Title: Fleet Tracking Portal", "Projet : Refonte du site", "Customer: Acme"])
def test_project_and_customer_labels_are_no_values(value: str) -> None:
    assert plausible_value(value, employer=True) == ""


def test_slash_joined_titles_score_as_their_best_title() -> None:
    from parsing.structure.experience import _role_score

    assert _role_score("Process Mechanical Division Manager/VP Field Services") >= 1.0
    assert _role_score("Sony/Polygram") < 1.0


def test_tagger_title_words_inside_sentences_are_not_added() -> None:
    from parsing.structure.refine import _in_prose

    line = "Lead weekly triage meetings with the support engineers of three product teams"
    assert _in_prose(line, "Lead")
    assert _in_prose("Worked closely with the project manager on estimates and planning", "project manager")
    assert not _in_prose(line, "Senior Support Engineer")
    assert not _in_prose("Lead, Platform Team", "Lead")


def test_employer_equal_to_the_persons_name_is_dropped() -> None:
    from parsing.structure.analyze import _without_own_name

    work = [{"name": "Marion Delacroix"}, {"name": "Delacroix, Marion", "position": "Analyst"}, {"name": "Globex"}]
    assert _without_own_name(work, "Marion DELACROIX") == [{"position": "Analyst"}, {"name": "Globex"}]
    # A job with dates or bullets keeps them when its misread employer goes: only the name was wrong.
    dated = [{"name": "Marion Delacroix", "startDate": "2019-03", "highlights": ["Audit interne"]}]
    assert _without_own_name(dated, "Marion Delacroix") == [{"startDate": "2019-03", "highlights": ["Audit interne"]}]


def test_french_work_statuses_and_trades_survive_the_tagger_check() -> None:
    """The rules read "Stage – Société Générale" and "Électromécanicien en alternance – SNCF"; the tagger, which
    learnt titles mostly from English CVs, does not back those positions, yet they must stay."""
    from parsing.evaluation.dotin import document_from_text
    from parsing.pipeline import analyze
    from parsing.structure.vocab import title_score

    text = "\n".join(
        [
            "Marie LEROY",
            "marie.leroy@example.fr",
            "EXPÉRIENCE PROFESSIONNELLE",
            "Sept. 2013 – juin 2015",
            "Stage – Société Générale, Paris",
            "• Rapprochements bancaires",
            "2012 - 2013",
            "Électromécanicien en alternance – SNCF, Lyon",
            "• Maintenance des rames",
            "2010 - 2012",
            "Serveuse – Brasserie du Port, Nantes",
            "• Service en salle",
        ]
    )
    work = analyze(document_from_text(text), None)["work"]
    assert [(w.get("position"), w.get("name")) for w in work] == [
        ("Stage", "Société Générale"),
        ("Électromécanicien en alternance", "SNCF"),
        ("Serveuse", "Brasserie du Port"),
    ]
    # French puts the occupation first; words spelt like English ones do not open a title on their own.
    assert title_score("technicienne de laboratoire") >= 1.5
    assert title_score("agent orange") < 1.5


@pytest.mark.parametrize(
    ("text", "start", "end", "current"),
    [
        ("20012006: Acme", "2001", "2006", False),
        ("2005present: Acme", "2005", None, True),
        ("(2003Present)", "2003", None, True),
        ("7/20038/2005", "2003-07", "2005-08", False),
    ],
)
def test_ranges_whose_dash_was_lost(text: str, start: str, end: str | None, current: bool) -> None:
    (found,) = find_date_ranges(text)
    assert (found.start, found.end, found.current) == (start, end, current)


@pytest.mark.parametrize("text", ["20062001", "Tél. 0612345678", "20501999", "ref 199820031"])
def test_glued_digits_that_are_no_range(text: str) -> None:
    assert find_date_ranges(text) == []


def test_entries_dated_by_glued_ranges() -> None:
    jobs = parse_experience(
        [
            "20012006: Lumen Systems",
            "Position: Project manager",
            "Implementation of various technological solutions",
            "19981999: Nadir Media",
            "Position: Multimedia developer",
        ]
    )
    assert [(j.get("name"), j.get("position"), j.get("startDate"), j.get("endDate")) for j in jobs] == [
        ("Lumen Systems", "Project manager", "2001", "2006"),
        ("Nadir Media", "Multimedia developer", "1998", "1999"),
    ]


def test_title_with_a_colon_after_the_dates_is_the_position() -> None:
    jobs = parse_experience(
        [
            "Northwind Traders",
            "Denver, Colorado",
            "2003-Present",
            "Project Manager:",
            "• Work as a CRM expert on special projects",
            "Fabrikam Learning Center",
            "Denver, Colorado",
            "1999-2003",
            "Responsibilities:",
            "• Managed all operational aspects of the school",
        ]
    )
    assert [(j.get("name"), j.get("position")) for j in jobs] == [
        ("Northwind Traders", "Project Manager"),
        ("Fabrikam Learning Center", None),
    ]


def test_client_note_between_the_header_and_the_dates_is_passed_over() -> None:
    jobs = parse_experience(
        [
            "Project Lead",
            "Northwind Traders, Canada",
            "Client: Fabrikam, Contoso",
            "September 2008",
            "September 2011",
            "Description",
            "Tested the customised antivirus for their clients",
            "Team Lead",
            "Lumen Systems, Canada",
            "Client: Tailspin Toys",
            "May 2006",
            "April 2008",
            "Description",
            "Improved the processes used to create test items",
        ]
    )
    assert [(j.get("position"), j.get("name"), j.get("startDate"), j.get("endDate")) for j in jobs] == [
        ("Project Lead", "Northwind Traders", "2008-09", "2011-09"),
        ("Team Lead", "Lumen Systems", "2006-05", "2008-04"),
    ]
    assert jobs[0]["highlights"][0] == "Client: Fabrikam, Contoso"


@pytest.mark.parametrize(
    ("lines", "pair"),
    [
        (
            ["Sr. Consultant", "Defect Manager, QA", "Northwind Traders, Canada", "January 2012 - November 2012"],
            ("Sr. Consultant", "Northwind Traders"),
        ),
        # (the post as printed: what it covers after the comma stays in the title, the employer named below)
        (
            ["Director, Human Resources", "Globex Corporation", "2015 - 2019"],
            ("Director, Human Resources", "Globex Corporation"),
        ),
        (["Chef de projet, DSI", "Contoso Assurances", "2018 - 2021"], ("Chef de projet", "Contoso Assurances")),
    ],
)
def test_a_team_named_after_the_title_is_not_the_employer(lines: list[str], pair: tuple[str, str]) -> None:
    assert _pairs(lines) == [pair]


def test_running_page_headers_inside_the_experience_are_passed_over() -> None:
    from parsing import analyze
    from parsing.document import Document, Line

    texts = [
        "Hal Lindqvist, MS, PMP",
        "hal.lindqvist@example.com",
        "EMPLOYMENT",
        "Courtyard Group, Consultant, 2006 - Present",
        "Led the implementation of the patient registry",
        "Resume",
        "Hal Lindqvist, MS, PMP",
        "Page 2",
        "Lumen Health, Founder and CEO, 2009 - Present",
        "Hired 17 employees",
        "Resume",
        "Hal Lindqvist • Page Three",
        "Globex Health, Analyst, 2005 - 2009",
    ]
    result = analyze(Document(lines=[Line(t) for t in texts], format="text"))
    assert [(j.get("name"), j.get("position")) for j in result["work"]] == [
        ("Courtyard Group", "Consultant"),
        ("Lumen Health", "Founder and CEO"),
        ("Globex Health", "Analyst"),
    ]


@pytest.mark.parametrize(
    ("lines", "pair"),
    [
        (
            ["Ole Lounge: Bartender/ Server", "June 2010 - August 2012", "Served customers"],
            ("Bartender/ Server", "Ole Lounge"),
        ),
        (
            ["Globex Corporation: Software Engineer, 2015 - 2018", "Built the billing service"],
            ("Software Engineer", "Globex Corporation"),
        ),
        (
            ["Resident Advisor: Northfield University, Chicago, IL, June 2010 - August 2010"],
            ("Resident Advisor", "Northfield University"),
        ),
    ],
)
def test_employer_and_title_parted_by_a_colon(lines: list[str], pair: tuple[str, str]) -> None:
    assert _pairs(lines) == [pair]


@pytest.mark.parametrize(
    "line",
    [
        "Responsibilities: Project Manager Duties",
        "Client: Globex Corporation",
        "Producer: Ride music video",
        "Masters Program: (City University of New York)",
    ],
)
def test_label_lines_are_no_colon_pairs(line: str) -> None:
    from parsing.structure.entries import colon_pair

    assert colon_pair(line) is None


def test_a_department_is_the_employer_only_when_nothing_else_is() -> None:
    assert _pairs(["Sales Manager, Marketing Department, Globex Corp", "2010 - 2014"]) == [
        ("Sales Manager", "Globex Corp")
    ]
    assert _pairs(["Lecturer, Department of Mathematics", "2010 - 2014"]) == [("Lecturer", "Department of Mathematics")]


@pytest.mark.parametrize(
    ("text", "position"),
    [
        ("Have worked as a Support Engineer", "Support Engineer"),
        ("I am currently working as Team Lead", "Team Lead"),
        ("Working Capital Analyst", "Working Capital Analyst"),
    ],
)
def test_a_position_loses_the_words_of_the_sentence_it_was_written_in(text: str, position: str) -> None:
    assert plausible_value(text, employer=False) == position


def test_jobs_written_as_sentences_keep_their_title_alone_and_their_dates() -> None:
    from parsing import analyze
    from parsing.document import Document, Line

    texts = [
        "Jane Roe",
        "jane@example.org",
        "EXPERIENCE",
        "Worked as Sales Manager in Globex Corporation from Jan 2010 to Dec 2014.",
        "Currently working as Senior Engineer at Initech Ltd since March 2015.",
    ]
    work = analyze(Document(lines=[Line(t) for t in texts], format="text"))["work"]
    assert {(j.get("position"), j.get("name"), j.get("startDate"), j.get("endDate")) for j in work} == {
        ("Senior Engineer", "Initech Ltd", "2015-03", None),
        ("Sales Manager", "Globex Corporation", "2010-01", "2014-12"),
    }
