"""manage.py load_default_skills [--path CSV]: upsert the shipped default skills list (idempotent)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandError

from candidates.services.skills import skills_load_default
from candidates.skills_data import DEFAULT_SKILLS_PATH


class Command(BaseCommand):
    help = "Create or update the default skills (candidates/data/default_skills.csv). Safe to run again."

    def add_arguments(self, parser: Any) -> None:
        parser.add_argument("--path", type=Path, default=None, help="Another CSV in the same format.")

    def handle(self, *args: Any, path: Path | None = None, **options: Any) -> None:
        source = path or DEFAULT_SKILLS_PATH
        if not source.is_file():
            raise CommandError(f"No such file: {source}")
        created, updated = skills_load_default(path=source)
        self.stdout.write(f"Default skills: {created} created, {updated} updated.")
