"""Reads of the ats app, always scoped by the requesting user's rights.

- Admins see every job.
- Recruiters see every job that is not confidential, and the confidential ones they recruit for.
- Hiring managers see only the jobs they hire for, and the applications to those jobs: a hiring manager who
  guesses another job's or application's id gets a 404, in the pages and in the API.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from django.db.models import Count, Exists, OuterRef, Q, QuerySet, Subquery
from django.db.models.functions import Coalesce
from django.http import Http404
from django.utils import timezone

from accounts.models import Role

from .models import Application, ApplicationStatus, Job, JobStatus, Scorecard, ScorecardCriterion, StageKind


def _role(user: Any) -> str:
    if not user.is_authenticated or not user.is_active:
        return ""
    return Role.ADMIN if user.is_superuser else user.role


def jobs_visible_to(user: Any) -> QuerySet[Job]:
    role = _role(user)
    if role == Role.ADMIN:
        return Job.objects.all()
    if role == Role.RECRUITER:
        return Job.objects.filter(Q(confidential=False) | Q(recruiters=user)).distinct()
    if role == Role.HIRING_MANAGER:
        return Job.objects.filter(hiring_managers=user).distinct()
    return Job.objects.none()


def job_get(*, user: Any, pk: int) -> Job:
    try:
        return jobs_visible_to(user).get(pk=pk)
    except Job.DoesNotExist as missing:
        raise Http404 from missing


def applications_visible_to(user: Any) -> QuerySet[Application]:
    return Application.objects.filter(job__in=jobs_visible_to(user))


def application_get(*, user: Any, pk: int) -> Application:
    try:
        return applications_visible_to(user).select_related("candidate", "job", "stage").get(pk=pk)
    except Application.DoesNotExist as missing:
        raise Http404 from missing


def job_list_with_counts(*, user: Any, status: str = "") -> QuerySet[Job]:
    """Jobs with the number of applications in progress and per stage kind, in one query."""
    queryset = jobs_visible_to(user)
    if status:
        queryset = queryset.filter(status=status)
    return queryset.annotate(
        active_count=Count("applications", filter=Q(applications__status=ApplicationStatus.ACTIVE), distinct=True),
        hired_count=Count("applications", filter=Q(applications__status=ApplicationStatus.HIRED), distinct=True),
    ).order_by("status", "-created_at")


def careers_jobs(
    *,
    query: str = "",
    city: str = "",
    department: str = "",
    contract: str = "",
    remote: str = "",
) -> QuerySet[Job]:
    """Open, public jobs for the career site (never confidential ones, never past their closing date)."""
    today = timezone.localdate()
    queryset = Job.objects.filter(status=JobStatus.PUBLISHED, confidential=False).filter(
        Q(closing_date__isnull=True) | Q(closing_date__gte=today)
    )
    if query:
        for word in query.split()[:8]:
            queryset = queryset.filter(
                Q(title__icontains=word) | Q(description__icontains=word) | Q(department__icontains=word)
            )
    if city:
        queryset = queryset.filter(city__iexact=city)
    if department:
        queryset = queryset.filter(department__iexact=department)
    if contract:
        queryset = queryset.filter(contract_type=contract)
    if remote:
        queryset = queryset.filter(remote_policy=remote)
    return queryset.order_by("-published_at", "-id")


def careers_job(*, slug: str) -> Job:
    try:
        return careers_jobs().prefetch_related("questions").get(slug=slug)
    except Job.DoesNotExist as missing:
        raise Http404 from missing


# --- Hiring-manager reviews ----------------------------------------------------------------------------------


def review_queue(
    *, user: Any, stage_kind: str = StageKind.REVIEW, job_id: int | None = None, todo_only: bool = False
) -> QuerySet[Application]:
    """Applications in progress waiting for review in the jobs the user may see (a hiring manager: the jobs they
    hire for), the longest waiting first. Each row carries ``my_scorecard`` (the user submitted theirs) and
    ``scorecard_count``; candidate, job and stage come in the same query."""
    mine = Scorecard.objects.filter(application=OuterRef("pk"), reviewer=user)
    submitted = (
        Scorecard.objects.filter(application=OuterRef("pk"))
        .order_by()
        .values("application")
        .annotate(total=Count("id"))
        .values("total")
    )
    queryset = applications_visible_to(user).filter(status=ApplicationStatus.ACTIVE)
    if stage_kind:
        queryset = queryset.filter(stage__kind=stage_kind)
    if job_id:
        queryset = queryset.filter(job_id=job_id)
    queryset = queryset.annotate(my_scorecard=Exists(mine), scorecard_count=Coalesce(Subquery(submitted), 0))
    if todo_only:
        queryset = queryset.filter(my_scorecard=False)
    return queryset.select_related("candidate", "job", "stage").order_by("stage_entered_at", "id")


def reviews_blind_for(*, user: Any, job: Job) -> bool:
    """Whether this user reviews the job's candidates blind (sees others' scorecards only after their own).

    The job's hiring managers review, so they are blind until they submit: seeing a colleague's verdict first
    anchors one's own. Recruiters and admins who are not hiring managers on the job run the process (they chase
    the missing scorecards and prepare the debrief): they see every scorecard.
    """
    if _role(user) == Role.HIRING_MANAGER:
        return True
    return job.hiring_managers.filter(pk=user.pk).exists()


@dataclass(frozen=True)
class ScorecardView:
    scorecard: Scorecard
    # (criterion, its rating 1-4 or None when the criterion was added after this scorecard)
    ratings: list[tuple[ScorecardCriterion, int | None]]


@dataclass(frozen=True)
class ScorecardPanel:
    criteria: list[ScorecardCriterion]
    own: ScorecardView | None
    # The other reviewers' scorecards, empty while the user is blind: they never leave this function then.
    others: list[ScorecardView]
    submitted_count: int
    blind: bool


def _scorecard_view(scorecard: Scorecard, criteria: list[ScorecardCriterion]) -> ScorecardView:
    ratings = scorecard.ratings or {}
    return ScorecardView(scorecard, [(criterion, ratings.get(str(criterion.pk))) for criterion in criteria])


def scorecard_panel(*, user: Any, application: Application) -> ScorecardPanel:
    """The scorecards of an application as this user may see them (blind review: see reviews_blind_for)."""
    criteria = list(ScorecardCriterion.objects.filter(job_id=application.job_id).order_by("position", "id"))
    scorecards = list(Scorecard.objects.filter(application=application).select_related("reviewer"))
    own = next((scorecard for scorecard in scorecards if scorecard.reviewer_id == user.pk), None)
    others = [scorecard for scorecard in scorecards if scorecard.reviewer_id != user.pk]
    blind = own is None and reviews_blind_for(user=user, job=application.job)
    return ScorecardPanel(
        criteria=criteria,
        own=_scorecard_view(own, criteria) if own else None,
        others=[] if blind else [_scorecard_view(scorecard, criteria) for scorecard in others],
        submitted_count=len(scorecards),
        blind=blind,
    )
