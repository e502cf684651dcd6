"""Who may reach the recruiters' and admins' e-mail pages and the messaging API (format: tests/access.py).
Hiring managers reach none of them: the pages answer 403, the API an empty list and 404 on any id."""

from __future__ import annotations

from typing import Any

from tests.access import ADMINS, SIGNED_IN, STAFF, Rule
from tests.factories import CandidateFactory
from tests.messaging.factories import MessageFactory, OutboxEmailFactory, SuppressionFactory, template_make


def _candidate() -> dict[str, Any]:
    return {"pk": CandidateFactory().pk}


def _message() -> dict[str, Any]:
    return {"pk": MessageFactory().pk}


def _queued_message() -> dict[str, Any]:
    return {"pk": MessageFactory(status="queued").pk}


def _outbox_email() -> dict[str, Any]:
    return {"pk": OutboxEmailFactory().pk}


def _template() -> dict[str, Any]:
    return {"pk": template_make().pk}


def _suppression() -> dict[str, Any]:
    return {"pk": SuppressionFactory().pk}


def _api_message() -> dict[str, Any]:
    return {"id": MessageFactory().pk}


def _api_template() -> dict[str, Any]:
    return {"id": template_make().pk}


RULES: dict[str, Rule] = {
    "messaging:compose": Rule(allowed=STAFF, kwargs=_candidate),
    "messaging:compose_preview": Rule(allowed=STAFF, kwargs=_candidate, method="post", data={"subject": "Bonjour"}),
    "messaging:conversation": Rule(allowed=STAFF, kwargs=_candidate),
    "messaging:message_list": Rule(allowed=STAFF),
    "messaging:message_detail": Rule(allowed=STAFF, kwargs=_message),
    "messaging:message_cancel": Rule(allowed=STAFF, kwargs=_queued_message, method="post"),
    "messaging:outbox": Rule(allowed=STAFF),
    "messaging:outbox_detail": Rule(allowed=STAFF, kwargs=_outbox_email),
    "messaging:template_list": Rule(allowed=ADMINS),
    "messaging:template_create": Rule(allowed=ADMINS),
    "messaging:template_edit": Rule(allowed=ADMINS, kwargs=_template),
    "messaging:template_preview": Rule(allowed=ADMINS, kwargs=_template),
    "messaging:template_test": Rule(allowed=ADMINS, kwargs=_template, method="post"),
    "messaging:branding": Rule(allowed=ADMINS),
    "messaging:suppression_list": Rule(allowed=ADMINS),
    "messaging:suppression_remove": Rule(allowed=ADMINS, kwargs=_suppression, method="post"),
    # Any signed-in user may call the API; hiring managers get empty lists and a 404 for any id.
    "api:template-list": Rule(allowed=SIGNED_IN),
    "api:template-detail": Rule(allowed=STAFF, kwargs=_api_template, denied_status=404),
    "api:message-list": Rule(allowed=SIGNED_IN),
    "api:message-detail": Rule(allowed=STAFF, kwargs=_api_message, denied_status=404),
}
