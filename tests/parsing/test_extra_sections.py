"""Volunteering, awards and publications: their headings, and their entries as JSON Resume's ``volunteer``,
``awards`` and ``publications`` items (the work history and the interests stay what they were)."""

from __future__ import annotations

import pytest

from parsing import parse_resume
from parsing.structure import sections as sec
from parsing.structure.extras import parse_awards, parse_publications, parse_volunteer


@pytest.mark.parametrize(
    ("heading", "kind", "extra"),
    [
        ("Bénévolat", sec.OTHER, sec.VOLUNTEER),
        ("VOLUNTEER EXPERIENCE", sec.OTHER, sec.VOLUNTEER),
        ("Engagements associatifs", sec.OTHER, sec.VOLUNTEER),
        ("Community Involvement", sec.OTHER, sec.VOLUNTEER),
        ("Voluntary work/Extra-curricular activities", sec.OTHER, sec.VOLUNTEER),
        ("Vie associative", sec.INTERESTS, sec.VOLUNTEER),
        ("Prix et distinctions", sec.OTHER, sec.AWARDS),
        ("Honors & Awards", sec.OTHER, sec.AWARDS),
        ("Récompenses", sec.OTHER, sec.AWARDS),
        ("Publications", sec.OTHER, sec.PUBLICATIONS),
        ("Selected Publications", sec.OTHER, sec.PUBLICATIONS),
        # Two things in one heading: neither list is guessed.
        ("Honors, Awards and Memberships", sec.OTHER, None),
        ("Awards & Publications", sec.OTHER, None),
        # An interests heading is one of volunteering only when it says so in full.
        ("Community & Leisure Interests", sec.INTERESTS, None),
        ("Centres d'intérêt", sec.INTERESTS, None),
        ("Références", sec.OTHER, None),
    ],
)
def test_heading_kinds(heading, kind, extra):
    assert sec.heading_kind(heading, 3) == kind
    assert sec.extra_kind(heading, kind) == extra


def test_a_department_alone_is_no_publications_heading():
    assert sec.heading_kind("Communications", 3) is None


# ---- volunteering ----------------------------------------------------------------------------------------------
def test_volunteer_entries_french():
    assert parse_volunteer(
        [
            "Trésorier, Restos du Coeur, Lyon",
            "2015 - 2018",
            "Organisation des collectes",
            "Bénévole – Croix-Rouge française (2019 - 2021)",
            "• Secourisme",
            "Bénévole aux Restos du Cœur depuis 2022",
            "Président de l'association sportive du lycée (2012-2014)",
        ]
    ) == [
        {
            "organization": "Restos du Coeur",
            "position": "Trésorier",
            "startDate": "2015",
            "endDate": "2018",
            "highlights": ["Organisation des collectes"],
        },
        {
            "organization": "Croix-Rouge française",
            "position": "Bénévole",
            "startDate": "2019",
            "endDate": "2021",
            "highlights": ["Secourisme"],
        },
        {"position": "Bénévole", "organization": "Restos du Cœur", "startDate": "2022"},
        {"position": "Président de l'association sportive du lycée", "startDate": "2012", "endDate": "2014"},
    ]


def test_volunteer_entries_english():
    assert parse_volunteer(
        [
            "Volunteer Tutor, Big Brothers Big Sisters, 2016 – 2018",
            "Mentored two pupils weekly",
            "Habitat for Humanity",
            "Builder",
            "June 2014",
            "Volunteer, Habitat for Humanity, 2009-2014",
        ]
    ) == [
        {
            "organization": "Big Brothers Big Sisters",
            "position": "Volunteer Tutor",
            "startDate": "2016",
            "endDate": "2018",
            "highlights": ["Mentored two pupils weekly"],
        },
        {"organization": "Habitat for Humanity", "position": "Builder", "startDate": "2014-06", "endDate": "2014-06"},
        {"organization": "Habitat for Humanity", "position": "Volunteer", "startDate": "2009", "endDate": "2014"},
    ]


def test_volunteer_undated_lists():
    # One entry per line; a lower-case line of what was done belongs to the entry above.
    assert parse_volunteer(["Volunteer, Red Cross", "Blood drives", "Mentor, Code Club"]) == [
        {"organization": "Red Cross", "position": "Volunteer", "highlights": ["Blood drives"]},
        {"organization": "Code Club", "position": "Mentor"},
    ]
    assert parse_volunteer(
        ["• Arlington Literacy Program", "• Run for Life", "Big Kids Society - 10 hours monthly"]
    ) == [
        {"organization": "Arlington Literacy Program"},
        {"organization": "Run for Life"},
        {"organization": "Big Kids Society"},
    ]


def test_volunteer_period_first():
    # The period on a line of its own above what was done: the entry is what was done, in the CV's words.
    assert parse_volunteer(["2014", "Participated in a charity run for cancer research"]) == [
        {"startDate": "2014", "endDate": "2014", "summary": "Participated in a charity run for cancer research"}
    ]


# ---- awards ----------------------------------------------------------------------------------------------------
def test_awards():
    assert parse_awards(
        [
            "Prix de l'innovation 2018, décerné par Bpifrance",
            "Dean's List, University of Texas, 2015",
            "• Best Paper Award, Honorable Mention – ACM SIGIR 2019",
            "Awarded for a new ranking method of search results in large collections.",
            "Employee of the month, March 2021",
            "Vancouver, BC, Canada",
            "1996, 1997, 1998",
        ]
    ) == [
        {"title": "Prix de l'innovation", "date": "2018", "awarder": "Bpifrance"},
        {"title": "Dean's List", "date": "2015", "awarder": "University of Texas"},
        # "ACM SIGIR" after a dash names no organisation the lexicon knows: it stays in the title.
        {
            "title": "Best Paper Award, Honorable Mention – ACM SIGIR",
            "date": "2019",
            "summary": "Awarded for a new ranking method of search results in large collections.",
        },
        {"title": "Employee of the month", "date": "2021-03"},
    ]


# ---- publications ----------------------------------------------------------------------------------------------
def test_publications_reference_styles():
    assert parse_publications(
        [
            "Dupont J., Martin P. (2019). Apprentissage profond pour les CV. Revue TAL, 60(2), 1-20.",
            "“Scaling Postgres”, Linux Journal, March 2020, https://example.org/p1",
            "Baek JD, Sudha X, Seidman R. Physician incentives and primary care. J Prim Care ; 39: 34-41, 2014.",
            "A short note on graphs, 2017",
            "Lire les CV",
            "Kwon, J. (2004, September). A survey of teachers. Report to the State Department of",
            "Education. doi:10.1000/182",
        ]
    ) == [
        {"name": "Apprentissage profond pour les CV", "releaseDate": "2019", "publisher": "Revue TAL"},
        {
            "name": "Scaling Postgres",
            "url": "https://example.org/p1",
            "releaseDate": "2020-03",
            "publisher": "Linux Journal",
        },
        {"name": "Physician incentives and primary care", "releaseDate": "2014", "publisher": "J Prim Care"},
        {"name": "A short note on graphs", "releaseDate": "2017"},
        {"name": "Lire les CV"},
        {
            "name": "A survey of teachers",
            "url": "https://doi.org/10.1000/182",
            "releaseDate": "2004",
            "publisher": "Report to the State Department of Education",
        },
    ]


def test_publications_bullets_with_wrapped_lines():
    assert parse_publications(
        ["• Un article sur les graphes, Revue X, 2019", "(avec P. Martin)", "• Un livre, 2021"]
    ) == [
        {"name": "Un article sur les graphes, Revue X (avec P. Martin)", "releaseDate": "2019"},
        {"name": "Un livre", "releaseDate": "2021"},
    ]


# ---- the whole CV ----------------------------------------------------------------------------------------------
_CV = """Jean Dupont
jean.dupont@example.fr
EXPÉRIENCE PROFESSIONNELLE
Développeur, Acme SA, Paris
janv. 2019 – aujourd'hui
BÉNÉVOLAT
Trésorier, Restos du Coeur, Lyon
2015 - 2018
Organisation des collectes
VIE ASSOCIATIVE
Président du BDE, ESSEC (2018-2019)
CENTRES D'INTÉRÊT
Escalade, photographie
PUBLICATIONS
Dupont J. (2019). Lire les CV. Revue TAL, 60(2).
PRIX ET DISTINCTIONS
Prix de l'innovation 2018, décerné par Bpifrance
"""


def test_whole_cv_outputs_volunteer_awards_and_publications(sample_taxonomy):
    result = parse_resume(_CV.encode("utf-8"), "cv.txt", sample_taxonomy)
    assert [(w["name"], w["position"]) for w in result["work"]] == [("Acme SA", "Développeur")]
    assert result["volunteer"] == [
        {
            "organization": "Restos du Coeur",
            "position": "Trésorier",
            "startDate": "2015",
            "endDate": "2018",
            "highlights": ["Organisation des collectes"],
        },
        {"organization": "ESSEC", "position": "Président du BDE", "startDate": "2018", "endDate": "2019"},
    ]
    assert result["awards"] == [{"title": "Prix de l'innovation", "date": "2018", "awarder": "Bpifrance"}]
    assert result["publications"] == [{"name": "Lire les CV", "releaseDate": "2019", "publisher": "Revue TAL"}]
    # "Vie associative" went to volunteering, not to the interests.
    assert result["interests"] == [{"name": "Escalade"}, {"name": "photographie"}]


def test_whole_cv_validates_against_the_schema(resume_schema, sample_taxonomy):
    jsonschema = pytest.importorskip("jsonschema")
    validator = jsonschema.Draft7Validator(resume_schema, format_checker=jsonschema.FormatChecker())
    result = parse_resume(_CV.encode("utf-8"), "cv.txt", sample_taxonomy)
    errors = sorted(validator.iter_errors(result), key=str)
    assert not errors, errors[0]


@pytest.mark.parametrize(
    ("line", "item"),
    [
        (
            "Volunteered for Red Cross Door Knock Appeal",
            {"summary": "Volunteered for Red Cross Door Knock Appeal", "organization": "Red Cross Door Knock Appeal"},
        ),
        (
            "Encadrement d'enfants en colonie de vacances (2016-2018)",
            {"summary": "Encadrement d'enfants en colonie de vacances", "startDate": "2016", "endDate": "2018"},
        ),
        (
            "Bénévolat chez Emmaüs depuis 2020",
            {"summary": "Bénévolat chez Emmaüs", "organization": "Emmaüs", "startDate": "2020"},
        ),
        # An action noun before a name is the name of an organisation.
        ("Organisation des Nations unies", {"organization": "Organisation des Nations unies"}),
    ],
)
def test_volunteer_lines_that_say_what_was_done(line, item):
    assert parse_volunteer([line]) == [item]


def test_shared_readings_of_names_and_full_stops():
    # The work parser's "title at employer" and its apposition rule; an abbreviation's full stop ends no award.
    assert parse_volunteer(["Member at SBIO, the student union (2013)"]) == [
        {"position": "Member", "organization": "SBIO", "startDate": "2013", "endDate": "2013"}
    ]
    assert parse_awards(["Employee of the Year, Initech Inc.", "Given for the best sales of 2019."]) == [
        {"title": "Employee of the Year", "awarder": "Initech Inc", "summary": "Given for the best sales of 2019."}
    ]
