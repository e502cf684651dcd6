"""Cut a section (experience, education) into entries anchored on their dates.

CVs put an entry's dates before its header, after it, on the same line, or alone on a line; the first entry of
a section tells which layout the section uses (header lines before the first date line, or not), and the
following entries are read the same way.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field

from .dates import DateRange, find_date_ranges, find_present_word
from .text import clean, fold, is_bullet, strip_bullet, strip_punct

_SPLIT_RE = re.compile(r"\s+[|–—•·]\s+|\s+-\s+|\s*\|\s*|\s+/\s+|\t+|\s{3,}")
# A line that starts like a sentence of a job description ("Promoted to …", "Responsible for …").
_PROSE_RE = re.compile(
    r"^(?:[A-Z][a-z]{2,}ed\s+(?:\S+\s+){2,}|(?i:responsible for|in charge of|worked|working|involved in|duties|"
    r"tasks|key achievements|achievements)\b)"
)
# Lines kept for the next entry's header (when the section writes headers before dates), at least.
RESERVE = 3
_LABEL_VALUE_RE = re.compile(r"^[\w ’'éèêàç-]{2,30}\s*:\s*\S")


@dataclass
class Entry:
    header: list[str] = field(default_factory=list)  # header lines, dates removed
    dates: DateRange | None = None
    current: bool = False
    body: list[str] = field(default_factory=list)  # bullet points and description lines
    indexes: list[int] = field(default_factory=list)  # section-relative line indexes used


@dataclass(slots=True)
class _Info:
    text: str
    bullet: bool
    dates: DateRange | None
    rest: str
    headerish: bool


_PRESENT_LINE_RE = re.compile(
    r"^[\s(–—-]*(?:to |till |until |a |au |jusqu'a )?(?:present|current|currently|now|ongoing|till date|to date|"
    r"today|aujourd'hui|actuellement|en cours)[\s).]*$"
)
_SEASON_END_RE = re.compile(r"\b(?:summer|spring|fall|autumn|winter|[eé]t[eé]|hiver|printemps|automne)\s*$", re.I)


_ONWARDS_START_RE = re.compile(r"^\s*(?:onwards|till date|till now|to date)\b", re.I)


def _remove_span(text: str, begin: int, stop: int) -> str:
    rest = _SEASON_END_RE.sub("", text[:begin]) + " " + _ONWARDS_START_RE.sub("", text[stop:])
    rest = re.sub(r"\(\s*\)|\[\s*\]", " ", rest)
    rest = re.sub(r"^\s*(?:de|du|from|since|depuis)\s*$", "", rest, flags=re.I)
    return clean(strip_punct(clean(rest)))


def _bullet_sentence(text: str) -> bool:
    """A bullet point's sentence around a date ("• Experience in Hyperion products. (September 2017 onwards)"): a
    description, not an entry's header. ``text`` is the whole bullet, date included (a sentence may end before it);
    a full stop after a lower-case word of five letters or more ends a sentence, not an abbreviation ("Inc.")."""
    return bool(_PROSE_RE.match(text) or re.search(r"\b[a-z]{5,}\.(?:\s|$)", text))


def _sentence_end(text: str) -> bool:
    """A full stop that ends a sentence, not an abbreviation ("Kestrel Software Inc.", "S.A.")."""
    if not text.endswith("."):
        return False
    last = text.split()[-1]
    return len(text.split()) > 5 or (last[:1].islower() and len(last) > 4)


def _classify(text: str) -> _Info:
    text = clean(text)
    bullet = is_bullet(text)
    plain = strip_bullet(text) if bullet else text
    word_count = len(plain.split())
    ranges = find_date_ranges(plain)
    chosen: DateRange | None = None
    for candidate in ranges:
        if candidate.current or candidate.end != candidate.start:
            chosen = candidate
            break
    if chosen is None and ranges:
        lone = ranges[0]
        rest_words = len(_remove_span(plain, lone.begin, lone.stop).split())
        at_edge = not strip_punct(plain[: lone.begin]) or not strip_punct(plain[lone.stop :])
        if not bullet and (rest_words <= 8 or (at_edge and rest_words <= 16)):
            chosen = lone
    if chosen is not None and bullet and word_count > 14:
        chosen = None  # a date inside a sentence ("increased sales by 20 % in 2019")
    rest = _remove_span(plain, chosen.begin, chosen.stop) if chosen else plain
    if chosen is None and not bullet and word_count <= 4 and find_present_word(plain):
        chosen = DateRange(None, None, True, 0, len(plain))
        rest = ""
    headerish = (
        not bullet
        and 0 < len(rest.split()) <= 14
        and not _sentence_end(rest)
        and not rest.endswith(":")
        and not _PROSE_RE.match(rest)
        and not _LABEL_VALUE_RE.match(rest)
        and rest.count(",") <= 3
    )
    return _Info(plain, bullet, chosen, rest, headerish)


def group_entries(
    texts: list[str],
    *,
    bold: list[bool] | None = None,
    complete: Callable[[list[str]], bool] | None = None,
    max_header: int = 3,
) -> list[Entry]:
    """Entries of a section, each with its header lines, date range and body.

    ``bold`` (parallel to ``texts``) helps when bullets are lost: if the first entry's header lines are bold,
    only bold lines are taken as later headers. ``complete`` says when a header has all it needs (e.g. a position
    and an employer), so the lines after it are body."""
    infos = [_classify(t) for t in texts]
    merged: set[int] = set()
    # "Mar 2014" then "current" on the next line: one open range.
    for index in range(1, len(infos)):
        here, before = infos[index].dates, infos[index - 1].dates
        present = (here is not None and here.start is None and here.current and not infos[index].rest) or (
            here is None and _PRESENT_LINE_RE.match(fold(infos[index].text)) is not None
        )
        if (
            present
            and before is not None
            and before.start
            and not before.current
            and before.end in (None, before.start)
        ):
            before.end, before.current = None, True
            infos[index].dates = None
            infos[index].headerish = False
            merged.add(index)
    bolds = bold if bold is not None and len(bold) == len(texts) else [False] * len(texts)
    is_complete = complete or _looks_complete
    anchors = [i for i, info in enumerate(infos) if info.dates is not None]
    if not anchors:
        return []
    first = anchors[0]
    pre: list[int] = []
    cursor = first - 1
    while cursor >= 0 and infos[cursor].headerish and len(pre) < max_header:
        pre.insert(0, cursor)
        cursor -= 1
    mode_before = bool(pre)
    pre_count = max(1, len(pre))
    body_bold = any(bolds[i] and not infos[i].headerish for i in range(len(texts)))
    needs_bold = bool(pre) and all(bolds[i] for i in pre) and not body_bold

    def header_like(index: int) -> bool:
        info = infos[index]
        return info.headerish and info.dates is None and (bolds[index] or not needs_bold)

    entries: list[Entry] = []
    claimed: set[int] = set()
    for position, anchor in enumerate(anchors):
        info = infos[anchor]
        nxt = anchors[position + 1] if position + 1 < len(anchors) else len(infos)
        entry = Entry(dates=info.dates, current=bool(info.dates and info.dates.current))
        header_lines: list[int] = []
        if mode_before:
            cursor = anchor - 1
            while cursor >= 0 and cursor not in claimed and header_like(cursor) and len(header_lines) < pre_count:
                header_lines.insert(0, cursor)
                cursor -= 1
        entry.header = [infos[i].rest for i in header_lines]
        if info.rest and not (info.bullet and _bullet_sentence(info.text)):
            entry.header.append(info.rest)
        claimed.update(header_lines)
        claimed.add(anchor)
        # Lines after the date: more header (while the header is incomplete), then the body.
        after = anchor + 1
        limit = nxt
        if mode_before and position + 1 < len(anchors) and not is_complete([infos[nxt].rest]):
            # Keep the next entry's header lines for it (unless its date line already holds a whole header).
            back = nxt - 1
            reserved = 0
            while back > anchor and header_like(back) and reserved < max(pre_count, RESERVE):
                reserved += 1
                back -= 1
            limit = nxt - reserved
        while after < limit and after in merged:
            claimed.add(after)
            after += 1
        taken = 0
        while after < limit and taken < max_header and not is_complete(entry.header) and header_like(after):
            entry.header.append(infos[after].rest)
            claimed.add(after)
            after += 1
            taken += 1
        for index in range(after, limit):
            claimed.add(index)
            text = infos[index].text
            if index in merged or (infos[index].dates is not None and not infos[index].rest):
                continue
            entry.body.append(text)
        entry.indexes = sorted({*header_lines, anchor, *range(anchor + 1, limit)})
        entries.append(entry)
    return entries


def _parts(header: list[str]) -> list[str]:
    parts: list[str] = []
    for line in header:
        parts.extend(p for p in (clean(strip_punct(x)) for x in _SPLIT_RE.split(line)) if p)
    return parts


def _looks_complete(header: list[str]) -> bool:
    return len(_parts(header)) >= 3


def header_parts(header: list[str]) -> list[str]:
    """Header lines cut at separators (" | ", " — ", " - ", tabs), in order."""
    return _parts(header)


def body_items(body: list[str]) -> list[str]:
    """Bullet points, with wrapped continuation lines joined to their bullet."""
    items: list[str] = []
    for raw in body:
        text = clean(raw)
        if not text:
            continue
        if is_bullet(raw) or not items:
            items.append(strip_bullet(text))
        elif items[-1].endswith((".", "!", "?", ":")) or (text[:1].isupper() and len(items[-1]) < 60):
            items.append(text)
        else:
            items[-1] = f"{items[-1]} {text}"
    return [item for item in items if item]


def fold_words(text: str) -> str:
    return fold(text)
