"""Skills a CV lists that the taxonomy does not name (kept in the CV's wording, without a key), programming
languages under a "Languages" heading, web addresses, and the default list's additions."""

from __future__ import annotations

import pytest

from parsing.document import Document, Line
from parsing.evaluation.metrics import Report
from parsing.evaluation.run import score_dotin
from parsing.evaluation.taxonomy import load_taxonomy
from parsing.pipeline import analyze
from parsing.structure.skills import SkillMatcher, listed_items
from parsing.taxonomy import SkillEntry, Taxonomy

_DEFAULT_LIST = "candidates/data/default_skills.csv"


def _taxonomy() -> Taxonomy:
    return Taxonomy.from_entries(
        [
            SkillEntry("java", "Java", "Java"),
            SkillEntry("python", "Python", "Python"),
            SkillEntry("jira", "Jira", "Jira"),
            SkillEntry("linkedin", "LinkedIn", "LinkedIn"),
            SkillEntry("dotnet", ".NET", ".NET"),
        ],
        version="listed-1",
    )


def _document(*texts: str, headings: tuple[str, ...] = ()) -> Document:
    lines = [Line(t, size=12.0 if t in headings else 10.0, bold=t in headings) for t in texts]
    return Document(lines=lines, format="text", body_size=10.0)


@pytest.mark.parametrize(
    ("text", "items"),
    [
        ("Languages: Java (5 years), C/C++; Python | SQL", ["Java", "C/C++", "Python", "SQL"]),
        ("Outils : Zorglub (3 ans), Frobnik - Avancé", ["Zorglub", "Frobnik"]),
        ("Skilled in Frobnik, Zorglub Studio and Quux", ["Frobnik", "Zorglub Studio", "Quux"]),
        ("Maîtrise de Frobnik, Zorglub et Quux", ["Frobnik", "Zorglub", "Quux"]),
        ("Web stack (Frobnik, Zorglub, etc)", ["Web stack", "Frobnik", "Zorglub"]),
        ("Meeting & Event Planning", ["Meeting & Event Planning"]),
        ("Frameworks", []),
        ("Programming Languages", []),
        ("Willing to work overtime as required.", []),
        ("Adept in report writing and analysis, scheduling, coordinating the work of the team", []),
        ("jdoe@example.org, www.example.org", []),
    ],
)
def test_listed_items(text, items):
    assert listed_items(text) == items


def test_unnamed_skills_of_a_skills_section_are_output_without_a_key():
    result = analyze(
        _document("Jane Smith", "Skills", "Jira, Zorglub Studio (3 years), Python", headings=("Skills",)),
        _taxonomy(),
    )
    assert [s["name"] for s in result["skills"]] == ["Jira", "Python", "Zorglub Studio"]
    assert result["meta"]["skills"][2] == {"evidence": "Zorglub Studio", "section": "skills"}
    assert [m.get("key") for m in result["meta"]["skills"]] == ["jira", "python", None]


def test_unnamed_skills_are_not_read_from_a_skills_section_that_ran_on_into_jobs():
    result = analyze(
        _document(
            "Jane Smith",
            "Skills",
            "Frobnik, Zorglub",
            "Acme Corp, Springfield",
            "2019 - 2021",
            "Quux, Baz",
            headings=("Skills",),
        ),
        _taxonomy(),
    )
    assert [s["name"] for s in result["skills"]] == ["Frobnik", "Zorglub"]


def test_without_a_taxonomy_skills_and_meta_stay_aligned():
    result = analyze(_document("Jane Smith", "Skills", "Frobnik, Zorglub", headings=("Skills",)))
    assert [s["name"] for s in result["skills"]] == ["Frobnik", "Zorglub"]
    assert result["meta"]["skills"] == [
        {"evidence": "Frobnik", "section": "skills"},
        {"evidence": "Zorglub", "section": "skills"},
    ]


def test_a_languages_heading_over_programming_languages_is_a_skills_list():
    result = analyze(
        _document("Jane Smith", "Languages", "Java, Python, Frobnik", "English, Spanish", headings=("Languages",)),
        _taxonomy(),
    )
    skills = result["meta"]["skills"]
    assert [(s.get("key"), s["section"]) for s in skills] == [
        ("java", "skills"),
        ("python", "skills"),
        (None, "skills"),
    ]
    assert "Spanish" not in [s["name"] for s in result["skills"]]


def test_a_skill_inside_a_web_address_is_not_a_mention():
    matcher = SkillMatcher(_taxonomy())
    assert [m.key for m in matcher.find("linkedin.com/in/jane-smith http://jane.net")] == []
    assert [m.key for m in matcher.find("Social media: LinkedIn, .NET")] == ["linkedin", "dotnet"]


def test_the_default_list_names_common_tools_and_keeps_ordinary_words_out():
    matcher = SkillMatcher(load_taxonomy([_DEFAULT_LIST], []))
    assert matcher.whole("Windows XP") == matcher.whole("Windows") == "microsoft-windows"
    assert matcher.whole("Dreamweaver") == "adobe-dreamweaver"
    assert matcher.whole("Power Point") == "microsoft-powerpoint"
    assert matcher.whole("JDBC") == "jdbc"
    found = [m.key for m in matcher.find("Facebook, Twitter, Instagram", in_skills_section=True)]
    assert found == ["facebook", "twitter", "instagram"]
    # Ordinary words and employers in running text are not skills.
    prose = "Avid reader; worked at Facebook on flash storage; Tableau de bord mensuel"
    assert "adobe-flash" not in [m.key for m in matcher.find(prose, in_skills_section=False)]
    assert not {"avid-media-composer", "facebook", "tableau"} & {
        m.key for m in matcher.find(prose, in_skills_section=False)
    }


def test_scoring_handles_skills_without_a_key():
    result = {
        "skills": [{"name": "Python", "keywords": []}, {"name": "Zorglub", "keywords": []}, {"name": "Frobnik"}],
        "meta": {
            "skills": [
                {"key": "python", "evidence": "Python", "section": "skills"},
                {"evidence": "Zorglub", "section": "skills"},
                {"evidence": "Frobnik", "section": "skills"},
            ]
        },
    }
    report = Report()
    score_dotin(report, result, {"Tech Tools": ["Python", "Zorglub"]}, _taxonomy())
    assert (report.sets["skills"].tp, report.sets["skills"].fp) == (2, 1)  # two keyless skills stay two values
    assert (report.sets["skills_taxonomy"].tp, report.sets["skills_taxonomy"].fp) == (1, 0)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Excellent communication and interpersonal skills.", {"communication", "interpersonal-skills"}),
        ("Strong written and verbal communication skills", {"written-communication", "oral-communication"}),
        ("written, oral and visual communication", {"written-communication", "oral-communication"}),
        ("Strong project and people management", {"project-management", "team-management"}),
    ],
)
def test_words_sharing_a_head_after_and_are_each_a_skill(text: str, expected: set[str]) -> None:
    matcher = SkillMatcher(load_taxonomy([_DEFAULT_LIST]))
    assert {m.key for m in matcher.find(text, in_skills_section=False)} == expected


def test_a_word_already_a_skill_is_not_coordinated_again() -> None:
    matcher = SkillMatcher(load_taxonomy([_DEFAULT_LIST]))
    found = matcher.find("Java and C++ development", in_skills_section=False)
    assert [(m.key, m.evidence) for m in found] == [("java", "Java"), ("cpp", "C++")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("communication écrite et orale", {"written-communication", "oral-communication"}),
        ("gestion de projet et de budget", {"project-management", "budget-management"}),
        ("data analysis and visualization", {"data-analysis", "data-visualization"}),
    ],
)
def test_a_head_written_first_is_shared_by_the_words_after_and(text: str, expected: set[str]) -> None:
    matcher = SkillMatcher(load_taxonomy([_DEFAULT_LIST]))
    assert {m.key for m in matcher.find(text, in_skills_section=False)} == expected


def test_a_product_of_several_words_keeps_its_year_as_a_version() -> None:
    matcher = SkillMatcher(load_taxonomy([_DEFAULT_LIST]))
    found = matcher.find("Environment: SQL Server 2008, Visual Studio 2010 and IIS", in_skills_section=False)
    assert [(m.key, m.evidence) for m in found] == [
        ("microsoft-sql-server", "SQL Server 2008"),
        ("visual-studio", "Visual Studio 2010"),
        ("iis", "IIS"),
    ]
    assert matcher.whole("Windows Server 2003") == "windows-server"
    # A year after words in lower case, or opening a range, dates the line: no skill is read there.
    assert matcher.find("Project management 2019", in_skills_section=False) == []
    assert matcher.find("Digital Marketing 2019 - 2020", in_skills_section=False) == []


def test_a_product_named_by_an_ordinary_word_counts_in_a_list_outside_a_skills_section() -> None:
    matcher = SkillMatcher(load_taxonomy([_DEFAULT_LIST]))
    listed = matcher.find("Operating Systems Windows, UNIX, LINUX", in_skills_section=False)
    assert "microsoft-windows" in {m.key for m in listed}
    # In running text it is still the word.
    prose = matcher.find("Cleaned the windows of the shop and served customers", in_skills_section=False)
    assert "microsoft-windows" not in {m.key for m in prose}


def test_names_of_conferences_and_journals_hold_no_skill() -> None:
    matcher = SkillMatcher(load_taxonomy([_DEFAULT_LIST]))
    for text in (
        "Paper at the 7th International Conference on Telecommunications",
        "Published in the Journal of Applied Cryptography, Volume 2",
    ):
        assert matcher.find(text, in_skills_section=False) == [], text
    # Motivating a team is not being self-motivated; "motivation" listed as a quality still is.
    assert matcher.find("Provide leadership and motivation for staff of 50", in_skills_section=False) == []
    assert [m.key for m in matcher.find("motivation, rigueur", in_skills_section=True)][:1] == ["self-motivation"]


def test_the_default_list_names_testing_and_enterprise_tools() -> None:
    matcher = SkillMatcher(load_taxonomy([_DEFAULT_LIST]))
    assert matcher.whole("Oracle ADF") == "oracle-adf"  # not Oracle Database plus Azure Data Factory
    assert matcher.whole("Oracle Apps") == "oracle-e-business-suite"
    assert matcher.whole("Win XP") == "microsoft-windows"
    assert matcher.whole("QTP") == matcher.whole("UFT") == "micro-focus-uft"
    assert matcher.whole("test plans") == "test-planning"
    # Acronyms that are words in lower case stay words in running text.
    assert matcher.find("Replaced the lamp in the hall", in_skills_section=False) == []


def test_pieces_of_a_named_skill_cut_out_by_separators_are_not_unnamed_skills() -> None:
    taxonomy = Taxonomy.from_entries(
        [
            SkillEntry("caces-2a", "CACES R489 cat. 2A", "CACES R489 cat. 2A"),
            SkillEntry("twitter", "X (Twitter)", "X (Twitter)"),
            SkillEntry("backup", "Backup and recovery", "Sauvegarde et restauration"),
            SkillEntry("ai", "Artificial intelligence", "Intelligence artificielle", ("A.I.",)),
        ],
        version="pieces-1",
    )
    doc = _document(
        "Compétences", "• CACES R489 cat. 2A", "• X (Twitter)", "Backup and recovery, A.I., Kanban",
        headings=("Compétences",),
    )  # fmt: skip
    result = analyze(doc, taxonomy)
    keys = [s.get("key") for s in result["meta"]["skills"]]
    assert sorted(k for k in keys if k) == ["ai", "backup", "caces-2a", "twitter"]
    # The one item no skill covers is still output, in the CV's wording.
    assert [s["evidence"] for s in result["meta"]["skills"] if not s.get("key")] == ["Kanban"]


def test_french_pastimes_are_skills_only_in_a_skills_section() -> None:
    matcher = SkillMatcher(load_taxonomy([_DEFAULT_LIST], []))
    hobbies = "Photographie, cuisine, théâtre, jardinage et bricolage"
    assert [m.key for m in matcher.find(hobbies, in_skills_section=False)] == []
    assert [m.key for m in matcher.find("Vendeuse en boulangerie-pâtisserie", in_skills_section=False)] == []
    listed = [m.key for m in matcher.find(hobbies, in_skills_section=True)]
    assert listed == ["photography", "cooking", "dramatic-arts", "gardening", "manual-dexterity"]
    # Volunteering ("Bénévolat : Restos du cœur") is no skill of coordinating volunteers.
    assert matcher.whole("Bénévolat") is None
    assert matcher.whole("Coordination de bénévoles") == "volunteer-coordination"


def test_french_job_titles_are_skills_only_in_a_skills_section() -> None:
    # French titles open with the person ("chef de projet"); English ones end with it ("project manager").
    matcher = SkillMatcher(load_taxonomy([_DEFAULT_LIST], []))
    titles = (
        "Chef de projet, Développeur full stack, Contrôleur de gestion, Acheteur, Infirmière, Data Scientist, "
        "Hôtesse de caisse"
    )
    assert [m.key for m in matcher.find(titles, in_skills_section=False)] == []
    listed = {m.key for m in matcher.find(titles, in_skills_section=True)}
    assert {"project-management", "full-stack-development", "management-control", "procurement"} <= listed
    assert matcher.whole("caisse enregistreuse") == "cash-handling"
    # Shaped like titles, these name a thing and a field.
    prose = "Développement d'un agent conversationnel ; psychiatrie infirmière"
    assert [m.key for m in matcher.find(prose, in_skills_section=False)] == ["chatbots", "mental-health-nursing"]
    # "Airflow" is the tool in a list, the word before another ("Airflow measurement").
    assert [m.key for m in matcher.find("Airflow measurement of ducts", in_skills_section=False)] == []
    assert "apache-airflow" in [m.key for m in matcher.find("Spark, Airflow, Kafka", in_skills_section=False)]
    # A tool's alias that starts with such a word, written with a capital, is no title.
    assert [m.key for m in matcher.find("Puppet, Chef configuration management", in_skills_section=False)][-1:] == [
        "chef-infra"
    ]
