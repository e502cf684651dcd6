"""The default skills list (``candidates/data/default_skills.csv``): reading it, and upserting it into the Skill
and SkillAlias tables.

The upsert takes the model classes as arguments so the data migration can pass its historical models
(``apps.get_model``) and the service the live ones: both run exactly the same code. Nothing here imports the
app's models.
"""

from __future__ import annotations

import csv
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from django.utils import timezone

from .normalize import fold

DEFAULT_SKILLS_PATH = Path(__file__).resolve().parent / "data" / "default_skills.csv"
CATEGORIES = frozenset(
    {
        "tech",
        "business",
        "sales",
        "finance",
        "hr",
        "healthcare",
        "logistics",
        "industry",
        "hospitality",
        "soft",
        "other",
    }
)
BATCH_SIZE = 2000


@dataclass(frozen=True, slots=True)
class DefaultSkill:
    slug: str
    category: str
    label_en: str
    label_fr: str
    aliases: tuple[str, ...]


def read_default_skills(path: Path | str | None = None) -> list[DefaultSkill]:
    """The rows of the CSV (header: slug,category,label_en,label_fr,aliases; aliases ``|``-separated). An absent
    file gives no rows; rows without a slug or any label are skipped; a repeated slug keeps its first row."""
    source = Path(path) if path is not None else DEFAULT_SKILLS_PATH
    if not source.is_file():
        return []
    skills: dict[str, DefaultSkill] = {}
    with source.open(encoding="utf-8-sig", newline="") as handle:
        for row in csv.DictReader(handle):
            slug = (row.get("slug") or "").strip()
            label_en = " ".join((row.get("label_en") or "").split())
            label_fr = " ".join((row.get("label_fr") or "").split())
            if not slug or not (label_en or label_fr) or slug in skills:
                continue
            category = (row.get("category") or "").strip().lower()
            aliases = tuple(
                dict.fromkeys(
                    " ".join(alias.split()) for alias in (row.get("aliases") or "").split("|") if alias.strip()
                )
            )
            skills[slug] = DefaultSkill(
                slug=slug[:120],
                category=category if category in CATEGORIES else "other",
                label_en=(label_en or label_fr)[:200],
                label_fr=(label_fr or label_en)[:200],
                aliases=aliases,
            )
    return list(skills.values())


def upsert_default_skills(skill_model: Any, alias_model: Any, rows: Iterable[DefaultSkill]) -> tuple[int, int]:
    """Create missing skills, update the labels and category of existing ones (by slug), add missing aliases.

    Never deletes, never reactivates a skill an admin switched off, never touches an ESCO URI. Returns
    (created, updated) counts of skills; running it twice changes nothing the second time."""
    rows = list(rows)
    if not rows:
        return 0, 0
    now = timezone.now()
    existing = {skill.slug: skill for skill in skill_model.objects.filter(slug__in=[row.slug for row in rows])}
    to_create = []
    to_update = []
    for row in rows:
        skill = existing.get(row.slug)
        if skill is None:
            to_create.append(
                skill_model(
                    slug=row.slug,
                    category=row.category,
                    label_en=row.label_en,
                    label_fr=row.label_fr,
                    created_at=now,
                    updated_at=now,
                )
            )
        elif (skill.label_en, skill.label_fr, skill.category) != (row.label_en, row.label_fr, row.category):
            skill.label_en, skill.label_fr, skill.category = row.label_en, row.label_fr, row.category
            # bulk_update skips auto_now: set it, the taxonomy cache is keyed by it.
            skill.updated_at = now
            to_update.append(skill)
    skill_model.objects.bulk_create(to_create, batch_size=BATCH_SIZE, ignore_conflicts=True)
    skill_model.objects.bulk_update(
        to_update, ["label_en", "label_fr", "category", "updated_at"], batch_size=BATCH_SIZE
    )

    ids = dict(skill_model.objects.filter(slug__in=[row.slug for row in rows]).values_list("slug", "id"))
    known = set(alias_model.objects.filter(skill_id__in=ids.values()).values_list("skill_id", "normalized"))
    aliases = []
    for row in rows:
        skill_id = ids.get(row.slug)
        if skill_id is None:
            continue
        for alias in row.aliases:
            normalized = fold(alias)[:200]
            if normalized and (skill_id, normalized) not in known:
                known.add((skill_id, normalized))
                aliases.append(alias_model(skill_id=skill_id, alias=alias[:200], normalized=normalized, language=""))
    alias_model.objects.bulk_create(aliases, batch_size=BATCH_SIZE, ignore_conflicts=True)
    if aliases:
        # New aliases change what the parser matches: move the taxonomy version.
        skill_model.objects.filter(id__in={alias.skill_id for alias in aliases}).update(updated_at=now)
    return len(to_create), len(to_update)
