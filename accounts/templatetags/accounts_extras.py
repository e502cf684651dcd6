from __future__ import annotations

import datetime

from django import template
from django.utils import timezone

register = template.Library()


@register.filter
def whole_minutes(delta: datetime.timedelta | None) -> int:
    """A duration in minutes, rounded up: telling someone to wait 29 minutes when it is 29.5 locks them out again."""
    if not delta:
        return 0
    return max(1, -(-int(delta.total_seconds()) // 60))


@register.filter
def from_now(delta: datetime.timedelta | None) -> datetime.datetime | None:
    """The moment a duration that starts now ends (shown in the current time zone by the ``time`` filter)."""
    if delta is None:
        return None
    return timezone.localtime(timezone.now() + delta)
