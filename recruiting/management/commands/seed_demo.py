"""Demo data for `make run`: users of every role and a few candidates. Safe to run any number of times."""

from __future__ import annotations

from typing import Any

from django.core.management.base import BaseCommand
from django.db import transaction

from accounts.models import Role, Team, User
from ats.models import Job, QuestionKind, ScorecardCriterion, ScreeningQuestion
from ats.services import application_add, application_move, job_create, job_set_status
from candidates.models import ActivityKind, Candidate, ConsentChannel, ConsentPurpose, LegalBasis
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
        created_jobs = seed_career_site(recruiter=recruiter)
        self.stdout.write(f"seed_demo: {created_users} users and {created_candidates} candidates created")
        self.stdout.write(f"seed_demo: {created_jobs} published jobs created (career site: /careers/)")


# The career site's demo: published jobs in French and English, with screening questions. (title, language, city,
# country, department, contract, remote, (salary min, max, shown), closing in days, description, questions)
JOBS: list[dict[str, Any]] = [
    {
        "title": "Développeur·se Python / Django",
        "language": "fr",
        "city": "Lyon",
        "department": "Engineering",
        "contract_type": "permanent",
        "remote_policy": "hybrid",
        "salary_min": 45000,
        "salary_max": 58000,
        "show_salary": True,
        "description": "<p>Rejoignez l'équipe produit pour construire notre plateforme de recrutement.</p>"
        "<h3>Vos missions</h3><ul><li>Développer de nouvelles fonctionnalités en Python et Django</li>"
        "<li>Améliorer la qualité et les performances</li><li>Participer aux revues de code</li></ul>"
        "<h3>Votre profil</h3><ul><li>3 ans d'expérience en Python</li><li>PostgreSQL, Git, tests</li></ul>",
        "questions": [
            ("Avez-vous déjà travaillé avec Django ?", QuestionKind.YES_NO, [], True, "no"),
            ("Quelle est votre disponibilité ?", QuestionKind.CHOICE, ["Immédiate", "Un mois", "Trois mois"], True, ""),
            ("Un projet dont vous êtes fier·e ?", QuestionKind.TEXT, [], False, ""),
        ],
    },
    {
        "title": "Data Analyst",
        "language": "en",
        "city": "Paris",
        "department": "Data",
        "contract_type": "fixed_term",
        "remote_policy": "onsite",
        "description": "<p>Help our teams make decisions with data.</p><ul><li>SQL and Python</li>"
        "<li>Dashboards and clear reports</li><li>Fluent English, French is a plus</li></ul>",
        "questions": [
            ("Do you have the right to work in France?", QuestionKind.YES_NO, [], True, "no"),
            ("Which tools do you use the most?", QuestionKind.TEXT, [], True, ""),
        ],
    },
    {
        "title": "Chargé·e de recrutement (alternance)",
        "language": "fr",
        "city": "Bordeaux",
        "department": "People",
        "contract_type": "apprenticeship",
        "remote_policy": "onsite",
        "description": "<p>Accompagnez notre équipe RH dans tous les recrutements de l'entreprise.</p>"
        "<p>Rythme : 3 semaines en entreprise, 1 semaine en école.</p>",
        "questions": [("Quelle école préparez-vous ?", QuestionKind.TEXT, [], True, "")],
    },
    {
        "title": "Senior DevOps Engineer",
        "language": "en",
        "city": "London",
        "country": "GB",
        "department": "Engineering",
        "contract_type": "freelance",
        "remote_policy": "remote",
        "salary_min": 550,
        "salary_max": 650,
        "salary_currency": "GBP",
        "salary_period": "day",
        "show_salary": True,
        "description": "<p>Run our infrastructure: Kubernetes, Terraform, PostgreSQL and Redis.</p>",
        "questions": [
            (
                "How many years have you run Kubernetes in production?",
                QuestionKind.CHOICE,
                ["0-2", "3-5", "6+"],
                True,
                "",
            ),
        ],
    },
]


def seed_career_site(*, recruiter: Any) -> int:
    """Published jobs with their questions, once each (found again by title on the next run)."""
    manager = User.objects.filter(email="manager@demo.example").first()
    created = 0
    for spec in JOBS:
        fields = dict(spec)
        questions = fields.pop("questions")
        title = fields.pop("title")
        if Job.objects.filter(title=title).exists():
            continue
        job = job_create(
            title=title,
            actor=recruiter,
            hiring_managers=[manager] if manager and fields.get("department") == "Engineering" else [],
            **fields,
        )
        ScreeningQuestion.objects.bulk_create(
            ScreeningQuestion(
                job=job, text=text, kind=kind, choices=choices, required=required, knockout_answer=flag, position=number
            )
            for number, (text, kind, choices, required, flag) in enumerate(questions)
        )
        job_set_status(job=job, action="publish", actor=recruiter)
        ScorecardCriterion.objects.bulk_create(
            ScorecardCriterion(job=job, label=label, position=number)
            for number, label in enumerate(CRITERIA[job.language])
        )
        _demo_applications(job=job, recruiter=recruiter, count=len(JOBS) + created)
        created += 1
    return created


# What hiring managers rate on each demo job's scorecard, in the job's language.
CRITERIA = {
    "fr": ["Compétences techniques", "Communication", "Motivation pour le poste"],
    "en": ["Technical skills", "Communication", "Motivation for the role"],
}


def _demo_applications(*, job: Job, recruiter: Any, count: int) -> None:
    """A few of the demo people on each job's board, spread over its first stages, so the board is not empty."""
    people = list(Candidate.objects.filter(source="demo").order_by("pk"))
    if not people or recruiter is None:
        return
    stages = list(job.stages.exclude(kind__in=["hired", "rejected"]).order_by("position")[:3])
    chosen = [people[(count + offset) % len(people)] for offset in range(min(4, len(people)))]
    for number, person in enumerate(chosen):
        application = application_add(job=job, candidate=person, actor=recruiter, source="demo").application
        stage = stages[number % len(stages)]
        if stage.pk != application.stage_id:
            application_move(application=application, stage=stage, actor=recruiter)
