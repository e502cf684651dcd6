"""The candidates app's settings, each with its default. Read at call time, so tests can override them."""

from __future__ import annotations

from typing import Any

from django.conf import settings

DEFAULTS: dict[str, Any] = {
    # Largest CV accepted at upload, in bytes.
    "CV_MAX_BYTES": 10 * 1024 * 1024,
    # Largest PDF accepted, in pages (checked by the parser before any page is laid out).
    "CV_MAX_PAGES": 30,
    # Seconds a parse may run: the soft limit raises inside the task (recorded as "timeout"), the hard one kills
    # the worker process.
    "PARSING_SOFT_TIME_LIMIT": 60,
    "PARSING_TIME_LIMIT": 90,
    # Address-space limit of a parsing process, in MiB (0: no limit). A runaway parse gets a MemoryError.
    "PARSING_MEMORY_LIMIT_MB": 2048,
    # A resume still "pending" after this many minutes is queued again by the sweeper (the broker was down).
    "RESUME_STUCK_MINUTES": 10,
}


def get(name: str) -> Any:
    return getattr(settings, name, DEFAULTS[name])


def cv_max_bytes() -> int:
    return int(get("CV_MAX_BYTES"))


def cv_max_pages() -> int:
    return int(get("CV_MAX_PAGES"))


def soft_time_limit() -> int:
    return int(get("PARSING_SOFT_TIME_LIMIT"))


def time_limit() -> int:
    return int(get("PARSING_TIME_LIMIT"))


def memory_limit_mb() -> int:
    return int(get("PARSING_MEMORY_LIMIT_MB"))


def stuck_minutes() -> int:
    return int(get("RESUME_STUCK_MINUTES"))


def parsing_limits() -> Any:
    """A ``parsing.Limits`` from settings (imported here: the parser is heavy and only workers need it)."""
    from parsing.limits import Limits

    return Limits(max_bytes=cv_max_bytes(), max_pages=cv_max_pages())


def limit_address_space(megabytes: int | None = None) -> None:
    """Cap this process's address space at PARSING_MEMORY_LIMIT_MB (or ``megabytes``); see
    candidates.parse_child.limit_address_space."""
    from .parse_child import limit_address_space as limit

    limit(memory_limit_mb() if megabytes is None else megabytes)
