"""manage.py import_esco SKILLS_CSV... [--language en|fr] [--inactive]: import ESCO skills files."""

from __future__ import annotations

from pathlib import Path
from time import perf_counter
from typing import Any

from django.core.management.base import BaseCommand, CommandError

from candidates.services.skills import EscoError, esco_import


class Command(BaseCommand):
    help = (
        "Import ESCO skills CSV files (https://esco.ec.europa.eu/en/use-esco/download), English or French: new "
        "concepts become skills, concepts matching a default skill's label join it, alternative labels become "
        "aliases. Safe to run again."
    )

    def add_arguments(self, parser: Any) -> None:
        parser.add_argument("paths", nargs="+", type=Path, metavar="SKILLS_CSV")
        parser.add_argument(
            "--language", choices=["en", "fr"], help="Language of the labels (default: from the file name or labels)."
        )
        parser.add_argument(
            "--inactive", action="store_true", help="Create new skills switched off (the parser ignores them)."
        )

    def handle(self, *args: Any, paths: list[Path], language: str | None, inactive: bool, **options: Any) -> None:
        for path in paths:
            if not path.is_file():
                raise CommandError(f"No such file: {path}")
        for path in paths:
            started = perf_counter()
            try:
                [result] = esco_import(paths=[path], language=language, active=not inactive)
            except EscoError as error:
                raise CommandError(str(error)) from error
            self.stdout.write(
                f"{path} ({result.language}): {result.rows} rows, {result.created} skills created, "
                f"{result.merged} merged into existing skills, {result.updated} labels filled, "
                f"{result.unchanged} unchanged, {result.aliases_added} aliases added, {result.skipped} skipped "
                f"in {perf_counter() - started:.1f} s."
            )
