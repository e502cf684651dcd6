"""What kind of file this is, decided from its content, never from its name.

``detect_type`` answers "pdf", "docx", "odt", "rtf" or "text", or raises ``ParseError``:

- ``EMPTY_FILE`` for nothing or only whitespace, ``TOO_LARGE`` over ``Limits.max_bytes``;
- ``LEGACY_DOC`` for an OLE2 compound file (Word 97-2003 .doc and its relatives);
- ``CORRUPT_FILE`` for a zip that cannot be read but whose name says DOCX/ODT;
- ``TYPE_MISMATCH`` when the name claims a CV format (.pdf, .docx, .doc, .odt, .rtf, .txt) but the content is some
  other binary (a PNG renamed ``cv.pdf``): the applicant most likely picked the wrong file;
- ``UNSUPPORTED_TYPE`` for any other binary (an image, a spreadsheet, a random zip) under a name that does not
  pretend to be a CV.

When the content is a supported format but the name says another one (a DOCX named ``cv.pdf``), the file is *not*
refused: refusing a readable CV over its name helps nobody. It is parsed by its content and the caller learns of it
through ``extension_mismatch`` (``extract`` adds the warning ``"extension_mismatch"`` to ``Document.warnings``).
"""

from __future__ import annotations

import io
import zipfile
from pathlib import PurePosixPath

from .errors import ErrorCode, ParseError
from .limits import Limits

SUPPORTED = ("pdf", "docx", "odt", "rtf", "text")

# What a file name's extension claims. "doc" is a CV format too, only not one we read.
_EXTENSIONS = {
    ".pdf": "pdf",
    ".docx": "docx",
    ".docm": "docx",
    ".dotx": "docx",
    ".dotm": "docx",
    ".odt": "odt",
    ".ott": "odt",
    ".rtf": "rtf",
    ".txt": "text",
    ".text": "text",
    ".md": "text",
    ".doc": "doc",
    ".dot": "doc",
}

_BLANK = b" \t\r\n\f\v\x00"
_OLE2 = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_ODT_MIMETYPE = b"application/vnd.oasis.opendocument.text"
# Binary formats recognised on sight, so that charset guessing is never tried on them.
_BINARY_MAGIC = (
    b"\x89PNG\r\n\x1a\n",
    b"\xff\xd8\xff",  # JPEG
    b"GIF87a",
    b"GIF89a",
    b"II*\x00",  # TIFF
    b"MM\x00*",
    b"RIFF",  # WebP, WAV, AVI
    b"\x1f\x8b",  # gzip
    b"7z\xbc\xaf\x27\x1c",
    b"Rar!\x1a\x07",
    b"\x7fELF",
    b"%!PS",  # PostScript
    b"\x00\x00\x00",  # ISO media (HEIC, MP4) and other headers starting with a big-endian length
)


def extension_type(filename: str) -> str | None:
    """The type a file name claims by its extension ("pdf", "docx", "odt", "rtf", "text" or "doc"), if any."""
    return _EXTENSIONS.get(PurePosixPath(filename.replace("\\", "/")).suffix.lower())


def extension_mismatch(kind: str, filename: str) -> bool:
    """True when the name claims a format other than the content's (both being CV formats)."""
    claimed = extension_type(filename)
    return claimed is not None and claimed != kind


def _unsupported(filename: str, detail: str) -> ParseError:
    if extension_type(filename) is not None:
        return ParseError(ErrorCode.TYPE_MISMATCH, detail=detail)
    return ParseError(ErrorCode.UNSUPPORTED_TYPE, detail=detail)


def _zip_type(data: bytes, filename: str) -> str:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            names = set(archive.namelist())
            if "word/document.xml" in names or (
                "[Content_Types].xml" in names and any(name.startswith("word/") for name in names)
            ):
                return "docx"
            if (
                "mimetype" in names
                and archive.getinfo("mimetype").file_size < 200
                and archive.read("mimetype").strip().startswith(_ODT_MIMETYPE)
            ):
                return "odt"
    except (zipfile.BadZipFile, zipfile.LargeZipFile, NotImplementedError, EOFError, OSError, ValueError) as exc:
        # A damaged zip: the first local header names the first entry, which still tells DOCX and ODT apart.
        head = data[:4096]
        if b"word/" in head or b"[Content_Types].xml" in head:
            return "docx"
        if head[30:38] == b"mimetype" and _ODT_MIMETYPE in head[38:120]:
            return "odt"
        if extension_type(filename) in ("docx", "odt"):
            raise ParseError(ErrorCode.CORRUPT_FILE, detail=repr(exc)) from exc
        raise _unsupported(filename, f"unreadable zip: {exc!r}") from exc
    raise _unsupported(filename, "zip archive that is neither DOCX nor ODT")


def _ole2_error(data: bytes, filename: str) -> ParseError:
    # Compound files hold Word 97-2003 documents, but also old spreadsheets and password-protected DOCX files
    # (an "EncryptedPackage" stream): telling the applicant to "save as .docx" would not help with those.
    if "EncryptedPackage".encode("utf-16-le") in data:
        return ParseError(ErrorCode.UNSUPPORTED_TYPE, detail="password-protected Office document")
    if "Workbook".encode("utf-16-le") in data or "PowerPoint Document".encode("utf-16-le") in data:
        return _unsupported(filename, "Excel or PowerPoint 97-2003 file")
    return ParseError(ErrorCode.LEGACY_DOC)


def detect_type(data: bytes, filename: str, *, limits: Limits | None = None) -> str:
    """The format of ``data`` ("pdf", "docx", "odt", "rtf", "text"), from its content; see the module docstring."""
    limits = limits or Limits()
    if len(data) > limits.max_bytes:
        raise ParseError(ErrorCode.TOO_LARGE, detail=f"{len(data)} bytes")
    if (
        data.strip(_BLANK)
        .removeprefix(b"\xef\xbb\xbf")
        .removeprefix(b"\xff\xfe")
        .removeprefix(b"\xfe\xff")
        .strip(_BLANK)
        == b""
    ):
        raise ParseError(ErrorCode.EMPTY_FILE)
    # Viewers accept junk before the PDF header; so do we.
    if b"%PDF-" in data[:1024]:
        return "pdf"
    if data.startswith(_OLE2):
        raise _ole2_error(data, filename)
    if data.startswith((b"PK\x03\x04", b"PK\x05\x06")):
        return _zip_type(data, filename)
    if data.lstrip(b"\xef\xbb\xbf \t\r\n")[:5] == b"{\\rtf":
        return "rtf"
    if data.startswith(_BINARY_MAGIC):
        raise _unsupported(filename, f"binary file starting with {data[:8]!r}")

    from .extract.text import encoding_of  # here, not at the top: parsing.extract imports this module

    if encoding_of(data) is not None:
        return "text"
    raise _unsupported(filename, "binary content")
