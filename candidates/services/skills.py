"""The skills taxonomy: the shipped default list and ESCO imports."""

from __future__ import annotations

import csv
import re
import sys
import uuid
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from django.db import transaction
from django.utils import timezone
from django.utils.text import slugify

from ..models import Skill, SkillAlias
from ..normalize import fold
from ..skills_data import BATCH_SIZE, read_default_skills, upsert_default_skills


@transaction.atomic
def skills_load_default(*, path: Path | str | None = None) -> tuple[int, int]:
    """Upsert the default skills list (``candidates/data/default_skills.csv`` unless ``path``). Returns (created,
    updated); idempotent. The data migration 0003 runs the same code on a fresh install."""
    return upsert_default_skills(Skill, SkillAlias, read_default_skills(path))


# --- ESCO ----------------------------------------------------------------------------------------------------

ESCO_LANGUAGES = ("en", "fr")
_ALT_SEPARATOR = re.compile(r"[\n|]")
_QUALIFIER = re.compile(r"\s*\([^()]*\)\s*$")
# Words frequent in French labels and absent from English ones, to tell a file's language from its content.
_FRENCH_WORDS = frozenset({"de", "des", "du", "la", "le", "les", "et", "un", "une", "aux", "en", "pour", "d’", "l’"})
_ENGLISH_WORDS = frozenset({"the", "of", "and", "to", "for", "with", "in", "manage", "use", "perform", "ensure"})


class EscoError(ValueError):
    pass


@dataclass(slots=True)
class EscoConcept:
    uri: str
    label: str
    alternatives: list[str] = field(default_factory=list)


@dataclass(slots=True)
class EscoImportResult:
    language: str
    rows: int = 0
    created: int = 0
    merged: int = 0
    updated: int = 0
    unchanged: int = 0
    aliases_added: int = 0
    skipped: int = 0


def esco_language(path: Path, concepts: list[EscoConcept]) -> str:
    """ "en" or "fr", from the file name ("skills_fr.csv", "skills-en.csv", "fr/skills.csv"), else from the labels."""
    parts = re.split(r"[^a-z]+", str(path).lower())
    for language in ESCO_LANGUAGES:
        if language in parts:
            return language
    words: Counter[str] = Counter()
    for concept in concepts[:2000]:
        for word in re.split(r"[\s']+", fold(concept.label)):
            words[word] += 1
    french = sum(count for word, count in words.items() if word in _FRENCH_WORDS)
    english = sum(count for word, count in words.items() if word in _ENGLISH_WORDS)
    if french == english:
        raise EscoError(f"Cannot tell the language of {path}: use --language en or --language fr.")
    return "fr" if french > english else "en"


def read_esco_csv(path: Path) -> Iterator[EscoConcept]:
    """The concepts of an ESCO skills CSV (columns conceptUri, preferredLabel, altLabels; the English export
    separates alternative labels by new lines, the French one by ``|``: both are accepted)."""
    csv.field_size_limit(min(sys.maxsize, 2**31 - 1))
    with path.open(encoding="utf-8-sig", newline="") as handle:
        reader = csv.DictReader(handle)
        missing = {"conceptUri", "preferredLabel"} - set(reader.fieldnames or [])
        if missing:
            raise EscoError(f"{path}: not an ESCO skills file (missing columns: {', '.join(sorted(missing))}).")
        for row in reader:
            uri = (row.get("conceptUri") or "").strip()
            label = " ".join((row.get("preferredLabel") or "").split())
            alternatives = [
                " ".join(part.split()) for part in _ALT_SEPARATOR.split(row.get("altLabels") or "") if part.strip()
            ]
            yield EscoConcept(uri=uri, label=label, alternatives=alternatives)


def _unique_slug(label: str, uri: str, taken: set[str]) -> str:
    base = slugify(label)[:100].strip("-") or "skill"
    if base not in taken:
        return base
    # The ESCO identifier's first block: stable across imports, so the same concept keeps the same slug.
    suffix = uri.rstrip("/").rsplit("/", 1)[-1].split("-", 1)[0][:8] or uuid.uuid4().hex[:8]
    slug = f"{base}-{suffix}"
    counter = 2
    while slug in taken:
        slug = f"{base}-{suffix}-{counter}"
        counter += 1
    return slug


def esco_import(
    *, paths: Iterable[Path | str], language: str | None = None, active: bool = True
) -> list[EscoImportResult]:
    """Import ESCO skills files, one result per file.

    A concept is found by its URI; a new one joins the existing skill whose label (either language) folds to the
    same words as its preferred label when that skill has no URI yet ("Python" joins the default "python"), or
    becomes a new skill. The file's language fills an empty ``label_en`` or ``label_fr`` (a label already there is
    kept); the preferred label, when it differs, and the alternative labels become aliases tagged with that
    language. Running it twice changes nothing the second time."""
    return [_esco_import_file(Path(path), language=language, active=active) for path in paths]


@transaction.atomic
def _esco_import_file(path: Path, *, language: str | None, active: bool) -> EscoImportResult:
    concepts = list(read_esco_csv(path))
    if language is None:
        language = esco_language(path, concepts)
    if language not in ESCO_LANGUAGES:
        raise EscoError(f"Unknown language {language!r}: use en or fr.")
    label_field = f"label_{language}"
    result = EscoImportResult(language=language, rows=len(concepts))
    now = timezone.now()

    skills = list(Skill.objects.only("id", "slug", "label_en", "label_fr", "esco_uri"))
    by_uri = {skill.esco_uri: skill for skill in skills if skill.esco_uri}
    slugs = {skill.slug for skill in skills}
    # Skills without a URI yet, by folded label: the same language's label first, then the other's.
    mergeable: dict[str, Skill] = {}
    other_field = "label_fr" if language == "en" else "label_en"
    for name in (other_field, label_field):
        for candidate_skill in skills:
            if not candidate_skill.esco_uri and getattr(candidate_skill, name):
                mergeable[fold(getattr(candidate_skill, name))] = candidate_skill

    to_create: list[Skill] = []
    to_update: dict[int, Skill] = {}
    aliases_for: list[tuple[Skill, EscoConcept]] = []
    seen_uris: set[str] = set()
    for concept in concepts:
        if not concept.uri.startswith(("http://", "https://")) or not concept.label or concept.uri in seen_uris:
            result.skipped += 1
            continue
        seen_uris.add(concept.uri)
        label = concept.label[:200]
        known_skill = by_uri.get(concept.uri)
        merge_into = None
        if known_skill is None:
            # "Python (computer programming)" is our "Python": try the label without ESCO's qualifier too.
            for key in dict.fromkeys((fold(label), fold(_QUALIFIER.sub("", label)))):
                merge_into = mergeable.pop(key, None)
                if merge_into is not None:
                    break
        if known_skill is not None:
            skill = known_skill
            if getattr(skill, label_field):
                # A label already there (a person's, or the default list's) is kept: ESCO's wording still
                # matches, as an alias.
                result.unchanged += 1
            else:
                setattr(skill, label_field, label)
                skill.updated_at = now
                if skill.pk:
                    to_update[skill.pk] = skill
                result.updated += 1
        elif merge_into is not None:
            skill = merge_into
            skill.esco_uri = concept.uri
            if not getattr(skill, label_field):
                setattr(skill, label_field, label)
            skill.updated_at = now
            to_update[skill.pk] = skill
            by_uri[concept.uri] = skill
            result.merged += 1
        else:
            slug = _unique_slug(label, concept.uri, slugs)
            slugs.add(slug)
            skill = Skill(
                slug=slug,
                esco_uri=concept.uri,
                category="other",
                is_active=active,
                created_at=now,
                updated_at=now,
                **{label_field: label},
            )
            to_create.append(skill)
            by_uri[concept.uri] = skill
            result.created += 1
        aliases_for.append((skill, concept))

    Skill.objects.bulk_create(to_create, batch_size=BATCH_SIZE)
    Skill.objects.bulk_update(
        list(to_update.values()), ["esco_uri", "label_en", "label_fr", "updated_at"], batch_size=BATCH_SIZE
    )

    skill_ids = {skill.pk for skill, _concept in aliases_for}
    known = set(
        SkillAlias.objects.filter(skill_id__in=skill_ids)
        .values_list("skill_id", "normalized")
        .iterator(chunk_size=5000)
    )
    labels = {skill.pk: {fold(skill.label_en), fold(skill.label_fr)} for skill, _concept in aliases_for}
    new_aliases: list[SkillAlias] = []
    touched: set[int] = set()
    for skill, concept in aliases_for:
        for alias in (concept.label, *concept.alternatives):
            normalized = fold(alias)[:200]
            # Two characters at least: ESCO has a few one-letter alternatives that would match anything.
            if len(normalized) < 2 or (skill.pk, normalized) in known or normalized in labels[skill.pk]:
                continue
            known.add((skill.pk, normalized))
            new_aliases.append(SkillAlias(skill=skill, alias=alias[:200], normalized=normalized, language=language))
            touched.add(skill.pk)
    SkillAlias.objects.bulk_create(new_aliases, batch_size=BATCH_SIZE, ignore_conflicts=True)
    if touched:
        # New aliases change what the parser matches: move the taxonomy version.
        Skill.objects.filter(pk__in=touched).exclude(updated_at=now).update(updated_at=now)
    result.aliases_added = len(new_aliases)
    return result
