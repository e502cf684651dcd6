"""The skill matcher with a large ESCO-style taxonomy (lower-case ordinary words, one-word alternative labels,
spoken languages as skills) and the evaluation's ESCO loader. Every text and label here is invented."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from parsing.document import Document, Line
from parsing.evaluation.taxonomy import load_taxonomy
from parsing.pipeline import analyze
from parsing.structure.skills import GENERIC_WORD_SKILLS, SkillMatcher
from parsing.taxonomy import SkillEntry, Taxonomy


@pytest.fixture(scope="module")
def matcher() -> SkillMatcher:
    entries = [
        SkillEntry("kiln-firing", "", "operate kilns", ("firing", "kiln operation")),
        SkillEntry("office-admin", "", "office administration", ("administration",)),
        SkillEntry("excel", "Microsoft Excel", "Microsoft Excel", ("Excel",)),
        SkillEntry("swedish-language", "", "Swedish", ("swedish language",)),
        SkillEntry("hardware-tests", "", "hardware testing methods", ("zq",)),
        SkillEntry("lisp", "", "LISP", ()),
        SkillEntry("python", "Python", "Python", ("Python 3",)),
        SkillEntry("oracle", "Oracle Database", "Oracle Database", ("Oracle",)),
        SkillEntry("database", "", "database", ()),
        SkillEntry("botany", "", "botany", ()),
    ]
    # Enough skills using the word "equipment" (written in lower case) to make it a generic word of the field.
    entries.append(SkillEntry("equipment", "", "equipment", ()))
    entries += [
        SkillEntry(f"equipment-{n}", "", f"maintain equipment type {n}", ()) for n in range(GENERIC_WORD_SKILLS)
    ]
    return SkillMatcher(Taxonomy.from_entries(entries, "test-skills-esco"))


def _keys(matcher: SkillMatcher, text: str, *, section: bool = False) -> list[str]:
    return [m.key for m in matcher.find(text, in_skills_section=section)]


def test_a_one_word_alias_taken_from_a_longer_label_is_dropped(matcher):
    assert _keys(matcher, "Handled administration for the team", section=True) == []
    assert _keys(matcher, "Office administration", section=True) == ["office-admin"]
    assert _keys(matcher, "Reports in Excel") == ["excel"]  # a name, written with a capital: kept


def test_generic_lower_case_words_count_only_in_a_skills_section(matcher):
    assert _keys(matcher, "Repaired equipment on site") == []
    assert _keys(matcher, "equipment", section=True) == ["equipment"]
    assert _keys(matcher, "Studied botany at night school") == ["botany"]  # a word of few skills: kept


def test_spoken_languages_are_not_skills(matcher):
    assert _keys(matcher, "Swedish, Python", section=True) == ["python"]
    assert _keys(matcher, "Swedish language tutor", section=True) == ["swedish-language"]


def test_two_letter_lower_case_aliases_are_dropped(matcher):
    assert _keys(matcher, "Zq, Python", section=True) == ["python"]


def test_an_acronym_opening_a_phrase_is_the_word(matcher):
    assert _keys(matcher, "Python (Lisp than 1 year), LISP", section=True) == ["python", "lisp"]
    assert [m.evidence for m in matcher.find("Lisp, Python, Go", in_skills_section=True)] == ["Lisp", "Python"]


def test_a_version_after_a_skill_is_part_of_its_wording(matcher):
    found = matcher.find("Python 3.11, Oracle 19c and Oracle 2019 migration", in_skills_section=True)
    assert [(m.key, m.evidence) for m in found] == [
        ("python", "Python 3.11"),
        ("oracle", "Oracle 19c"),
        ("oracle", "Oracle"),
    ]


def test_whole_accepts_versions_and_plurals(matcher):
    assert matcher.whole("Oracle 12g") == "oracle"
    assert matcher.whole("Databases") == "database"
    assert matcher.whole("Python 3") == "python"
    assert matcher.whole("Oracle Database administration") is None


def test_a_degree_field_of_study_is_not_a_skill():
    taxonomy = Taxonomy.from_entries([SkillEntry("botany", "", "botany", ())], "test-degree-field")
    lines = ["Ilse Marchetti", "ilse@example.org", "EDUCATION", "Bachelor of Science in Botany, Lakeside College"]
    assert analyze(Document(lines=[Line(t) for t in lines], format="text"), taxonomy)["meta"]["skills"] == []
    lines += ["EXPERIENCE", "Herbarium assistant, Lakeside Gardens, 2019 - 2021", "Taught botany to visitors"]
    skills = analyze(Document(lines=[Line(t) for t in lines], format="text"), taxonomy)["meta"]["skills"]
    assert [s["key"] for s in skills] == ["botany"]


def _write(path: Path, header: list[str], rows: list[list[str]]) -> Path:
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(header)
        writer.writerows(rows)
    return path


def test_esco_files_load_like_import_esco(tmp_path):
    default = _write(
        tmp_path / "default.csv",
        ["slug", "category", "label_en", "label_fr", "aliases"],
        [["kiln", "industry", "Kiln firing", "Cuisson au four", "firing kilns"]],
    )
    english = _write(
        tmp_path / "skills_en.csv",
        ["conceptUri", "preferredLabel", "altLabels"],
        [
            ["http://example.org/esco/1", "kiln firing (ceramics)", "fire kilns\nkiln operation"],
            ["http://example.org/esco/2", "glaze pottery", "apply glaze\nx"],
        ],
    )
    french = _write(
        tmp_path / "skills_fr.csv",
        ["conceptUri", "preferredLabel", "altLabels"],
        [["http://example.org/esco/2", "émailler des poteries", "appliquer un émail|émaillage"]],
    )
    taxonomy = load_taxonomy([default], [english, french])
    by_key = {entry.key: entry for entry in taxonomy.skills}
    # The concept joins the default skill with the same label (its qualifier aside); the default labels stay.
    kiln = by_key["kiln"]
    assert (kiln.label_en, kiln.label_fr) == ("Kiln firing", "Cuisson au four")
    assert kiln.aliases == ("firing kilns", "kiln firing (ceramics)", "fire kilns", "kiln operation")
    # A new concept takes its English label from one file and its French label from the other; one-letter
    # alternatives are left out, as the import does.
    glaze = taxonomy.skills[1]
    assert (glaze.label_en, glaze.label_fr) == ("glaze pottery", "émailler des poteries")
    assert glaze.aliases == ("apply glaze", "appliquer un émail", "émaillage")
    assert len(taxonomy.skills) == 2
    assert load_taxonomy([], [english]).version != taxonomy.version
