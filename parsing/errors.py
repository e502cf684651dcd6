"""Every way a file can fail to become a résumé, each with a stable code and a message a recruiter reads."""

from __future__ import annotations

from enum import StrEnum


class ErrorCode(StrEnum):
    EMPTY_FILE = "empty_file"
    TOO_LARGE = "too_large"
    TOO_MANY_PAGES = "too_many_pages"
    UNSUPPORTED_TYPE = "unsupported_type"
    TYPE_MISMATCH = "type_mismatch"
    LEGACY_DOC = "legacy_doc"
    ENCRYPTED_PDF = "encrypted_pdf"
    IMAGE_ONLY_PDF = "image_only_pdf"
    CORRUPT_FILE = "corrupt_file"
    ARCHIVE_BOMB = "archive_bomb"
    NO_TEXT = "no_text"
    TIMEOUT = "timeout"


# English source messages; the Django side translates them by code (candidates/parsing_messages.py).
MESSAGES: dict[ErrorCode, str] = {
    ErrorCode.EMPTY_FILE: "The file is empty.",
    ErrorCode.TOO_LARGE: "The file is too large.",
    ErrorCode.TOO_MANY_PAGES: "The document has too many pages.",
    ErrorCode.UNSUPPORTED_TYPE: (
        "This type of file cannot be read. Send a PDF, Word (.docx), OpenDocument (.odt), RTF or text file."
    ),
    ErrorCode.TYPE_MISMATCH: "The file's name says one type but its content is another.",
    ErrorCode.LEGACY_DOC: "Old Word files (.doc) cannot be read. Save the CV as .docx or PDF and send it again.",
    ErrorCode.ENCRYPTED_PDF: "The PDF is protected by a password.",
    ErrorCode.IMAGE_ONLY_PDF: "The PDF contains only images (a scan): there is no text to read.",
    ErrorCode.CORRUPT_FILE: "The file is damaged and cannot be opened.",
    ErrorCode.ARCHIVE_BOMB: "The document expands to an unreasonable size and was refused.",
    ErrorCode.NO_TEXT: "No text could be found in the document.",
    ErrorCode.TIMEOUT: "Reading the document took too long and was stopped.",
}


class ParseError(Exception):
    """A file that cannot be parsed. ``code`` is stable (stored, tested); ``message`` is for people."""

    def __init__(self, code: ErrorCode, message: str | None = None, *, detail: str = "") -> None:
        self.code = code
        self.message = message or MESSAGES[code]
        self.detail = detail  # technical detail for logs, never shown to applicants
        super().__init__(f"{code}: {self.message}")

    def as_dict(self) -> dict[str, str]:
        return {"code": str(self.code), "message": self.message}
