"""What each parse failure means for a person, in their language. ``parsing`` speaks English only (it is a pure
library); the stored ``Resume.failure_code`` is translated here when shown."""

from __future__ import annotations

from django.utils.functional import Promise
from django.utils.translation import gettext_lazy as _

from parsing.errors import ErrorCode

# Codes of our own, beside the parser's.
TOO_LARGE = str(ErrorCode.TOO_LARGE)
TIMEOUT = str(ErrorCode.TIMEOUT)
WORKER_CRASHED = "worker_crashed"
TOO_COMPLEX = "too_complex"
FILE_MISSING = "file_missing"
PARSER_ERROR = "parser_error"
UNREADABLE = "unreadable"

MESSAGES: dict[str, Promise] = {
    ErrorCode.EMPTY_FILE: _("The file is empty."),
    ErrorCode.TOO_LARGE: _("The file is too large."),
    ErrorCode.TOO_MANY_PAGES: _("The document has too many pages."),
    ErrorCode.UNSUPPORTED_TYPE: _(
        "This type of file cannot be read. Send a PDF, Word (.docx), OpenDocument (.odt), RTF or text file."
    ),
    ErrorCode.TYPE_MISMATCH: _(
        "The file's name says one type but its content is another: it may not be the file you meant to send."
    ),
    ErrorCode.LEGACY_DOC: _("Old Word files (.doc) cannot be read. Save the CV as .docx or PDF and send it again."),
    ErrorCode.ENCRYPTED_PDF: _("The PDF is protected by a password. Send a copy without a password."),
    ErrorCode.IMAGE_ONLY_PDF: _("The PDF contains only images (a scan): there is no text to read."),
    ErrorCode.CORRUPT_FILE: _("The file is damaged and cannot be opened."),
    ErrorCode.ARCHIVE_BOMB: _("The document expands to an unreasonable size and was refused."),
    ErrorCode.NO_TEXT: _("No text could be found in the document."),
    ErrorCode.TIMEOUT: _("Reading the document took too long and was stopped."),
    WORKER_CRASHED: _("Reading the document failed several times. It may be damaged or unusually complex."),
    TOO_COMPLEX: _("The document is too complex to be read (it needs too much memory)."),
    FILE_MISSING: _("The file can no longer be found on the server."),
    PARSER_ERROR: _("The document could not be read because of an error on our side. Try again later."),
    UNREADABLE: _("The file could not be opened."),
}

GENERIC = _("The document could not be read.")


def failure_message(code: str) -> str:
    """The message for a failure code, in the active language (a generic one for an unknown code)."""
    return str(MESSAGES.get(code, GENERIC))
