"""The skills taxonomy handed to the parser, and the shipped default list."""

from __future__ import annotations

from importlib import import_module

import pytest
from django.apps import apps as live_apps
from django.core.management import call_command

from candidates import taxonomy
from candidates.models import Skill, SkillAlias
from candidates.services.skills import skills_load_default
from candidates.skills_data import DEFAULT_SKILLS_PATH, read_default_skills
from tests.factories import SkillAliasFactory, SkillFactory

pytestmark = pytest.mark.django_db

CSV = """slug,category,label_en,label_fr,aliases
test-python,tech,Python,Python,Python 3|Python3|PYTHON 3|langage Python
test-project,business,Project management,Gestion de projet,gestion de projets|Gestion de Projet
test-weird,nonsense,Welding,,
,tech,No slug,,
"""


@pytest.fixture
def csv_path(tmp_path):
    path = tmp_path / "skills.csv"
    path.write_text(CSV, encoding="utf-8")
    return path


def test_current_taxonomy_lists_active_skills_with_aliases():
    skill = SkillFactory(slug="tax-test-kotlin", label_en="Kotlin", label_fr="Kotlin")
    SkillAliasFactory(skill=skill, alias="Kotlin/JVM")
    SkillFactory(slug="tax-test-off", is_active=False)
    entries = {entry.key: entry for entry in taxonomy.current_taxonomy().skills}
    assert entries["tax-test-kotlin"].aliases == ("Kotlin/JVM",)
    assert "tax-test-off" not in entries


def test_taxonomy_is_cached_until_the_tables_change(django_assert_num_queries):
    SkillFactory(slug="tax-test-a")
    first = taxonomy.current_taxonomy()
    with django_assert_num_queries(1):  # the version only
        assert taxonomy.current_taxonomy() is first
    skill = SkillFactory(slug="tax-test-b")
    second = taxonomy.current_taxonomy()
    assert second is not first and second.version != first.version
    SkillAliasFactory(skill=skill, alias="Bee")
    third = taxonomy.current_taxonomy()
    assert third.version != second.version and "Bee" in {a for e in third.skills for a in e.aliases}
    skill.is_active = False
    skill.save()
    assert "tax-test-b" not in {entry.key for entry in taxonomy.current_taxonomy().skills}


def test_read_default_skills(csv_path):
    rows = {row.slug: row for row in read_default_skills(csv_path)}
    assert set(rows) == {"test-python", "test-project", "test-weird"}
    assert rows["test-weird"].category == "other" and rows["test-weird"].label_fr == "Welding"
    assert read_default_skills(csv_path.parent / "absent.csv") == []


def test_load_default_is_idempotent(csv_path):
    assert skills_load_default(path=csv_path) == (3, 0)
    python = Skill.objects.get(slug="test-python")
    assert set(python.aliases.values_list("normalized", flat=True)) == {"python 3", "python3", "langage python"}
    project = Skill.objects.get(slug="test-project")
    assert project.category == "business"
    # "Gestion de Projet" equals the label once folded: kept once, harmless.
    assert set(project.aliases.values_list("normalized", flat=True)) == {"gestion de projets", "gestion de projet"}
    aliases = SkillAlias.objects.count()
    assert skills_load_default(path=csv_path) == (0, 0)
    assert SkillAlias.objects.count() == aliases


def test_load_default_updates_labels_but_keeps_admin_choices(csv_path):
    skills_load_default(path=csv_path)
    Skill.objects.filter(slug="test-python").update(label_fr="Pythonne", is_active=False)
    SkillAliasFactory(skill=Skill.objects.get(slug="test-python"), alias="Py added by admin")
    assert skills_load_default(path=csv_path) == (0, 1)
    python = Skill.objects.get(slug="test-python")
    assert python.label_fr == "Python" and not python.is_active
    assert python.aliases.filter(alias="Py added by admin").exists()


def test_command(csv_path, capsys):
    call_command("load_default_skills", "--path", str(csv_path))
    assert "3 created" in capsys.readouterr().out


def test_data_migration_copes_with_an_absent_file(monkeypatch, tmp_path):
    migration = import_module("candidates.migrations.0003_default_skills")
    monkeypatch.setattr("candidates.skills_data.DEFAULT_SKILLS_PATH", tmp_path / "absent.csv")
    before = Skill.objects.count()
    migration.load_default_skills(live_apps, None)
    assert Skill.objects.count() == before


def test_data_migration_loads_the_file(monkeypatch, csv_path):
    migration = import_module("candidates.migrations.0003_default_skills")
    monkeypatch.setattr("candidates.skills_data.DEFAULT_SKILLS_PATH", csv_path)
    migration.load_default_skills(live_apps, None)
    assert Skill.objects.filter(slug__in=["test-python", "test-project", "test-weird"]).count() == 3


@pytest.mark.skipif(not DEFAULT_SKILLS_PATH.is_file(), reason="the default list is not there yet")
def test_the_shipped_list_is_installed_by_migrations():
    rows = read_default_skills()
    assert len(rows) >= 1600
    assert Skill.objects.filter(slug__in=[row.slug for row in rows]).count() == len(rows)
    assert taxonomy.default_taxonomy().skills
