"""Ship the default skills list (candidates/data/default_skills.csv) with a fresh install.

Runs the same upsert as ``manage.py load_default_skills``, on this migration's historical models. Without the
file it loads nothing. Reversing it leaves the skills in place (people may be linked to them)."""

from django.db import migrations


def load_default_skills(apps, schema_editor):
    from candidates.skills_data import read_default_skills, upsert_default_skills

    rows = read_default_skills()
    if rows:
        upsert_default_skills(apps.get_model("candidates", "Skill"), apps.get_model("candidates", "SkillAlias"), rows)


class Migration(migrations.Migration):
    dependencies = [("candidates", "0002_resume_parse_tracking")]

    operations = [migrations.RunPython(load_default_skills, migrations.RunPython.noop, elidable=True)]
