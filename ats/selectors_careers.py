"""Reads of the public career site: only open, public jobs, and what an applicant may know about one that closed.

The list of open jobs itself is ``ats.selectors.careers_jobs`` (shared with the public API and the feed).
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from django.db.models import Count, Q
from django.utils import timezone

from .models import Job, JobStatus
from .selectors import careers_jobs


@dataclass(frozen=True)
class CareersFacets:
    """How many open jobs there are per value of each filter, in one query (the filters' options)."""

    cities: list[tuple[str, int]] = field(default_factory=list)
    departments: list[tuple[str, int]] = field(default_factory=list)
    contracts: dict[str, int] = field(default_factory=dict)
    remote: dict[str, int] = field(default_factory=dict)
    total: int = 0


def careers_facets() -> CareersFacets:
    """Counts of the open public jobs per city, department, contract and remote policy (one query: the distinct
    combinations are grouped in the database and summed here, so the cost does not grow with the filters)."""
    rows = (
        careers_jobs()
        .order_by()
        .values("city", "department", "contract_type", "remote_policy")
        .annotate(jobs=Count("id"))
    )
    cities: Counter[str] = Counter()
    departments: Counter[str] = Counter()
    contracts: Counter[str] = Counter()
    remote: Counter[str] = Counter()
    total = 0
    for row in rows:
        count = row["jobs"]
        total += count
        if row["city"]:
            cities[row["city"]] += count
        if row["department"]:
            departments[row["department"]] += count
        contracts[row["contract_type"]] += count
        remote[row["remote_policy"]] += count
    return CareersFacets(
        cities=sorted(cities.items(), key=lambda item: item[0].casefold()),
        departments=sorted(departments.items(), key=lambda item: item[0].casefold()),
        contracts=dict(contracts),
        remote=dict(remote),
        total=total,
    )


def careers_job_no_longer_open(*, slug: str) -> Job | None:
    """A job that was on the career site and is not open any more (closed, paused, or past its closing date), so
    the page can say so in plain words. Never a draft or a confidential job: their existence is not public."""
    today = timezone.localdate()
    return (
        Job.objects.filter(slug=slug, confidential=False, published_at__isnull=False)
        .filter(
            Q(status__in=(JobStatus.CLOSED, JobStatus.PAUSED)) | Q(status=JobStatus.PUBLISHED, closing_date__lt=today)
        )
        .only("pk", "slug", "title", "status")
        .first()
    )
