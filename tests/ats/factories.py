"""Factories for jobs (tests/factories.py is shared; these live with the ats tests)."""

from __future__ import annotations

from typing import Any

from ats import services
from ats.models import Job, RejectionReason, ScreeningQuestion


def make_job(*, title: str = "Développeur Python", publish: bool = True, **fields: Any) -> Job:
    job = services.job_create(title=title, city=fields.pop("city", "Lyon"), **fields)
    if publish:
        job = services.job_set_status(job=job, action="publish")
    return job


def make_question(job: Job, **fields: Any) -> ScreeningQuestion:
    fields.setdefault("text", "Avez-vous le permis B ?")
    fields.setdefault("kind", "yes_no")
    return ScreeningQuestion.objects.create(job=job, **fields)


def make_reason(**fields: Any) -> RejectionReason:
    fields.setdefault("label_fr", "Un autre candidat a été retenu")
    fields.setdefault("label_en", "Another candidate was preferred")
    return RejectionReason.objects.create(**fields)
