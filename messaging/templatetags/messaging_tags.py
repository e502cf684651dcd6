"""Small helpers of the messaging pages: status badges and whether the development outbox is in use."""

from __future__ import annotations

from django import template
from django.conf import settings

register = template.Library()

STATUS_BADGES = {
    "sent": "badge-success",
    "delivered": "badge-success",
    "opened": "badge-success",
    "clicked": "badge-success",
    "received": "badge-success",
    "bounced": "badge-danger",
    "complained": "badge-danger",
    "failed": "badge-danger",
    "suppressed": "badge-warning",
    "cancelled": "badge-muted",
    "queued": "badge-muted",
    "sending": "badge-muted",
}


@register.filter
def status_badge(status: str) -> str:
    """The badge class of a message status (colour is never the only cue: the badge carries the word)."""
    return STATUS_BADGES.get(str(status), "")


@register.simple_tag
def outbox_enabled() -> bool:
    return bool(settings.EMAIL_BACKEND == "messaging.backends.OutboxBackend")
