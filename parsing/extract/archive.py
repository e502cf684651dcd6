"""Zip containers (DOCX, ODT) checked before anything reads them: a zip bomb is refused on its declared sizes.

The declared sizes can be trusted for this because ``zipfile`` never reads past an entry's declared size (and
checks the CRC), so an entry that lies about its size fails to read instead of expanding further."""

from __future__ import annotations

import io
import zipfile

from ..errors import ErrorCode, ParseError
from ..limits import Limits

# Small entries are left out of the ratio check: they cannot hurt, and repetitive XML (numbering, styles)
# legitimately compresses very well.
RATIO_FLOOR = 1024 * 1024


def open_archive(data: bytes, limits: Limits) -> zipfile.ZipFile:
    """The zip, once its entry count, total expanded size and compression ratios are within ``limits``."""
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        entries = archive.infolist()
    except (zipfile.BadZipFile, zipfile.LargeZipFile, EOFError, OSError, ValueError) as exc:
        raise ParseError(ErrorCode.CORRUPT_FILE, detail=repr(exc)) from exc
    if len(entries) > limits.max_archive_entries:
        raise ParseError(ErrorCode.ARCHIVE_BOMB, detail=f"{len(entries)} entries")
    total = sum(entry.file_size for entry in entries)
    if total > limits.max_uncompressed_bytes:
        raise ParseError(ErrorCode.ARCHIVE_BOMB, detail=f"expands to {total} bytes")
    for entry in entries:
        if entry.file_size > RATIO_FLOOR and entry.file_size > limits.max_compression_ratio * max(
            entry.compress_size, 1
        ):
            raise ParseError(
                ErrorCode.ARCHIVE_BOMB,
                detail=f"{entry.filename}: {entry.compress_size} bytes expand to {entry.file_size}",
            )
    return archive


def read_entry(archive: zipfile.ZipFile, name: str) -> bytes | None:
    """An entry's bytes, or None when the archive has no such entry."""
    try:
        info = archive.getinfo(name)
    except KeyError:
        return None
    try:
        return archive.read(info)
    except (zipfile.BadZipFile, EOFError, OSError, ValueError, NotImplementedError) as exc:
        raise ParseError(ErrorCode.CORRUPT_FILE, detail=f"{name}: {exc!r}") from exc
