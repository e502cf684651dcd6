"""The dotin résumé set (``resume-dataset-NER-annotations``): English résumés as text with inline
``<label type="...">`` spans. Read in place from ``shared/data`` (never copied into the repository)."""

from __future__ import annotations

import html
import re
from collections.abc import Iterator
from pathlib import Path

from ..document import Document, Line

_LABEL_RE = re.compile(r'<label\s+type="([^"]+)"\s*>(.*?)</label>', re.DOTALL)
_TAG_RE = re.compile(r"</?(?:label|cv)\b[^>]*>|<\?xml[^>]*\?>")


def parse_dotin(raw: str) -> tuple[str, dict[str, list[str]]]:
    """(plain text, {label type: [spans]}) of one annotated résumé."""
    labels: dict[str, list[str]] = {}
    for kind, span in _LABEL_RE.findall(raw):
        value = " ".join(html.unescape(_TAG_RE.sub("", span)).split())
        if value:
            labels.setdefault(kind, []).append(value)
    text = html.unescape(_TAG_RE.sub("", raw)).strip().strip('"')
    if text.count("\n") < 5:
        # Most files of the set are flattened: their line breaks became runs of two or more spaces.
        text = re.sub(r" {2,}", "\n", text)
    return text, labels


def read_dotin(folder: str | Path) -> Iterator[tuple[str, dict[str, list[str]]]]:
    paths = sorted(Path(folder).glob("*.xml"), key=lambda p: (len(p.stem), p.stem))
    for path in paths:
        yield parse_dotin(path.read_text(encoding="utf-8", errors="replace"))


def document_from_text(text: str) -> Document:
    """A text ``Document``, as the plain-text reader would make it (one line per line, no layout)."""
    from ..extract.text import extract_text
    from ..limits import Limits

    try:
        return extract_text(text.encode("utf-8"), Limits())
    except Exception:
        lines = [Line(" ".join(t.split())) for t in text.splitlines() if t.strip()]
        return Document(lines=lines or [Line("")], format="text")
