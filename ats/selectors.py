"""Reads of the ats app, always scoped by the requesting user's rights.

- Admins see every job.
- Recruiters see every job that is not confidential, and the confidential ones they recruit for.
- Hiring managers see only the jobs they hire for, and the applications to those jobs: a hiring manager who
  guesses another job's or application's id gets a 404, in the pages and in the API.
"""

from __future__ import annotations

from typing import Any

from django.db.models import Count, Q, QuerySet
from django.http import Http404
from django.utils import timezone

from accounts.models import Role

from .models import Application, ApplicationStatus, Job, JobStatus


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
