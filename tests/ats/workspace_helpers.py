"""Rows for the workspace tests: applications added the way a recruiter adds them, and many at once for the
query-count tests."""

from __future__ import annotations

from typing import Any

from django.utils import timezone

from ats import services
from ats.models import Application, Job, Stage, StageKind
from candidates.models import Candidate
from tests.factories import CandidateFactory


def add(job: Job, **candidate_fields: Any) -> Application:
    """One application through the service (transition, timeline), at the job's first stage."""
    candidate = CandidateFactory(**candidate_fields)
    return services.application_add(job=job, candidate=candidate, actor=None).application


def stage(job: Job, kind: str) -> Stage:
    return job.stages.filter(kind=kind).order_by("position").first()  # type: ignore[return-value]


def many(job: Job, count: int, *, tags: list[Any] = ()) -> list[Application]:  # type: ignore[assignment]
    """``count`` applications spread over the job's working stages, in a few queries (bulk inserts)."""
    stages = list(job.stages.exclude(kind__in=[StageKind.HIRED, StageKind.REJECTED]).order_by("position"))
    start = Candidate.objects.count()
    people = Candidate.objects.bulk_create(
        [
            Candidate(
                first_name=f"Prénom{start + number}",
                last_name=f"Nom{start + number}",
                email=f"bulk{start + number}@example.org",
                current_title="Développeuse" if number % 2 else "",
            )
            for number in range(count)
        ]
    )
    for tag in tags:
        tag.candidates.add(*people)
    now = timezone.now()
    return Application.objects.bulk_create(
        [
            Application(
                candidate=person,
                job=job,
                stage=stages[number % len(stages)],
                source="linkedin" if number % 3 else "career_site",
                score=(number * 7) % 101 if number % 4 else None,
                flagged=number % 5 == 0,
                stage_entered_at=now - timezone.timedelta(days=number % 12),
            )
            for number, person in enumerate(people)
        ]
    )
