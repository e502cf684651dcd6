"""Queueing and sending through anymail's test backend: rendered once, sent at most once, checked at send time."""

from __future__ import annotations

import contextlib
import datetime
import email
import smtplib
import zoneinfo
from email import policy

import pytest
import requests
from anymail.exceptions import AnymailAPIError
from anymail.message import AnymailRecipientStatus
from django.core import mail
from django.utils import timezone, translation

from candidates.models import Activity, ActivityKind, ConsentChannel, ConsentPurpose, LegalBasis
from candidates.services import consent_record
from messaging import services
from messaging.models import DeliveryEvent, EventKind, Message, MessageStatus, Purpose, Suppression
from messaging.services import composing, sending
from messaging.services.suppression import suppression_add
from tests.factories import CandidateFactory, RecruiterFactory
from tests.mail_servers import http_server_that_never_answers, smtp_server

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _english():
    """Service messages are asserted in English (the language of the source strings)."""
    with translation.override("en"):
        yield


PARIS = zoneinfo.ZoneInfo("Europe/Paris")


def _template(purpose: str = "acknowledgement", **texts: str):
    texts = texts or {
        "subject_fr": 'Merci {{ first_name }} : « {{ job_title|default:"votre candidature" }} » 🎉',
        "body_fr": "<p>Bonjour {{ first_name }},</p><p>Nous avons bien reçu votre candidature.</p>",
        "subject_en": "Thank you {{ first_name }}",
        "body_en": "<p>Hello {{ first_name }},</p><p>We received your application.</p>",
    }
    return services.template_save(name=f"T {purpose}", purpose=purpose, **texts)


def _marketing_consent(candidate):
    consent_record(
        candidate=candidate,
        purpose=ConsentPurpose.MARKETING,
        legal_basis=LegalBasis.CONSENT,
        text_version="newsletter-v1",
        channel=ConsentChannel.CAREER_SITE,
    )


def _send(message):
    return services.messages_send(message_ids=[message.pk])


def test_accents_emoji_and_long_subjects_survive_to_the_mime_message():
    candidate = CandidateFactory(first_name="Zoé-Éléonore", preferred_language="fr")
    message = services.message_queue(candidate=candidate, purpose=Purpose.ACKNOWLEDGEMENT, template=_template())
    assert message.subject == "Merci Zoé-Éléonore : « votre candidature » 🎉"
    assert _send(message) == {"sent": 1, "failed": 0, "skipped": 0}

    sent = mail.outbox[0]
    assert sent.anymail_test_params["subject"] == message.subject  # what an ESP's API receives, exactly
    parsed = email.message_from_bytes(sent.message().as_bytes(), policy=policy.default)
    # SMTP: Django folds an encoded subject onto a continuation line; unfolding leaves a space readers drop.
    assert parsed["Subject"].strip() == message.subject
    assert parsed["To"] == candidate.email
    assert parsed["Reply-To"] == message.reply_to
    html = parsed.get_body(preferencelist=("html",)).get_content()
    text = parsed.get_body(preferencelist=("plain",)).get_content()
    assert "Bonjour Zoé-Éléonore," in html and "Bonjour Zoé-Éléonore," in text
    assert sent.anymail_test_params["metadata"] == {"message_id": str(message.pk)}
    assert "List-Unsubscribe" not in parsed  # transactional mail

    long_subject = "Très long sujet — " + "é" * 300 + " 🎉 fin"
    other = services.message_queue(candidate=candidate, purpose=Purpose.ONE_OFF, subject=long_subject, body="x")
    _send(other)
    reparsed = email.message_from_bytes(mail.outbox[1].message().as_bytes(), policy=policy.default)
    assert reparsed["Subject"].strip() == long_subject
    assert mail.outbox[1].anymail_test_params["subject"] == long_subject


def test_sent_message_has_history_timeline_and_esp_id():
    recruiter = RecruiterFactory()
    candidate = CandidateFactory()
    message = services.message_queue(
        candidate=candidate, purpose=Purpose.ONE_OFF, subject="Point", body="Bonjour {{ first_name }}", actor=recruiter
    )
    _send(message)
    message.refresh_from_db()
    assert message.status == MessageStatus.SENT
    assert message.esp_name == "test"
    assert message.esp_message_id != ""
    assert message.sent_at is not None
    assert [event.kind for event in message.events.all()] == [EventKind.QUEUED, EventKind.SENT]
    activity = Activity.objects.get(candidate=candidate, kind=ActivityKind.EMAIL_SENT)
    assert activity.actor == recruiter
    assert activity.payload["message"] == message.pk


def test_language_follows_the_person_and_falls_back_to_the_other_one():
    english = CandidateFactory(preferred_language="en")
    assert services.message_queue(candidate=english, purpose="acknowledgement", template=_template()).language == "en"
    french_only = _template(purpose="rejection", subject_fr="Votre candidature", body_fr="<p>Merci.</p>")
    message = services.message_queue(candidate=english, purpose="rejection", template=french_only)
    assert (message.language, message.subject) == ("fr", "Votre candidature")


def test_a_redelivered_task_never_sends_twice():
    message = services.message_queue(candidate=CandidateFactory(), purpose="one_off", subject="Hi", body="x")
    _send(message)
    assert _send(message) == {"sent": 0, "failed": 0, "skipped": 1}
    assert len(mail.outbox) == 1


def test_a_message_claimed_by_a_worker_that_died_is_not_sent_again_but_marked_failed():
    message = services.message_queue(candidate=CandidateFactory(), purpose="one_off", subject="Hi", body="x")
    # The worker claimed it and died before the ESP answered.
    Message.objects.filter(pk=message.pk).update(status=MessageStatus.SENDING, status_changed_at=timezone.now())
    assert _send(message)["sent"] == 0
    assert services.messages_sweep()["interrupted"] == 0  # not stale yet
    Message.objects.filter(pk=message.pk).update(status_changed_at=timezone.now() - datetime.timedelta(hours=1))
    assert services.messages_sweep()["interrupted"] == 1
    message.refresh_from_db()
    assert message.status == MessageStatus.FAILED
    assert "may or may not" in message.status_reason
    assert mail.outbox == []


def test_idempotency_key_queues_one_message():
    candidate = CandidateFactory()
    first = services.message_queue(
        candidate=candidate, purpose="acknowledgement", template=_template(), idempotency_key="application:1:ack"
    )
    again = services.message_queue(
        candidate=candidate, purpose="acknowledgement", template=_template(), idempotency_key="application:1:ack"
    )
    assert first.pk == again.pk
    assert Message.objects.count() == 1


def test_a_missing_merge_value_refuses_the_message_and_writes_nothing():
    template = _template(
        purpose="interview_invitation", subject_fr="Entretien", body_fr="<p>Le {{ interview_date }}</p>"
    )
    with pytest.raises(services.MessagingError) as refused:
        services.message_queue(candidate=CandidateFactory(), purpose="interview_invitation", template=template)
    assert "{{ interview_date }}" in refused.value.message
    assert Message.objects.count() == 0
    message = services.message_queue(
        candidate=CandidateFactory(),
        purpose="interview_invitation",
        template=template,
        values={"interview_date": "mardi 14 mai à 10 h"},
    )
    assert "Le mardi 14 mai à 10 h" in message.body_html


def test_a_person_without_address_or_erased_cannot_be_written_to():
    with pytest.raises(services.MessagingError):
        services.message_queue(candidate=CandidateFactory(email=""), purpose="one_off", subject="a", body="b")
    with pytest.raises(services.MessagingError):
        services.message_queue(
            candidate=CandidateFactory(anonymized_at=timezone.now()), purpose="one_off", subject="a", body="b"
        )


def _esp_error(status: int, body: bytes) -> AnymailAPIError:
    response = requests.Response()
    response.status_code = status
    response.reason = "Service Unavailable" if status >= 500 else "Bad Request"
    response._content = body
    return AnymailAPIError("ESP API response", status_code=status, response=response, esp_name="Brevo")


def _fail_with(monkeypatch, error):
    original = sending._email_for

    def failing(message, connection):
        built = original(message, connection)
        if isinstance(error, AnymailAPIError):
            built.anymail_test_response = error
        else:  # the recipient status an ESP answers with: anymail raises AnymailRecipientsRefused itself
            built.anymail_test_response = {"recipient_status": {message.to_email: error}}
        return built

    monkeypatch.setattr(sending, "_email_for", failing)


def test_transient_esp_failure_is_retried_with_backoff_then_marked_failed(monkeypatch, settings):
    settings.MESSAGING_MAX_ATTEMPTS = 2
    message = services.message_queue(candidate=CandidateFactory(), purpose="one_off", subject="Hi", body="x")
    _fail_with(monkeypatch, _esp_error(503, b'{"message": "Temporarily overloaded"}'))
    assert _send(message)["failed"] == 1
    message.refresh_from_db()
    assert message.status == MessageStatus.QUEUED
    assert message.send_after > timezone.now() + datetime.timedelta(seconds=20)
    assert message.events.last().kind == EventKind.RETRYING
    assert _send(message)["skipped"] == 1  # not due before its backoff
    Message.objects.filter(pk=message.pk).update(send_after=timezone.now())
    _send(message)
    message.refresh_from_db()
    assert message.status == MessageStatus.FAILED
    assert message.status_reason.startswith("The e-mail service kept failing")
    assert "503" in message.status_reason


@pytest.mark.parametrize(
    ("error", "reason"),
    [
        (AnymailRecipientStatus(message_id=None, status="rejected"), "rejected"),
        (_esp_error(400, b'{"code": "invalid_parameter", "message": "email is not valid"}'), "email is not valid"),
    ],
)
def test_permanent_esp_failure_is_failed_with_the_esps_reason(monkeypatch, error, reason):
    message = services.message_queue(candidate=CandidateFactory(), purpose="one_off", subject="Hi", body="x")
    _fail_with(monkeypatch, error)
    _send(message)
    message.refresh_from_db()
    assert message.status == MessageStatus.FAILED
    assert reason in message.status_reason
    assert message.events.last().kind == EventKind.FAILED
    assert not Activity.objects.filter(kind=ActivityKind.EMAIL_SENT).exists()


def _smtp_fails(monkeypatch, error):
    """The SMTP server answers the next send with this error (what Django's SMTP backend raises)."""
    original = sending._email_for

    def failing(message, connection):
        built = original(message, connection)

        def send(fail_silently=False):
            raise error

        built.send = send
        return built

    monkeypatch.setattr(sending, "_email_for", failing)


@pytest.mark.parametrize(
    ("error", "retried"),
    [
        # Greylisting or a full mailbox: every refusal a 4xx, so the server means "later".
        (smtplib.SMTPRecipientsRefused({"x@example.com": (450, b"4.2.1 Mailbox busy, try again")}), True),
        (smtplib.SMTPRecipientsRefused({"x@example.com": (451, b"4.7.1 Greylisted")}), True),
        (smtplib.SMTPSenderRefused(451, b"4.3.0 Temporary local problem", "news@example.com"), True),
        (smtplib.SMTPServerDisconnected("Connection unexpectedly closed"), True),
        (smtplib.SMTPRecipientsRefused({"x@example.com": (550, b"5.1.1 No such user")}), False),
        (smtplib.SMTPDataError(554, b"5.7.1 Message rejected as spam"), False),
    ],
    ids=["recipients-450", "recipients-451", "sender-451", "disconnected", "recipients-550", "data-554"],
)
def test_smtp_refusals_are_retried_only_when_temporary(monkeypatch, error, retried):
    message = services.message_queue(candidate=CandidateFactory(), purpose="one_off", subject="Hi", body="x")
    _smtp_fails(monkeypatch, error)

    assert _send(message)["failed"] == 1

    message.refresh_from_db()
    if retried:
        assert message.status == MessageStatus.QUEUED
        assert message.send_after > timezone.now()
        assert message.events.last().kind == EventKind.RETRYING
    else:
        assert message.status == MessageStatus.FAILED
        assert message.events.last().kind == EventKind.FAILED
    assert mail.outbox == []
    assert not Activity.objects.filter(kind=ActivityKind.EMAIL_SENT).exists()


def test_suppression_and_consent_are_checked_at_send_time():
    candidate = CandidateFactory()
    _marketing_consent(candidate)
    campaign = _template(purpose="campaign", subject_fr="Nouvelles", body_fr="<p>Offres</p>")
    newsletter = services.message_queue(candidate=candidate, purpose="campaign", template=campaign)
    Message.objects.filter(pk=newsletter.pk).update(send_after=None)
    ack = services.message_queue(candidate=candidate, purpose="acknowledgement", template=_template())

    # Unsubscribed from newsletters a minute after both were queued.
    suppression_add(email=candidate.email.upper(), scope="marketing", reason="unsubscribed")
    services.messages_send(message_ids=[newsletter.pk, ack.pk])
    newsletter.refresh_from_db()
    ack.refresh_from_db()
    assert newsletter.status == MessageStatus.SUPPRESSED
    assert "suppression list" in newsletter.status_reason
    assert ack.status == MessageStatus.SENT  # transactional mail about the application still goes
    assert [sent.to for sent in mail.outbox] == [[candidate.email]]

    # A hard bounce stops everything.
    suppression_add(email=candidate.email, scope="all", reason="hard_bounce")
    assert Suppression.objects.get().scope == "all"
    other = services.message_queue(candidate=candidate, purpose="one_off", subject="Hi", body="x")
    _send(other)
    other.refresh_from_db()
    assert other.status == MessageStatus.SUPPRESSED
    assert len(mail.outbox) == 1


def test_marketing_needs_consent_and_do_not_contact_stops_all():
    campaign = _template(purpose="campaign", subject_fr="Nouvelles", body_fr="<p>Offres</p>")
    without_consent = CandidateFactory()
    message = services.message_queue(candidate=without_consent, purpose="campaign", template=campaign)
    Message.objects.filter(pk=message.pk).update(send_after=None)
    _send(message)
    message.refresh_from_db()
    assert message.status == MessageStatus.SUPPRESSED
    assert "not agreed" in message.status_reason

    flagged = CandidateFactory(do_not_contact=True)
    one_off = services.message_queue(candidate=flagged, purpose="one_off", subject="Hi", body="x")
    _send(one_off)
    one_off.refresh_from_db()
    assert one_off.status == MessageStatus.SUPPRESSED
    assert mail.outbox == []


def test_marketing_mail_carries_one_click_unsubscribe_and_a_visible_link(settings):
    settings.MESSAGING_MARKETING_HOURS = (0, 24)  # whatever the clock says when the suite runs
    candidate = CandidateFactory()
    _marketing_consent(candidate)
    campaign = _template(
        purpose="campaign",
        subject_fr="Nouvelles",
        body_fr='<p>Offres. <a href="{{ unsubscribe_url }}">Se désinscrire</a></p>',
    )
    message = services.message_queue(candidate=candidate, purpose="campaign", template=campaign)
    Message.objects.filter(pk=message.pk).update(send_after=None)
    _send(message)
    headers = mail.outbox[0].extra_headers
    assert headers["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    assert headers["List-Unsubscribe"].startswith("<http") and "/messaging/unsubscribe/" in headers["List-Unsubscribe"]
    assert "/messaging/preferences/" in message.body_html  # the visible link, in the body and the footer
    assert "/messaging/preferences/" in message.body_text


def test_marketing_waits_for_the_morning_in_the_persons_time_zone():
    candidate = CandidateFactory(phone="+33612345678")
    night = datetime.datetime(2026, 5, 12, 23, 30, tzinfo=PARIS)
    assert composing.next_window_start(candidate, night) == datetime.datetime(2026, 5, 13, 8, 0, tzinfo=PARIS)
    early = datetime.datetime(2026, 5, 12, 6, 0, tzinfo=PARIS)
    assert composing.next_window_start(candidate, early) == datetime.datetime(2026, 5, 12, 8, 0, tzinfo=PARIS)
    day = datetime.datetime(2026, 5, 12, 15, 0, tzinfo=PARIS)
    assert composing.next_window_start(candidate, day) == day
    montreal = CandidateFactory(phone="", country="CA")
    assert str(composing.recipient_time_zone(montreal)).startswith("America/")


def test_scheduled_send_waits_and_can_be_cancelled():
    later = timezone.now() + datetime.timedelta(hours=2)
    message = services.message_queue(
        candidate=CandidateFactory(),
        purpose="rejection",
        template=_template(purpose="rejection", subject_fr="Réponse", body_fr="<p>Merci</p>"),
        send_at=later,
    )
    assert message.send_after == later
    assert _send(message)["skipped"] == 1
    services.message_cancel(message=message)
    message.refresh_from_db()
    assert message.status == MessageStatus.CANCELLED
    with pytest.raises(services.MessagingError):
        services.message_cancel(message=message)


def test_sweep_dispatches_due_messages_the_broker_never_received(monkeypatch):
    queued: list[list[int]] = []
    monkeypatch.setattr("messaging.tasks.send_batch.delay", lambda ids: queued.append(list(ids)))
    message = services.message_queue(candidate=CandidateFactory(), purpose="one_off", subject="Hi", body="x")
    future = services.message_queue(
        candidate=CandidateFactory(),
        purpose="one_off",
        subject="Later",
        body="x",
        send_at=timezone.now() + datetime.timedelta(days=1),
    )
    assert services.messages_sweep()["dispatched"] == 1
    assert queued == [[message.pk]]
    assert services.messages_sweep()["dispatched"] == 0  # dispatched recently: not queued twice
    assert future.pk not in queued[0]


def test_rate_limit_grants_at_most_the_budget_per_second(settings, monkeypatch):
    settings.MESSAGING_RATE_LIMIT = 3
    settings.MESSAGING_DOMAIN_RATE_LIMITS = {"example.com": 3, "unlimited.example": 0}
    monkeypatch.setattr(sending.time, "time", lambda: 1_800_000_000.25)  # one and the same second
    assert [sending._rate_take("example.com", 2) for _ in range(3)] == [2, 1, 0]
    assert sending._rate_take("other.example.com", 2) == 2  # each sending domain has its own budget
    monkeypatch.setattr(sending.time, "time", lambda: 1_800_000_001.25)  # the next second: a new budget
    assert sending._rate_take("example.com", 5) == 3
    assert sending._rate_take("unlimited.example", 500) == 500


def test_bulk_queue_skips_who_cannot_receive_and_is_safe_to_relaunch(django_assert_max_num_queries):
    template = _template(purpose="campaign", subject_fr="Nouvelles {{ first_name }}", body_fr="<p>Offres</p>")
    people = [CandidateFactory() for _ in range(5)] + [CandidateFactory(email="")]
    with django_assert_max_num_queries(12):
        messages, skipped = services.messages_queue_bulk(candidates=people, template=template, key_prefix="c1:s1")
    assert len(messages) == 5
    assert list(skipped) == [people[-1].pk]
    assert DeliveryEvent.objects.filter(kind=EventKind.QUEUED).count() == 5
    again, _skipped = services.messages_queue_bulk(candidates=people, template=template, key_prefix="c1:s1")
    assert again == []
    assert Message.objects.count() == 5


def test_batch_send_records_everything_in_constant_queries(django_assert_max_num_queries, settings):
    template = _template(purpose="stage_update", subject_fr="Étape", body_fr="<p>{{ first_name }}</p>")
    people = [CandidateFactory() for _ in range(30)]
    messages, _skipped = services.messages_queue_bulk(candidates=people, template=template)
    with django_assert_max_num_queries(16):
        counts = services.messages_send(message_ids=[m.pk for m in messages])
    assert counts == {"sent": 30, "failed": 0, "skipped": 0}
    assert Activity.objects.filter(kind=ActivityKind.EMAIL_SENT).count() == 30
    assert len(mail.outbox) == 30


def test_a_line_break_in_a_subject_never_reaches_a_header():
    message = services.message_queue(
        candidate=CandidateFactory(), purpose="one_off", subject="Bonjour\r\nBcc: evil@example.com", body="x"
    )
    assert message.subject == "Bonjour Bcc: evil@example.com"
    assert _send(message)["sent"] == 1
    assert mail.outbox[0].bcc == []


def test_a_message_that_cannot_be_built_fails_alone_and_the_batch_goes_on(monkeypatch):
    people = [CandidateFactory() for _ in range(3)]
    messages = [services.message_queue(candidate=p, purpose="one_off", subject="Hi", body="x") for p in people]
    original = sending._email_for

    def broken_for_the_second(message, connection):
        if message.pk == messages[1].pk:
            raise ValueError("cannot build this one")
        return original(message, connection)

    monkeypatch.setattr(sending, "_email_for", broken_for_the_second)
    counts = services.messages_send(message_ids=[m.pk for m in messages])
    assert counts == {"sent": 2, "failed": 1, "skipped": 0}
    statuses = dict(Message.objects.filter(pk__in=[m.pk for m in messages]).values_list("pk", "status"))
    assert statuses == {messages[0].pk: "sent", messages[1].pk: "failed", messages[2].pk: "sent"}


def test_replies_go_to_the_sending_recruiter_when_inbound_mail_is_not_set_up(settings):
    settings.MESSAGING_REPLY_DOMAIN = ""
    recruiter = RecruiterFactory(email="romain@example.com")
    template = _template(purpose="interview_invitation", subject_fr="Entretien", body_fr="<p>Répondez-moi</p>")
    message = services.message_queue(
        candidate=CandidateFactory(), purpose="interview_invitation", template=template, actor=recruiter
    )
    assert message.reply_to == "romain@example.com"


def test_a_signature_on_several_lines_keeps_its_line_breaks():
    recruiter = RecruiterFactory(first_name="Romain", last_name="Dubois", email_signature="Romain Dubois\nRecrutement")
    message = services.message_queue(
        candidate=CandidateFactory(),
        purpose="one_off",
        subject="Hi",
        body="<p>{{ recruiter_signature }}</p>",
        actor=recruiter,
    )
    assert "Romain Dubois<br>Recrutement" in message.body_html
    assert "Romain Dubois\nRecrutement" in message.body_text


def test_own_text_reports_every_broken_field_at_once():
    with pytest.raises(services.MessagingError) as refused:
        services.message_queue(
            candidate=CandidateFactory(),
            purpose="one_off",
            subject="Bonjour {{ prenom }}",
            body="<p>{{ nom|upper }}</p>",
        )
    assert refused.value.field == "subject"
    assert "prenom" in refused.value.message
    assert "upper" in refused.value.others["body"]


@contextlib.contextmanager
def _smtp(settings, drop_after):
    with smtp_server(drop_after=drop_after) as port:
        settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
        settings.EMAIL_HOST, settings.EMAIL_PORT, settings.EMAIL_TIMEOUT = "127.0.0.1", port, 2
        yield


@contextlib.contextmanager
def _esp_never_answering(settings):
    with http_server_that_never_answers() as api_url:
        settings.EMAIL_BACKEND = "anymail.backends.postmark.EmailBackend"
        settings.ANYMAIL = {"POSTMARK_SERVER_TOKEN": "test-token", "POSTMARK_API_URL": api_url, "REQUESTS_TIMEOUT": 0.5}
        yield


@pytest.mark.parametrize(
    "server",
    [lambda settings: _smtp(settings, "DATA"), _esp_never_answering],
    ids=["smtp-lost-after-data", "esp-read-timeout"],
)
def test_a_send_that_may_have_left_is_failed_not_retried(settings, server):
    """Retried as transient, these could deliver a second copy: the server may have taken the message."""
    message = services.message_queue(candidate=CandidateFactory(), purpose="one_off", subject="Hi", body="x")

    with server(settings):
        assert _send(message)["failed"] == 1

    message.refresh_from_db()
    assert message.status == MessageStatus.FAILED
    assert "may or may not have left" in message.status_reason
    assert message.events.last().kind == EventKind.FAILED
    assert not message.events.filter(kind=EventKind.RETRYING).exists()


def test_an_smtp_server_lost_before_the_message_was_sent_is_retried(settings):
    message = services.message_queue(candidate=CandidateFactory(), purpose="one_off", subject="Hi", body="x")

    with _smtp(settings, "MAIL"):
        assert _send(message)["failed"] == 1

    message.refresh_from_db()
    assert message.status == MessageStatus.QUEUED
    assert message.events.last().kind == EventKind.RETRYING
