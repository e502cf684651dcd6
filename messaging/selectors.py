"""Reads of the messaging app, scoped by the requesting user's rights."""

from __future__ import annotations

from typing import Any

from django.db.models import Count, Prefetch, Q, QuerySet
from django.http import Http404
from django.utils.translation import gettext as _

from accounts.models import Role
from candidates.models import Candidate
from candidates.selectors import candidates_visible_to

from .models import DeliveryEvent, Message, OutboxEmail, Purpose, Suppression, Template, TemplateVersion
from .rendering import FIELDS


def sample_values(*, only_missing: bool = False) -> dict[str, str]:
    """Plausible values for previews and tests of a template: what a real message would carry."""
    values = {
        "job_title": _("Sales representative"),
        "job_location": "Lyon",
        "stage_name": _("Interview"),
        "interview_date": _("Tuesday 14 May, 10:00"),
        "interview_location": _("12 rue de la République, Lyon"),
        "apply_url": "https://example.com/careers/",
    }
    if only_missing:
        return values
    return {
        "first_name": "Camille",
        "last_name": "Durand",
        "full_name": "Camille Durand",
        "email": "camille.durand@example.com",
        "portal_url": "https://example.com/preferences/",
        "unsubscribe_url": "https://example.com/preferences/",
        **values,
    }


def merge_field_help() -> list[tuple[str, str]]:
    return [(name, str(description)) for name, description in FIELDS.items()]


def template_list(*, purpose: str = "", active_only: bool = False) -> QuerySet[Template]:
    queryset = Template.objects.select_related("current_version").annotate(version_count=Count("versions"))
    if purpose:
        queryset = queryset.filter(purpose=purpose)
    if active_only:
        queryset = queryset.filter(is_active=True, current_version__isnull=False)
    return queryset.order_by("purpose", "name")


def templates_visible_to(user: Any, *, purpose: str = "") -> QuerySet[Template]:
    """Templates the user may read (the API): recruiters and admins write with them; hiring managers none."""
    if not user.is_authenticated or not user.is_active:
        return Template.objects.none()
    if user.is_superuser or user.role in (Role.ADMIN, Role.RECRUITER):
        return template_list(purpose=purpose)
    return Template.objects.none()


def templates_for_sending(*, marketing: bool = False) -> QuerySet[Template]:
    """Templates a recruiter may pick when writing to one person (campaign templates belong to campaigns)."""
    queryset = template_list(active_only=True)
    return queryset if marketing else queryset.exclude(purpose=Purpose.CAMPAIGN)


def template_default(*, purpose: Purpose | str) -> Template | None:
    return template_list(purpose=str(purpose), active_only=True).filter(is_default=True).first()


def template_get(*, pk: int) -> Template:
    try:
        return Template.objects.select_related("current_version").get(pk=pk)
    except Template.DoesNotExist as missing:
        raise Http404 from missing


def template_versions(*, template: Template) -> QuerySet[TemplateVersion]:
    return template.versions.select_related("created_by").order_by("-number")


def messages_visible_to(user: Any) -> QuerySet[Message]:
    """Messages about people the user may see (recruiters and admins: everyone; hiring managers: nobody yet)."""
    return Message.objects.filter(candidate__in=candidates_visible_to(user))


def message_list(
    *, user: Any, candidate_id: int | None = None, status: str = "", direction: str = "", query: str = ""
) -> QuerySet[Message]:
    queryset = messages_visible_to(user).select_related("candidate", "created_by", "template_version__template")
    if query:  # an address (either way) or words of the subject
        queryset = queryset.filter(
            Q(to_email__icontains=query) | Q(from_email__icontains=query) | Q(subject__icontains=query)
        )
    if candidate_id is not None:
        queryset = queryset.filter(candidate_id=candidate_id)
    if status:
        queryset = queryset.filter(status=status)
    if direction:
        queryset = queryset.filter(direction=direction)
    return queryset.order_by("-created_at", "-id")


def conversation(*, user: Any, candidate: Candidate, limit: int = 100) -> list[Message]:
    """A person's e-mails, both ways, oldest first (as a conversation reads)."""
    rows = list(message_list(user=user, candidate_id=candidate.pk).defer("body_html")[:limit])
    rows.reverse()
    return rows


def message_get(*, user: Any, pk: int) -> Message:
    """One message with its history; 404 for a message about someone the user may not see."""
    queryset = (
        messages_visible_to(user)
        .select_related("candidate", "created_by", "template_version__template", "in_reply_to")
        .prefetch_related(Prefetch("events", queryset=DeliveryEvent.objects.order_by("occurred_at", "id")))
    )
    try:
        return queryset.get(pk=pk)
    except Message.DoesNotExist as missing:
        raise Http404 from missing


def candidate_for_messaging(*, user: Any, pk: int) -> Candidate:
    try:
        return candidates_visible_to(user).get(pk=pk)
    except Candidate.DoesNotExist as missing:
        raise Http404 from missing


def suppression_list(*, query: str = "") -> QuerySet[Suppression]:
    queryset = Suppression.objects.select_related("created_by")
    if query:
        queryset = queryset.filter(email__icontains=query.strip())
    return queryset.order_by("-created_at")


def outbox_list(*, query: str = "") -> QuerySet[OutboxEmail]:
    queryset = OutboxEmail.objects.defer("raw", "body_html")
    if query:
        queryset = queryset.filter(Q(to__icontains=query) | Q(subject__icontains=query))
    return queryset.order_by("-created_at", "-id")


def suppression_for(*, email: str) -> Suppression | None:
    """The suppression in force for an address, if any (the preferences page shows where the person stands)."""
    return Suppression.objects.filter(email=email.strip().lower()).first()
