"""Skills from the caller's taxonomy, found anywhere in the CV.

The matcher is a token trie built from every French label, English label and alias of the taxonomy. Text and
labels are cut into the same tokens (accent- and case-folded; "c++", "c#", ".", "net" …), so a match always
starts and ends on token boundaries ("C" never matches inside "CSS", "Go" never inside "Google") and the
longest label wins ("Java" does not match inside "JavaScript", "Spring Boot" beats "Spring"). Built once per
taxonomy version and kept in a module-level cache, so a worker process builds it once.
"""

from __future__ import annotations

import re
import threading
from dataclasses import dataclass, field

from ..taxonomy import SkillEntry, Taxonomy
from .text import fold

# One token: letters/digits with trailing "+"/"#" ("c++", "c#", "f#"), or one other non-space character.
_TOKEN_RE = re.compile(r"[^\W_]+[+#]*|[^\w\s]", re.UNICODE)
# Single words that are also ordinary words: they must be written with a capital (or in capitals) to count.
_AMBIGUOUS = {
    "go", "r", "c", "d", "rust", "swift", "spring", "express", "less", "make", "ant", "chef", "puppet", "salt",
    "access", "word", "dart", "julia", "ruby", "pig", "hive", "flask", "ember", "meteor", "vue", "elm", "lua",
    "excel", "agile", "scrum", "sage", "git", "jira", "docker", "keras", "spark", "storm", "kafka", "unity",
    "maven", "gradle", "oracle", "linux", "windows", "office", "teams", "slack", "zoom", "notion", "figma",
    "sketch", "canva", "vision", "communication", "management", "marketing", "design", "leadership", "sales",
    "finance", "support", "test", "tests", "data", "cloud", "web", "mobile", "network", "security", "anglais",
}  # fmt: skip
_NEVER_AFTER = {"'", "&"}
# Single words that name a skill but are far more often ordinary words of a CV ("teaching", "initiative",
# "San Jose", "Dec 2019", a job title such as "secretary"): they count only inside a skills section, where a
# list of skills is what the reader expects.
_SECTION_ONLY = {
    "san", "dec", "pi", "safe", "initiative", "teacher", "teaching", "secretary", "mentor", "mentoring", "coach",
    "coaching", "communication", "marketing", "sales", "leadership", "automation", "electronics", "networks",
    "networking", "publishing", "billing", "trading", "pricing", "advertising", "recruitment", "recruiting",
    "hiring", "interviewing", "journalism", "manufacturing", "statistics", "procurement", "facilitation",
    "accounting", "troubleshooting", "design", "management", "research", "writing", "editing", "planning",
    "budgeting", "training", "negotiation", "teamwork", "creativity", "support", "testing", "analysis",
    "reporting", "scheduling", "purchasing", "logistics", "finance", "banking", "insurance", "consulting",
    "engineering", "architecture", "photography", "translation", "nursing", "cooking", "driving", "sport",
    "music", "art", "travel", "reading", "cinema", "security", "quality", "strategy", "operations", "hr", "qa",
    "ui", "bi", "it", "pr", "seo", "crm", "erp", "c", "r", "d", "go", "spring", "access", "word", "office",
    "windows", "teams", "vision", "express", "unity", "oracle", "sage", "dashboards", "backend", "back end",
    "frontend", "front end", "algorithms", "hardware", "software", "mobile", "web", "cloud", "data",
    "formation", "enseignement", "comptabilite", "gestion", "vente", "achats", "recrutement", "paie",
}  # fmt: skip
_YEAR_AFTER_RE = re.compile(r"^[\s,.'’]*(?:19|20)\d\d\b")


def tokenize(text: str) -> list[tuple[str, int, int]]:
    """(folded token, start, end) for each token of ``text``; offsets index the original text."""
    folded = fold(text)
    return [(m.group(), m.start(), m.end()) for m in _TOKEN_RE.finditer(folded)]


@dataclass(slots=True)
class SkillMatch:
    key: str
    evidence: str  # the wording as written in the CV
    start: int
    end: int


@dataclass
class _Node:
    children: dict[str, _Node] = field(default_factory=dict)
    key: str | None = None
    ambiguous: bool = False
    section_only: bool = False


class SkillMatcher:
    def __init__(self, taxonomy: Taxonomy) -> None:
        self.version = taxonomy.version
        self.entries: dict[str, SkillEntry] = {entry.key: entry for entry in taxonomy.skills}
        self._root = _Node()
        for entry in taxonomy.skills:
            for wording in (entry.label_en, entry.label_fr, *entry.aliases):
                self._add(wording, entry.key)

    def _add(self, wording: str, key: str) -> None:
        tokens = [token for token, _, _ in tokenize(wording.strip())]
        if not tokens:
            return
        node = self._root
        for token in tokens:
            node = node.children.setdefault(token, _Node())
        if node.key is None:  # the first entry to claim a wording keeps it
            node.key = key
            node.ambiguous = len(tokens) == 1 and (tokens[0] in _AMBIGUOUS or len(tokens[0]) <= 2)
            node.section_only = " ".join(tokens) in _SECTION_ONLY

    def find(self, text: str, *, in_skills_section: bool = True) -> list[SkillMatch]:
        """Every skill mention in ``text``, longest match first at each position, no overlaps.

        Outside a skills section, wordings that are mostly ordinary words ("teaching", "Spring 2020") are left
        out."""
        tokens = tokenize(text)
        matches: list[SkillMatch] = []
        position = 0
        count = len(tokens)
        root = self._root.children
        while position < count:
            node = root.get(tokens[position][0])
            if node is None:
                position += 1
                continue
            best: tuple[int, _Node] | None = None
            cursor = position
            while node is not None:
                if node.key is not None:
                    best = (cursor, node)
                cursor += 1
                if cursor >= count:
                    break
                node = node.children.get(tokens[cursor][0])
            if best is None:
                position += 1
                continue
            last, found = best
            start, end = tokens[position][1], tokens[last][2]
            if self._accept(text, start, end, found) and (
                in_skills_section or not (found.section_only or _YEAR_AFTER_RE.match(text[end:]))
            ):
                assert found.key is not None
                matches.append(SkillMatch(found.key, text[start:end], start, end))
                position = last + 1
            else:
                position += 1
        return matches

    def whole(self, text: str) -> str | None:
        """The key of the skill whose wording is exactly ``text`` (case and accents aside), else None."""
        node: _Node | None = self._root
        for token, _, _ in tokenize(text.strip()):
            node = node.children.get(token) if node is not None else None
        return node.key if node is not None and node is not self._root else None

    @staticmethod
    def _accept(text: str, start: int, end: int, node: _Node) -> bool:
        before = text[start - 1] if start else " "
        after = text[end] if end < len(text) else " "
        # "node.js" is one thing; a match glued to a dotted word on either side ("asp.net" for "net") is not.
        if before == "." and start >= 2 and text[start - 2].isalnum():
            return False
        if after == "." and end + 1 < len(text) and text[end + 1].isalnum():
            return False
        if before in "-/" and start >= 2 and text[start - 2].isalnum() and end - start <= 2:
            return False
        if not node.ambiguous:
            return True
        written = text[start:end]
        if after in _NEVER_AFTER or before in _NEVER_AFTER:
            return False  # "c'est", "R&D"
        if after == "-" and end - start <= 2:
            return False  # "C-level", "e-mail"
        return written[:1].isupper()


_CACHE: dict[str, SkillMatcher] = {}
_LOCK = threading.Lock()


def matcher_for(taxonomy: Taxonomy) -> SkillMatcher:
    """The compiled matcher for this taxonomy version (built on first use in the process)."""
    cached = _CACHE.get(taxonomy.version)
    if cached is not None and len(cached.entries) == len(taxonomy.skills):
        return cached
    with _LOCK:
        matcher = SkillMatcher(taxonomy)
        # Only the current version is worth keeping: a new version replaces the old ones.
        _CACHE.clear()
        _CACHE[taxonomy.version] = matcher
        return matcher


def skill_label(entry: SkillEntry, language: str) -> str:
    if language == "fr":
        return entry.label_fr or entry.label_en
    return entry.label_en or entry.label_fr
