"""Suppression and consent decided at send time, from what the person did through the public pages and the ESP:
an unsubscribe a minute ago stops a campaign queued earlier; transactional mail still reaches someone who only
stopped newsletters; a hard bounce or "stop everything" stops all mail."""

from __future__ import annotations

from urllib.parse import urlsplit

import pytest
from django.core import mail
from django.urls import reverse

from candidates.models import ConsentChannel, ConsentPurpose, LegalBasis
from candidates.services import consent_record
from messaging import services
from messaging.models import DeliveryEvent, EventKind, MessageStatus, Purpose, Suppression, SuppressionScope
from messaging.services.addresses import preferences_token
from tests.factories import CandidateFactory
from tests.messaging.esp_payloads import ANYMAIL_SETTINGS, BREVO_TRACKING, brevo_event, post
from tests.messaging.factories import template_make

pytestmark = pytest.mark.django_db

ADDRESS = "camille.durand@example.org"


@pytest.fixture(autouse=True)
def _always_in_the_sending_window(settings):
    settings.MESSAGING_MARKETING_HOURS = (0, 24)
    settings.ANYMAIL = ANYMAIL_SETTINGS


@pytest.fixture
def candidate():
    person = CandidateFactory(email=ADDRESS, first_name="Camille")
    consent_record(
        candidate=person,
        purpose=ConsentPurpose.MARKETING,
        legal_basis=LegalBasis.CONSENT,
        text_version="news-v1",
        channel=ConsentChannel.CAREER_SITE,
    )
    return person


@pytest.fixture
def campaign():
    return template_make(
        name="Newsletter",
        purpose=Purpose.CAMPAIGN,
        subject_fr="Nos offres de juin",
        body_fr="<p>Bonjour {{ first_name }}, voici nos offres.</p>",
        subject_en="Our June jobs",
        body_en="<p>Hello {{ first_name }}, here are our jobs.</p>",
    )


@pytest.fixture
def acknowledgement():
    return template_make()


def queue(django_capture_on_commit_callbacks, candidate, template, purpose):
    with django_capture_on_commit_callbacks(execute=False):  # the send task is run by hand below
        return services.message_queue(candidate=candidate, purpose=purpose, template=template)


def send(message) -> None:
    mail.outbox = []
    services.messages_send(message_ids=[message.pk])
    message.refresh_from_db()


def one_click(client, candidate) -> None:
    url = reverse("messaging:unsubscribe_one_click", args=[preferences_token(candidate_id=candidate.pk, email=ADDRESS)])
    assert client.post(url, {"List-Unsubscribe": "One-Click"}).status_code == 200


def choose(client, candidate, choice: str) -> None:
    url = reverse("messaging:preferences", args=[preferences_token(candidate_id=candidate.pk, email=ADDRESS)])
    assert client.post(url, {"choice": choice}).status_code == 200


def test_a_campaign_goes_out_with_one_click_headers_that_work(
    client, django_capture_on_commit_callbacks, candidate, campaign
):
    message = queue(django_capture_on_commit_callbacks, candidate, campaign, Purpose.CAMPAIGN)

    send(message)

    assert message.status == MessageStatus.SENT
    [email] = mail.outbox
    assert email.extra_headers["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    header_url = email.extra_headers["List-Unsubscribe"].strip("<>")
    response = client.post(urlsplit(header_url).path, {"List-Unsubscribe": "One-Click"})
    assert response.status_code == 200
    assert Suppression.objects.get(email=ADDRESS).scope == SuppressionScope.MARKETING


def test_an_unsubscribe_a_minute_ago_stops_a_campaign_queued_before(
    client, django_capture_on_commit_callbacks, candidate, campaign
):
    message = queue(django_capture_on_commit_callbacks, candidate, campaign, Purpose.CAMPAIGN)
    one_click(client, candidate)

    send(message)

    assert message.status == MessageStatus.SUPPRESSED
    assert message.status_reason
    assert mail.outbox == []
    assert DeliveryEvent.objects.filter(message=message, kind=EventKind.SUPPRESSED).count() == 1


def test_transactional_mail_still_reaches_someone_who_stopped_newsletters(
    client, django_capture_on_commit_callbacks, candidate, campaign, acknowledgement
):
    choose(client, candidate, "newsletters")
    newsletter = queue(django_capture_on_commit_callbacks, candidate, campaign, Purpose.CAMPAIGN)
    receipt = queue(django_capture_on_commit_callbacks, candidate, acknowledgement, Purpose.ACKNOWLEDGEMENT)

    send(newsletter)
    assert newsletter.status == MessageStatus.SUPPRESSED
    send(receipt)

    assert receipt.status == MessageStatus.SENT
    assert [email.to for email in mail.outbox] == [[ADDRESS]]


def test_stop_everything_stops_transactional_mail_too(
    client, django_capture_on_commit_callbacks, candidate, acknowledgement
):
    receipt = queue(django_capture_on_commit_callbacks, candidate, acknowledgement, Purpose.ACKNOWLEDGEMENT)
    choose(client, candidate, "everything")

    send(receipt)

    assert receipt.status == MessageStatus.SUPPRESSED
    assert mail.outbox == []


def test_resubscribing_lets_the_next_campaign_through(client, django_capture_on_commit_callbacks, candidate, campaign):
    choose(client, candidate, "newsletters")
    choose(client, candidate, "resubscribe")
    message = queue(django_capture_on_commit_callbacks, candidate, campaign, Purpose.CAMPAIGN)

    send(message)

    assert message.status == MessageStatus.SENT
    assert len(mail.outbox) == 1


def test_a_hard_bounce_blocks_everything_after(
    client, django_capture_on_commit_callbacks, monkeypatch, candidate, campaign, acknowledgement
):
    from messaging import tasks

    monkeypatch.setattr(tasks.process_delivery_event, "delay", lambda event_id: tasks.process_delivery_event(event_id))
    first = queue(django_capture_on_commit_callbacks, candidate, acknowledgement, Purpose.ACKNOWLEDGEMENT)
    send(first)
    assert first.status == MessageStatus.SENT
    bounce = brevo_event(
        "hard_bounce",
        email=ADDRESS,
        message_pk=first.pk,
        esp_id=first.esp_message_id,
        reason="550 5.1.1 User unknown",
    )
    with django_capture_on_commit_callbacks(execute=True):
        assert post(client, BREVO_TRACKING, bounce).status_code == 200
    receipt = queue(django_capture_on_commit_callbacks, candidate, acknowledgement, Purpose.ACKNOWLEDGEMENT)
    newsletter = queue(django_capture_on_commit_callbacks, candidate, campaign, Purpose.CAMPAIGN)

    send(receipt)
    send(newsletter)

    first.refresh_from_db()
    assert first.status == MessageStatus.BOUNCED
    assert first.status_reason == "550 5.1.1 User unknown"
    assert receipt.status == MessageStatus.SUPPRESSED
    assert newsletter.status == MessageStatus.SUPPRESSED
    assert mail.outbox == []
