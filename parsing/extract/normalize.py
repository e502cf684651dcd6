"""Text clean-up shared by every format, so that structure analysis sees the same characters whatever the source."""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Iterable

from ..document import Line

_LIGATURES = {
    "\ufb00": "ff",
    "\ufb01": "fi",
    "\ufb02": "fl",
    "\ufb03": "ffi",
    "\ufb04": "ffl",
    "\ufb05": "st",
    "\ufb06": "st",
}
# Every kind of space (no-break, narrow no-break before French punctuation, thin, ideographic...) becomes " ".
_SPACES = "\t\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f\u3000"
# Invisible characters that only get in the way of matching: zero-width, word joiner, BOM, soft hyphen.
_INVISIBLE = "\u200b\u200c\u200d\u2060\ufeff\u00ad"

_TRANSLATION: dict[int, str | None] = {ord(key): value for key, value in _LIGATURES.items()}
_TRANSLATION.update({ord(char): " " for char in _SPACES})
_TRANSLATION.update({ord(char): None for char in _INVISIBLE})
# C0 and C1 control characters (a line never contains a newline at this point).
_TRANSLATION.update({code: None for code in [*range(0x00, 0x20), *range(0x7F, 0xA0)] if code not in (0x09,)})
_TRANSLATION.update({0x2011: "-", 0x2010: "-"})  # non-breaking and plain Unicode hyphens

# Glyphs used as list bullets. "-", "*", "–" and "—" only count when a space follows ("-5 %" is not a list item).
_BULLET_GLYPHS = "•●▪■□◦○◆◇♦►▶▸▹‣⁃∙·➢➤➔→✓✔✗❖⦁"
# Symbol and Wingdings bullets as Word's PDFs and documents carry them (private-use code points).
_SYMBOL_BULLETS = "\uf0b7\uf0a7\uf0a8\uf0d8\uf0d7\uf076\uf0fc\uf0e8\uf06c\uf06e\uf071"
_BULLET = re.compile(rf"^(?:[{_BULLET_GLYPHS}{_SYMBOL_BULLETS}]+\s*|[-*–—]\s+)(?=\S)")
# Private-use characters elsewhere are icon-font glyphs (phone, envelope...): they carry no text.
_PRIVATE_USE = re.compile(r"[\ue000-\uf8ff]")
_WHITESPACE = re.compile(r"\s+")

BULLET = "• "


# A tab or a run of three spaces or more after a word: the gap between two columns of one line ("Auto Trader UK
# <spaces> Sep 2024 – Present", "Développeur<tab>Paris"). It is written " | ", the separator header lines are cut at
# (before a capital, a digit or a bracket only; after a number or a bullet it stays a space: "2018<tab>Assistante",
# "•<tab>Text", and so does a tab inside a sentence, "d'une<tab>plateforme").
_GAP_RE = re.compile(r"(?:(?<=[^\W\d_])|(?<=\)))[ ]*(?:\t|[ ]{3,})[ \t]*(?=[A-ZÀ-Ý0-9(])")


def clean(text: str) -> str:
    """One line of text as structure analysis wants it: NFC, ligatures expanded, every space a plain single space
    (a column's gap written " | "), invisible and control characters removed, list bullets written as "• "."""
    if "\t" in text or "   " in text:
        text = _GAP_RE.sub(" | ", text)
    text = unicodedata.normalize("NFC", text.translate(_TRANSLATION))
    text = _WHITESPACE.sub(" ", text).strip()
    if not text:
        return ""
    text = _BULLET.sub(BULLET, text, count=1)
    if _PRIVATE_USE.search(text):
        text = _WHITESPACE.sub(" ", _PRIVATE_USE.sub(" ", text)).strip()
        if text == BULLET.strip():
            return ""
    return text


def split_lines(text: str) -> list[str]:
    """Every line break a source may use: CR LF, CR, LF, form feed, vertical tab, Unicode line/paragraph separators."""
    return re.split(r"\r\n|[\r\n\f\v\u0085\u2028\u2029]", text)


def dominant(weights: Counter[float]) -> float:
    """The value carrying the most characters (the larger value wins a tie, so it is deterministic)."""
    if not weights:
        return 0.0
    return max(weights.items(), key=lambda item: (item[1], item[0]))[0]


def body_size(lines: Iterable[Line]) -> float:
    """The body font size: the size with the most characters across the document; 0 when no size is known."""
    weights: Counter[float] = Counter()
    for line in lines:
        if line.size:
            weights[line.size] += len(line.text)
    return dominant(weights)


class Run:
    """A piece of a line with uniform formatting, as formats with styled runs (DOCX, ODT, RTF) produce them."""

    __slots__ = ("bold", "size", "text")

    def __init__(self, text: str, bold: bool = False, size: float = 0.0) -> None:
        self.text = text
        self.bold = bold
        self.size = size


def line_from_runs(runs: list[Run], *, block: int = 0, heading: bool = False) -> Line | None:
    """A Line from styled runs: bold when every visible character is bold, size the one most characters carry."""
    text = clean("".join(run.text for run in runs))
    if not text:
        return None
    visible = 0
    bold = 0
    sizes: Counter[float] = Counter()
    lead: list[str] = []  # the bold runs the line opens with (and the blank runs between them)
    in_lead = True
    for run in runs:
        count = sum(1 for char in run.text if not char.isspace())
        visible += count
        if run.bold:
            bold += count
        in_lead = in_lead and (run.bold or not count)
        if in_lead:
            lead.append(run.text)
        if run.size and count:
            sizes[run.size] += count
    opening = clean("".join(lead)) if 0 < bold < visible else ""
    return Line(
        text=text,
        bold=visible > 0 and bold == visible,
        size=dominant(sizes),
        block=block,
        heading=heading,
        lead=opening,
    )


class LineCollector:
    """Collects lines in reading order and numbers layout blocks (table cells, text boxes, headers...)."""

    def __init__(self) -> None:
        self.lines: list[Line] = []
        self.block = 0
        self._block_used = False

    def new_block(self) -> None:
        """Start a new block, unless the current one is still empty (no empty block numbers)."""
        if self._block_used:
            self.block += 1
            self._block_used = False

    def add_runs(self, runs: list[Run], *, heading: bool = False) -> None:
        """One paragraph's runs; line breaks inside the paragraph (soft returns) make separate lines."""
        current: list[Run] = []
        for run in runs:
            pieces = split_lines(run.text)
            for index, piece in enumerate(pieces):
                if index:
                    self._emit(current, heading)
                    current = []
                if piece:
                    current.append(Run(piece, run.bold, run.size))
        self._emit(current, heading)

    def _emit(self, runs: list[Run], heading: bool) -> None:
        line = line_from_runs(runs, block=self.block, heading=heading)
        if line is not None:
            self.lines.append(line)
            self._block_used = True
