"""The child side of ``manage.py parse_cv``: parses file after file for the command, in a process of its own.

No Django here (nor anything that imports it): children are forked by a multiprocessing fork server, a fresh
interpreter that preloads the parser (``candidates.parse_child_preload``) and so loads its models once for every
child. A child forked from the command itself would inherit the command's network clients (a broker or database
connection opened by some app code), whose clean-up code then talks over sockets the parent shares and can wait
forever.
"""

from __future__ import annotations

import os
import resource
import time
from multiprocessing.connection import Connection
from pathlib import Path
from typing import Any

TIMEOUT = "timeout"
WORKER_CRASHED = "worker_crashed"
TOO_COMPLEX = "too_complex"
PARSER_ERROR = "parser_error"
UNREADABLE = "unreadable"
NOT_FOUND = "not_found"
TOO_LARGE = "too_large"

# English, like the parser's own messages (the command's output is for tools and logs).
MESSAGES = {
    TIMEOUT: "Reading the document took too long and was stopped.",
    WORKER_CRASHED: "Reading the document failed several times. It may be damaged or unusually complex.",
    TOO_COMPLEX: "The document is too complex to be read (it needs too much memory).",
    PARSER_ERROR: "The document could not be read because of an error on our side.",
    UNREADABLE: "The file could not be opened.",
    NOT_FOUND: "No such file.",
    TOO_LARGE: "The file is too large.",
}

WARM_UP_TEXT = (
    b"Jeanne Dupont\njeanne.dupont@example.org\n+33 6 12 34 56 78\nLyon\n\n"
    b"Experience professionnelle\n2019 - 2024 Developpeuse Python, Exemple SA, Lyon\n\n"
    b"Competences\nPython, SQL\n\nLangues\nFrancais : langue maternelle\nAnglais : courant (C1)\n"
)


def limit_address_space(megabytes: int) -> None:
    """Cap this process's address space (RLIMIT_AS) so a runaway parse raises MemoryError instead of taking the
    machine down. 0 disables it; a lower hard limit set from outside is kept."""
    if megabytes <= 0:
        return
    wanted = megabytes * 1024 * 1024
    _soft, hard = resource.getrlimit(resource.RLIMIT_AS)
    if hard != resource.RLIM_INFINITY:
        wanted = min(wanted, hard)
    resource.setrlimit(resource.RLIMIT_AS, (wanted, hard))


def error(source: str, code: str, message: str | None = None) -> dict[str, Any]:
    return {"meta": {"source": source}, "error": {"code": code, "message": message or MESSAGES[code]}}


def warm_up() -> None:
    """Load the parser's lazy parts (language models…) once, in the fork server."""
    try:
        from parsing import parse_resume

        parse_resume(WARM_UP_TEXT, "warm-up.txt")
    except Exception:  # noqa: S110 (a broken parser shows on the real files, with their names)
        pass


def parse_one(source: str, taxonomy: Any, limits: Any, hooks: dict[str, str]) -> dict[str, Any]:
    """Parse one file; every failure becomes an error object."""
    from parsing import ParseError, parse_resume

    path = Path(source)
    name = path.name
    if hooks.get("hang") and hooks["hang"] in name:
        while True:  # test hook: a parser that never returns
            time.sleep(60)
    if hooks.get("crash") and hooks["crash"] in name:
        os._exit(70)  # test hook: a parser that kills its process
    try:
        if not path.is_file():
            return error(source, NOT_FOUND)
        if path.stat().st_size > limits.max_bytes:
            return error(source, TOO_LARGE)
        data = path.read_bytes()
    except OSError as failure:
        return error(source, UNREADABLE, f"{MESSAGES[UNREADABLE]} ({failure.strerror or failure})")
    try:
        result = parse_resume(data, name, taxonomy, limits=limits)
    except ParseError as failure:
        return error(source, str(failure.code), failure.message)
    except (MemoryError, RecursionError):
        return error(source, TOO_COMPLEX)
    except Exception as failure:  # a parser bug on one file must not stop the others
        return error(source, PARSER_ERROR, f"{MESSAGES[PARSER_ERROR]} ({type(failure).__name__})")
    meta = result.pop("meta", {}) or {}
    return {**result, "meta": {"source": source, **meta}}


def serve(connection: Connection, taxonomy: Any, limits: Any, memory_mb: int, hooks: dict[str, str]) -> None:
    """Answer paths with results until the command closes its end."""
    try:
        limit_address_space(memory_mb)
    except (ValueError, OSError):
        pass
    while True:
        try:
            source = connection.recv()
        except (EOFError, OSError):
            return
        try:
            outcome = parse_one(source, taxonomy, limits, hooks)
        except MemoryError:
            outcome = error(source, TOO_COMPLEX)
        connection.send(outcome)
