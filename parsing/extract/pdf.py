"""PDF: one pdfminer layout pass, then our own reading order.

pdfminer groups characters into text lines; its own box ordering (``boxes_flow``) is switched off, being both the
costly part of its layout analysis and wrong for CVs with a sidebar. The lines are those pdfminer's layout analysis
finds, bit for bit, but computed without its layout objects (``pdf_layout.LayoutDevice``): nearly twice as fast.
pdfminer's own layout reads what the device leaves to it (vertical writing) and a file it fails on, so that its
error, if any, is the one reported.

Each page's lines are then cut along
vertical gutters (a strip no line crosses, text on both sides side by side): the left column is read whole, then
the right one, and lines spanning the gutter (a name across the top) split the page into bands read in turn. A
"gutter" whose two sides line up row by row (dates in front of job titles) is a table, read row by row.

Encrypted PDFs open with the empty user password when they have one (owner restrictions only, as viewers do);
otherwise they are refused as ``ENCRYPTED_PDF``. The page count is checked before any page is laid out."""

from __future__ import annotations

import bisect
import io
import math
import re
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from pdfminer.converter import PDFPageAggregator
from pdfminer.pdfdocument import PDFDocument, PDFEncryptionError, PDFPasswordIncorrect
from pdfminer.pdfinterp import PDFPageInterpreter, PDFResourceManager
from pdfminer.pdfpage import PDFPage
from pdfminer.pdfparser import PDFParser

from ..document import Document, Line
from ..errors import ErrorCode, ParseError
from ..limits import Limits
from .normalize import clean, dominant
from .pdf_layout import LAYOUT, LayoutDevice, PageText, VerticalWriting, pdfminer_page_text

_BOLD_FONT = re.compile(
    r"bold|black|heavy|semibold|demibold|extrabold|ultrabold|[-,](bd|sb|blk)\b|^cmbx", re.IGNORECASE
)
_UNMAPPED = re.compile(r"\(cid:\d+\)")
# A glyph without a Unicode mapping that opens a line, before a space: a list marker drawn from a symbol font
# (the bullet of Word and of the base-14 fonts). It is kept as a bullet, so bullet points stay apart.
_MARKER = re.compile(r"^\s*\(cid:\d+\)\s+")
# The symbol fonts list markers are drawn from, whose glyphs map to plain letters ("n" for ■, "l" for ●, "§" for ▪).
_SYMBOL_FONT = re.compile(r"dingbat|wingding|webding|symbol", re.IGNORECASE)
PHOTO_MIN_POINTS = 30.0
# Gutter search.
MIN_GUTTER = 6.0  # points
MIN_COLUMN_LINES = 3
ROW_ALIGNED = 0.6  # share of the smaller side's lines sitting on the other side's rows: a table, not columns
MAX_DEPTH = 3


@dataclass(slots=True)
class _Fragment:
    text: str
    x0: float
    x1: float
    top: float
    bottom: float
    size: float
    bold: bool
    lead: str = ""


class _Fonts:
    """Per-font facts, cached: a CV uses a handful of fonts for thousands of characters."""

    def __init__(self) -> None:
        self._bold: dict[str, bool] = {}

    def bold(self, fontname: str) -> bool:
        known = self._bold.get(fontname)
        if known is None:
            known = self._bold[fontname] = bool(_BOLD_FONT.search(fontname.split("+", 1)[-1]))
        return known


def _fragments(page: PageText, fonts: _Fonts, sizes: Counter[float]) -> tuple[list[_Fragment], int]:
    """The page's text lines with their layout facts, and how many unmapped glyphs were dropped."""
    fragments: list[_Fragment] = []
    unmapped = 0
    (page_x0, _, _, page_y1) = page.bbox
    for line in page.lines:
        raw = line.text
        if "(cid:" in raw:
            raw = _MARKER.sub("• ", raw, count=1)
            raw, count = _UNMAPPED.subn("", raw)
            unmapped += count
        # (An item of one is a space or newline pdfminer inserted; the others are glyphs: text, font name, size…)
        first = next((item for item in line.items if len(item) > 1 and item[0].strip()), None)
        if first is not None and _SYMBOL_FONT.search(first[1]):
            # "n Équipe de 15 KAM": a dingbat bullet read as the letter its code stands for in a text font.
            stripped = raw.lstrip()
            if len(stripped) > 2 and stripped[0] == first[0] and stripped[1].isspace():
                raw = "• " + stripped[2:]
        text = clean(raw)
        if not text:
            continue
        # The visible glyphs counted per (font, size) first: a line has a handful of them and thousands of
        # characters per page (Counter counts an iterable in C).
        styles: Counter[tuple[str, float]] = Counter(
            [item[1:3] for item in line.items if len(item) > 1 and item[0] != " "]
        )
        lead: list[str] = []  # the text of the bold run the line opens with: up to its first visible regular glyph
        for item in line.items:
            if len(item) > 1 and item[0] != " " and not fonts.bold(item[1]):
                break
            lead.append(item[0])
        line_sizes: Counter[float] = Counter()
        bold = visible = 0
        for (fontname, size), count in styles.items():
            visible += count
            line_sizes[round(size, 1)] += count
            if fonts.bold(fontname):
                bold += count
        sizes.update(line_sizes)
        opening = clean("".join(lead)) if 0 < bold < visible else ""
        fragments.append(
            _Fragment(
                text=text,
                x0=line.x0 - page_x0,
                x1=line.x1 - page_x0,
                top=page_y1 - line.y1,
                bottom=page_y1 - line.y0,
                size=dominant(line_sizes),
                bold=visible > 0 and (2 * bold >= visible or _bold_field(opening, text)),
                lead=opening,
            )
        )
    return fragments, unmapped


def _bold_field(lead: str, text: str) -> bool:
    """A line that opens with a field set in bold up to a separator: "Waitress – The Crumpet Café, Clifton" with
    "Waitress" alone in bold is a header set in bold like the others."""
    rest = text[len(lead) :].lstrip() if lead and text.startswith(lead) else ""
    return len(lead) >= 3 and bool(rest) and (rest[0] in "–—-|,·•@(" or rest.startswith(("at ", "chez ")))


def _rows(fragments: list[_Fragment]) -> list[_Fragment]:
    """Top to bottom; fragments on the same row left to right."""
    ordered: list[_Fragment] = []
    row: list[_Fragment] = []
    row_bottom = -math.inf
    for fragment in sorted(fragments, key=lambda item: (item.top, item.x0)):
        if row and (fragment.top + fragment.bottom) / 2 > row_bottom:
            ordered.extend(sorted(row, key=lambda item: item.x0))
            row = []
        if not row:
            row_bottom = fragment.bottom
        row.append(fragment)
    ordered.extend(sorted(row, key=lambda item: item.x0))
    return ordered


# A short line holding a year: "Février 2021 à ce jour", "2019 – 2021", "Depuis 09/2020".
_DATE_LIKE = re.compile(r"(?<!\d)(?:19[5-9]\d|20[0-4]\d)(?!\d)")


_LIST_ITEM_RE = re.compile(r"^\s*[•·▪◦‣●■►›*-]\s")


def _row_aligned(smaller: list[_Fragment], larger: list[_Fragment]) -> float:
    """Share of ``smaller``'s lines beside a line of ``larger`` that sit on its baseline. A line with nothing beside
    it (a heading in a margin of dates, over the gap between two entries) says nothing either way."""
    baselines = sorted(fragment.bottom for fragment in larger)
    spans = sorted((fragment.top, fragment.bottom) for fragment in larger)
    tops = [top for top, _ in spans]
    aligned = beside = 0
    for fragment in smaller:
        index = bisect.bisect_left(baselines, fragment.bottom - 1.5)
        # (Dates in a smaller type in the same table row as a title align with its top instead: "Cariste" in 10 pt,
        # "Février 2021 à ce jour" in 8.5 pt, both at the top of their cells.)
        top_index = bisect.bisect_left(tops, fragment.top - 1.5)
        if (index < len(baselines) and baselines[index] <= fragment.bottom + 1.5) or (
            len(fragment.text) <= 40
            and _DATE_LIKE.search(fragment.text)
            and top_index < len(tops)
            and tops[top_index] <= fragment.top + 1.5
        ):
            aligned += 1
            beside += 1
            continue
        # Any line of ``larger`` that starts above this one's bottom and ends below its top overlaps it.
        stop = bisect.bisect_left(tops, fragment.bottom)
        if any(bottom > fragment.top for _, bottom in spans[max(0, stop - 8) : stop]):
            beside += 1
    return aligned / beside if beside else 0.0


def _narrowest(coverages: list[int], start: int, end: int) -> tuple[int, int]:
    """Within a low-coverage run, the widest stretch crossed by the fewest lines: the gutter proper, so that a
    line poking a little into the gap stays in its column."""
    lowest = min(coverages[start:end])
    best = (start, start)
    run_start: int | None = None
    for position in range(start, end + 1):
        if position < end and coverages[position] == lowest:
            if run_start is None:
                run_start = position
        elif run_start is not None:
            if position - run_start > best[1] - best[0]:
                best = (run_start, position)
            run_start = None
    return best


def _gutter(fragments: list[_Fragment]) -> tuple[float, float] | None:
    """The widest vertical strip separating two columns of text, as (start, end) x positions, if there is one."""
    left_edge = min(fragment.x0 for fragment in fragments)
    right_edge = max(fragment.x1 for fragment in fragments)
    origin = math.floor(left_edge)
    width = math.ceil(right_edge) - origin
    if width < 4 * MIN_GUTTER:
        return None
    # Coverage of each 1-point strip by lines, through a difference array (linear in lines + width).
    steps = [0] * (width + 2)
    for fragment in fragments:
        steps[max(0, math.floor(fragment.x0) - origin)] += 1
        steps[min(width + 1, math.ceil(fragment.x1) - origin)] -= 1
    # A few lines may cross a gutter: a name or a title across the top, a footer.
    allowed = max(1, len(fragments) // 15)
    coverages: list[int] = []
    coverage = 0
    for position in range(width + 1):
        coverage += steps[position]
        coverages.append(coverage)
    runs: list[tuple[int, int]] = []
    start: int | None = None
    for position, coverage in enumerate([*coverages, allowed + 1]):
        if coverage <= allowed:
            if start is None:
                start = position
        elif start is not None:
            if start > 0 and position <= width and position - start >= MIN_GUTTER:
                runs.append(_narrowest(coverages, start, position))
            start = None
    best: tuple[float, float] | None = None
    # The widest gap first, but one no line crosses before one a few lines cross: "• Lancement de la téléconsultation
    # …" running into a right-aligned date column leaves a wider gap before the dates than the clean one before the
    # sidebar.
    for start_bin, end_bin in sorted(runs, key=lambda run: (min(coverages[run[0] : run[1]]) > 0, run[0] - run[1])):
        gap_start, gap_end = origin + start_bin, origin + end_bin
        left = [fragment for fragment in fragments if fragment.x1 <= gap_start + 1]
        right = [fragment for fragment in fragments if fragment.x0 >= gap_end - 1]
        if len(left) < MIN_COLUMN_LINES or len(right) < MIN_COLUMN_LINES:
            continue
        if len(fragments) - len(left) - len(right) > allowed:
            continue
        # The two sides must stand side by side, not one above the other.
        overlap = min(max(f.bottom for f in left), max(f.bottom for f in right)) - max(
            min(f.top for f in left), min(f.top for f in right)
        )
        left_height = max(f.bottom for f in left) - min(f.top for f in left)
        right_height = max(f.bottom for f in right) - min(f.top for f in right)
        if overlap < 0.3 * min(left_height, right_height):
            continue
        smaller, larger = (left, right) if len(left) <= len(right) else (right, left)
        # (A narrow sidebar of bulleted lists whose line pitch happens to match the main column's is no table: a
        # table's narrow label or date column holds no bullets.)
        narrower = min((left, right), key=lambda side: max(f.x1 for f in side) - min(f.x0 for f in side))
        listed = sum(1 for fragment in narrower if _LIST_ITEM_RE.match(fragment.text)) >= 3
        if not listed and _row_aligned(smaller, larger) >= ROW_ALIGNED:
            continue
        best = (gap_start, gap_end)
        break
    return best


def _reading_order(fragments: list[_Fragment], depth: int = 0) -> list[list[_Fragment]]:
    """The page's fragments as blocks in reading order: bands of full-width lines, and columns read whole."""
    if not fragments:
        return []
    gutter = _gutter(fragments) if depth < MAX_DEPTH and len(fragments) >= 2 * MIN_COLUMN_LINES else None
    if gutter is None and depth == 0:
        banner = _top_banner(fragments)
        if banner:
            below = [fragment for fragment in fragments if fragment not in banner]
            return [_rows(banner), *_reading_order(below, depth)]
    if gutter is None:
        return [_rows(fragments)]
    gap_start, gap_end = gutter
    blocks: list[list[_Fragment]] = []
    left: list[_Fragment] = []
    right: list[_Fragment] = []
    spanning: list[_Fragment] = []
    for fragment in sorted(fragments, key=lambda item: (item.top, item.x0)):
        if fragment.x1 <= gap_start + 1:
            left.append(fragment)
        elif fragment.x0 >= gap_end - 1:
            right.append(fragment)
        else:
            if left or right:
                blocks.extend(_band(left, right, depth))
                left, right = [], []
            spanning.append(fragment)
            continue
        if spanning:
            blocks.append(_rows(spanning))
            spanning = []
    if spanning:
        blocks.append(_rows(spanning))
    blocks.extend(_band(left, right, depth))
    return blocks


TOP_BANNER_LINES = 4  # a name, a title, a contact line or two across the top


def _top_banner(fragments: list[_Fragment]) -> list[_Fragment]:
    """The few lines across the top of a short page that hid its columns ("Manon Petit", "CONSEILLÈRE BEAUTÉ" and a
    contact line set beside a photo, over a sidebar and the main column): more lines cross the gutter than a page of
    forty lines allows, but all of them above both columns. Empty when there is no such banner."""
    ordered = sorted(fragments, key=lambda item: (item.top, item.x0))
    for count in range(1, TOP_BANNER_LINES + 1):
        banner, below = ordered[:count], ordered[count:]
        if len(below) < 2 * MIN_COLUMN_LINES:
            return []
        gutter = _gutter(below)
        if gutter is None:
            continue
        left = [fragment for fragment in below if fragment.x1 <= gutter[0] + 1]
        right = [fragment for fragment in below if fragment.x0 >= gutter[1] - 1]
        narrower = min((left, right), key=len)
        if sum(1 for item in narrower if len(item.text) <= 40 and _DATE_LIKE.search(item.text)) * 2 >= len(narrower):
            return []  # a margin of dates beside the entries, off their rows: one column, read by rows
        if (
            any(fragment.x0 < gutter[1] - 1 and fragment.x1 > gutter[0] + 1 for fragment in banner)
            and max(fragment.bottom for fragment in banner) <= min(fragment.top for fragment in below) + 1
        ):
            return banner
        return []
    return []


def _band(left: list[_Fragment], right: list[_Fragment], depth: int) -> list[list[_Fragment]]:
    """The blocks of a band of the page between two full-width lines: its columns read one after the other, unless
    one side holds only the dates of the other's rows ("Lead Data Scientist — Auto Trader UK" with "April 2022 –
    present" on its baseline at the right margin, under a contact block that made the page's columns)."""
    smaller, larger = (left, right) if len(left) <= len(right) else (right, left)
    if (
        smaller
        and larger
        and all(len(fragment.text) <= 40 and _DATE_LIKE.search(fragment.text) for fragment in smaller)
        and _row_aligned(smaller, larger) >= ROW_ALIGNED
    ):
        return [_rows(left + right)]
    # A side column beside the main one may hold the main column's dates along its inner edge, then a sidebar of its
    # own further out ("Senior Performance Marketing Manager" … "07.2019 - 03.2022" | "Skills"): the dates go with
    # the rows they sit on.
    for side, main in ((right, left), (left, right)):
        head, dates = _dates_below(side, main)
        if dates:
            # "45800 Saint-Jean-de-Braye" / "06 49 50 33 11" over "01/2019 – présent" … at the right margin: a contact
            # block at the top of the side, then only the dates of the main column's rows below it.
            return [_rows(main + dates), *_reading_order(head, depth + 1)]
    dates, rest = _inner_dates(right, left, inner="left")
    if dates:
        return [_rows(left + dates), *_reading_order(rest, depth + 1)]
    dates, rest = _inner_dates(left, right, inner="right")
    if dates:
        return [*_reading_order(rest, depth + 1), _rows(dates + right)]
    return _reading_order(left, depth + 1) + _reading_order(right, depth + 1)


def _dates_below(side: list[_Fragment], main: list[_Fragment]) -> tuple[list[_Fragment], list[_Fragment]]:
    """(the lines of ``side`` above its dates, its dates) when, from some line down, ``side`` holds only dates (two or
    more) each sitting on a row of ``main``, under at least one other line; ([], []) otherwise."""
    ordered = sorted(side, key=lambda fragment: fragment.top)

    def dated(fragment: _Fragment) -> bool:
        short = len(fragment.text) <= 40
        return short and bool(_DATE_LIKE.search(fragment.text)) and _row_aligned([fragment], main) == 1

    first = next((index for index, fragment in enumerate(ordered) if dated(fragment)), None)
    if first is None or first == 0 or len(ordered) - first < 2 or not all(map(dated, ordered[first:])):
        return [], []
    return ordered[:first], ordered[first:]


def _inner_dates(side: list[_Fragment], main: list[_Fragment], inner: str) -> tuple[list[_Fragment], list[_Fragment]]:
    """The lines of ``side``'s sub-column nearest ``main`` when they are all dates sitting on ``main``'s rows, and the
    rest of ``side``; ([], side) otherwise."""
    if len(side) < 3:
        return [], side
    # The side's lines merged into runs along x, gaps of MIN_GUTTER or more between them: the run nearest the main
    # column is the sub-column that may hold its dates.
    spans = sorted((fragment.x0, fragment.x1) for fragment in side)
    runs = [list(spans[0])]
    for x0, x1 in spans[1:]:
        if x0 < runs[-1][1] + MIN_GUTTER:
            runs[-1][1] = max(runs[-1][1], x1)
        else:
            runs.append([x0, x1])
    if len(runs) < 2:
        return [], side
    start, end = runs[0] if inner == "left" else runs[-1]
    near = [fragment for fragment in side if start <= fragment.x0 and fragment.x1 <= end]
    if (
        len(near) >= 2
        and all(len(fragment.text) <= 40 and _DATE_LIKE.search(fragment.text) for fragment in near)
        and _row_aligned(near, main) >= ROW_ALIGNED
    ):
        kept = set(map(id, near))
        return near, [fragment for fragment in side if id(fragment) not in kept]
    return [], side


def _open(data: bytes, limits: Limits) -> list[PDFPage]:
    try:
        document = PDFDocument(PDFParser(io.BytesIO(data)), password="")
    except PDFPasswordIncorrect as exc:
        raise ParseError(ErrorCode.ENCRYPTED_PDF, detail=repr(exc)) from exc
    except PDFEncryptionError as exc:  # an encryption scheme pdfminer does not know: still "protected"
        raise ParseError(ErrorCode.ENCRYPTED_PDF, detail=repr(exc)) from exc
    pages: list[PDFPage] = []
    for page in PDFPage.create_pages(document):
        pages.append(page)
        if len(pages) > limits.max_pages:
            raise ParseError(ErrorCode.TOO_MANY_PAGES, detail=f"more than {limits.max_pages} pages")
    if not pages:
        raise ParseError(ErrorCode.CORRUPT_FILE, detail="no pages")
    return pages


def _is_photo(image: tuple[float, float], page: PageText) -> bool:
    """A picture big enough to be a photo, but not a full-page background."""
    (width, height) = image
    (x0, y0, x1, y1) = page.bbox
    return width >= PHOTO_MIN_POINTS and height >= PHOTO_MIN_POINTS and width * height < 0.5 * (x1 - x0) * (y1 - y0)


def _laid_out(pages: list[PDFPage]) -> Iterator[PageText]:
    """Each page's text lines and images, computed by LayoutDevice: what pdfminer's layout gives, without its
    objects (see pdf_layout)."""
    resources = PDFResourceManager(caching=True)
    device = LayoutDevice(resources)
    interpreter = PDFPageInterpreter(resources, device)
    for page in pages:
        interpreter.process_page(page)
        assert device.result is not None
        yield device.result


def _laid_out_by_pdfminer(pages: list[PDFPage]) -> Iterator[PageText]:
    """The same from pdfminer's own layout analysis: slower, for what LayoutDevice leaves to it."""
    resources = PDFResourceManager(caching=True)
    device = PDFPageAggregator(resources, laparams=LAYOUT)
    interpreter = PDFPageInterpreter(resources, device)
    for page in pages:
        interpreter.process_page(page)
        yield pdfminer_page_text(device.get_result())


def extract_pdf(data: bytes, limits: Limits) -> Document:
    pages = _open(data, limits)
    try:
        return _document(_laid_out(pages), len(pages))
    except VerticalWriting:
        pass
    except _damaged():
        # A damaged file (or one the reading order fails on): read again from the start the way pdfminer lays it out,
        # so that what is reported (its error, or a document if the damage only hit a step pdfminer's layout does not
        # take) is exactly what it would be.
        pass
    pages = _open(data, limits)
    return _document(_laid_out_by_pdfminer(pages), len(pages))


def _damaged() -> tuple[type[Exception], ...]:
    """What reading a damaged file raises: the readers' data errors, and a recursion too deep."""
    from . import READER_ERRORS  # here: the package imports this module before it defines them

    return (RecursionError, *READER_ERRORS)


def _document(page_texts: Iterable[PageText], pages: int) -> Document:
    fonts = _Fonts()
    sizes: Counter[float] = Counter()
    lines: list[Line] = []
    flags: set[str] = set()
    warnings: list[str] = []
    any_image = False
    unmapped = 0
    block = 0
    for page_number, page in enumerate(page_texts):
        fragments, dropped = _fragments(page, fonts, sizes)
        unmapped += dropped
        any_image = any_image or bool(page.images)
        if page_number == 0 and any(_is_photo(image, page) for image in page.images):
            flags.add("photo")
        for fragment_block in _reading_order(fragments):
            lines.extend(
                Line(
                    text=fragment.text,
                    page=page_number,
                    block=block,
                    size=fragment.size,
                    bold=fragment.bold,
                    lead=fragment.lead,
                    x0=round(fragment.x0, 1),
                    top=round(fragment.top, 1),
                )
                for fragment in fragment_block
            )
            block += 1
    if not lines:
        raise ParseError(ErrorCode.IMAGE_ONLY_PDF if any_image else ErrorCode.NO_TEXT)
    if unmapped:
        warnings.append("unmapped_glyphs")
    return Document(lines=lines, format="pdf", pages=pages, flags=flags, warnings=warnings, body_size=dominant(sizes))
