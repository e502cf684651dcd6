"""manage.py import_esco: ESCO skills files, English and French."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest
from django.core.management import CommandError, call_command

from candidates.models import Skill, SkillAlias
from candidates.services.skills import esco_import
from tests.factories import SkillFactory

pytestmark = pytest.mark.django_db

ESCO = Path("/work/shared/data/esco")
URI = "http://data.europa.eu/esco/skill/"


def write_en(path, rows):
    """The English export: many columns, alternative labels separated by new lines."""
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["conceptType", "conceptUri", "skillType", "preferredLabel", "altLabels", "description"])
        for uri, label, alternatives in rows:
            writer.writerow(
                ["KnowledgeSkillCompetence", URI + uri, "skill/competence", label, "\n".join(alternatives), "…"]
            )
    return path


def write_fr(path, rows):
    """The French export: three columns, alternative labels separated by |."""
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["conceptUri", "preferredLabel", "altLabels"])
        for uri, label, alternatives in rows:
            writer.writerow([URI + uri, label, "|".join(alternatives)])
    return path


EN_ROWS = [
    ("0001-aaaa", "manage musical staff", ["manage staff of music", "direct musical staff"]),
    ("0002-bbbb", "Esco-test-zorg (computer programming)", ["Zorg3"]),
    ("0003-cccc", "esco-test-kotlin", ["Kotlin language"]),
    ("0004-dddd", "manage musical staff", []),  # same label, another concept: another slug
]
FR_ROWS = [
    ("0001-aaaa", "gérer le personnel musical", ["diriger le personnel musical", "gérer du personnel de musique"]),
    ("0005-eeee", "souder à l’arc", ["soudage à l’arc"]),
]


def run(*args):
    out = io.StringIO()
    call_command("import_esco", *map(str, args), stdout=out)
    return out.getvalue()


def test_english_then_french(tmp_path):
    kotlin = SkillFactory(slug="kotlin-default-test", label_en="ESCO-test-Kotlin", label_fr="Kotlin (test)")
    zorg = SkillFactory(slug="zorg-default-test", label_en="Esco-test-Zorg", label_fr="Esco-test-Zorg")
    output = run(write_en(tmp_path / "skills_en.csv", EN_ROWS))
    assert "4 rows, 2 skills created, 2 merged" in output
    zorg.refresh_from_db()  # ESCO's qualifier "(computer programming)" does not prevent the merge
    assert zorg.esco_uri == URI + "0002-bbbb" and zorg.label_en == "Esco-test-Zorg"
    assert set(zorg.aliases.values_list("normalized", flat=True)) == {"esco-test-zorg (computer programming)", "zorg3"}
    staff = Skill.objects.get(esco_uri=URI + "0001-aaaa")
    assert staff.slug == "manage-musical-staff" and staff.label_en == "manage musical staff" and staff.label_fr == ""
    assert set(staff.aliases.values_list("normalized", "language")) == {
        ("manage staff of music", "en"),
        ("direct musical staff", "en"),
    }
    assert Skill.objects.get(esco_uri=URI + "0004-dddd").slug == "manage-musical-staff-0004"
    kotlin.refresh_from_db()
    assert kotlin.esco_uri == URI + "0003-cccc" and kotlin.label_en == "ESCO-test-Kotlin"  # merged, label kept
    assert kotlin.aliases.filter(normalized="kotlin language", language="en").exists()

    output = run(write_fr(tmp_path / "skills_fr.csv", FR_ROWS))
    assert "(fr): 2 rows, 1 skills created, 0 merged" in output and "1 labels filled" in output
    staff.refresh_from_db()
    assert staff.label_fr == "gérer le personnel musical" and staff.label_en == "manage musical staff"
    assert staff.aliases.filter(normalized="diriger le personnel musical", language="fr").exists()
    welding = Skill.objects.get(esco_uri=URI + "0005-eeee")
    assert welding.label_fr == "souder à l’arc" and welding.slug == "souder-a-larc"


def test_running_twice_changes_nothing(tmp_path):
    path = write_en(tmp_path / "skills_en.csv", EN_ROWS)
    run(path)
    skills, aliases = Skill.objects.count(), SkillAlias.objects.count()
    output = run(path)
    assert "0 skills created, 0 merged into existing skills, 0 labels filled, 4 unchanged, 0 aliases added" in output
    assert (Skill.objects.count(), SkillAlias.objects.count()) == (skills, aliases)


def test_language_from_labels_or_flag(tmp_path):
    path = write_fr(tmp_path / "export.csv", [("0009-ffff", "gérer des projets de la ville", ["piloter des projets"])])
    [result] = esco_import(paths=[path])
    assert result.language == "fr"
    english = write_fr(tmp_path / "other.csv", [("0010-gggg", "weld metal", [])])
    [result] = esco_import(paths=[english], language="en")
    assert Skill.objects.get(esco_uri=URI + "0010-gggg").label_en == "weld metal"


def test_inactive_flag(tmp_path):
    run(write_en(tmp_path / "skills_en.csv", EN_ROWS[:1]), "--inactive")
    assert not Skill.objects.get(esco_uri=URI + "0001-aaaa").is_active


def test_bad_file(tmp_path):
    bad = tmp_path / "skills_en.csv"
    bad.write_text("a,b\n1,2\n", encoding="utf-8")
    with pytest.raises(CommandError, match="not an ESCO skills file"):
        run(bad)
    with pytest.raises(CommandError, match="No such file"):
        run(tmp_path / "absent_en.csv")


@pytest.mark.skipif(not (ESCO / "skills_en.csv").is_file(), reason="ESCO files not available")
def test_real_esco_files():
    # (how long the import takes is measured by no test: a loaded machine would fail a timed assertion)
    output = run(ESCO / "skills_en.csv", ESCO / "skills_fr.csv")
    assert "skills created" in output
    assert Skill.objects.exclude(esco_uri=None).count() >= 13_000
    python = Skill.objects.get(slug="python")  # the default skill, joined by ESCO's "Python"
    assert python.esco_uri and python.label_en == "Python"
    haskell = Skill.objects.get(esco_uri="http://data.europa.eu/esco/skill/000f1d3d-220f-4789-9c0a-cc742521fb02")
    assert haskell.label_fr == "Haskell" and haskell.label_en
    assert "0 skills created" in run(ESCO / "skills_en.csv")
