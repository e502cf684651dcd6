"""Tracking webhooks, end to end through anymail's real views with Brevo's and Mailjet's payloads: the event is
recorded once, applied to the message (status only forward), the timeline and the suppression list."""

from __future__ import annotations

import datetime
from typing import Any

import pytest
from django.core import mail
from django.utils import timezone

from candidates.models import Activity, ActivityKind, ConsentChannel, ConsentPurpose, LegalBasis
from candidates.selectors import consent_active
from candidates.services import consent_record
from messaging import services
from messaging.models import (
    DeliveryEvent,
    EventKind,
    Message,
    MessageStatus,
    Purpose,
    Suppression,
    SuppressionReason,
    SuppressionScope,
)
from messaging.services.events import delivery_event_apply, delivery_events_sweep, trimmed_payload
from tests.factories import CandidateFactory
from tests.messaging.esp_payloads import (
    ANYMAIL_SETTINGS,
    BREVO_TRACKING,
    MAILJET_TRACKING,
    brevo_event,
    mailjet_event,
    post,
)
from tests.messaging.factories import MessageFactory, template_make

pytestmark = pytest.mark.django_db

BREVO_ID = "<202406011000.12345678901@smtp-relay.mailin.fr>"
MAILJET_ID = "288230380000000001"
ADDRESS = "camille.durand@example.org"

# Each ESP's name for the same thing: (url, payload builder, esp message id, event names).
ESPS = {
    "brevo": (BREVO_TRACKING, brevo_event, BREVO_ID),
    "mailjet": (MAILJET_TRACKING, mailjet_event, MAILJET_ID),
}
NAMES = {
    "brevo": {
        "delivered": ("delivered", {}),
        "first_open": ("unique_opened", {}),
        "open": ("opened", {}),
        "click": ("click", {"link": "https://example.com/careers/commercial-lyon/"}),
        "hard_bounce": (
            "hard_bounce",
            {"reason": " RecipientError: 550 5.5.0 Requested action not taken: mailbox unavailable."},
        ),
        "soft_bounce": ("soft_bounce", {"reason": "undefined Unable to find MX of domain example.org"}),
        "spam": ("spam", {}),
        "unsubscribe": ("unsubscribe", {}),
        "deferred": ("deferred", {"reason": "421 4.7.0 Try again later"}),
    },
    "mailjet": {
        "delivered": ("sent", {"smtp_reply": "sent (250 2.0.0 OK 1717236000 a67bc12345def.22 - gsmtp)"}),
        "first_open": ("open", {"ip": "192.0.2.10", "geo": "FR", "agent": "Mozilla/5.0"}),
        "open": ("open", {"ip": "192.0.2.10", "geo": "FR", "agent": "Mozilla/5.0 (iPhone)"}),
        "click": (
            "click",
            {"url": "https://example.com/careers/commercial-lyon/", "ip": "192.0.2.10", "agent": "Mozilla/5.0"},
        ),
        "hard_bounce": (
            "bounce",
            {"blocked": False, "hard_bounce": True, "error_related_to": "recipient", "error": "user unknown"},
        ),
        "soft_bounce": (
            "bounce",
            {"blocked": False, "hard_bounce": False, "error_related_to": "recipient", "error": "quota exceeded"},
        ),
        "spam": ("spam", {"source": "JMRPP"}),
        "unsubscribe": ("unsub", {"mj_list_id": 0, "ip": "127.0.0.4", "geo": "", "agent": "List-Unsubscribe"}),
        "deferred": (
            "bounce",
            {"blocked": True, "hard_bounce": False, "error_related_to": "domain", "error": "greylisted"},
        ),
    },
}


@pytest.fixture(autouse=True)
def _webhook_secret(settings):
    settings.ANYMAIL = ANYMAIL_SETTINGS


@pytest.fixture(autouse=True)
def apply_now(monkeypatch):
    """The apply task runs at once (what a worker does a moment later)."""
    from messaging import tasks

    monkeypatch.setattr(tasks.process_delivery_event, "delay", lambda event_id: tasks.process_delivery_event(event_id))


@pytest.fixture(params=["brevo", "mailjet"])
def esp(request) -> str:
    return request.param


@pytest.fixture
def candidate():
    return CandidateFactory(email=ADDRESS, first_name="Camille")


@pytest.fixture
def message(candidate, esp):
    return MessageFactory(
        candidate=candidate, to_email=ADDRESS, status=MessageStatus.SENT, esp_name=esp, esp_message_id=ESPS[esp][2]
    )


def send_event(
    client,
    django_capture_on_commit_callbacks,
    esp: str,
    name: str,
    *,
    message_pk: int | None,
    offset: int = 0,
    email: str = ADDRESS,
    esp_id: str | None = None,
) -> Any:
    url, build, default_id = ESPS[esp]
    event, extra = NAMES[esp][name]
    payload = build(event, email=email, message_pk=message_pk, esp_id=esp_id or default_id, offset=offset, **extra)
    if esp == "mailjet":
        payload = [payload]  # Mailjet groups events in an array
    with django_capture_on_commit_callbacks(execute=True):
        response = post(client, url, payload)
    assert response.status_code == 200, response.content
    return response


def activities(candidate, kind: str) -> list[Activity]:
    return list(Activity.objects.filter(candidate=candidate, kind=kind))


def grant_marketing(candidate) -> None:
    consent_record(
        candidate=candidate,
        purpose=ConsentPurpose.MARKETING,
        legal_basis=LegalBasis.CONSENT,
        text_version="news-v1",
        channel=ConsentChannel.CAREER_SITE,
    )


def test_delivered_moves_the_status_and_records_the_event(client, django_capture_on_commit_callbacks, esp, message):
    send_event(client, django_capture_on_commit_callbacks, esp, "delivered", message_pk=message.pk)

    message.refresh_from_db()
    assert message.status == MessageStatus.DELIVERED
    event = DeliveryEvent.objects.get(dedupe_key__isnull=False)
    assert event.message == message
    assert event.kind == EventKind.DELIVERED
    assert event.esp_name == esp
    assert event.recipient == ADDRESS
    assert event.processed_at is not None
    assert event.occurred_at == datetime.datetime(2024, 6, 1, 10, 0, tzinfo=datetime.UTC)
    assert event.raw["esp"]["event"] == NAMES[esp]["delivered"][0]
    assert event.raw["normalized"]["metadata"] == {"message_id": str(message.pk)}
    assert not Suppression.objects.exists()


def test_first_open_only_writes_the_timeline(client, django_capture_on_commit_callbacks, esp, message, candidate):
    send_event(client, django_capture_on_commit_callbacks, esp, "first_open", message_pk=message.pk)
    send_event(client, django_capture_on_commit_callbacks, esp, "open", message_pk=message.pk, offset=60)

    message.refresh_from_db()
    assert message.status == MessageStatus.OPENED
    assert DeliveryEvent.objects.filter(message=message, kind=EventKind.OPENED).count() == 2
    [opened] = activities(candidate, ActivityKind.EMAIL_OPENED)
    assert opened.payload["message"] == message.pk


def test_click_records_the_url_and_a_later_open_does_not_move_it_back(
    client, django_capture_on_commit_callbacks, esp, message, candidate
):
    send_event(client, django_capture_on_commit_callbacks, esp, "click", message_pk=message.pk)
    send_event(client, django_capture_on_commit_callbacks, esp, "open", message_pk=message.pk, offset=-30)

    message.refresh_from_db()
    assert message.status == MessageStatus.CLICKED
    [clicked] = activities(candidate, ActivityKind.EMAIL_CLICKED)
    assert clicked.payload["url"] == "https://example.com/careers/commercial-lyon/"
    assert (
        DeliveryEvent.objects.get(kind=EventKind.CLICKED).description == "https://example.com/careers/commercial-lyon/"
    )


def test_hard_bounce_suppresses_the_address_for_every_email(
    client, django_capture_on_commit_callbacks, esp, message, candidate
):
    send_event(client, django_capture_on_commit_callbacks, esp, "hard_bounce", message_pk=message.pk)

    message.refresh_from_db()
    assert message.status == MessageStatus.BOUNCED
    suppression = Suppression.objects.get()
    assert (suppression.email, suppression.scope, suppression.reason) == (
        ADDRESS,
        SuppressionScope.ALL,
        SuppressionReason.HARD_BOUNCE,
    )
    assert suppression.message == message
    [bounced] = activities(candidate, ActivityKind.EMAIL_BOUNCED)
    assert bounced.payload["message"] == message.pk
    # A "delivered" arriving late never moves a bounced message back.
    send_event(client, django_capture_on_commit_callbacks, esp, "delivered", message_pk=message.pk, offset=-60)
    message.refresh_from_db()
    assert message.status == MessageStatus.BOUNCED

    # Everything after is blocked at send time, transactional mail included.
    with django_capture_on_commit_callbacks(execute=False):
        later = services.message_queue(candidate=candidate, purpose=Purpose.ACKNOWLEDGEMENT, template=template_make())
    mail.outbox = []
    services.messages_send(message_ids=[later.pk])
    later.refresh_from_db()
    assert later.status == MessageStatus.SUPPRESSED
    assert later.status_reason
    assert mail.outbox == []


def test_soft_bounce_is_history_only(client, django_capture_on_commit_callbacks, esp, message, candidate):
    send_event(client, django_capture_on_commit_callbacks, esp, "soft_bounce", message_pk=message.pk)

    message.refresh_from_db()
    assert message.status == MessageStatus.SENT
    event = DeliveryEvent.objects.get(dedupe_key__isnull=False)
    assert event.kind == EventKind.BOUNCED
    assert event.raw["normalized"]["hard_bounce"] is False
    assert event.processed_at is not None
    assert not Suppression.objects.exists()
    assert not activities(candidate, ActivityKind.EMAIL_BOUNCED)


def test_deferred_is_history_only(client, django_capture_on_commit_callbacks, esp, message):
    send_event(client, django_capture_on_commit_callbacks, esp, "deferred", message_pk=message.pk)

    message.refresh_from_db()
    assert message.status == MessageStatus.SENT
    assert DeliveryEvent.objects.get(dedupe_key__isnull=False).kind == EventKind.DEFERRED
    assert not Suppression.objects.exists()


def test_spam_complaint_suppresses_everything_and_withdraws_marketing_consent(
    client, django_capture_on_commit_callbacks, esp, message, candidate
):
    grant_marketing(candidate)

    send_event(client, django_capture_on_commit_callbacks, esp, "spam", message_pk=message.pk)

    message.refresh_from_db()
    assert message.status == MessageStatus.COMPLAINED
    suppression = Suppression.objects.get()
    assert (suppression.scope, suppression.reason) == (SuppressionScope.ALL, SuppressionReason.COMPLAINT)
    assert not consent_active(candidate=candidate, purpose=ConsentPurpose.MARKETING)
    [withdrawn] = activities(candidate, ActivityKind.CONSENT_WITHDRAWN)
    assert withdrawn.payload["purpose"] == ConsentPurpose.MARKETING


def test_complaint_without_consent_still_shows_on_the_timeline(
    client, django_capture_on_commit_callbacks, esp, message, candidate
):
    send_event(client, django_capture_on_commit_callbacks, esp, "spam", message_pk=message.pk)

    [entry] = activities(candidate, ActivityKind.CONSENT_WITHDRAWN)
    assert entry.payload["complaint"] is True
    assert entry.payload["message"] == message.pk


def test_esp_unsubscribe_suppresses_marketing_and_withdraws_consent(
    client, django_capture_on_commit_callbacks, esp, message, candidate
):
    grant_marketing(candidate)

    send_event(client, django_capture_on_commit_callbacks, esp, "unsubscribe", message_pk=message.pk)

    message.refresh_from_db()
    assert message.status == MessageStatus.SENT  # an unsubscribe is not a delivery state
    suppression = Suppression.objects.get()
    assert (suppression.email, suppression.scope, suppression.reason) == (
        ADDRESS,
        SuppressionScope.MARKETING,
        SuppressionReason.UNSUBSCRIBED,
    )
    assert not consent_active(candidate=candidate, purpose=ConsentPurpose.MARKETING)


def test_a_replayed_event_is_a_no_op(client, django_capture_on_commit_callbacks, esp, message, candidate):
    send_event(client, django_capture_on_commit_callbacks, esp, "first_open", message_pk=message.pk)
    send_event(client, django_capture_on_commit_callbacks, esp, "first_open", message_pk=message.pk)

    assert DeliveryEvent.objects.filter(dedupe_key__isnull=False).count() == 1
    assert len(activities(candidate, ActivityKind.EMAIL_OPENED)) == 1


def test_an_event_for_an_unknown_message_is_kept_and_settled(client, django_capture_on_commit_callbacks, esp, message):
    other_id = "<999@smtp-relay.mailin.fr>" if esp == "brevo" else "123456789"
    send_event(
        client,
        django_capture_on_commit_callbacks,
        esp,
        "hard_bounce",
        message_pk=None,
        esp_id=other_id,
        email="stranger@example.net",
    )

    event = DeliveryEvent.objects.get(dedupe_key__isnull=False)
    assert event.message is None
    assert event.processed_at is not None
    assert event.recipient == "stranger@example.net"
    message.refresh_from_db()
    assert message.status == MessageStatus.SENT
    assert not Suppression.objects.exists()
    assert delivery_event_apply(event_id=event.pk) == "already_processed"


def test_a_metadata_id_of_someone_else_does_not_match(client, django_capture_on_commit_callbacks, esp, message):
    other = MessageFactory(status=MessageStatus.SENT, to_email="someone.else@example.net")
    send_event(client, django_capture_on_commit_callbacks, esp, "hard_bounce", message_pk=other.pk)

    other.refresh_from_db()
    message.refresh_from_db()
    assert other.status == MessageStatus.SENT  # the recipient does not match: found by ESP id instead
    assert message.status == MessageStatus.BOUNCED


def test_without_metadata_the_message_is_found_by_its_esp_id(client, django_capture_on_commit_callbacks, esp, message):
    send_event(client, django_capture_on_commit_callbacks, esp, "delivered", message_pk=None)

    message.refresh_from_db()
    assert message.status == MessageStatus.DELIVERED
    assert DeliveryEvent.objects.get(dedupe_key__isnull=False).message == message


def test_brevo_message_id_matches_with_or_without_angle_brackets(client, django_capture_on_commit_callbacks, candidate):
    message = MessageFactory(candidate=candidate, to_email=ADDRESS, esp_message_id=BREVO_ID.strip("<>"))
    send_event(client, django_capture_on_commit_callbacks, "brevo", "delivered", message_pk=None)

    message.refresh_from_db()
    assert message.status == MessageStatus.DELIVERED


def test_mailjet_grouped_events_are_each_recorded(client, django_capture_on_commit_callbacks, candidate):
    message = MessageFactory(candidate=candidate, to_email=ADDRESS, esp_message_id=MAILJET_ID)
    events = [
        mailjet_event("sent", email=ADDRESS, message_pk=message.pk, esp_id=MAILJET_ID),
        mailjet_event("open", email=ADDRESS, message_pk=message.pk, esp_id=MAILJET_ID, offset=5),
    ]
    with django_capture_on_commit_callbacks(execute=True):
        assert post(client, MAILJET_TRACKING, events).status_code == 200

    assert sorted(
        DeliveryEvent.objects.filter(message=message, dedupe_key__isnull=False).values_list("kind", flat=True)
    ) == [
        EventKind.DELIVERED,
        EventKind.OPENED,
    ]
    message.refresh_from_db()
    assert message.status == MessageStatus.OPENED


def test_the_webhook_only_records_and_a_lost_task_is_applied_by_the_sweeper(
    client, django_capture_on_commit_callbacks, monkeypatch, message
):
    from messaging import tasks

    def broker_down(event_id: int) -> None:
        raise ConnectionError("broker down")

    monkeypatch.setattr(tasks.process_delivery_event, "delay", broker_down)
    with django_capture_on_commit_callbacks(execute=True):
        response = post(client, ESPS[message.esp_name][0], _payload(message, "delivered"))
    assert response.status_code == 200  # the ESP is told we have it: it is recorded

    event = DeliveryEvent.objects.get(dedupe_key__isnull=False)
    assert event.processed_at is None
    message.refresh_from_db()
    assert message.status == MessageStatus.SENT

    assert delivery_events_sweep() == 0  # too recent: its task may still be on its way
    DeliveryEvent.objects.filter(pk=event.pk).update(created_at=timezone.now() - datetime.timedelta(minutes=2))
    result = services.messages_sweep()

    assert result["events_applied"] == 1
    event.refresh_from_db()
    message.refresh_from_db()
    assert event.processed_at is not None
    assert message.status == MessageStatus.DELIVERED


def test_the_sweeper_leaves_our_own_history_alone(message):
    DeliveryEvent.objects.create(
        message=message, kind=EventKind.SENT, created_at=timezone.now() - datetime.timedelta(hours=1)
    )

    assert delivery_events_sweep() == 0


def test_applying_twice_changes_nothing(client, django_capture_on_commit_callbacks, monkeypatch, message, candidate):
    from messaging import tasks

    monkeypatch.setattr(tasks.process_delivery_event, "delay", lambda event_id: None)
    post(client, ESPS[message.esp_name][0], _payload(message, "first_open"))
    event = DeliveryEvent.objects.get(dedupe_key__isnull=False)

    assert delivery_event_apply(event_id=event.pk) == "applied"
    assert delivery_event_apply(event_id=event.pk) == "already_processed"
    assert len(activities(candidate, ActivityKind.EMAIL_OPENED)) == 1
    assert delivery_event_apply(event_id=event.pk + 1000) == "missing"


def test_a_delivered_event_before_the_send_is_recorded_is_not_undone(
    client, django_capture_on_commit_callbacks, candidate
):
    """The ESP can call the webhook before our worker records the send: the status stays ahead."""
    with django_capture_on_commit_callbacks(execute=False):
        message = services.message_queue(candidate=candidate, purpose=Purpose.ACKNOWLEDGEMENT, template=template_make())
    Message.objects.filter(pk=message.pk).update(status=MessageStatus.SENDING)
    send_event(client, django_capture_on_commit_callbacks, "brevo", "delivered", message_pk=message.pk)
    message.refresh_from_db()
    assert message.status == MessageStatus.DELIVERED

    from messaging.services.sending import _record_sent

    _record_sent([(message, BREVO_ID)], "brevo")
    message.refresh_from_db()
    assert message.status == MessageStatus.DELIVERED
    assert message.esp_message_id == BREVO_ID


def test_the_raw_payload_is_trimmed():
    payload = {"event": "delivered", "subject": "x" * 5000, "html": "<p>big</p>" * 1000, "nested": {"a": [1, 2]}}

    trimmed = trimmed_payload(payload)

    assert trimmed["event"] == "delivered"
    assert len(trimmed["subject"]) == 1001
    assert "html" not in trimmed
    assert trimmed["nested"] == {"a": [1, 2]}


def _payload(message, name: str) -> Any:
    _url, build, esp_id = ESPS[message.esp_name]
    event, extra = NAMES[message.esp_name][name]
    payload = build(event, email=message.to_email, message_pk=message.pk, esp_id=esp_id, **extra)
    return [payload] if message.esp_name == "mailjet" else payload


def test_delivered_corrects_a_message_marked_failed_after_an_interrupted_send(
    client, django_capture_on_commit_callbacks, esp, message
):
    """The sweeper marks a send interrupted by a dying worker as failed (it may or may not have gone); when the
    ESP then says it was delivered, that wins."""
    Message.objects.filter(pk=message.pk).update(status=MessageStatus.FAILED, sent_at=None)
    send_event(client, django_capture_on_commit_callbacks, esp, "delivered", message_pk=message.pk)
    message.refresh_from_db()
    assert message.status == MessageStatus.DELIVERED


def test_an_event_naming_only_a_message_number_is_not_trusted(message):
    """A message number in the metadata is guessable: without the recipient to agree, it matches nothing."""
    from messaging.models import DeliveryEvent, EventKind
    from messaging.services.events import _find_message

    anonymous = DeliveryEvent.objects.create(
        kind=EventKind.COMPLAINED, raw={"normalized": {"metadata": {"message_id": str(message.pk)}}}
    )
    assert _find_message(anonymous) is None
    named = DeliveryEvent.objects.create(
        kind=EventKind.COMPLAINED,
        recipient=message.to_email.upper(),
        raw={"normalized": {"metadata": {"message_id": str(message.pk)}}},
    )
    assert _find_message(named) == message
