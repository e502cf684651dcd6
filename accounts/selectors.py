"""Reads for the account screens. Administration lists are for administrators only: a viewer who is not one
gets an empty result, whatever the view in front did."""

from __future__ import annotations

import datetime
from typing import Any

from django.contrib.auth.hashers import UNUSABLE_PASSWORD_PREFIX
from django.db.models import Count, Q, QuerySet
from django.utils import timezone

from .models import AuditLogEntry, Team, User

ACTIVE = "active"
INACTIVE = "inactive"
INVITED = "invited"


def _is_admin(viewer: Any) -> bool:
    return bool(viewer.is_authenticated and viewer.is_active and viewer.is_admin)


def user_list(
    *, viewer: Any, query: str = "", role: str = "", status: str = "", team: Team | None = None
) -> QuerySet[User]:
    if not _is_admin(viewer):
        return User.objects.none()
    users = User.objects.select_related("team")
    query = query.strip()
    if query:
        users = users.filter(Q(email__icontains=query) | Q(first_name__icontains=query) | Q(last_name__icontains=query))
    if role:
        users = users.filter(role=role)
    if team is not None:
        users = users.filter(team=team)
    if status == ACTIVE:
        users = users.filter(is_active=True)
    elif status == INACTIVE:
        users = users.filter(is_active=False)
    elif status == INVITED:
        # An invited user keeps Django's unusable-password marker until they choose a password.
        users = users.filter(is_active=True, password__startswith=UNUSABLE_PASSWORD_PREFIX)
    return users.order_by("last_name", "first_name", "email", "pk")


def user_get(*, viewer: Any, pk: int) -> User:
    """Raises ``User.DoesNotExist`` when there is no such user or the viewer may not manage users."""
    return user_list(viewer=viewer).get(pk=pk)


def team_list(*, viewer: Any) -> QuerySet[Team]:
    if not _is_admin(viewer):
        return Team.objects.none()
    return Team.objects.annotate(
        member_count=Count("members", filter=Q(members__is_active=True), distinct=True)
    ).order_by("name", "pk")


def team_get(*, viewer: Any, pk: int) -> Team:
    return team_list(viewer=viewer).get(pk=pk)


def team_choices() -> QuerySet[Team]:
    return Team.objects.order_by("name")


def audit_log_list(
    *,
    viewer: Any,
    action: str = "",
    actor: User | None = None,
    date_from: datetime.date | None = None,
    date_to: datetime.date | None = None,
) -> QuerySet[AuditLogEntry]:
    """Entries newest first. Dates are whole days in the current time zone, both ends included."""
    if not _is_admin(viewer):
        return AuditLogEntry.objects.none()
    entries = AuditLogEntry.objects.select_related("actor")
    if action:
        entries = entries.filter(action=action)
    if actor is not None:
        entries = entries.filter(actor=actor)
    # Bounds as aware datetimes rather than a __date lookup, so the index on created_at is used.
    if date_from is not None:
        entries = entries.filter(created_at__gte=_start_of_day(date_from))
    if date_to is not None:
        entries = entries.filter(created_at__lt=_start_of_day(date_to + datetime.timedelta(days=1)))
    return entries.order_by("-created_at", "-id")


def audit_log_with_targets(*, entries: list[AuditLogEntry]) -> list[AuditLogEntry]:
    """Attach ``target_user`` to entries about a user (None when that user is gone), in one query for the page,
    so the viewer can name and link them. The log itself keeps only the id."""
    user_type = User._meta.label_lower
    ids = {int(entry.target_id) for entry in entries if entry.target_type == user_type and entry.target_id.isdigit()}
    users = User.objects.in_bulk(ids) if ids else {}
    for entry in entries:
        target = None
        if entry.target_type == user_type and entry.target_id.isdigit():
            target = users.get(int(entry.target_id))
        entry.target_user = target  # type: ignore[attr-defined]
    return entries


def _start_of_day(day: datetime.date) -> datetime.datetime:
    return timezone.make_aware(datetime.datetime.combine(day, datetime.time.min))
