"""System checks of the messaging app."""

from __future__ import annotations

from typing import Any

from django.conf import settings
from django.core.checks import CheckMessage, Error, Tags, register

# Backends that talk to no ESP and receive no webhooks.
LOCAL_BACKENDS = ("anymail.backends.test.", "anymail.backends.console.")


def uses_anymail_esp() -> bool:
    backend = str(getattr(settings, "EMAIL_BACKEND", ""))
    return backend.startswith("anymail.backends.") and not backend.startswith(LOCAL_BACKENDS)


@register(Tags.security, deploy=True)
def check_webhook_secret(app_configs: Any = None, **kwargs: Any) -> list[CheckMessage]:
    """The tracking and inbound webhooks under /anymail/ change message statuses, the suppression list and
    consent: with an ESP configured they must be authenticated (anymail only warns when they are not)."""
    secret = (getattr(settings, "ANYMAIL", {}) or {}).get("WEBHOOK_SECRET") or getattr(
        settings, "ANYMAIL_WEBHOOK_SECRET", ""
    )
    if uses_anymail_esp() and not secret:
        return [
            Error(
                "An ESP is configured (EMAIL_BACKEND) but its webhooks are not authenticated.",
                hint="Set ANYMAIL_WEBHOOK_SECRET to a random 'user:password' and give the ESP the webhook URLs "
                "with these credentials (https://user:password@host/anymail/<esp>/tracking/).",
                id="messaging.E001",
            )
        ]
    return []
