"""Work entries: employer, position, location, dates and highlights, from the many ways CVs lay them out."""

from __future__ import annotations

import re
from typing import Any

from . import geo
from .entries import Entry, body_items, group_entries, header_parts
from .text import clean, fold, strip_punct
from .vocab import org_score, school_score, title_score

_AT_RE = re.compile(r"^(?P<position>.+?)\s+(?:at|chez|@|au sein de|au sein d')\s+(?P<employer>.+)$", re.I)
_CONTRACT_RE = re.compile(
    r"^(?:cdi|cdd|stage|internship|freelance|free-lance|independant|alternance|apprentissage|interim|interim|"
    r"full[- ]time|part[- ]time|temps plein|temps partiel|contract|contrat|permanent|mission|vie|v\.i\.e\.?|"
    r"remote|teletravail|hybride|hybrid|on-site|sur site)(?:\s*\(.*\))?$",
    re.I,
)
_PLACE_FILLERS = {"area", "region", "greater", "metropolitan", "cedex", "ile-de-france", "idf", "et", "and", "&", "-"}
_LOCATION_TAIL_RE = re.compile(r"\s*[,(]\s*([^,()]+?)(?:,\s*([^,()]+?))?\)?\s*$")


_US_PLACE_RE = re.compile(r"^[A-Z][A-Za-z .'-]{1,30},\s*[A-Z]{2}$")


def _location_of(part: str) -> str | None:
    """The part itself when it is a place ("Paris", "Lyon (69)", "London, UK", "Austin, TX"), else None."""
    if _US_PLACE_RE.match(part.strip()):
        return part.strip()
    folded = fold(part)
    places = geo.find_places(part)
    if not places or len(part.split()) > 5 or title_score(folded) >= 1 or org_score(folded):
        return None
    stripped = re.sub(r"\(\d{2,5}\)|\b\d{5}\b|[,()]", " ", folded)
    remaining = stripped
    for _kind, name, _code in places:
        remaining = remaining.replace(name, " ")
    if all(word in _PLACE_FILLERS for word in remaining.split()):
        return clean(strip_punct(part))
    return None


def _split_location(part: str) -> tuple[str, str | None]:
    """ "ACME, Paris" → ("ACME", "Paris")."""
    match = _LOCATION_TAIL_RE.search(part)
    if match and match.start() > 0:
        tail = part[match.start() :].strip(" ,()")
        if _location_of(tail):
            return clean(part[: match.start()]), clean(tail.strip("()"))
    return part, None


def _comma_split(parts: list[str]) -> list[str]:
    """ "Consultant SAP, Capgemini, Lyon" → three parts (commas inside a header separate fields more often than not)."""
    out: list[str] = []
    for part in parts:
        if ", " in part and not _AT_RE.match(part):
            out.extend(p.strip() for p in part.split(", ") if p.strip())
        else:
            out.append(part)
    return out


def _assign(parts: list[str]) -> tuple[str, str, str]:
    """(position, employer, location) from header parts."""
    location = ""
    rest: list[str] = []
    for part in _comma_split(parts):
        if _CONTRACT_RE.match(fold(part)):
            continue
        place = _location_of(part)
        if place and not location:
            location = place
            continue
        rest.append(part)
    # "Développeur at ACME", "Stagiaire chez Thales"
    for index, part in enumerate(rest):
        match = _AT_RE.match(part)
        if match and title_score(fold(match.group("position"))) >= 0.7:
            employer, tail_location = _split_location(clean(match.group("employer")))
            location = location or (tail_location or "")
            others = rest[:index] + rest[index + 1 :]
            position = clean(match.group("position"))
            if others and not employer:
                employer = others[0]
            return position, employer, location
    if not rest:
        return "", "", location
    scores = [title_score(fold(p)) - 0.8 * org_score(fold(p)) - 0.8 * school_score(fold(p)) for p in rest]
    if len(rest) == 1:
        part = rest[0]
        if scores[0] >= 1.0:
            return part, "", location
        employer, tail_location = _split_location(part)
        return "", employer, location or (tail_location or "")
    best = max(range(len(rest)), key=lambda i: (scores[i], -i))
    if scores[best] <= 0:
        best = 0  # no evidence either way: "Position — Company" is the most common order
    position = rest[best]
    others = [p for i, p in enumerate(rest) if i != best]
    employer_index = max(range(len(others)), key=lambda i: (org_score(fold(others[i])), -i))
    employer, tail_location = _split_location(others[employer_index])
    if not location and tail_location:
        location = tail_location
    return position, employer, location


def work_from_entry(entry: Entry) -> dict[str, Any]:
    parts = header_parts(entry.header)
    position, employer, location = _assign(parts)
    work: dict[str, Any] = {}
    if employer:
        work["name"] = strip_punct(employer)
    if position:
        work["position"] = strip_punct(position)
    if location:
        work["location"] = location
    if entry.dates is not None:
        if entry.dates.start:
            work["startDate"] = entry.dates.start
        if entry.dates.end and not entry.dates.current:
            work["endDate"] = entry.dates.end
    highlights = body_items(entry.body)
    if highlights:
        work["highlights"] = highlights
    return work


def _complete(header: list[str]) -> bool:
    position, employer, _ = _assign(header_parts(header))
    return bool(position and employer)


def parse_experience(texts: list[str], bold: list[bool] | None = None) -> list[dict[str, Any]]:
    """JSON Resume ``work`` items from the lines of the experience section(s)."""
    work = []
    for entry in group_entries(texts, bold=bold, complete=_complete):
        item = work_from_entry(entry)
        if item.get("name") or item.get("position"):
            work.append(item)
    return work
