"""The recruiter told of a candidate's reply: the inbound webhook stores the reply and queues the e-mail (it never
sends it), a task on the ``email`` queue sends it once however often it runs, retries when the ESP or the network
fails for a while, the sweeper queues it again when the broker lost it, and a recruiter who left gets nothing."""

from __future__ import annotations

import datetime
from collections.abc import Iterator
from unittest import mock

import pytest
from django.conf import settings
from django.core import mail
from django.utils import timezone

from accounts import notifications
from accounts.models import NotificationStatus, Role
from messaging import services, tasks
from messaging.models import Direction, Message, ReplyNotification
from messaging.services.addresses import reply_address
from tests.esp import esp_error
from tests.factories import CandidateFactory, RecruiterFactory
from tests.messaging.esp_payloads import ANYMAIL_SETTINGS, BREVO_INBOUND, brevo_inbound, post
from tests.messaging.factories import MessageFactory

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _webhook_secret(settings):
    settings.ANYMAIL = ANYMAIL_SETTINGS


@pytest.fixture(autouse=True)
def _empty_outbox() -> Iterator[None]:
    mail.outbox = []
    yield


@pytest.fixture
def broker() -> Iterator[mock.MagicMock]:
    """The task's .delay, recording what would have been queued (nothing runs it)."""
    with mock.patch.object(tasks.send_reply_notification, "delay") as delay:
        yield delay


@pytest.fixture
def owner():
    return RecruiterFactory(email="lea.martin@example.com", first_name="Léa", preferred_language="en")


@pytest.fixture
def original(owner):
    candidate = CandidateFactory(
        email="camille.durand@example.org", first_name="Camille", last_name="Durand", owner=owner
    )
    message = MessageFactory(
        candidate=candidate, to_email=candidate.email, subject="Votre candidature", created_by=owner
    )
    Message.objects.filter(pk=message.pk).update(reply_to=reply_address(message.pk))
    message.refresh_from_db()
    return message


def receive(client, capture, original) -> Message:
    with capture(execute=True):
        response = post(client, BREVO_INBOUND, brevo_inbound(to=original.reply_to))
    assert response.status_code == 200, response.content
    return Message.objects.get(direction=Direction.INBOUND)


def test_the_webhook_stores_the_reply_and_queues_the_email_without_sending_it(
    client, broker, original, owner, django_capture_on_commit_callbacks
):
    reply = receive(client, django_capture_on_commit_callbacks, original)

    assert mail.outbox == []
    notification = ReplyNotification.objects.get()
    assert (notification.message, notification.recipient, notification.status) == (
        reply,
        owner,
        NotificationStatus.PENDING,
    )
    broker.assert_called_once_with(notification.pk)


def test_the_task_sends_once_even_when_run_twice(client, broker, original, django_capture_on_commit_callbacks):
    reply = receive(client, django_capture_on_commit_callbacks, original)
    notification = ReplyNotification.objects.get()

    first = tasks.send_reply_notification.apply(args=[notification.pk])
    second = tasks.send_reply_notification.apply(args=[notification.pk])

    assert (first.result, second.result) == ("sent", "sent")
    [email] = mail.outbox
    assert email.to == ["lea.martin@example.com"]
    assert email.subject == f"Camille Durand replied: {reply.subject}"
    notification.refresh_from_db()
    assert (notification.status, notification.attempts) == (NotificationStatus.SENT, 1)


def test_a_redelivered_webhook_creates_no_second_notification(
    client, broker, original, django_capture_on_commit_callbacks
):
    payload = brevo_inbound(to=original.reply_to)
    for _attempt in range(2):
        with django_capture_on_commit_callbacks(execute=True):
            assert post(client, BREVO_INBOUND, payload).status_code == 200

    assert ReplyNotification.objects.count() == 1
    assert broker.call_count == 1


def test_a_failing_send_is_retried_then_goes_once(
    client, broker, esp_fails, original, backoff_over, no_backoff, django_capture_on_commit_callbacks
):
    receive(client, django_capture_on_commit_callbacks, original)
    notification = ReplyNotification.objects.get()
    esp_fails(esp_error(502))

    with pytest.raises(notifications.NotificationDeferred):
        services.reply_notification_send(notification_id=notification.pk)
    notification.refresh_from_db()
    assert (notification.status, notification.attempts) == (NotificationStatus.PENDING, 1)
    assert "502" in notification.last_error
    assert mail.outbox == []

    # What the worker does with it, once the backoff is over: the task retries (eagerly here) until the ESP takes it.
    backoff_over(ReplyNotification)
    esp_fails(esp_error(429, "Too many requests"))
    result = tasks.send_reply_notification.apply(args=[notification.pk])

    assert result.result == "sent"
    assert [email.to for email in mail.outbox] == [["lea.martin@example.com"]]
    notification.refresh_from_db()
    assert (notification.status, notification.attempts, notification.last_error) == ("sent", 3, "")


def test_broker_down_the_reply_is_kept_and_the_sweeper_queues_the_email(
    client, original, django_capture_on_commit_callbacks
):
    with mock.patch.object(tasks.send_reply_notification, "delay", side_effect=ConnectionError("broker down")):
        receive(client, django_capture_on_commit_callbacks, original)
    notification = ReplyNotification.objects.get()
    assert notification.task_due_at is None
    assert mail.outbox == []

    with mock.patch.object(
        tasks.send_reply_notification, "delay", side_effect=lambda pk: tasks.send_reply_notification.apply(args=[pk])
    ):
        assert tasks.sweep_reply_notifications.apply().result == {"queued": 1, "interrupted": 0, "expired": 0}
        assert services.reply_notifications_sweep()["queued"] == 0

    assert [email.to for email in mail.outbox] == [["lea.martin@example.com"]]


def test_a_task_lost_after_the_broker_took_it_is_queued_again_once_overdue(
    client, broker, original, django_capture_on_commit_callbacks
):
    receive(client, django_capture_on_commit_callbacks, original)
    notification = ReplyNotification.objects.get()
    broker.reset_mock()

    assert services.reply_notifications_sweep()["queued"] == 0
    ReplyNotification.objects.update(
        task_due_at=timezone.now() - notifications.SWEEP_AFTER - datetime.timedelta(seconds=1)
    )
    assert services.reply_notifications_sweep()["queued"] == 1
    broker.assert_called_once_with(notification.pk)


def test_a_recruiter_deactivated_before_the_send_gets_nothing(
    client, broker, original, owner, django_capture_on_commit_callbacks
):
    receive(client, django_capture_on_commit_callbacks, original)
    owner.is_active = False
    owner.save(update_fields=["is_active"])

    notification = ReplyNotification.objects.get()
    assert tasks.send_reply_notification.apply(args=[notification.pk]).result == "skipped"
    assert mail.outbox == []


def test_an_inactive_owner_is_not_even_queued(client, broker, original, owner, django_capture_on_commit_callbacks):
    owner.is_active = False
    owner.save(update_fields=["is_active"])

    receive(client, django_capture_on_commit_callbacks, original)

    assert not ReplyNotification.objects.exists()
    broker.assert_not_called()


def test_a_recruiter_who_may_no_longer_see_the_person_is_not_told_at_send_time(
    client, broker, original, owner, django_capture_on_commit_callbacks
):
    receive(client, django_capture_on_commit_callbacks, original)
    owner.role = Role.HIRING_MANAGER  # hiring managers reach people only through their jobs
    owner.save(update_fields=["role"])

    notification = ReplyNotification.objects.get()
    assert tasks.send_reply_notification.apply(args=[notification.pk]).result == "skipped"
    assert mail.outbox == []


def test_an_owner_who_may_not_see_the_person_is_not_even_queued(
    client, broker, original, owner, django_capture_on_commit_callbacks
):
    owner.role = Role.HIRING_MANAGER
    owner.save(update_fields=["role"])

    reply = receive(client, django_capture_on_commit_callbacks, original)

    assert reply.candidate == original.candidate  # the reply is still threaded into the timeline
    assert not ReplyNotification.objects.exists()
    broker.assert_not_called()


def test_the_tasks_go_to_the_email_queue_and_the_sweeper_runs_on_beat():
    assert tasks.send_reply_notification.name.startswith("messaging.tasks.")
    assert settings.CELERY_TASK_ROUTES["messaging.tasks.*"] == {"queue": "email", "routing_key": "email"}
    assert "messaging.tasks.sweep_reply_notifications" in {
        entry["task"] for entry in settings.CELERY_BEAT_SCHEDULE.values()
    }


def test_the_subject_is_written_as_it_is_not_html_escaped(client, broker, original, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        response = post(client, BREVO_INBOUND, brevo_inbound(to=original.reply_to, subject="Re: R&D <poste> d'été"))
    assert response.status_code == 200

    services.reply_notification_send(notification_id=ReplyNotification.objects.get().pk)

    [email] = mail.outbox
    assert email.subject == "Camille Durand replied: Re: R&D <poste> d'été"
