"""Replies through the inbound webhooks (Brevo's inbound parsing and Mailjet's parse API payloads): threaded into
the candidate's conversation and timeline, the owner notified in their language, ``message_replied`` sent."""

from __future__ import annotations

from unittest import mock

import pytest
from django.core import mail
from django.urls import reverse

from candidates.models import Activity, ActivityKind
from messaging import tasks
from messaging.models import DeliveryEvent, Direction, EventKind, Message, MessageStatus
from messaging.services.addresses import reply_address
from messaging.signals import message_replied
from tests.factories import CandidateFactory, RecruiterFactory
from tests.messaging.esp_payloads import (
    ANYMAIL_SETTINGS,
    BREVO_INBOUND,
    MAILJET_INBOUND,
    brevo_inbound,
    mailjet_inbound,
    post,
)
from tests.messaging.factories import MessageFactory

pytestmark = pytest.mark.django_db

ADDRESS = "camille.durand@example.org"


@pytest.fixture(autouse=True)
def _webhook_secret(settings):
    settings.ANYMAIL = ANYMAIL_SETTINGS


@pytest.fixture(autouse=True)
def _worker():
    """The notification task's .delay, replaced by what a worker does with it (run it), so that these tests see
    the owner's e-mail; that the webhook itself sends nothing is tested in test_reply_notifications."""
    with mock.patch.object(
        tasks.send_reply_notification, "delay", side_effect=lambda pk: tasks.send_reply_notification.apply(args=[pk])
    ):
        yield


@pytest.fixture
def replies():
    sent: list[dict] = []

    def handler(sender, **kwargs):
        sent.append({key: kwargs[key] for key in ("message_id", "candidate_id", "in_reply_to_id")})

    message_replied.connect(handler, dispatch_uid="test.replied")
    yield sent
    message_replied.disconnect(dispatch_uid="test.replied")


@pytest.fixture
def owner():
    return RecruiterFactory(email="lea.martin@example.com", preferred_language="en")


@pytest.fixture
def original(owner):
    candidate = CandidateFactory(email=ADDRESS, first_name="Camille", last_name="Durand", owner=owner)
    message = MessageFactory(candidate=candidate, to_email=ADDRESS, subject="Votre candidature", created_by=owner)
    Message.objects.filter(pk=message.pk).update(reply_to=reply_address(message.pk))
    message.refresh_from_db()
    return message


def receive(client, django_capture_on_commit_callbacks, url, payload):
    with django_capture_on_commit_callbacks(execute=True):
        response = post(client, url, payload)
    assert response.status_code == 200, response.content
    return response


@pytest.mark.parametrize("esp", ["brevo", "mailjet"])
def test_a_reply_to_the_signed_address_is_threaded(client, django_capture_on_commit_callbacks, replies, original, esp):
    url, payload = (
        (BREVO_INBOUND, brevo_inbound(to=original.reply_to))
        if esp == "brevo"
        else (MAILJET_INBOUND, mailjet_inbound(to=original.reply_to))
    )
    mail.outbox = []

    receive(client, django_capture_on_commit_callbacks, url, payload)

    reply = Message.objects.get(direction=Direction.INBOUND)
    assert reply.candidate == original.candidate
    assert reply.in_reply_to == original
    assert reply.status == MessageStatus.RECEIVED
    assert reply.to_email == original.reply_to
    assert reply.from_email == f"Camille Durand <{ADDRESS}>"
    assert reply.esp_name == esp
    assert reply.esp_message_id.startswith("<CA")
    if esp == "brevo":
        assert reply.subject == "Re: Votre candidature"
        assert reply.body_text == "Bonjour,\nJe suis disponible mardi.\n"
        assert "<b>mardi</b>" in reply.body_html
        assert "<script" not in reply.body_html and "onerror" not in reply.body_html
    else:
        assert reply.subject == "Re: Votre candidature – été"
        assert reply.body_text == "Merci, à bientôt ! 👋\n"
    [activity] = Activity.objects.filter(candidate=original.candidate, kind=ActivityKind.EMAIL_REPLIED)
    assert activity.payload == {"message": reply.pk, "subject": reply.subject, "in_reply_to": original.pk}
    assert DeliveryEvent.objects.filter(message=original, kind=EventKind.REPLIED).count() == 1
    assert replies == [{"message_id": reply.pk, "candidate_id": original.candidate_id, "in_reply_to_id": original.pk}]
    [notification] = mail.outbox
    assert notification.to == ["lea.martin@example.com"]
    assert notification.subject == f"Camille Durand replied: {reply.subject}"
    assert reverse("candidates:detail", kwargs={"pk": original.candidate_id}) in notification.body
    assert "mardi" not in notification.body  # only a link: the reply stays in the product


@pytest.mark.parametrize("language", ["fr", "en"])
def test_the_notification_is_written_in_the_owners_language(
    client, django_capture_on_commit_callbacks, monkeypatch, original, owner, language
):
    # The words come from the catalogs (the lead completes the French one): what is proven here is that the
    # e-mail is rendered in the owner's language, whatever the request's.
    from django.utils import translation

    from accounts import services as account_services

    rendered_in: list[str] = []
    real = account_services.render_to_string

    def spy(*args, **kwargs):
        rendered_in.append(translation.get_language())
        return real(*args, **kwargs)

    monkeypatch.setattr(account_services, "render_to_string", spy)
    owner.preferred_language = language
    owner.save(update_fields=["preferred_language"])
    mail.outbox = []

    with translation.override("fr" if language == "en" else "en"):
        receive(client, django_capture_on_commit_callbacks, BREVO_INBOUND, brevo_inbound(to=original.reply_to))

    assert rendered_in == [language, language]
    assert len(mail.outbox) == 1


def test_without_an_owner_the_sender_of_the_original_is_notified(client, django_capture_on_commit_callbacks, original):
    sender = RecruiterFactory(email="sender@example.com", preferred_language="en")
    original.candidate.owner = None
    original.candidate.save(update_fields=["owner"])
    Message.objects.filter(pk=original.pk).update(created_by=sender)
    mail.outbox = []

    receive(client, django_capture_on_commit_callbacks, BREVO_INBOUND, brevo_inbound(to=original.reply_to))

    assert [m.to for m in mail.outbox] == [["sender@example.com"]]


def test_a_redelivered_inbound_email_is_stored_once(client, django_capture_on_commit_callbacks, replies, original):
    payload = mailjet_inbound(to=original.reply_to)
    receive(client, django_capture_on_commit_callbacks, MAILJET_INBOUND, payload)
    mail.outbox = []

    receive(client, django_capture_on_commit_callbacks, MAILJET_INBOUND, payload)

    assert Message.objects.filter(direction=Direction.INBOUND).count() == 1
    assert Activity.objects.filter(kind=ActivityKind.EMAIL_REPLIED).count() == 1
    assert len(replies) == 1
    assert mail.outbox == []


def test_a_known_sender_without_token_is_threaded_to_their_profile(client, django_capture_on_commit_callbacks, replies):
    candidate = CandidateFactory(email=ADDRESS)

    receive(
        client,
        django_capture_on_commit_callbacks,
        BREVO_INBOUND,
        brevo_inbound(to="recrutement@example.com", sender="Camille.Durand@Example.org"),
    )

    reply = Message.objects.get(direction=Direction.INBOUND)
    assert reply.candidate == candidate
    assert reply.in_reply_to is None
    assert replies == [{"message_id": reply.pk, "candidate_id": candidate.pk, "in_reply_to_id": None}]


def test_a_forged_token_from_a_stranger_is_dropped_with_200(
    client, django_capture_on_commit_callbacks, replies, original
):
    forged = original.reply_to.replace(original.reply_to.split("-")[-1].split("@")[0], "0" * 16)
    mail.outbox = []

    receive(
        client,
        django_capture_on_commit_callbacks,
        BREVO_INBOUND,
        brevo_inbound(to=forged, sender="stranger@example.net"),
    )

    assert not Message.objects.filter(direction=Direction.INBOUND).exists()
    assert not Activity.objects.filter(kind=ActivityKind.EMAIL_REPLIED).exists()
    assert replies == []
    assert mail.outbox == []


def test_a_reply_from_another_address_with_a_valid_token_is_threaded(
    client, django_capture_on_commit_callbacks, original
):
    receive(
        client,
        django_capture_on_commit_callbacks,
        MAILJET_INBOUND,
        mailjet_inbound(to=original.reply_to, sender="camille.perso@example.net"),
    )

    reply = Message.objects.get(direction=Direction.INBOUND)
    assert reply.candidate == original.candidate
    assert reply.in_reply_to == original
