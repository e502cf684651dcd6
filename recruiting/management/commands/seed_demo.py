"""Demo data for `make run`: users of every role and a few candidates. Safe to run any number of times."""

from __future__ import annotations

from typing import Any

from django.core.management.base import BaseCommand
from django.db import transaction

from accounts.models import Role, Team, User
from candidates.models import ActivityKind, ConsentChannel, ConsentPurpose, LegalBasis
from candidates.selectors import candidate_find_duplicate
from candidates.services import activity_record, candidate_create, candidate_tag, consent_record

DEMO_PASSWORD = "demo-password-2026"  # noqa: S105 - printed by `make run`, demo only

USERS = [
    ("admin@demo.example", "Alice", "Martin", Role.ADMIN, "Direction"),
    ("recruiter@demo.example", "Romain", "Dubois", Role.RECRUITER, "Talent acquisition"),
    ("manager@demo.example", "Hélène", "Moreau", Role.HIRING_MANAGER, "Engineering"),
]

CANDIDATES = [
    ("Camille", "Lefèvre", "camille.lefevre@example.org", "06 12 34 56 78", "Lyon", "Développeuse Python", ["python"]),
    ("Thomas", "Bernard", "thomas.bernard@example.org", "+33 6 98 76 54 32", "Paris", "Chef de projet", ["senior"]),
    ("Emma", "Wilson", "emma.wilson@example.org", "+44 7700 900123", "London", "Data analyst", ["data"]),
    ("Léa", "Garcia", "lea.garcia@example.org", "07 11 22 33 44", "Bordeaux", "Commerciale B2B", ["sales"]),
    ("Lucas", "Roux", "lucas.roux@example.org", "06 55 44 33 22", "Nantes", "Infirmier", ["santé"]),
]


class Command(BaseCommand):
    help = "Load demo users and candidates (idempotent)."

    @transaction.atomic
    def handle(self, *args: Any, **options: Any) -> None:
        created_users = 0
        recruiter = None
        for email, first, last, role, team_name in USERS:
            team, _ = Team.objects.get_or_create(name=team_name)
            user, created = User.objects.get_or_create(
                email=email,
                defaults={
                    "first_name": first,
                    "last_name": last,
                    "role": role,
                    "team": team,
                    "is_staff": role == Role.ADMIN,
                    "is_superuser": role == Role.ADMIN,
                },
            )
            if created:
                user.set_password(DEMO_PASSWORD)
                user.save(update_fields=["password"])
                created_users += 1
            if role == Role.RECRUITER:
                recruiter = user
        created_candidates = 0
        for first, last, email, phone, city, title, tags in CANDIDATES:
            if candidate_find_duplicate(email=email) is not None:
                continue
            candidate = candidate_create(
                first_name=first,
                last_name=last,
                email=email,
                phone=phone,
                city=city,
                country="GB" if city == "London" else "FR",
                current_title=title,
                source="demo",
                owner=recruiter,
                actor=recruiter,
            )
            consent_record(
                candidate=candidate,
                purpose=ConsentPurpose.TALENT_POOL,
                legal_basis=LegalBasis.CONSENT,
                text_version="demo-2026-01",
                channel=ConsentChannel.IMPORT,
                actor=recruiter,
            )
            candidate_tag(candidate=candidate, names=tags, actor=recruiter)
            activity_record(
                candidate=candidate,
                kind=ActivityKind.NOTE,
                actor=recruiter,
                payload={"text": "Profil de démonstration."},
            )
            created_candidates += 1
        self.stdout.write(f"seed_demo: {created_users} users and {created_candidates} candidates created")
