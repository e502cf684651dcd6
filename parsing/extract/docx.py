"""Word documents (.docx): the body in order, tables cell by cell, text boxes, page headers and footers.

python-docx opens the package (its XML parser does not resolve entities) and gives us the parts; the text is read
from the XML directly, because python-docx hides text boxes, content controls and the effective formatting. Going
through the package rather than ``docx.Document`` also reads macro-enabled documents (.docm) and templates
(.dotx): their text, never their macros."""

from __future__ import annotations

import io
import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from docx.opc.constants import RELATIONSHIP_TYPE
from docx.oxml.parser import parse_xml
from docx.package import Package

from ..document import Document
from ..errors import ErrorCode, ParseError
from ..limits import Limits
from .archive import open_archive, read_entry
from .normalize import BULLET, LineCollector, Run, body_size

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
MC = "{http://schemas.openxmlformats.org/markup-compatibility/2006}"
WP = "{http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing}"
A = "{http://schemas.openxmlformats.org/drawingml/2006/main}"
V = "{urn:schemas-microsoft-com:vml}"
R = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"

# Printed text is never inside these: deleted or moved-away revisions, field instructions, properties.
_SKIPPED = {
    W + "del",
    W + "moveFrom",
    W + "pPr",
    W + "rPr",
    W + "instrText",
    W + "delInstrText",
    W + "delText",
    W + "footnoteReference",
    W + "endnoteReference",
    W + "commentReference",
    MC + "Fallback",  # the same content again, for old readers
}
_CONTAINERS = {W + "sdt", W + "sdtContent", W + "customXml", W + "smartTag", W + "ins", W + "moveTo"}
_HEADING_NAME = re.compile(r"^(heading|titre|überschrift|título|titolo)\s*[1-9]$", re.IGNORECASE)
_TRUE = {"1", "true", "on"}
# Main parts of documents, templates and their macro-enabled variants.
_WORD_MAIN = re.compile(
    r"^application/vnd\.(openxmlformats-officedocument\.wordprocessingml\.(document|template)"
    r"|ms-word\.(document|template)\.macroEnabled(Template)?)\.main\+xml$"
)
EMU_PER_POINT = 12700
PHOTO_MIN_POINTS = 30.0
# The first page's header before the default one: it is the one a reader sees first.
_PAGE_PART_ORDER = {"first": 0, "default": 1, "even": 2}
# Symbol-font characters Word uses for bullets, written as w:sym.
_SYMBOLS = {"F0B7": "•", "F0A7": "▪", "F076": "❖", "F0D8": "➢", "F0FC": "✓", "F0A8": "□", "F06F": "o"}


def _toggle(element: Any) -> bool | None:
    """A w:b-like property: None when absent, else its value (no w:val means on)."""
    if element is None:
        return None
    value = element.get(W + "val")
    return value is None or value.lower() in _TRUE


def _half_points(element: Any) -> float | None:
    if element is None:
        return None
    value = element.get(W + "val", "")
    try:
        return float(value) / 2
    except ValueError:
        return None


@dataclass
class _Style:
    name: str
    based_on: str | None
    bold: bool | None
    size: float | None
    outline: bool
    numbered: bool


class _Styles:
    def __init__(self, root: Any) -> None:
        self.styles: dict[str, _Style] = {}
        self.default_paragraph: str | None = None
        self.default_size = 0.0
        if root is None:
            return
        defaults = root.find(f"{W}docDefaults/{W}rPrDefault/{W}rPr")
        if defaults is not None:
            self.default_size = _half_points(defaults.find(W + "sz")) or 0.0
        for style in root.iter(W + "style"):
            style_id = style.get(W + "styleId")
            if not style_id:
                continue
            name = style.find(W + "name")
            based_on = style.find(W + "basedOn")
            run_properties = style.find(W + "rPr")
            paragraph_properties = style.find(W + "pPr")
            outline = paragraph_properties is not None and paragraph_properties.find(W + "outlineLvl") is not None
            if outline:
                level = paragraph_properties.find(W + "outlineLvl").get(W + "val", "9")
                outline = level.isdigit() and int(level) < 9
            self.styles[style_id] = _Style(
                name=name.get(W + "val", "") if name is not None else "",
                based_on=based_on.get(W + "val") if based_on is not None else None,
                bold=_toggle(run_properties.find(W + "b")) if run_properties is not None else None,
                size=_half_points(run_properties.find(W + "sz")) if run_properties is not None else None,
                outline=outline,
                numbered=paragraph_properties is not None and paragraph_properties.find(W + "numPr") is not None,
            )
            if style.get(W + "type") == "paragraph" and style.get(W + "default") in _TRUE:
                self.default_paragraph = style_id

    def chain(self, style_id: str | None) -> Iterator[_Style]:
        seen: set[str] = set()
        while style_id and style_id not in seen and style_id in self.styles:
            seen.add(style_id)
            style = self.styles[style_id]
            yield style
            style_id = style.based_on

    def first(self, style_id: str | None, attribute: str) -> Any:
        for style in self.chain(style_id):
            value = getattr(style, attribute)
            if value is not None:
                return value
        return None

    def is_heading(self, style_id: str | None) -> bool:
        return any(style.outline or _HEADING_NAME.match(style.name) for style in self.chain(style_id))

    def is_numbered(self, style_id: str | None) -> bool:
        return any(style.numbered for style in self.chain(style_id))


class _Reader:
    def __init__(self, styles: _Styles, collector: LineCollector, flags: set[str]) -> None:
        self.styles = styles
        self.out = collector
        self.flags = flags

    def blocks(self, parent: Any) -> None:
        for child in parent:
            tag = child.tag
            if tag == W + "p":
                self.paragraph(child)
            elif tag == W + "tbl":
                self.table(child)
            elif tag in _CONTAINERS:
                self.blocks(child)

    def table(self, table: Any) -> None:
        rows = [list(self._descendants(row, W + "tc")) for row in self._descendants(table, W + "tr")]
        # A form of label and value rows ("Période | Mars 2018 – Août 2021", "Entreprise | Kuehne + Nagel", "Poste |
        # Magasinier cariste"): each row is read as one "label : value" line, as the CV would write it in text.
        labelled = len(rows) >= 3 and all(len(cells) == 2 and _label_text(cells[0]) for cells in rows)
        # Most value cells empty: a list set in a table's first column, not a form with a field left blank.
        listed = labelled and 2 * sum(not _paragraph_text(cells[1]).strip() for cells in rows) > len(rows)
        # A table of jobs with one column per field under a row of the columns' names ("Employer | Position |
        # Dates", "Période | Fonction | Employeur | Lieu"): each row is read in the order a CV writes a job in text.
        roles = _column_roles(rows[0]) if len(rows) >= 2 and not labelled else None
        # A column of dates beside the entries ("2017 – 2019 | Chercheuse contractuelle", a row of its own for the
        # employer above its posts, its date cell empty): each row is read as one line, dates first, as the CV would
        # write it in text; cell by cell, a date would be read as the end of the entry above.
        dated = (
            not labelled
            and len(rows) >= 2
            and all(len(cells) == 2 for cells in rows)
            and all(_date_text(cells[0]) is not None for cells in rows)
            and sum(bool(_date_text(cells[0])) for cells in rows) >= 2
        )
        if roles is not None:
            for cells in rows[1:]:
                if len(cells) == len(roles):
                    self.out.new_block()
                    self.job_row(roles, cells)
                else:
                    for cell in cells:  # a row of merged cells: the duties of the job above
                        self.blocks(cell)
            self.out.new_block()
            return
        for cells in rows:
            if labelled and listed and not _paragraph_text(cells[1]).strip():
                self.out.new_block()
                self.blocks(cells[0])  # a list in a table ("English" then an empty cell): the first cell is the line
                continue
            if labelled:
                self.out.new_block()
                self.labelled_row(_label_text(cells[0]), cells[1])
                continue
            if dated and _date_text(cells[0]):
                self.out.new_block()
                self.labelled_row(str(_date_text(cells[0])), cells[1], separator=" | ")
                continue
            for cell in cells:
                self.out.new_block()
                self.blocks(cell)
        self.out.new_block()

    def job_row(self, roles: list[str], cells: list[Any]) -> None:
        """One job's row: the first paragraph of the dates', the position's, the employer's and the place's cells in
        that order, then the rest of every cell (the duties) as they come."""
        firsts: dict[int, Any] = {}
        for role in _ROW_ORDER:
            for index, cell in enumerate(cells):
                if roles[index] != role:
                    continue
                first = next((child for child in cell if child.tag == W + "p" and _paragraph_text(child).strip()), None)
                if first is not None:
                    firsts[index] = first
                    self.paragraph(first)
        for index, cell in enumerate(cells):
            self.blocks([child for child in cell if child is not firsts.get(index)])

    def labelled_row(self, label: str, cell: Any, *, separator: str = " : ") -> None:
        """The value cell's first paragraph after its label (and ``separator``); the rest of the cell as it is. A
        label over a list ("Missions" then bullet points) goes: it says no more than the list does."""
        first = True
        for child in cell:
            if first and child.tag == W + "p" and _paragraph_text(child).strip():
                first = False
                listed = _paragraph_text(child).strip()[:1] in _TYPED_BULLETS
                self.paragraph(child, label="" if listed else label, separator=separator)
            elif child.tag == W + "p":
                self.paragraph(child)
            elif child.tag == W + "tbl":
                self.table(child)
            elif child.tag in _CONTAINERS:
                self.blocks(child)

    def _descendants(self, parent: Any, tag: str) -> Iterator[Any]:
        """Rows of a table or cells of a row, looking through content controls wrapped around them."""
        for child in parent:
            if child.tag == tag:
                yield child
            elif child.tag in _CONTAINERS:
                yield from self._descendants(child, tag)

    def paragraph(self, paragraph: Any, *, label: str = "", separator: str = " : ") -> None:
        properties = paragraph.find(W + "pPr")
        style_id = self.styles.default_paragraph
        heading = numbered = False
        if properties is not None:
            style = properties.find(W + "pStyle")
            if style is not None:
                style_id = style.get(W + "val")
            level = properties.find(W + "outlineLvl")
            heading = level is not None and level.get(W + "val", "9").isdigit() and int(level.get(W + "val")) < 9
            number = properties.find(W + "numPr")
            if number is not None:
                number_id = number.find(W + "numId")
                numbered = number_id is None or number_id.get(W + "val") != "0"
        heading = heading or self.styles.is_heading(style_id)
        numbered = numbered or self.styles.is_numbered(style_id)
        paragraph_bold = self.styles.first(style_id, "bold")
        paragraph_size = self.styles.first(style_id, "size")
        runs: list[Run] = []
        boxes: list[Any] = []
        self.inline(paragraph, style_id, paragraph_bold, paragraph_size, runs, boxes)
        if numbered and any(run.text.strip() for run in runs):
            runs.insert(0, Run(BULLET, runs[0].bold, runs[0].size))
        elif label and runs:
            runs.insert(0, Run(f"{label}{separator}", runs[0].bold, runs[0].size))
        self.out.add_runs(runs, heading=heading)
        for box in boxes:
            self.out.new_block()
            self.blocks(box)
            self.out.new_block()

    def inline(
        self, parent: Any, style_id: str | None, bold: bool | None, size: float | None, runs: list[Run], boxes: list
    ) -> None:
        for child in parent:
            tag = child.tag
            if tag == W + "r":
                self.run(child, bold, size, runs, boxes)
            elif tag in _SKIPPED or not isinstance(tag, str):
                continue
            else:  # hyperlinks, fields, content controls, insertions, smart tags...
                self.inline(child, style_id, bold, size, runs, boxes)

    def run(
        self, run: Any, paragraph_bold: bool | None, paragraph_size: float | None, runs: list[Run], boxes: list
    ) -> None:
        properties = run.find(W + "rPr")
        bold = size = None
        if properties is not None:
            bold = _toggle(properties.find(W + "b"))
            size = _half_points(properties.find(W + "sz"))
            character_style = properties.find(W + "rStyle")
            if character_style is not None:
                style_id = character_style.get(W + "val")
                bold = self.styles.first(style_id, "bold") if bold is None else bold
                size = self.styles.first(style_id, "size") if size is None else size
        bold = paragraph_bold if bold is None else bold
        size = paragraph_size if size is None else size
        is_bold = bool(bold)
        points = size or self.styles.default_size
        for child in run:
            tag = child.tag
            if tag == W + "t":
                if child.text:
                    runs.append(Run(child.text, is_bold, points))
            elif tag == W + "tab" or tag == W + "ptab":
                runs.append(Run("\t", is_bold, points))
            elif tag in (W + "br", W + "cr"):
                runs.append(Run("\n", is_bold, points))
            elif tag == W + "noBreakHyphen":
                runs.append(Run("-", is_bold, points))
            elif tag == W + "sym":
                code = (child.get(W + "char") or "").upper()
                runs.append(Run(_SYMBOLS.get(code, ""), is_bold, points))
            elif tag in (W + "drawing", W + "pict", W + "object", MC + "AlternateContent"):
                self.graphic(child, boxes)

    def graphic(self, element: Any, boxes: list) -> None:
        """Pictures set the photo flag; text boxes are read after their anchor paragraph, as blocks of their own."""
        for node in element.iter(WP + "inline", WP + "anchor", V + "imagedata", W + "txbxContent", MC + "Fallback"):
            if node.tag == W + "txbxContent":
                if not any(
                    ancestor.tag in (MC + "Fallback", W + "txbxContent") for ancestor in _ancestors(node, element)
                ):
                    boxes.append(node)
            elif node.tag == V + "imagedata":
                if not any(ancestor.tag == MC + "Fallback" for ancestor in _ancestors(node, element)):
                    self.flags.add("photo")
            elif node.find(f".//{A}blip") is not None:
                extent = node.find(WP + "extent")
                try:
                    width = int(extent.get("cx")) / EMU_PER_POINT
                    height = int(extent.get("cy")) / EMU_PER_POINT
                except (AttributeError, TypeError, ValueError):
                    width = height = PHOTO_MIN_POINTS
                if width >= PHOTO_MIN_POINTS and height >= PHOTO_MIN_POINTS:
                    self.flags.add("photo")


_TYPED_BULLETS = set("-–—•·*▪►➢✓")


def _paragraph_text(paragraph: Any) -> str:
    return "".join(node.text or "" for node in paragraph.iter(W + "t"))


# A date cell's text: a year in a few words ("2017 – 2019", "Depuis janv. 2020", "Sept. 2014 – présent").
_DATE_CELL_RE = re.compile(r"(?=.*\b(?:19|20)\d{2}\b)\S+(?:\s+\S+){0,5}")


def _date_text(cell: Any) -> str | None:
    """The text of a cell that holds a date alone (one short paragraph with a year), "" for an empty cell, None for
    any other."""
    paragraphs = [text for node in cell.iter(W + "p") if (text := _paragraph_text(node).strip())]
    if not paragraphs:
        return ""
    if len(paragraphs) != 1 or len(paragraphs[0]) > 40 or cell.find(".//" + W + "tbl") is not None:
        return None
    return paragraphs[0] if _DATE_CELL_RE.fullmatch(paragraphs[0]) else None


def _label_text(cell: Any) -> str:
    """The text of a cell that holds a field's label alone ("Entreprise", "Poste :", "Job title"): one paragraph
    of at most three words, no digit; else ""."""
    paragraphs = [text for node in cell.iter(W + "p") if (text := _paragraph_text(node).strip())]
    if len(paragraphs) != 1 or cell.find(".//" + W + "tbl") is not None:
        return ""
    text = paragraphs[0].rstrip(" :")
    if not text or len(text) > 30 or len(text.split()) > 3 or any(char.isdigit() for char in text):
        return ""
    return text


# The names of a jobs table's columns, by the field each column holds.
_COLUMN_NAMES = {
    "dates": r"dates?|p[ée]riodes?|periods?|dur[ée]e|ann[ée]es?|years?|from\s*[-–/]\s*to|du\s*[-–/]\s*au|"
    r"de\s*[-–/]\s*[àa]",
    "position": r"positions?(?:\s+held)?|job\s+titles?|titles?|roles?|postes?(?:\s+occup[ée]s?)?|fonctions?|emplois?|"
    r"intitul[ée]s?|designation",
    "employer": r"employers?|company|companies|organi[sz]ations?|firms?|entreprises?|employeurs?|soci[ée]t[ée]s?|"
    r"[ée]tablissements?|structures?",
    "place": r"places?|locations?|lieux?|lieu|villes?|city|cities|country|pays|localisation",
}
_COLUMN_RES = {role: re.compile(rf"^(?:{names})$", re.IGNORECASE) for role, names in _COLUMN_NAMES.items()}
_ROW_ORDER = ("dates", "position", "employer", "place")


def _column_roles(cells: list[Any]) -> list[str] | None:
    """The field of each column of a jobs table, read from its first row of column names; None for any other table
    (a cell that is no short name, or no employer or no position column)."""
    roles: list[str] = []
    for cell in cells:
        text = " ".join(_paragraph_text(node).strip() for node in cell.iter(W + "p")).strip().rstrip(" :")
        if len(text) > 30 or any(char.isdigit() for char in text):
            return None
        role = next((name for name, pattern in _COLUMN_RES.items() if pattern.match(text)), "")
        roles.append(role)
    if not {"employer", "position"} <= set(roles):
        return None  # ("Dates | Course | Organisation": a table of trainings, read as it is)
    return roles


def _ancestors(node: Any, stop: Any) -> Iterator[Any]:
    parent = node.getparent()
    while parent is not None and parent is not stop:
        yield parent
        parent = parent.getparent()


def _element(part: Any) -> Any:
    """A part's XML root: python-docx parsed it already for the part types it knows, we parse the others (same
    parser, entities never resolved)."""
    element = getattr(part, "element", None)
    return element if element is not None else parse_xml(part.blob)


def _page_count(app: bytes | None) -> int:
    match = re.search(rb"<(?:\w+:)?Pages>\s*(\d{1,6})\s*<", app or b"")
    return max(1, int(match.group(1))) if match else 1


def extract_docx(data: bytes, limits: Limits) -> Document:
    with open_archive(data, limits) as archive:
        app = read_entry(archive, "docProps/app.xml")
    try:
        main = Package.open(io.BytesIO(data)).main_document_part
    except KeyError as exc:  # no officeDocument relationship
        raise ParseError(ErrorCode.CORRUPT_FILE, detail=repr(exc)) from exc
    if not _WORD_MAIN.match(main.content_type):
        raise ParseError(ErrorCode.CORRUPT_FILE, detail=f"main part is {main.content_type}")
    root = _element(main)
    body = root.find(W + "body")
    if body is None:
        raise ParseError(ErrorCode.CORRUPT_FILE, detail="no w:body")
    try:
        styles_root = _element(main.part_related_by(RELATIONSHIP_TYPE.STYLES))
    except KeyError:
        styles_root = None
    out = LineCollector()
    flags: set[str] = set()
    reader = _Reader(_Styles(styles_root), out, flags)

    def page_parts(tag: str) -> None:
        seen: set[str] = set()
        for section in body.iter(W + "sectPr"):
            references = sorted(
                section.findall(tag), key=lambda reference: _PAGE_PART_ORDER.get(reference.get(W + "type"), 1)
            )
            for reference in references:
                relationship_id = reference.get(R + "id")
                related = main.related_parts.get(relationship_id) if relationship_id else None
                if related is None or str(related.partname) in seen:
                    continue
                seen.add(str(related.partname))
                out.new_block()
                reader.blocks(_element(related))
                out.new_block()

    # Page headers first (contact details often live there), then the body, then the footers.
    page_parts(W + "headerReference")
    reader.blocks(body)
    out.new_block()
    page_parts(W + "footerReference")
    return Document(lines=out.lines, format="docx", pages=_page_count(app), flags=flags, body_size=body_size(out.lines))
