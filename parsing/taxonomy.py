"""The skills taxonomy as the parser sees it: plain data built by the caller (the Django side builds it from
the candidates.Skill table once per process). No database access here."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field


@dataclass(frozen=True, slots=True)
class SkillEntry:
    key: str  # the caller's identifier (candidates.Skill.slug)
    label_fr: str
    label_en: str
    aliases: tuple[str, ...] = ()


@dataclass
class Taxonomy:
    skills: list[SkillEntry] = field(default_factory=list)
    # A value that changes whenever the taxonomy does, so compiled matchers can be cached by it.
    version: str = "empty"

    @classmethod
    def from_entries(cls, entries: Iterable[SkillEntry], version: str) -> Taxonomy:
        return cls(skills=list(entries), version=version)
