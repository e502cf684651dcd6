"""A file's bytes to structured résumé data (JSON Resume 1.2.1 plus ``meta``).

A pure library: no Django, no database, no settings. The caller passes limits and the skills taxonomy.

    from parsing import parse_resume, ParseError, Taxonomy
    result = parse_resume(data, "cv.pdf", taxonomy)   # dict: JSON Resume + "meta"
"""

from .errors import ErrorCode, ParseError
from .taxonomy import SkillEntry, Taxonomy

PARSER_VERSION = "0.1.0"

from .pipeline import analyze, parse_resume, parse_resume_with_text  # noqa: E402  (after PARSER_VERSION, which pipeline reads)

__all__ = [
    "PARSER_VERSION",
    "ErrorCode",
    "ParseError",
    "SkillEntry",
    "Taxonomy",
    "analyze",
    "parse_resume",
    "parse_resume_with_text",
]
