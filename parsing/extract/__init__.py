"""A file's bytes to a ``Document`` (lines with layout facts), or a ``ParseError`` saying why not.

    from parsing.extract import extract
    document = extract(data, "cv.pdf", limits=Limits(max_pages=10))

The format is decided from the content (``parsing.detect``). What a format reader raises on a damaged or hostile
file (``READER_ERRORS``) becomes ``ParseError(CORRUPT_FILE)``: a broken upload never escapes as a raw exception.
Everything else propagates unchanged: a time limit (Celery's ``SoftTimeLimitExceeded``), ``MemoryError``,
``RecursionError``, an interrupt, a bug of our own (``NameError``, ``RuntimeError``…), so that the caller can tell
"this file is damaged" from "this run was stopped" or "the parser is broken". Nothing embedded in a file is executed
or fetched (no macros, no external entities, no linked resources)."""

from __future__ import annotations

import binascii
import struct
import zipfile
import zlib
from collections.abc import Callable
from xml.etree.ElementTree import ParseError as ElementTreeParseError
from xml.parsers.expat import ExpatError

from docx.exceptions import PythonDocxError
from docx.opc.exceptions import OpcError
from lxml.etree import Error as LxmlError
from pdfminer.psexceptions import PSException

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

# What the readers and their libraries raise on malformed input. The format libraries' own families first; then the
# built-in errors their parsing code lets escape on a hostile file (pdfminer reads object graphs an attacker writes:
# a wrong type where a dictionary was expected, a missing key, a short stream, a zero scale), which are data errors
# here, not bugs. RecursionError is a RuntimeError and MemoryError is not an Exception subclass of these: both
# propagate (the caller records "too complex"), as does every other exception.
READER_ERRORS: tuple[type[Exception], ...] = (
    PSException,  # pdfminer: PSEOF, PSSyntaxError, PDFException (PDFSyntaxError, PDFNoValidXRef, …)
    zipfile.BadZipFile,
    zipfile.LargeZipFile,
    OpcError,  # python-docx: a package without its parts
    PythonDocxError,
    LxmlError,  # python-docx parses its XML with lxml
    ExpatError,
    ElementTreeParseError,
    struct.error,
    zlib.error,
    binascii.Error,
    ValueError,  # UnicodeDecodeError, a bad number in a stream, defusedxml-style refusals
    LookupError,  # KeyError, IndexError: a missing object, relationship or part
    TypeError,
    AttributeError,
    AssertionError,
    ArithmeticError,  # ZeroDivisionError, OverflowError in a font's or a matrix's numbers
    EOFError,
    NotImplementedError,  # a compression method or a filter the library does not implement
)

READERS: dict[str, Reader] = {
    "pdf": extract_pdf,
    "docx": extract_docx,
    "odt": extract_odt,
    "rtf": extract_rtf,
    "text": extract_text,
}


def extract(data: bytes, filename: str, *, limits: Limits | None = None) -> Document:
    """The document's lines in reading order. Raises ``ParseError`` for a file that cannot be read; any exception
    that is not a reader's data error (``READER_ERRORS``) propagates as it is."""
    limits = limits or Limits()
    try:
        kind = detect_type(data, filename, limits=limits)
        document = READERS[kind](data, limits)
    except ParseError:
        raise
    except READER_ERRORS as exc:
        raise ParseError(ErrorCode.CORRUPT_FILE, detail=repr(exc)) from exc
    if not document.lines:
        raise ParseError(ErrorCode.NO_TEXT)
    if extension_mismatch(kind, filename):
        document.warnings.append("extension_mismatch")
    return document


__all__ = ["READERS", "READER_ERRORS", "extract"]
