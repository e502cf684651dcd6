"""What extraction hands to structure analysis: the document's text as lines, with the layout facts that
matter for finding headings and columns. Every format (PDF, DOCX, ODT, RTF, text) produces this."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(slots=True)
class Line:
    text: str
    page: int = 0
    # Reading-order index of the layout block (column, sidebar, table cell, text box) the line belongs to.
    block: int = 0
    # Font size in points and weight, when the format knows them (0 / False otherwise).
    size: float = 0.0
    bold: bool = False
    # Position on the page in points from the top-left corner (PDF only; 0 otherwise).
    x0: float = 0.0
    top: float = 0.0
    # True when the source marked it as a heading (DOCX/ODT heading styles).
    heading: bool = False
    # The line's opening run of bold text when the rest is not bold ("PROXIMUS" of "PROXIMUS Brussels" with the
    # town set in a regular weight); "" otherwise.
    lead: str = ""


@dataclass(slots=True)
class Document:
    lines: list[Line]
    format: str  # "pdf", "docx", "odt", "rtf", "text"
    pages: int = 1
    # Facts found during extraction that the caller must know (e.g. "photo": the CV contains an image).
    flags: set[str] = field(default_factory=set)
    warnings: list[str] = field(default_factory=list)
    # The body font size (most common size), to tell headings from text. 0 when unknown.
    body_size: float = 0.0

    @property
    def text(self) -> str:
        return "\n".join(line.text for line in self.lines)
