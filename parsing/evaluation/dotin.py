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


_ESCAPED_BYTES_RE = re.compile(r"(?:\\x[0-9a-fA-F]{2})+")


def _unescape_bytes(text: str) -> str:
    """Part of the set stores non-ASCII characters as the escaped bytes of their UTF-8 form ("\\xe2\\x80\\x94" for
    "—"): give the characters back, as any extractor would have produced them."""

    def decode(match: re.Match[str]) -> str:
        data = bytes(int(h, 16) for h in re.findall(r"\\x([0-9a-fA-F]{2})", match.group()))
        return data.decode("utf-8", errors="replace").replace("\ufffd", " ")

    return _ESCAPED_BYTES_RE.sub(decode, text)


def parse_dotin(raw: str) -> tuple[str, dict[str, list[str]]]:
    """(plain text, {label type: [spans]}) of one annotated résumé."""
    raw = _unescape_bytes(raw)
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


SPLITS = ("dev", "heldout", "all")


def dotin_paths(folder: str | Path, split: str = "all") -> list[Path]:
    """The files of one split. Files are sorted by name (plain string order: "1.xml", "10.xml", "100.xml", …);
    the DEV half is the even indexes of that order (0, 2, 4 …), the HELD-OUT half the odd ones. Rules are tuned
    on DEV only; HELD-OUT is only ever scored, never read for tuning."""
    if split not in SPLITS:
        raise ValueError(f"unknown split {split!r}: expected one of {SPLITS}")
    paths = sorted(Path(folder).glob("*.xml"), key=lambda p: p.name)
    if split == "dev":
        return paths[0::2]
    if split == "heldout":
        return paths[1::2]
    return paths


def read_dotin(folder: str | Path, split: str = "all") -> Iterator[tuple[str, dict[str, list[str]]]]:
    for path in dotin_paths(folder, split):
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
