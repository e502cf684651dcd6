"""manage.py parse_cv FILE... [--format json|jsonl] [--taxonomy auto|db|default|none] [--timeout SECONDS]

Prints, for each file (a folder stands for the files directly in it, sorted by name), the parser's JSON Resume
with ``meta`` (``source``: the path as given, ``language``, per-field ``confidence``, ``timings_ms``…). A file that
cannot be parsed gives ``{"meta": {"source": ...}, "error": {"code": ..., "message": ...}}`` and the command goes
on to the next one.

``--format json`` (default) prints one object for a single file, else one JSON array; ``--format jsonl`` prints
one compact object per line as each file is done.

Exit status: 0 when every file was parsed, 1 when at least one gave an error (2 for bad arguments).

It never crashes nor hangs on a file: files are parsed in a child process (reused from file to file) with an
address-space limit (PARSING_MEMORY_LIMIT_MB) and a per-file timeout (PARSING_TIME_LIMIT, or ``--timeout``). A
child that runs out of time is killed (error ``timeout``); one that dies gives ``worker_crashed``; a fresh child
takes the next file. Children are forked by a multiprocessing fork server that has loaded the parser once
(candidates/parse_child.py says why not straight from this process).

Taxonomies: ``db`` is the skills table, ``default`` the shipped list read straight from
candidates/data/default_skills.csv (no database needed), ``none`` no skills matching; ``auto`` (default) uses the
database when it answers, else the shipped list.
"""

from __future__ import annotations

import argparse
import json
import multiprocessing
import sys
from multiprocessing.connection import Connection
from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandError
from django.db import DatabaseError

from candidates import conf, parse_child

FORK_SERVER_PRELOAD = ["candidates.parse_child_preload"]


def expand(paths: list[str]) -> list[str]:
    """Folders become the files directly in them (sorted, hidden ones skipped); other paths stay as given."""
    files: list[str] = []
    for given in paths:
        path = Path(given)
        if path.is_dir():
            files.extend(
                str(path / child.name)
                for child in sorted(path.iterdir(), key=lambda item: item.name)
                if child.is_file() and not child.name.startswith(".")
            )
        else:
            files.append(given)
    return files


class ChildParser:
    """One forked process that parses file after file; replaced when it times out or dies."""

    def __init__(self, *, taxonomy: Any, limits: Any, timeout: float, hooks: dict[str, str]) -> None:
        self.taxonomy = taxonomy
        self.limits = limits
        self.timeout = timeout
        self.hooks = hooks
        self.context = multiprocessing.get_context("forkserver")
        self.context.set_forkserver_preload(FORK_SERVER_PRELOAD)
        self.process: Any = None
        self.connection: Connection | None = None

    def _start(self) -> None:
        ours, theirs = self.context.Pipe()
        self.process = self.context.Process(
            target=parse_child.serve,
            args=(theirs, self.taxonomy, self.limits, conf.memory_limit_mb(), self.hooks),
            daemon=True,
        )
        self.process.start()
        theirs.close()
        self.connection = ours

    def _stop(self) -> None:
        if self.process is not None and self.process.is_alive():
            self.process.kill()
        if self.process is not None:
            self.process.join(5)
        if self.connection is not None:
            self.connection.close()
        self.process = self.connection = None

    def parse(self, source: str) -> dict[str, Any]:
        if self.process is None or not self.process.is_alive():
            self._stop()
            self._start()
        assert self.connection is not None
        try:
            self.connection.send(source)
            if self.connection.poll(self.timeout):
                return self.connection.recv()
        except (EOFError, OSError):
            self._stop()
            return parse_child.error(source, parse_child.WORKER_CRASHED)
        self._stop()
        return parse_child.error(source, parse_child.TIMEOUT)

    def close(self) -> None:
        if self.connection is not None:
            self.connection.close()  # the child sees EOF and leaves
        if self.process is not None:
            self.process.join(2)
        self._stop()


def load_taxonomy(choice: str) -> Any:
    from candidates.taxonomy import current_taxonomy, default_taxonomy

    if choice == "none":
        return None
    if choice == "default":
        return default_taxonomy()
    if choice == "db":
        try:
            return current_taxonomy()
        except DatabaseError as error:
            raise CommandError(f"The skills table cannot be read ({error}); try --taxonomy default.") from error
    try:
        taxonomy = current_taxonomy()
    except Exception:  # auto: no database (or not migrated) → the shipped list
        return default_taxonomy()
    return taxonomy if taxonomy.skills else default_taxonomy()


class Command(BaseCommand):
    help = "Parse CV files and print JSON Resume with meta (see the module docstring). Exit 1 if any file failed."
    requires_system_checks: list[str] = []

    def add_arguments(self, parser: Any) -> None:
        parser.add_argument("paths", nargs="+", metavar="FILE", help="Files, or folders of files.")
        parser.add_argument("--format", choices=["json", "jsonl"], default="json")
        parser.add_argument("--taxonomy", choices=["auto", "db", "default", "none"], default="auto")
        parser.add_argument(
            "--timeout", type=float, default=None, help="Seconds allowed per file (default: PARSING_TIME_LIMIT)."
        )
        # Test-only hooks (tests/candidates/test_parse_cv_command.py): a file whose name contains the text makes
        # the child hang, or die. A monkeypatch cannot cross the fork; these cannot do anything but fail a file.
        parser.add_argument("--test-hang-on", default="", help=argparse.SUPPRESS)
        parser.add_argument("--test-crash-on", default="", help=argparse.SUPPRESS)

    def handle(self, *args: Any, **options: Any) -> None:
        files = expand(options["paths"])
        limits = conf.parsing_limits()
        taxonomy = load_taxonomy(options["taxonomy"])
        runner = ChildParser(
            taxonomy=taxonomy,
            limits=limits,
            timeout=options["timeout"] or float(conf.time_limit()),
            hooks={"hang": options["test_hang_on"], "crash": options["test_crash_on"]},
        )
        jsonl = options["format"] == "jsonl"
        single = len(files) == 1 and not jsonl
        failed = 0
        out = self.stdout
        if not jsonl and not single:
            out.write("[", ending="")
        try:
            for index, source in enumerate(files):
                outcome = runner.parse(source)
                failed += "error" in outcome
                if jsonl:
                    out.write(json.dumps(outcome, ensure_ascii=False, separators=(",", ":"), default=str))
                else:
                    text = json.dumps(outcome, ensure_ascii=False, indent=2, default=str)
                    if not single:
                        text = ("," if index else "") + "\n" + "\n".join("  " + line for line in text.splitlines())
                    out.write(text, ending="" if not single else "\n")
                out.flush()
        finally:
            runner.close()
        if not jsonl and not single:
            out.write("\n]" if files else "]")
        if failed:
            sys.exit(1)
