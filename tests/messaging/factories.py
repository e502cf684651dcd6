"""Messaging rows for tests. Templates are made through the service (validated, versioned, sanitized like the
product makes them); messages and outbox e-mails are plain rows."""

from __future__ import annotations

from typing import Any

import factory
from django.utils import timezone
from factory.django import DjangoModelFactory

from messaging import services
from messaging.models import (
    DeliveryEvent,
    Direction,
    EventKind,
    Message,
    MessageStatus,
    OutboxEmail,
    Purpose,
    Suppression,
    SuppressionReason,
    SuppressionScope,
    Template,
)
from tests.factories import CandidateFactory

TEXTS = {
    "subject_fr": "Merci {{ first_name }}",
    "body_fr": "<p>Bonjour {{ first_name }},</p><p>Nous avons bien reçu votre candidature.</p>",
    "subject_en": "Thank you {{ first_name }}",
    "body_en": "<p>Hello {{ first_name }},</p><p>We received your application.</p>",
}


def template_make(
    *, name: str = "Accusé de réception", purpose: str = Purpose.ACKNOWLEDGEMENT, **texts: Any
) -> Template:
    arguments = {**TEXTS, **texts}
    return services.template_save(name=name, purpose=purpose, **arguments)


class MessageFactory(DjangoModelFactory):
    class Meta:
        model = Message

    candidate = factory.SubFactory(CandidateFactory)
    direction = Direction.OUTBOUND
    purpose = Purpose.ONE_OFF
    from_email = "Recrutement <recrutement@example.com>"
    to_email = factory.LazyAttribute(lambda o: o.candidate.email or "nobody@example.org")
    subject = factory.Sequence(lambda n: f"Votre candidature n°{n}")
    body_html = "<html><body><p>Bonjour,</p><p>Merci.</p></body></html>"
    body_text = "Bonjour,\n\nMerci.\n"
    status = MessageStatus.SENT
    language = "fr"


class DeliveryEventFactory(DjangoModelFactory):
    class Meta:
        model = DeliveryEvent

    message = factory.SubFactory(MessageFactory)
    kind = EventKind.DELIVERED
    occurred_at = factory.LazyFunction(timezone.now)


class SuppressionFactory(DjangoModelFactory):
    class Meta:
        model = Suppression

    email = factory.Sequence(lambda n: f"suppressed{n}@example.org")
    scope = SuppressionScope.ALL
    reason = SuppressionReason.HARD_BOUNCE


class OutboxEmailFactory(DjangoModelFactory):
    class Meta:
        model = OutboxEmail

    from_email = "Recrutement <recrutement@example.com>"
    to = factory.Sequence(lambda n: f"person{n}@example.org")
    subject = factory.Sequence(lambda n: f"Bonjour n°{n}")
    body_text = "Bonjour,\n"
    body_html = "<html><body><p>Bonjour,</p></body></html>"
    headers = factory.LazyFunction(
        lambda: {"Message-ID": "<x@outbox.invalid>", "Reply-To": "reply+1-ab@reply.example.com"}
    )
    raw = "Subject: Bonjour\n\nBonjour,\n"


def prefer_english(request: Any) -> None:
    """Make the test's users read the interface in English (their profile's language wins over the browser's),
    so that assertions on English text hold whatever the French catalog says. Call from an autouse fixture."""
    for name in ("recruiter", "admin_user", "hiring_manager"):
        if name in request.fixturenames:
            user = request.getfixturevalue(name)
            user.preferred_language = "en"
            user.save(update_fields=["preferred_language"])
