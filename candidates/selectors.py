"""Every non-trivial read of people. Scoped by the requesting user's rights."""

from __future__ import annotations

import datetime
from typing import Any

from django.contrib.postgres.search import SearchQuery, SearchRank
from django.db.models import F, Q, QuerySet
from django.utils import timezone

from accounts.models import Role

from .models import Activity, Candidate, Consent, ConsentPurpose
from .normalize import fold


def candidate_find_duplicate(*, email: str = "", phone: str = "", lock: bool = False) -> Candidate | None:
    """The person who already owns this normalized e-mail (first) or E.164 phone (then), if any."""
    queryset = Candidate.objects.filter(anonymized_at__isnull=True).order_by("created_at", "id")
    if lock:
        queryset = queryset.select_for_update()
    if email:
        found = queryset.filter(Q(email=email) | Q(other_emails__contains=[email])).first()
        if found is not None:
            return found
    if phone:
        return queryset.filter(Q(phone=phone) | Q(other_phones__contains=[phone])).first()
    return None


def candidates_visible_to(user: Any) -> QuerySet[Candidate]:
    """Recruiters and admins see every person. Hiring managers reach people only through the jobs they
    hire for (ats), never through the candidate database."""
    if not user.is_authenticated or not user.is_active:
        return Candidate.objects.none()
    if user.is_superuser or user.role in (Role.ADMIN, Role.RECRUITER):
        return Candidate.objects.all()
    return Candidate.objects.none()


def candidate_list(
    *,
    user: Any,
    query: str = "",
    tag: str = "",
    skill: str = "",
    source: str = "",
    owner_id: int | None = None,
    created_after: datetime.date | None = None,
    created_before: datetime.date | None = None,
    include_anonymized: bool = False,
) -> QuerySet[Candidate]:
    queryset = candidates_visible_to(user).select_related("owner").prefetch_related("tags")
    if not include_anonymized:
        queryset = queryset.filter(anonymized_at__isnull=True)
    if query.strip():
        search = SearchQuery(fold(query), config="simple", search_type="websearch")
        queryset = (
            queryset.filter(search_document=search)
            .annotate(rank=SearchRank(F("search_document"), search))
            .order_by("-rank", "-created_at", "-id")
        )
    if tag:
        queryset = queryset.filter(tags__normalized=fold(tag))
    if skill:
        queryset = queryset.filter(skills__slug=skill)
    if source:
        queryset = queryset.filter(source__iexact=source)
    if owner_id:
        queryset = queryset.filter(owner_id=owner_id)
    if created_after:
        queryset = queryset.filter(created_at__date__gte=created_after)
    if created_before:
        queryset = queryset.filter(created_at__date__lte=created_before)
    return queryset.distinct() if (tag or skill) else queryset


def candidate_get(*, user: Any, pk: int) -> Candidate:
    """One person the user may see, or Candidate.DoesNotExist (a 404, never a 403 that confirms existence)."""
    return candidates_visible_to(user).select_related("owner").prefetch_related("tags").get(pk=pk)


def candidate_timeline(*, candidate: Candidate, limit: int = 200) -> QuerySet[Activity]:
    return candidate.activities.select_related("actor").order_by("-occurred_at", "-id")[:limit]


def consent_active(*, candidate: Candidate, purpose: ConsentPurpose | str, at: datetime.datetime | None = None) -> bool:
    moment = at or timezone.now()
    return (
        Consent.objects.filter(candidate=candidate, purpose=str(purpose), withdrawn_at__isnull=True, granted_at__lte=moment)
        .filter(Q(expires_at__isnull=True) | Q(expires_at__gt=moment))
        .exists()
    )


def dashboard_summary(*, user: Any) -> dict[str, Any]:
    visible = candidates_visible_to(user).filter(anonymized_at__isnull=True)
    since = timezone.now() - datetime.timedelta(days=7)
    return {
        "candidates_total": visible.count(),
        "candidates_new_this_week": visible.filter(created_at__gte=since).count(),
        "recent_activities": list(
            Activity.objects.filter(candidate__in=visible)
            .select_related("candidate", "actor")
            .order_by("-occurred_at", "-id")[:10]
        ),
    }
