"""The smaller sections: certificates, projects, interests, summary."""

from __future__ import annotations

import re
from typing import Any

from .dates import find_date_ranges
from .entries import body_items
from .text import clean, is_bullet, strip_bullet, strip_punct

_ITEM_SPLIT_RE = re.compile(r"\s*[,;•·|▪●/]\s*|\s+-\s+")
_ISSUER_RE = re.compile(r"\s*(?:[-–—|,(]\s*|\s+(?:by|par|from|de)\s+)([A-Z][\w .&'-]{1,40})\)?\s*$")


def split_items(texts: list[str]) -> list[str]:
    """Comma/bullet separated items of a list section, each once."""
    items: list[str] = []
    for text in texts:
        label, sep, rest = text.partition(":")
        source = rest if sep and len(label) <= 30 else text
        for piece in _ITEM_SPLIT_RE.split(strip_bullet(source)):
            piece = clean(strip_punct(piece))
            if piece and len(piece) <= 60 and piece.lower() not in {i.lower() for i in items}:
                items.append(piece)
    return items


def parse_certificates(texts: list[str]) -> list[dict[str, Any]]:
    certificates = []
    for raw in texts:
        text = clean(strip_bullet(raw))
        if not text or len(text) > 150:
            continue
        item: dict[str, Any] = {}
        ranges = find_date_ranges(text)
        if ranges:
            last = ranges[-1]
            item["date"] = last.end or last.start
            text = clean(strip_punct(text[: last.begin] + " " + text[last.stop :]))
        issuer = _ISSUER_RE.search(text)
        if issuer and issuer.start() > 3:
            item["issuer"] = clean(issuer.group(1))
            text = clean(strip_punct(text[: issuer.start()]))
        if not text:
            continue
        item["name"] = text
        certificates.append(item)
    return certificates


def parse_projects(texts: list[str]) -> list[dict[str, Any]]:
    projects: list[dict[str, Any]] = []
    body: list[str] = []

    def close() -> None:
        if projects and body:
            projects[-1]["highlights"] = body_items(body)
        body.clear()

    for raw in texts:
        text = clean(raw)
        if not text:
            continue
        if not is_bullet(raw) and len(text.split()) <= 12 and not text.endswith("."):
            close()
            item: dict[str, Any] = {}
            ranges = find_date_ranges(text)
            if ranges:
                first = ranges[0]
                if first.start:
                    item["startDate"] = first.start
                if first.end and first.end != first.start:
                    item["endDate"] = first.end
                text = clean(strip_punct(text[: first.begin] + " " + text[first.stop :]))
            pieces = re.split(r"\s+[–—|-]\s+|:\s+", text, maxsplit=1)
            name = pieces[0]
            description = pieces[1] if len(pieces) > 1 else ""
            if not name:
                continue
            item["name"] = clean(name)
            if description:
                item["description"] = clean(description)
            projects.append(item)
        elif projects:
            body.append(raw)
        else:
            projects.append({"name": clean(strip_bullet(text))[:120]})
    close()
    return projects


def parse_interests(texts: list[str]) -> list[dict[str, Any]]:
    return [{"name": item} for item in split_items(texts)[:20]]


def summary_text(texts: list[str]) -> str:
    return clean(" ".join(strip_bullet(t) for t in texts))[:2000]
