"""Rows for the review tests: applications in a job's review stage, criteria and scorecards."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from ats import services
from ats.models import Application, Job, Scorecard, ScorecardCriterion, StageKind
from tests.ats.factories import make_job
from tests.factories import CandidateFactory


def make_application(*, job: Job | None = None, in_review: bool = True, **candidate_fields: Any) -> Application:
    """An application (added by a recruiter), put straight in the job's review stage when asked: no move, so no
    signal and no e-mail."""
    job = job or make_job()
    candidate = CandidateFactory(**candidate_fields)
    application = services.application_add(job=job, candidate=candidate, actor=None).application
    if in_review:
        review = job.stages.get(kind=StageKind.REVIEW)
        Application.objects.filter(pk=application.pk).update(stage=review)
        application.refresh_from_db()
    return application


def make_criteria(job: Job, *labels: str) -> list[ScorecardCriterion]:
    return [services.criterion_add(job=job, label=label) for label in labels]


def make_scorecard(
    application: Application,
    reviewer: Any,
    *,
    ratings: Mapping[int, int] | None = None,
    recommendation: str = "yes",
    notes: str = "",
) -> Scorecard:
    if ratings is None:
        ratings = {criterion.pk: 3 for criterion in application.job.criteria.all()}
    return services.scorecard_submit(
        application=application, reviewer=reviewer, ratings=ratings, recommendation=recommendation, notes=notes
    )
