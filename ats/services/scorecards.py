"""Structured scorecards: one per reviewer and application, criteria rated 1 to 4, an overall recommendation."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from django.db import IntegrityError, transaction
from django.utils.translation import gettext as _

from candidates.models import ActivityKind
from candidates.services import activity_record

from ..models import Application, Recommendation, Scorecard


class ScorecardError(ValueError):
    def __init__(self, message: str, *, field: str = "") -> None:
        super().__init__(message)
        self.message = message
        self.field = field


@transaction.atomic
def scorecard_submit(
    *,
    application: Application,
    reviewer: Any,
    ratings: Mapping[int | str, int],
    recommendation: Recommendation | str,
    notes: str = "",
) -> Scorecard:
    """Record a reviewer's scorecard. Every criterion of the job must be rated 1-4; a reviewer submits once."""
    criteria = list(application.job.criteria.values_list("pk", flat=True))
    cleaned: dict[str, int] = {}
    for pk in criteria:
        value = ratings.get(pk, ratings.get(str(pk)))
        try:
            rating = int(value)  # type: ignore[arg-type]
        except (TypeError, ValueError):
            raise ScorecardError(_("Rate every criterion from 1 to 4."), field=f"criterion_{pk}") from None
        if not 1 <= rating <= 4:
            raise ScorecardError(_("Rate every criterion from 1 to 4."), field=f"criterion_{pk}")
        cleaned[str(pk)] = rating
    if recommendation not in Recommendation.values:
        raise ScorecardError(_("Choose an overall recommendation."), field="recommendation")
    try:
        with transaction.atomic():
            scorecard = Scorecard.objects.create(
                application=application,
                reviewer=reviewer,
                ratings=cleaned,
                recommendation=str(recommendation),
                notes=notes.strip(),
            )
    except IntegrityError as duplicate:
        raise ScorecardError(_("You have already submitted your scorecard for this application.")) from duplicate
    # The timeline says who submitted, never the verdict: hiring managers who review blind may read the
    # application's timeline, and a recommendation there would show them others' scorecards before their own.
    activity_record(
        candidate=application.candidate,
        kind=ActivityKind.SCORECARD,
        actor=reviewer,
        payload={"application": application.pk, "job_title": application.job.title, "scorecard": scorecard.pk},
    )
    return scorecard
