"""OpenDocument text (.odt): content.xml for the body, styles.xml for page headers and footers, read with the
standard library (no DTD allowed) after the zip-bomb checks."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from dataclasses import dataclass

from ..document import Document
from ..errors import ErrorCode, ParseError
from ..limits import Limits
from .archive import open_archive, read_entry
from .normalize import BULLET, LineCollector, Run, body_size
from .xmlsafe import parse_xml

OFFICE = "{urn:oasis:names:tc:opendocument:xmlns:office:1.0}"
TEXT = "{urn:oasis:names:tc:opendocument:xmlns:text:1.0}"
TABLE = "{urn:oasis:names:tc:opendocument:xmlns:table:1.0}"
DRAW = "{urn:oasis:names:tc:opendocument:xmlns:drawing:1.0}"
STYLE = "{urn:oasis:names:tc:opendocument:xmlns:style:1.0}"
FO = "{urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0}"
SVG = "{urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0}"
META = "{urn:oasis:names:tc:opendocument:xmlns:meta:1.0}"

# Content that is not part of the text as printed: deleted changes, notes, comments, forms, declarations.
_SKIPPED = {
    TEXT + "tracked-changes",
    TEXT + "note",
    OFFICE + "annotation",
    OFFICE + "annotation-end",
    OFFICE + "forms",
    TEXT + "sequence-decls",
    TEXT + "variable-decls",
    TEXT + "user-field-decls",
    TEXT + "bookmark-start",
    TEXT + "bookmark",
    TEXT + "bookmark-end",
    TEXT + "soft-page-break",
    DRAW + "object",
    DRAW + "object-ole",
}
_FRAMES = {
    DRAW + name for name in ("frame", "a", "g", "custom-shape", "rect", "ellipse", "polygon", "path", "text-box")
}
_UNITS = {"pt": 1.0, "cm": 72 / 2.54, "mm": 72 / 25.4, "in": 72.0, "pc": 12.0, "px": 0.75}
_LENGTH = re.compile(r"^\s*([0-9.]+)\s*(pt|cm|mm|in|pc|px)\s*$")
PHOTO_MIN_POINTS = 30.0


def _points(value: str | None) -> float | None:
    match = _LENGTH.match(value or "")
    return float(match.group(1)) * _UNITS[match.group(2)] if match else None


@dataclass
class _Style:
    parent: str | None
    bold: bool | None
    size: float | None
    relative_size: float | None  # "120%": relative to the parent's size


class _Styles:
    def __init__(self, *roots: ET.Element | None) -> None:
        self.styles: dict[str, _Style] = {}
        self.default_size: float | None = None
        self._cache: dict[str, tuple[bool, float]] = {}
        for root in roots:
            if root is None:
                continue
            for container in (OFFICE + "styles", OFFICE + "automatic-styles"):
                for holder in root.iter(container):
                    for element in holder:
                        if element.tag == STYLE + "style" and element.get(STYLE + "name"):
                            self.styles[element.get(STYLE + "name", "")] = self._read(element)
                        elif element.tag == STYLE + "default-style" and element.get(STYLE + "family") == "paragraph":
                            self.default_size = self._read(element).size or self.default_size

    @staticmethod
    def _read(element: ET.Element) -> _Style:
        bold = size = relative = None
        properties = element.find(STYLE + "text-properties")
        if properties is not None:
            weight = properties.get(FO + "font-weight")
            if weight is not None:
                bold = weight == "bold" or (weight.isdigit() and int(weight) >= 600)
            raw_size = properties.get(FO + "font-size", "")
            if raw_size.endswith("%"):
                try:
                    relative = float(raw_size[:-1]) / 100
                except ValueError:
                    relative = None
            else:
                size = _points(raw_size)
        return _Style(element.get(STYLE + "parent-style-name"), bold, size, relative)

    def resolve(self, name: str | None) -> tuple[bool, float]:
        """(bold, size) a style gives its text, following parent styles."""
        if not name:
            return False, self.default_size or 0.0
        if name in self._cache:
            return self._cache[name]
        bold: bool | None = None
        size: float | None = None
        factor = 1.0
        seen: set[str] = set()
        current: str | None = name
        while current and current not in seen and current in self.styles:
            seen.add(current)
            style = self.styles[current]
            if bold is None:
                bold = style.bold
            if size is None:
                if style.size is not None:
                    size = style.size
                elif style.relative_size is not None:
                    factor *= style.relative_size
            current = style.parent
        if size is None:
            size = self.default_size or 0.0
        result = (bool(bold), round(size * factor, 1))
        self._cache[name] = result
        return result

    def span(self, name: str | None, inherited: tuple[bool, float]) -> tuple[bool, float]:
        """A text span's (bold, size): what its own style sets, the paragraph's for the rest."""
        bold: bool | None = None
        size: float | None = None
        seen: set[str] = set()
        current = name
        while current and current not in seen and current in self.styles:
            seen.add(current)
            style = self.styles[current]
            bold = style.bold if bold is None else bold
            size = style.size if size is None else size
            current = style.parent
        return (inherited[0] if bold is None else bold, inherited[1] if size is None else round(size, 1))


class _Reader:
    def __init__(self, styles: _Styles, collector: LineCollector, flags: set[str]) -> None:
        self.styles = styles
        self.out = collector
        self.flags = flags

    def blocks(self, parent: ET.Element) -> None:
        for child in parent:
            tag = child.tag
            if tag in (TEXT + "p", TEXT + "h"):
                self.paragraph(child, heading=tag == TEXT + "h")
            elif tag == TEXT + "list":
                self.list_items(child)
            elif tag == TABLE + "table":
                self.table(child)
            elif tag in _FRAMES:
                self.frame(child)
            elif tag not in _SKIPPED:
                self.blocks(child)  # sections, indexes, unknown wrappers: their content still counts

    def list_items(self, element: ET.Element) -> None:
        for item in element:
            first = True
            for child in item:
                if child.tag in (TEXT + "p", TEXT + "h"):
                    self.paragraph(child, heading=child.tag == TEXT + "h", prefix=BULLET if first else "")
                    first = False
                elif child.tag == TEXT + "list":
                    self.list_items(child)
                elif child.tag not in _SKIPPED:
                    self.blocks(child)

    def table(self, element: ET.Element) -> None:
        for row in element.iter(TABLE + "table-row"):
            for cell in row:
                if cell.tag == TABLE + "table-cell":
                    self.out.new_block()
                    self.blocks(cell)
        self.out.new_block()

    def frame(self, element: ET.Element) -> None:
        if element.tag == DRAW + "frame" and element.find(DRAW + "image") is not None:
            width = _points(element.get(SVG + "width"))
            height = _points(element.get(SVG + "height"))
            if width is None or height is None or (width >= PHOTO_MIN_POINTS and height >= PHOTO_MIN_POINTS):
                self.flags.add("photo")
        self.out.new_block()
        self.blocks(element)
        self.out.new_block()

    def paragraph(self, element: ET.Element, *, heading: bool, prefix: str = "") -> None:
        style = self.styles.resolve(element.get(TEXT + "style-name"))
        runs = [Run(prefix, style[0], style[1])] if prefix else []
        frames: list[ET.Element] = []
        self.inline(element, style, runs, frames)
        self.out.add_runs(runs, heading=heading)
        for frame in frames:
            self.frame(frame)

    def inline(self, element: ET.Element, style: tuple[bool, float], runs: list[Run], frames: list[ET.Element]) -> None:
        if element.text:
            runs.append(Run(element.text, *style))
        for child in element:
            tag = child.tag
            if tag == TEXT + "span":
                self.inline(child, self.styles.span(child.get(TEXT + "style-name"), style), runs, frames)
            elif tag == TEXT + "s":
                count = child.get(TEXT + "c", "1")
                runs.append(Run(" " * min(int(count) if count.isdigit() else 1, 100), *style))
            elif tag == TEXT + "tab":
                runs.append(Run("\t", *style))
            elif tag == TEXT + "line-break":
                runs.append(Run("\n", *style))
            elif tag in _FRAMES:
                frames.append(child)
            elif tag not in _SKIPPED:
                self.inline(child, style, runs, frames)  # links, fields, ruby, meta: their text is printed text
            if child.tail:
                runs.append(Run(child.tail, *style))


def _page_count(meta: bytes | None) -> int:
    if not meta:
        return 1
    statistic = parse_xml(meta).find(f".//{META}document-statistic")
    count = statistic.get(META + "page-count", "") if statistic is not None else ""
    return max(1, int(count)) if count.isdigit() else 1


def extract_odt(data: bytes, limits: Limits) -> Document:
    with open_archive(data, limits) as archive:
        content_bytes = read_entry(archive, "content.xml")
        if content_bytes is None:
            raise ParseError(ErrorCode.CORRUPT_FILE, detail="no content.xml")
        styles_bytes = read_entry(archive, "styles.xml")
        meta_bytes = read_entry(archive, "meta.xml")
    content = parse_xml(content_bytes)
    styles_root = parse_xml(styles_bytes) if styles_bytes else None
    body = content.find(f"{OFFICE}body/{OFFICE}text")
    if body is None:
        raise ParseError(ErrorCode.CORRUPT_FILE, detail="no office:text body")

    out = LineCollector()
    flags: set[str] = set()
    masters = styles_root.find(f"{OFFICE}master-styles") if styles_root is not None else None
    header_reader = _Reader(_Styles(styles_root), out, flags)
    seen_parts: set[bytes] = set()

    def page_parts(names: tuple[str, ...]) -> None:
        if masters is None:
            return
        for master in masters.iter(STYLE + "master-page"):
            for name in names:
                for part in master.findall(STYLE + name):
                    key = ET.tostring(part)
                    if key in seen_parts:
                        continue
                    seen_parts.add(key)
                    out.new_block()
                    header_reader.blocks(part)
                    out.new_block()

    # Page headers first (contact details often live there), then the body, then the footers.
    page_parts(("header-first", "header", "header-left"))
    _Reader(_Styles(styles_root, content), out, flags).blocks(body)
    out.new_block()
    page_parts(("footer-first", "footer", "footer-left"))
    return Document(
        lines=out.lines, format="odt", pages=_page_count(meta_bytes), flags=flags, body_size=body_size(out.lines)
    )
