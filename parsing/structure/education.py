"""Education entries (institution, degree, field, dates) and the highest level reached, on the French Bac+N scale.

Levels: 0 baccalauréat / high school, 2 BTS / DUT / DEUG / associate, 3 licence / bachelor / BUT, 4 maîtrise / M1,
5 master / diplôme d'ingénieur / MBA, 8 doctorat / PhD.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from . import geo
from .entries import Entry, group_entries, header_parts
from .text import clean, fold, strip_punct
from .vocab import school_score

# (canonical key, level, pattern on folded text), most specific first.
_DEGREES: list[tuple[str, int, str]] = [
    ("phd", 8, r"doctorat|ph\.? ?d\.?|doctorate|doctor of philosophy|these de doctorat|doctorant"),
    ("mba", 5, r"executive mba|e?mba"),
    ("engineer", 5, r"diplome d'ingenieur|titre d'ingenieur|cycle ingenieur|ingenieur diplome|engineering degree|"
                    r"diplome ingenieur|master of engineering|m\.? ?eng\.?"),
    ("master", 5, r"mastere specialise|mastere|master of science|master of arts|master of business|master'?s degree|"
                  r"masters?|msc|m\.sc\.?|m\.s\.|m\.a\.|ms|ma|m\.tech|mtech|m\.e\.|m\.com|mca|dess|dea|m2|grande ecole|"
                  r"programme grande ecole"),
    ("maitrise", 4, r"maitrise|m1"),
    ("licence", 3, r"licence professionnelle|licence pro|licence|bachelor of science|bachelor of arts|"
                   r"bachelor of engineering|bachelor of technology|bachelor of commerce|bachelor'?s degree|"
                   r"bachelors?|bsc|b\.sc\.?|b\.s\.|b\.a\.|ba|bs|b\.tech|btech|b\.e\.?|b\.com|bcom|bba|bca|"
                   r"but|bachelor universitaire de technologie|undergraduate degree"),
    ("bts", 2, r"bts|brevet de technicien superieur"),
    ("dut", 2, r"dut|diplome universitaire de technologie"),
    ("deug", 2, r"deug|deust|associate degree|associate of|hnd|dees"),
    ("bac", 0, r"baccalaureat|bac pro|bac s|bac es|bac l|bac stmg|bac sti2d|bac general|bac technologique|"
               r"high school diploma|high school|a-levels|a levels|hsc|ssc|12th|10th|intermediate|bac"),
]  # fmt: skip
_DEGREE_RES = [(key, level, re.compile(r"(?<![\w])(?:" + pattern + r")(?![\w])")) for key, level, pattern in _DEGREES]
_ACRONYMS = {"but", "ms", "ma", "me", "be", "bs", "ba", "m1", "m2", "hsc", "ssc", "bba", "bca", "mca", "dea"}
_BAC_PLUS_RE = re.compile(r"\bbac\s*\+\s*(\d)\b")
_CONNECTOR_RE = re.compile(
    r"^\s*(?:\d\s*)?(?:[:,–—-]\s*)?(?:en|in|of|de|d'|du|des|mention|specialite|option|parcours|majeure|major|"
    r"in the field of|science in|arts in|sciences in)?\s*[:–—-]?\s*",
    re.I,
)
_AREA_STOP_RE = re.compile(r"\s*(?:[,|(–—]|\s-\s|\bat\b|\ba\b|\bfrom\b|\bchez\b|\bau sein\b)\s*", re.I)

LEVEL_NAMES = {0: "Bac", 2: "Bac+2", 3: "Bac+3", 4: "Bac+4", 5: "Bac+5", 8: "Bac+8"}


@dataclass(slots=True)
class Degree:
    key: str
    level: int
    start: int
    end: int


def find_degree(text: str) -> Degree | None:
    folded = fold(text)
    best: Degree | None = None
    for key, level, pattern in _DEGREE_RES:
        match = pattern.search(folded)
        if match is None:
            continue
        written = text[match.start() : match.end()]
        # Acronyms that are also ordinary words ("but", "me", "ma") count only when written as acronyms.
        if written.lower().replace(".", "") in _ACRONYMS and not written.replace(".", "").isupper():
            continue
        candidate = Degree(key, level, match.start(), match.end())
        if best is None or candidate.start < best.start:
            best = candidate
    plus = _BAC_PLUS_RE.search(folded)
    if plus and best is None:
        level = int(plus.group(1))
        best = Degree(f"bac+{level}", level, plus.start(), plus.end())
    return best


def degree_key(text: str) -> str | None:
    degree = find_degree(text)
    return degree.key if degree else None


def level_of_degree(text: str) -> int | None:
    folded = fold(text)
    plus = _BAC_PLUS_RE.search(folded)
    if plus:
        return int(plus.group(1))
    degree = find_degree(text)
    return degree.level if degree else None


def _area_after(text: str, end: int) -> str:
    tail = text[end:]
    tail = _CONNECTOR_RE.sub("", tail, count=1)
    tail = _AREA_STOP_RE.split(tail, maxsplit=1)[0]
    tail = clean(strip_punct(tail))
    if not tail or len(tail.split()) > 8 or school_score(fold(tail)) or find_degree(tail):
        return ""
    return tail


def education_from_entry(entry: Entry) -> dict[str, Any] | None:
    parts = [piece.strip() for part in header_parts(entry.header) for piece in part.split(", ") if piece.strip()]
    item: dict[str, Any] = {}
    level: int | None = None
    degree_index = -1
    for index, part in enumerate(parts):
        degree = find_degree(part)
        if degree is not None:
            item["studyType"] = clean(strip_punct(part[degree.start : degree.end]))
            level = degree.level
            area = _area_after(part, degree.end)
            if area:
                item["area"] = area
            degree_index = index
            break
    others = [(i, p) for i, p in enumerate(parts) if i != degree_index]
    schools = [(i, p) for i, p in others if school_score(fold(p)) >= 1]
    # "Licence – Économie-Gestion – Université de Lyon": the part right after the degree is its field when
    # another part names the school.
    if degree_index >= 0 and "area" not in item:
        following = [(i, p) for i, p in others if i == degree_index + 1 and school_score(fold(p)) == 0]
        if following and (schools or (len(others) == 1 and entry.header and len(entry.header) == 1)):
            area = clean(strip_punct(following[0][1]))
            if area and len(area.split()) <= 8 and not geo.find_places(area) and not find_degree(area):
                item["area"] = area
                others = [(i, p) for i, p in others if i != following[0][0]]
    institution = ""
    if schools:
        institution = max(schools, key=lambda pair: school_score(fold(pair[1])))[1]
    else:
        for _, part in others:
            places = geo.find_places(part)
            if part != item.get("area") and (not places or len(part.split()) > 2):
                institution = part
                break
    if institution:
        institution = re.sub(r"\s*\((?:[^()]*)\)\s*$", "", institution)
        item["institution"] = clean(strip_punct(institution))
    if not item:
        return None
    if entry.dates is not None:
        if entry.dates.start and entry.dates.end and entry.dates.start != entry.dates.end:
            item["startDate"] = entry.dates.start
            item["endDate"] = entry.dates.end
        elif entry.dates.current and entry.dates.start:
            item["startDate"] = entry.dates.start
        elif entry.dates.end:
            item["endDate"] = entry.dates.end
    if level is not None:
        item["_level"] = level
    return item


def _degree_anchored(texts: list[str]) -> list[Entry]:
    entries: list[Entry] = []
    for text in texts:
        if find_degree(text) or not entries:
            entries.append(Entry(header=[text]))
        elif len(entries[-1].header) < 3 and len(text.split()) <= 12:
            entries[-1].header.append(text)
    return entries


def _complete(header: list[str]) -> bool:
    item = education_from_entry(Entry(header=header))
    return bool(item and item.get("studyType") and school_score(fold(item.get("institution", ""))) >= 1)


def parse_education(texts: list[str], bold: list[bool] | None = None) -> list[dict[str, Any]]:
    """JSON Resume ``education`` items (with a private "_level" the caller removes)."""
    entries = group_entries(texts, bold=bold, complete=_complete)
    if not entries:
        entries = _degree_anchored(texts)
    items = []
    for entry in entries:
        item = education_from_entry(entry)
        if item and (item.get("institution") or item.get("studyType")):
            items.append(item)
    return items
