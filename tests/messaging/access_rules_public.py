"""Who may reach the messaging app's public pages and the ESP webhooks (format: tests/access.py): everyone.

- The preferences page and the one-click unsubscribe are opened from an e-mail, without signing in; their
  credential is the signed token in the link (a forged one is a 404: tests/messaging/test_preferences.py).
- The logo is fetched by mail clients.
- anymail's webhooks (/anymail/<esp>/tracking/ and /inbound/, declared ``public`` in messaging/webhooks.py)
  are called by the ESP and authenticated by anymail itself with ANYMAIL["WEBHOOK_SECRET"]: every role
  reaches the view, which answers 400 to a request without the secret or without a JSON body, and records
  nothing (tests/messaging/test_webhooks_security.py). One rule, on Brevo's tracking URL, stands for all.
"""

from __future__ import annotations

from typing import Any

from django.core.files.base import ContentFile

from messaging.models import Branding
from messaging.services.addresses import preferences_token
from tests.access import ALL_ROLES, Rule
from tests.factories import CandidateFactory

# The smallest valid PNG (1×1, transparent).
PNG = bytes.fromhex(
    "89504e470d0a1a0a0000000d4948445200000001000000010806000000"
    "1f15c4890000000d49444154789c6360000002000185d114090000000049454e44ae426082"
)


def _token() -> dict[str, Any]:
    candidate = CandidateFactory()
    return {"token": preferences_token(candidate_id=candidate.pk, email=candidate.email)}


def _logo() -> dict[str, Any]:
    branding, _created = Branding.objects.get_or_create(pk=1, defaults={"company_name": "Acme"})
    branding.logo.save("logo.png", ContentFile(PNG), save=True)
    return {}


RULES: dict[str, Rule] = {
    "messaging:preferences": Rule(allowed=ALL_ROLES, kwargs=_token),
    # A GET leads to the preferences page (302), never unsubscribes; the one-click POST is tested on its own.
    "messaging:unsubscribe_one_click": Rule(allowed=ALL_ROLES, kwargs=_token),
    "messaging:logo": Rule(allowed=ALL_ROLES, kwargs=_logo),
    "anymail:brevo_tracking_webhook": Rule(allowed=ALL_ROLES, method="post"),
}

PREFIX_RULES: dict[str, str] = {"anymail:": "anymail:brevo_tracking_webhook"}
