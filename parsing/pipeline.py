"""The parser's entry points: bytes → Document (extraction) → JSON Resume 1.2.1 plus ``meta`` (structure)."""

from __future__ import annotations

from datetime import date
from time import perf_counter
from typing import TYPE_CHECKING, Any

from .document import Document
from .structure.analyze import analyze_document
from .taxonomy import Taxonomy

if TYPE_CHECKING:
    from .limits import Limits


def analyze(
    document: Document, taxonomy: Taxonomy | None = None, *, reference_date: date | None = None
) -> dict[str, Any]:
    """Structure analysis of an extracted document: a JSON Resume dict with a ``meta`` object.

    ``reference_date`` is "today" for current positions (years of experience); tests pass a fixed one."""
    from . import PARSER_VERSION

    result = analyze_document(document, taxonomy, reference_date=reference_date)
    meta = result["meta"]
    meta["parser_version"] = PARSER_VERSION
    meta["timings_ms"]["total"] = meta["timings_ms"]["analyze"]
    return result


def parse_resume_with_text(
    data: bytes, filename: str, taxonomy: Taxonomy | None = None, *, limits: Limits | None = None
) -> tuple[dict[str, Any], str]:
    """Like :func:`parse_resume`, plus the extracted document's plain text (callers store it for search)."""
    from .extract import extract  # imported here so structure analysis works without the format readers

    started = perf_counter()
    document = extract(data, filename, limits=limits)
    extracted = perf_counter()
    result = analyze(document, taxonomy)
    timings = result["meta"]["timings_ms"]
    timings["extract"] = round((extracted - started) * 1000, 2)
    timings["total"] = round((perf_counter() - started) * 1000, 2)
    return result, document.text


def parse_resume(
    data: bytes, filename: str, taxonomy: Taxonomy | None = None, *, limits: Limits | None = None
) -> dict[str, Any]:
    """A file's bytes to JSON Resume plus ``meta``. Raises ``parsing.ParseError`` when the file cannot be read."""
    result, _text = parse_resume_with_text(data, filename, taxonomy, limits=limits)
    return result
