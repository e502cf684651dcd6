"""A file's bytes to a ``Document`` (lines with layout facts), or a ``ParseError`` saying why not.

    from parsing.extract import extract
    document = extract(data, "cv.pdf", limits=Limits(max_pages=10))

The format is decided from the content (``parsing.detect``). Whatever goes wrong inside a format reader becomes
``ParseError(CORRUPT_FILE)``: a hostile or broken upload never escapes as a raw exception. Nothing embedded in a
file is executed or fetched (no macros, no external entities, no linked resources)."""

from __future__ import annotations

from collections.abc import Callable

from ..detect import detect_type, extension_mismatch
from ..document import Document
from ..errors import ErrorCode, ParseError
from ..limits import Limits
from .docx import extract_docx
from .odt import extract_odt
from .pdf import extract_pdf
from .rtf import extract_rtf
from .text import extract_text

Reader = Callable[[bytes, Limits], Document]

READERS: dict[str, Reader] = {
    "pdf": extract_pdf,
    "docx": extract_docx,
    "odt": extract_odt,
    "rtf": extract_rtf,
    "text": extract_text,
}


def extract(data: bytes, filename: str, *, limits: Limits | None = None) -> Document:
    """The document's lines in reading order. Raises ``ParseError`` (never anything else but MemoryError)."""
    limits = limits or Limits()
    try:
        kind = detect_type(data, filename, limits=limits)
        document = READERS[kind](data, limits)
    except ParseError:
        raise
    except MemoryError:
        raise
    except Exception as exc:  # a reader's bug or a library's surprise on a hostile file: still a clean refusal
        raise ParseError(ErrorCode.CORRUPT_FILE, detail=repr(exc)) from exc
    if not document.lines:
        raise ParseError(ErrorCode.NO_TEXT)
    if extension_mismatch(kind, filename):
        document.warnings.append("extension_mismatch")
    return document


__all__ = ["READERS", "extract"]
