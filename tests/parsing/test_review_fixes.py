"""Fixes from a review of the parsing rules: abbreviated school names, a slow bracket pattern, research titles,
personal data in skills lists, higher-education schools named "… School" or "Collège de …", phone separators,
products that are ordinary words, labelled titles, the date cache, and older education defects."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from parsing.document import Document, Line
from parsing.evaluation.taxonomy import load_taxonomy_csv
from parsing.pipeline import analyze
from parsing.structure import dates, skills
from parsing.structure.contact import find_headline, find_phone
from parsing.structure.education import parse_education, plausible_institution, secondary_school
from parsing.structure.skills import SkillMatcher, listed_items

_DEFAULT_LIST = Path(__file__).resolve().parents[2] / "candidates" / "data" / "default_skills.csv"


@pytest.fixture(scope="module")
def matcher() -> SkillMatcher:
    return SkillMatcher(load_taxonomy_csv(_DEFAULT_LIST))


def _schools(*texts: str) -> list[tuple[str | None, str | None]]:
    return [(item.get("studyType"), item.get("institution")) for item in parse_education(list(texts))]


def _keys(matcher: SkillMatcher, text: str, *, in_section: bool = True) -> list[str]:
    return [match.key for match in matcher.find(text, in_skills_section=in_section)]


# ---- 1. abbreviated school names --------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("line", "school"),
    [
        ("Master Chimie, Univ. Grenoble Alpes, 2016 - 2018", "Univ. Grenoble Alpes"),
        ("Licence de droit – Univ. Paris-Saclay – 2014 - 2017", "Univ. Paris-Saclay"),
        ("Doctorat, Inst. Mines-Télécom, 2015 - 2018", "Inst. Mines-Télécom"),
    ],
)
def test_a_school_abbreviated_with_a_full_stop_is_not_cut(line: str, school: str) -> None:
    assert [institution for _, institution in _schools(line)] == [school]


def test_an_abbreviation_is_no_sentence_end_but_a_sentence_end_still_is() -> None:
    assert plausible_institution("Univ. Lyon 1")
    assert plausible_institution("École Nat. Sup. des Mines")
    assert not plausible_institution("Lyon University. Saint Paul")


# ---- 2. a bracket left open in a long skills line ----------------------------------------------------------------
def test_an_unclosed_bracket_before_many_digits_is_read_in_linear_time() -> None:
    line = "Java (" + "outil 3 version 2 " * 6000  # 108 000 characters: minutes with the former pattern
    started = time.perf_counter()
    skills._BRACKETED_LEVEL_RE.search(line)
    assert time.perf_counter() - started < 1.0


def test_a_paragraph_long_line_is_no_list_of_skills() -> None:
    line = "Java (" + "outil 3, " * 40
    assert len(line) > 300
    assert listed_items(line) == []
    assert listed_items("Java (5 ans), Python (3 ans)") == ["Java", "Python"]


# ---- 3. research is a trade --------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "title", ["Ingénieure de recherche", "Chargé de recherche CNRS", "Responsable Recherche et Développement"]
)
def test_a_research_title_is_a_headline(title: str) -> None:
    assert find_headline([Line("Claire Petit"), Line(title)], 0, set()) == title


@pytest.mark.parametrize(
    "line",
    [
        "Étudiante en master à la recherche d'un stage",
        "Développeur en recherche d'alternance",
        "Je recherche un poste de comptable",
        "Graduate seeking an internship",
        "Analyst looking for new challenges",
    ],
)
def test_a_job_search_is_no_headline(line: str) -> None:
    assert find_headline([Line("Claire Petit"), Line(line)], 0, set()) == ""


# ---- 4. personal data in a skills list ---------------------------------------------------------------------------
@pytest.mark.parametrize(
    "line",
    [
        "Permis B, véhiculé",
        "Disponible immédiatement, mobilité Île-de-France",
        "Mobilité : Paris, Lyon, Marseille",
        "Passport No: X1234567",
        "Salaire souhaité : 45 k€",
        "Adresse : 12 rue des Lilas, 69003 Lyon",
        "Hobbies: Tennis, Chess, Travelling",
        "Centres d'intérêt : football, lecture",
        "Languages known: English, Hindi",
        "Langues : anglais, espagnol",
        "Nationalité française",
        "Qualités : souriant, aimable",
        "Jean Dupont, Marie Curie",
        "souriant, aimable, transversales",
        "Anglais, Espagnol",
    ],
)
def test_personal_data_is_no_unnamed_skill(line: str) -> None:
    assert listed_items(line) == []


def test_versions_standards_and_programming_languages_stay() -> None:
    assert listed_items("Java 8, Python 3.11, ISO 9001") == ["Java 8", "Python 3.11", "ISO 9001"]
    assert listed_items("Languages: Kotlin, Elixir") == ["Kotlin", "Elixir"]
    assert listed_items("Zabbix, Nagios, autonomie") == ["Zabbix", "Nagios", "autonomie"]


def test_unnamed_skills_are_capped_per_cv() -> None:
    lines = [Line("Jean Dupont"), Line("Compétences", size=12.0, bold=True)]
    lines += [Line(f"Outilx{n}a, Outilx{n}b, Outilx{n}c") for n in range(40)]
    document = Document(lines=lines, format="text", body_size=10.0)
    result = analyze(document)
    unnamed = [meta for meta in result["meta"]["skills"] if "key" not in meta]
    assert len(unnamed) == skills.MAX_UNNAMED_SKILLS


# ---- 5. higher education named "… School" or "Collège de …" -------------------------------------------------------
@pytest.mark.parametrize(
    ("lines", "school"),
    [
        (["MBA, INSEAD, 2015 - 2016", "Executive Program, The Wharton School, 2019"], "The Wharton School"),
        (
            ["Master, Sciences Po, 2010 - 2012", "Executive Education, Harvard Kennedy School, 2018"],
            "Harvard Kennedy School",
        ),
        (["Master, HEC Paris, 2012 - 2014", "Exchange semester, NYU Stern School, 2013"], "NYU Stern School"),
        (["Master, Sciences Po, 2014 - 2016", "Collège d'Europe, Bruges, 2016 - 2017"], "Collège d'Europe"),
        (["Doctorat, Université Paris 1, 2010 - 2014", "Collège de France, 2015 - 2016"], "Collège de France"),
        (["Maîtrise, HEC Montréal, 2016 - 2018", "DEC, Collège de Maisonneuve, 2010 - 2012"], "Collège de Maisonneuve"),
    ],
)
def test_higher_education_named_school_or_college_is_kept(lines: list[str], school: str) -> None:
    assert school in [institution for _, institution in _schools(*lines)]


def test_secondary_schools_still_go_with_a_secondary_diploma() -> None:
    assert secondary_school("Apex School", "12th")
    assert secondary_school("Collège de la Salle", "Brevet des collèges")
    assert not secondary_school("Apex School")
    assert not secondary_school("The Wharton School", "MBA")
    items = _schools("Licence LEA, Université de Nantes, 2013 - 2016", "Collège Victor Hugo, Nantes, 2005 - 2009")
    assert [institution for _, institution in items] == ["Université de Nantes"]
    items = _schools("B.Tech, Harlow Institute of Technology, 2012 - 2016", "12th, CBSE, 2012", "Apex School, 2010")
    assert [institution for _, institution in items] == ["Harlow Institute of Technology"]


# ---- 6. phone separators -----------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "Tél : 06–12–34–56–78",
        "Tél : 06—12—34—56—78",
        "Tél : 06\u201112\u201134\u201156\u201178",
        "Tél : 06\u202f12\u202f34\u202f56\u202f78",
        "Tél : 06\u00a012\u00a034\u00a056\u00a078",
        "Tél : 06/12/34/56/78",
        "Tél : (06) 12 34 56 78",
        "Tél : [06] 12.34.56.78",
    ],
)
def test_phone_with_typographic_separators(text: str) -> None:
    assert find_phone([text], "FR", []) == ("+33612345678", "FR")


# ---- 7. the default list ------------------------------------------------------------------------------------------
def test_a_product_named_by_its_domain_is_no_address(matcher: SkillMatcher) -> None:
    assert _keys(matcher, "CRM : Salesforce.com, HubSpot") == ["customer-relations", "salesforce", "hubspot"]
    assert _keys(matcher, "github.com/jdupont") == []
    assert _keys(matcher, "Node.js/JavaScript") == ["nodejs", "javascript"]


def test_distinct_products_have_distinct_entries(matcher: SkillMatcher) -> None:
    assert _keys(matcher, "Java/J2EE") == ["java", "jakarta-ee"]
    assert _keys(matcher, "JDeveloper, MyEclipse, Spring Tool Suite") == [
        "jdeveloper",
        "myeclipse",
        "spring-tool-suite",
    ]
    assert _keys(matcher, "Bugzilla, Mantis") == ["bugzilla", "mantis"]
    assert _keys(matcher, "Log4j, SLF4J, Logback") == ["log4j", "slf4j", "logback"]
    assert _keys(matcher, "ClearCase, ClearQuest") == ["rational-clearcase", "rational-clearquest"]
    assert _keys(matcher, "Waterfall, Agile") == ["waterfall-methodology", "agile"]


# ---- 8. ordinary words -------------------------------------------------------------------------------------------
def test_ordinary_words_are_not_tools(matcher: SkillMatcher) -> None:
    assert _keys(matcher, "Mal de dos") == []
    assert _keys(matcher, "MS-DOS, DOS") == ["ms-dos", "ms-dos"]
    assert _keys(matcher, "Swing dance, Avid reader") == ["dance"]
    assert _keys(matcher, "Tableau de bord") == []
    assert _keys(matcher, "Outlook: positive growth expected", in_section=False) == []
    assert _keys(matcher, "Reports in Excel and Outlook", in_section=False) == ["excel", "microsoft-outlook"]
    assert _keys(matcher, "Motivé par les défis techniques", in_section=False) == []
    assert _keys(matcher, "Java Swing, Outlook et Excel") == ["java-swing", "microsoft-outlook", "excel"]


# ---- 9. a labelled title above the name --------------------------------------------------------------------------
def test_a_labelled_title_above_the_name_loses_its_label() -> None:
    lines = [Line("Titre : Responsable comptable"), Line("Marc Blanc"), Line("marc@example.fr")]
    assert find_headline(lines, 1, set()) == "Responsable comptable"


# ---- 10. the date cache -----------------------------------------------------------------------------------------
def test_long_texts_are_not_kept_in_the_date_cache() -> None:
    dates._cached_date_ranges.cache_clear()
    long_text = "De janvier 2015 à mars 2018 : " + "travail " * 60
    assert dates.find_date_ranges(long_text)
    assert dates._cached_date_ranges.cache_info().currsize == 0
    assert dates.find_date_ranges("janvier 2015 - mars 2018")
    assert dates._cached_date_ranges.cache_info().currsize == 1


# ---- 11-13. older education defects ---------------------------------------------------------------------------------
def test_a_field_opening_with_in_keeps_its_letters() -> None:
    items = parse_education(["DUT Informatique, IUT de Lannion, 2015 - 2017"])
    assert items[0]["area"] == "Informatique"
    items = parse_education(["Master in Chemistry, Université de Lille, 2015"])
    assert items[0]["area"] == "Chemistry"


def test_a_state_diploma_and_its_nursing_school() -> None:
    items = parse_education(["Diplôme d'État d'infirmier, IFSI de Nice, 2015 - 2018"])
    assert (items[0]["studyType"], items[0]["area"], items[0]["institution"]) == (
        "Diplôme d'État",
        "infirmier",
        "IFSI de Nice",
    )
    assert items[0]["_level"] == 3


def test_a_class_name_in_studies_is_no_skill(taxonomy) -> None:
    lines = [
        Line("Jean Dupont"),
        Line("Formation", size=12.0, bold=True),
        Line("Classe préparatoire ECS, Lycée Fermat, 2010 - 2012"),
    ]
    result = analyze(Document(lines=lines, format="text", body_size=10.0), taxonomy)
    keys = [meta.get("key") for meta in result["meta"]["skills"]]
    assert "amazon-ecs" not in keys
    assert "pharmaceutical-compounding" not in keys
