from __future__ import annotations

from typing import Any

from django.db import models

from .models import AuditAction, AuditLogEntry


def audit_log_record(
    *,
    action: AuditAction | str,
    actor: Any = None,
    target: models.Model | None = None,
    target_type: str = "",
    target_id: str | int = "",
    ip_address: str | None = None,
    details: dict[str, Any] | None = None,
) -> AuditLogEntry:
    """Append one entry to the audit log. ``target`` may be a model instance or a (type, id) pair; never
    put names or e-mails in ``details``: the log outlives erasures."""
    if target is not None:
        target_type = target._meta.label_lower
        target_id = target.pk
    if actor is not None and not getattr(actor, "is_authenticated", False):
        actor = None
    return AuditLogEntry.objects.create(
        action=str(action),
        actor=actor,
        target_type=target_type,
        target_id=str(target_id) if target_id != "" else "",
        ip_address=ip_address or None,
        details=details or {},
    )


def client_ip(request: Any) -> str | None:
    """The client's address, as django-axes resolved it (it honours the configured proxy count)."""
    from axes.helpers import get_client_ip_address

    return get_client_ip_address(request) or None


def user_set_language(*, user: Any, language: str) -> Any:
    from django.conf import settings

    if language in dict(settings.LANGUAGES) and user.preferred_language != language:
        user.preferred_language = language
        user.save(update_fields=["preferred_language"])
    return user
