"""The skills taxonomy handed to the parser, built from the Skill and SkillAlias tables.

Built once per process and kept while the tables do not change: every call costs one small aggregate query (the
version), and a changed version (a skill added, edited, switched off, an alias added or removed) rebuilds it.
"""

from __future__ import annotations

import threading
from collections import defaultdict
from pathlib import Path

from django.db import connection

from parsing.taxonomy import SkillEntry, Taxonomy

from .models import Skill, SkillAlias
from .skills_data import read_default_skills

_lock = threading.Lock()
_cache: dict[str, Taxonomy] = {}


def taxonomy_version() -> str:
    """A value that changes whenever the active taxonomy may have: counts and latest changes of both tables."""
    skills, aliases = Skill._meta.db_table, SkillAlias._meta.db_table
    with connection.cursor() as cursor:
        cursor.execute(
            f"SELECT count(*), max(updated_at), (SELECT count(*) FROM {aliases}), (SELECT max(id) FROM {aliases}) "  # noqa: S608 (table names from models)
            f"FROM {skills}"
        )
        row = cursor.fetchone()
    count, latest, alias_count, alias_max = row if row else (0, None, 0, None)
    stamp = latest.isoformat() if latest else "-"
    return f"db:{count}:{stamp}:{alias_count}:{alias_max or 0}"


def build_taxonomy(version: str) -> Taxonomy:
    aliases: dict[int, list[str]] = defaultdict(list)
    for skill_id, alias in SkillAlias.objects.filter(skill__is_active=True).values_list("skill_id", "alias"):
        aliases[skill_id].append(alias)
    entries = [
        SkillEntry(key=slug, label_fr=label_fr, label_en=label_en, aliases=tuple(aliases.get(pk, ())))
        for pk, slug, label_fr, label_en in Skill.objects.filter(is_active=True)
        .order_by("id")
        .values_list("pk", "slug", "label_fr", "label_en")
    ]
    return Taxonomy.from_entries(entries, version=version)


def current_taxonomy() -> Taxonomy:
    """The active skills as a ``parsing.Taxonomy``, rebuilt only when the tables changed."""
    version = taxonomy_version()
    cached = _cache.get("db")
    if cached is not None and cached.version == version:
        return cached
    with _lock:
        cached = _cache.get("db")
        if cached is None or cached.version != version:
            cached = build_taxonomy(version)
            _cache["db"] = cached
    return cached


def default_taxonomy(path: Path | str | None = None) -> Taxonomy:
    """The shipped default list read straight from its CSV, without the database (``parse_cv --taxonomy
    default``)."""
    rows = read_default_skills(path)
    entries = [
        SkillEntry(key=row.slug, label_fr=row.label_fr, label_en=row.label_en, aliases=row.aliases) for row in rows
    ]
    return Taxonomy.from_entries(entries, version=f"default:{len(entries)}:{hash(tuple(entries))}")


def clear_cache() -> None:
    _cache.clear()
