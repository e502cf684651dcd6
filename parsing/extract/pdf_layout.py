"""pdfminer's text lines for our layout settings, without pdfminer's layout objects.

``pdf.py`` needs, per page, the text lines pdfminer's ``PDFPageAggregator`` finds with ``LAYOUT`` (each line's box and
characters, in the order ``LTPage`` lists them) and the images. Building them through pdfminer's objects cost about
as much as interpreting the page: an ``LTChar`` per glyph (its box through ``apply_matrix_rect``), an
``LTTextLineHorizontal.add`` per glyph, an ``LTCurve`` per path, of which ``pdf.py`` reads a few fields.

``LayoutDevice`` is a pdfminer device that does the same arithmetic on plain tuples instead: the same float
operations in the same order (so every coordinate is bit for bit the one pdfminer computes), the same grouping of
glyphs into lines (``LTLayoutContainer.group_objects`` and ``LTTextLineHorizontal.add``), of lines into boxes
(``group_textlines``, through pdfminer's own ``Plane``) and the same sort of boxes and of lines within them
(``analyze`` with ``boxes_flow=None``), which decides the order lines reach ``pdf.py``. What it skips is only what
``pdf.py`` never reads: paths, colours, graphic states, ``LTChar.upright``, the boxes themselves. It also asks a font
for a glyph's text and width once per character code, not once per glyph.

``pdfminer_page_text`` reads a laid-out ``LTPage`` into the same ``PageText``: the reference the tests compare the
device against, and the path ``pdf.py`` falls back to for what the device does not handle (vertical writing) or on
a damaged file (see ``pdf.extract_pdf``). Any change to the grouping must keep the two identical.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from pdfminer.layout import (
    LAParams,
    LTChar,
    LTFigure,
    LTImage,
    LTPage,
    LTTextBox,
    LTTextLineHorizontal,
)
from pdfminer.pdfcolor import PDFColorSpace
from pdfminer.pdfdevice import PDFTextDevice, PDFTextSeq
from pdfminer.pdffont import PDFFont, PDFUnicodeNotDefined
from pdfminer.pdfinterp import PDFGraphicState, PDFResourceManager, PDFTextState
from pdfminer.pdfpage import PDFPage
from pdfminer.pdftypes import PDFStream
from pdfminer.utils import INF, Matrix, PathSegment, Plane, Rect, apply_matrix_rect, mult_matrix

# all_texts: text inside form XObjects (some generators put everything there) is laid out too; it costs nothing
# when figures hold no text. boxes_flow=None: no hierarchical box grouping (we order lines ourselves).
# detect_vertical=False: every line is horizontal, which LayoutDevice relies on.
LAYOUT = LAParams(boxes_flow=None, all_texts=True, detect_vertical=False)

# A line's items. A glyph is (text, font name, size, x0, y0, x1, y1, width, height): LTChar's facts, text first so
# that item[0] is the text of any item. What pdfminer inserts between glyphs (LTAnno: the space between two words, the
# newline ending the line) is (text,). Tuples, because a page has thousands of glyphs.
Glyph = tuple[str, str, float, float, float, float, float, float, float]
Item = Glyph | tuple[str]
_SPACE: Item = (" ",)
_NEWLINE: Item = ("\n",)


class TextLine:
    """One line of text as pdfminer's ``LTTextLineHorizontal``: its bounding box and its items, newline included."""

    __slots__ = ("height", "items", "text", "width", "x0", "x1", "y0", "y1")

    def __init__(self, bbox: Rect, items: list[Item], text: str) -> None:
        (self.x0, self.y0, self.x1, self.y1) = bbox
        # (As LTComponent.set_bbox computes them; the box grouping compares them.)
        self.width = self.x1 - self.x0
        self.height = self.y1 - self.y0
        self.items = items
        self.text = text  # LTTextLine.get_text(): the items' text, newline included


@dataclass(slots=True)
class PageText:
    """A page's text lines in ``LTPage`` order, the size of its images, and its box (``LTPage.bbox``)."""

    bbox: Rect
    lines: list[TextLine]
    images: list[tuple[float, float]]


class VerticalWriting(Exception):
    """A font written top to bottom: its glyph boxes are not computed here; pdfminer lays the file out instead."""


# --- The reference: pdfminer's own layout objects -------------------------------------------------------------------


def _layout_line(line: LTTextLineHorizontal) -> TextLine:
    items: list[Item] = []
    for item in line:
        if isinstance(item, LTChar):
            items.append((item.get_text(), item.fontname, item.size, *item.bbox, item.width, item.height))
        else:
            items.append((item.get_text(),))
    return TextLine(line.bbox, items, line.get_text())


def _walk(container: LTPage | LTFigure, lines: list[TextLine], images: list[tuple[float, float]]) -> None:
    for item in container:
        if isinstance(item, LTTextBox):
            for line in item:
                if isinstance(line, LTTextLineHorizontal):
                    lines.append(_layout_line(line))
        elif isinstance(item, LTTextLineHorizontal):
            lines.append(_layout_line(item))
        elif isinstance(item, LTImage):
            images.append((item.width, item.height))
        elif isinstance(item, LTFigure):
            _walk(item, lines, images)


def pdfminer_page_text(page: LTPage) -> PageText:
    """A page laid out by ``PDFPageAggregator`` with ``LAYOUT``, as a ``PageText``."""
    lines: list[TextLine] = []
    images: list[tuple[float, float]] = []
    _walk(page, lines, images)
    return PageText(page.bbox, lines, images)


# --- The device ------------------------------------------------------------------------------------------------------


_INFINITY = float("inf")  # (pdfminer's INF is 2**31 - 1)


class _Area:
    """A page or a form XObject (pdfminer's LTPage or LTFigure): its box, its glyphs in content order, and the lines
    of the figures inside it, one list per figure in content order."""

    __slots__ = ("bbox", "figures", "glyphs")

    def __init__(self, bbox: Rect) -> None:
        self.bbox = bbox
        self.glyphs: list[Glyph] = []
        self.figures: list[list[TextLine]] = []


def _group_glyphs(glyphs: list[Glyph]) -> tuple[list[TextLine], list[TextLine]]:
    """(lines, empty lines) as LTLayoutContainer.group_objects and analyze make them: a glyph joins the line of the
    one before it in content order when the two overlap vertically by more than half the smaller height and stand
    closer than twice the wider width; a glyph with no such neighbour on either side is a line of its own. An empty
    line (no width or height, or only spaces) is set apart: pdfminer lists it after everything else.

    A line's items and box are built as LTTextLineHorizontal.add does: a space before a glyph that starts further
    than a tenth of its size from the previous glyph's right edge; the box's min and max taken one glyph at a time
    from infinities (``if b < a: a = b`` is what ``a = min(a, b)`` does, NaN included)."""
    line_overlap = LAYOUT.line_overlap
    char_margin = LAYOUT.char_margin
    word_margin = LAYOUT.word_margin
    lines: list[TextLine] = []
    empties: list[TextLine] = []
    # The line being built (None between lines): its items, its box, its last glyph's right edge. (pdfminer's INF is
    # 2**31 - 1, not infinity: a glyph further right than that opens its line with a space, as in pdfminer.)
    items: list[Item] | None = None
    bx0: float = INF
    by0: float = INF
    bx1: float = -INF
    by1: float = -INF
    last_x1: float = INF

    def start(glyph: Glyph) -> list[Item]:
        """A new line with this glyph (LTTextLineHorizontal() then add(glyph))."""
        nonlocal bx0, by0, bx1, by1, last_x1
        (_, _, _, x0, y0, x1, y1, width, height) = glyph
        bx0, by0, bx1, by1 = min(INF, x0), min(INF, y0), max(-INF, x1), max(-INF, y1)
        last_x1 = x1
        return [_SPACE, glyph] if x0 - word_margin * max(width, height) > INF else [glyph]

    def finish(items: list[Item]) -> None:
        text = "".join([item[0] for item in items])
        # LTTextLine.is_empty, tested before analyze() appends the newline.
        empty = bx1 - bx0 <= 0 or by1 - by0 <= 0 or text.isspace()
        items.append(_NEWLINE)
        (empties if empty else lines).append(TextLine((bx0, by0, bx1, by1), items, text + "\n"))

    previous: Glyph | None = None
    px0 = py0 = px1 = py1 = pwidth = pheight = 0.0  # the previous glyph's box
    for glyph in glyphs:
        (_, _, _, x0, y0, x1, y1, width, height) = glyph
        # LTComponent's is_voverlap, voverlap and hdistance inlined, with pdfminer's operands in its order; the min()
        # and max() of two sizes run for every glyph, so they are written out (``b if b < a else a`` is min(a, b),
        # ties and NaN included).
        if previous is not None:
            if (
                y0 <= py1
                and py0 <= y1
                and (height if height < pheight else pheight) * line_overlap < min(abs(py0 - y1), abs(py1 - y0))
                and (0 if x0 <= px1 and px0 <= x1 else min(abs(px0 - x1), abs(px1 - x0)))
                < (width if width > pwidth else pwidth) * char_margin
            ):
                if items is None:
                    items = start(previous)
                if last_x1 < x0 - word_margin * (height if height > width else width):
                    items.append(_SPACE)
                last_x1 = x1
                items.append(glyph)
                if x0 < bx0:
                    bx0 = x0
                if y0 < by0:
                    by0 = y0
                if x1 > bx1:
                    bx1 = x1
                if y1 > by1:
                    by1 = y1
            else:
                # The line ends; a previous glyph that was in none stands alone.
                finish(items if items is not None else start(previous))
                items = None
        previous = glyph
        (px0, py0, px1, py1, pwidth, pheight) = (x0, y0, x1, y1, width, height)
    assert previous is not None
    finish(items if items is not None else start(previous))
    return lines, empties


def _boxed(lines: list[TextLine], bbox: Rect) -> list[TextLine]:
    """The lines in the order LTLayoutContainer.analyze leaves them with boxes_flow=None: grouped into boxes as
    group_textlines does (a line with the lines near it above or below of about its height and aligned with it left,
    right or centre), the boxes sorted top to bottom by their bottom edge then left to right, the lines of a box top
    to bottom. Box membership and the order of a box's lines (which decides ties of that sort) come from the same
    steps over pdfminer's own Plane."""
    line_margin = LAYOUT.line_margin
    plane: Plane[TextLine] = Plane(bbox)  # type: ignore[type-var]  # (Plane reads only x0, y0, x1, y1)
    plane.extend(lines)
    boxes: dict[TextLine, list[TextLine]] = {}
    for line in lines:
        # LTTextLineHorizontal.find_neighbors (the line itself among them).
        d = line_margin * line.height
        members = [line]
        for other in list(plane.find((line.x0, line.y0 - d, line.x1, line.y1 + d))):
            if abs(other.height - line.height) <= d and (
                abs(other.x0 - line.x0) <= d
                or abs(other.x1 - line.x1) <= d
                or abs((other.x0 + other.x1) / 2 - (line.x0 + line.x1) / 2) <= d
            ):
                members.append(other)
                if other in boxes:
                    members.extend(boxes.pop(other))
        box = list(dict.fromkeys(members))  # utils.uniq: first occurrences, in order
        for member in box:
            boxes[member] = box
    kept: list[tuple[float, float, list[TextLine]]] = []
    done: set[int] = set()
    for line in lines:
        box = boxes[line]
        if id(box) in done:
            continue
        done.add(id(box))
        x0: float = INF
        y0: float = INF
        x1: float = -INF
        y1: float = -INF
        for member in box:
            x0, y0, x1, y1 = min(x0, member.x0), min(y0, member.y0), max(x1, member.x1), max(y1, member.y1)
        if x1 - x0 <= 0 or y1 - y0 <= 0:  # LTTextBox.is_empty (LTComponent's: no width or no height)
            continue
        box.sort(key=lambda member: -member.y1)
        kept.append((-y0, x0, box))
    kept.sort(key=lambda entry: (entry[0], entry[1]))
    return [member for _, _, box in kept for member in box]


class LayoutDevice(PDFTextDevice):
    """Collects each page's glyphs like PDFPageAggregator with LAYOUT and hands back a ``PageText`` per page."""

    def __init__(self, rsrcmgr: PDFResourceManager) -> None:
        super().__init__(rsrcmgr)
        # Per font, per character id: (text, width), what render_char asks the font for every glyph.
        self._glyphs: dict[PDFFont, dict[int, tuple[str, float]]] = {}
        self._area = _Area((0, 0, 0, 0))
        self._stack: list[_Area] = []
        self._images: list[tuple[float, float]] = []
        self.result: PageText | None = None

    def begin_page(self, page: PDFPage, ctm: Matrix) -> None:
        (x0, y0, x1, y1) = apply_matrix_rect(ctm, page.mediabox)
        self._area = _Area((0, 0, abs(x0 - x1), abs(y0 - y1)))
        self._images = []

    def end_page(self, page: PDFPage) -> None:
        self.result = PageText(self._area.bbox, self._lines(self._area), self._images)

    def begin_figure(self, name: str, bbox: Rect, matrix: Matrix) -> None:
        # LTFigure's box: the form's BBox, read as pdfminer reads it, through its matrix and the current CTM.
        assert self.ctm is not None
        (x, y, w, h) = bbox
        self._stack.append(self._area)
        self._area = _Area(apply_matrix_rect(mult_matrix(matrix, self.ctm), (x, y, x + w, y + h)))

    def end_figure(self, name: str) -> None:
        figure = self._area
        self._area = self._stack.pop()
        self._area.figures.append(self._lines(figure))

    def render_image(self, name: str, stream: PDFStream) -> None:
        # An image fills the figure pdfminer opens for it (LTImage takes the figure's box).
        (x0, y0, x1, y1) = self._area.bbox
        self._images.append((x1 - x0, y1 - y0))

    def paint_path(
        self, gstate: PDFGraphicState, stroke: bool, fill: bool, evenodd: bool, path: Sequence[PathSegment]
    ) -> None:
        """Lines and shapes carry no text: nothing to do."""

    @staticmethod
    def _lines(area: _Area) -> list[TextLine]:
        """An area's lines in LTPage/LTFigure order once analyzed: its boxes' lines, then its figures' lines, then
        its empty lines."""
        if not area.glyphs:
            return [line for figure in area.figures for line in figure]
        lines, empties = _group_glyphs(area.glyphs)
        ordered = _boxed(lines, area.bbox)
        for figure in area.figures:
            ordered.extend(figure)
        ordered.extend(empties)
        return ordered

    def _glyph(self, font: PDFFont, cid: int) -> tuple[str, float]:
        """What PDFLayoutAnalyzer.render_char asks the font, in the same order."""
        try:
            text = font.to_unichr(cid)
            assert isinstance(text, str), str(type(text))
        except PDFUnicodeNotDefined:
            text = f"(cid:{cid})"  # PDFLayoutAnalyzer.handle_undefined_char
        glyph = (text, font.char_width(cid))
        self._glyphs[font][cid] = glyph
        return glyph

    def render_string(
        self, textstate: PDFTextState, seq: PDFTextSeq, ncs: PDFColorSpace, graphicstate: PDFGraphicState
    ) -> None:
        """PDFTextDevice.render_string and render_string_horizontal, with render_char and LTChar.__init__ inlined:
        each glyph's box is computed with the very expressions pdfminer evaluates, so the floats are identical."""
        assert self.ctm is not None
        matrix = mult_matrix(textstate.matrix, self.ctm)
        font = textstate.font
        fontsize = textstate.fontsize
        scaling = textstate.scaling * 0.01
        charspace = textstate.charspace * scaling
        wordspace = textstate.wordspace * scaling
        rise = textstate.rise
        assert font is not None
        if font.is_multibyte():
            wordspace = 0
        dxscale = 0.001 * fontsize * scaling
        if font.is_vertical():
            raise VerticalWriting(font.fontname)
        glyphs = self._glyphs.get(font)
        if glyphs is None:
            glyphs = self._glyphs[font] = {}
        fontname = font.fontname
        out = self._area.glyphs
        # LTChar's box before the text matrix: (0, descent + rise, adv, descent + rise + fontsize), through
        # apply_matrix_rect: the four corners (a * x + c * y + e, b * x + d * y + f), then their min and max. The terms
        # that do not depend on the glyph are computed once (the same products and sums pdfminer evaluates for each).
        descent = font.get_descent() * fontsize
        bottom = descent + rise
        top = descent + rise + fontsize
        (a, b, c, d, e, f) = matrix
        left_bottom_x = a * 0 + c * bottom
        left_bottom_y = b * 0 + d * bottom
        left_top_x = a * 0 + c * top
        left_top_y = b * 0 + d * top
        cb, db, ct, dt = c * bottom, d * bottom, c * top, d * top
        # Upright text, nearly every glyph: b and c zero, a, d, bottom, top and the advance finite. The products with
        # b and c are then zeros, so the two left corners have the same x, the two right ones the same x, the two
        # bottom ones the same y and the two top ones the same y (at most a zero's sign differs, in the corner min()
        # and max() do not return: the second of two equal values). min(lb, lt, rb, rt) of the x is then rb if rb < lb
        # and lb otherwise (NaN compares false in both), and so on: two corners and two comparisons per glyph
        # instead of four corners, four min() and four max(). test_glyph_boxes_against_ltchar holds it to LTChar.
        upright = b == 0 and c == 0 and all(-_INFINITY < value < _INFINITY for value in (a, d, bottom, top))
        (x, y) = textstate.linematrix
        needcharspace = False
        for obj in seq:
            if isinstance(obj, (int, float)):
                x -= obj * dxscale
                needcharspace = True
            elif isinstance(obj, bytes):
                for cid in font.decode(obj):
                    if needcharspace:
                        x += charspace
                    (text, textwidth) = glyphs.get(cid) or self._glyph(font, cid)
                    # translate_matrix(matrix, (x, y)): the glyph's origin.
                    e1 = x * a + y * c + e
                    f1 = x * b + y * d + f
                    adv = textwidth * fontsize * scaling
                    if upright and -_INFINITY < adv < _INFINITY:
                        lbx, rbx = left_bottom_x + e1, a * adv + cb + e1
                        lby, rty = left_bottom_y + f1, b * adv + dt + f1
                        (x0, x1) = (rbx, lbx) if rbx < lbx else (lbx, rbx if rbx > lbx else lbx)
                        (y0, y1) = (rty, lby) if rty < lby else (lby, rty if rty > lby else lby)
                    else:
                        aadv, badv = a * adv, b * adv
                        # The corners: left-bottom, right-bottom, right-top, left-top.
                        lbx, lby = left_bottom_x + e1, left_bottom_y + f1
                        rbx, rby = aadv + cb + e1, badv + db + f1
                        rtx, rty = aadv + ct + e1, badv + dt + f1
                        ltx, lty = left_top_x + e1, left_top_y + f1
                        x0 = min(lbx, ltx, rbx, rtx)
                        y0 = min(lby, rby, rty, lty)
                        x1 = max(lbx, ltx, rbx, rtx)
                        y1 = max(lby, rby, rty, lty)
                    height = y1 - y0  # (LTChar.size: its height, in horizontal writing)
                    out.append((text, fontname, height, x0, y0, x1, y1, x1 - x0, height))
                    x += adv
                    if cid == 32 and wordspace:
                        x += wordspace
                    needcharspace = True
        textstate.linematrix = (x, y)
