"""Messaging settings, read once per process from Django settings (set from the environment in base.py)."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache

from django.conf import settings

# How many messages one send task takes, per ESP: the size of the ESP's own batch call where it has one, so a
# campaign step moves in as few tasks as the provider allows.
ESP_BATCH_SIZES = {
    "brevo": 1000,
    "mailjet": 50,
    "postmark": 500,
    "sendgrid": 1000,
    "mailgun": 1000,
    "amazonses": 50,
}


@dataclass(frozen=True)
class MessagingSettings:
    reply_domain: str = ""
    marketing_hours: tuple[int, int] = (8, 20)
    max_attempts: int = 5
    batch_size: int = 100
    default_rate_limit: int = 0
    domain_rate_limits: dict[str, int] = field(default_factory=dict)
    dispatch_timeout: int = 600
    sending_timeout: int = 900
    sweep_limit: int = 20_000

    def rate_limit_for(self, domain: str) -> int:
        """Sends per second allowed from this sending domain (0: no limit)."""
        return self.domain_rate_limits.get(domain.lower(), self.default_rate_limit)


def _esp_key() -> str:
    backend = settings.EMAIL_BACKEND.lower()
    for name in ESP_BATCH_SIZES:
        if f".{name}." in backend:
            return name
    return ""


@lru_cache(maxsize=1)
def messaging_settings() -> MessagingSettings:
    hours = getattr(settings, "MESSAGING_MARKETING_HOURS", (8, 20))
    batch = getattr(settings, "MESSAGING_BATCH_SIZE", 0) or ESP_BATCH_SIZES.get(_esp_key(), 100)
    return MessagingSettings(
        reply_domain=getattr(settings, "MESSAGING_REPLY_DOMAIN", ""),
        marketing_hours=(int(hours[0]), int(hours[1])),
        max_attempts=getattr(settings, "MESSAGING_MAX_ATTEMPTS", 5),
        batch_size=int(batch),
        default_rate_limit=getattr(settings, "MESSAGING_RATE_LIMIT", 0),
        domain_rate_limits={
            k.lower(): int(v) for k, v in getattr(settings, "MESSAGING_DOMAIN_RATE_LIMITS", {}).items()
        },
    )


def _clear_on_change(*, setting: str, **_kwargs: object) -> None:
    if setting.startswith("MESSAGING_") or setting == "EMAIL_BACKEND":
        messaging_settings.cache_clear()


def connect_setting_changes() -> None:
    from django.test.signals import setting_changed

    setting_changed.connect(_clear_on_change, dispatch_uid="messaging.conf")
