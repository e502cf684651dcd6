"""Resource limits for reading an uploaded file. The Django side builds one from settings; the defaults suit CVs."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Limits:
    # Size of the uploaded file itself.
    max_bytes: int = 10 * 1024 * 1024
    # PDF pages; checked before any page is laid out.
    max_pages: int = 30
    # Zip containers (DOCX, ODT): what the entries would expand to, how many there are, and how much one entry
    # may be compressed (a zip bomb is a tiny file that expands to gigabytes).
    max_uncompressed_bytes: int = 50 * 1024 * 1024
    max_archive_entries: int = 2000
    max_compression_ratio: int = 100
