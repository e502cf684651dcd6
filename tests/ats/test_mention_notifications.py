"""A colleague mentioned in a note gets one e-mail, sent by a task on the ``email`` queue after the commit: never
by the request that wrote the note, never twice (a task delivered again, two workers), retried when the ESP or the
network fails for a while, queued again by the sweeper when the broker lost it, and not at all for someone who
left (deactivated) or may no longer read the application."""

from __future__ import annotations

import datetime
import smtplib
from collections.abc import Iterator
from unittest import mock

import pytest
from django.conf import settings
from django.core import mail
from django.db import transaction
from django.urls import reverse
from django.utils import timezone

from accounts import notifications
from accounts.models import NotificationStatus
from ats import services, tasks
from ats.models import MentionNotification
from ats.services.collaboration import application_note_add
from tests.ats.factories import make_job
from tests.ats.workspace_helpers import add
from tests.esp import esp_error
from tests.factories import HiringManagerFactory, RecruiterFactory

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _empty_outbox() -> Iterator[None]:
    mail.outbox = []
    yield


@pytest.fixture
def broker() -> Iterator[mock.MagicMock]:
    """The task's .delay, recording what would have been queued (nothing runs it)."""
    with mock.patch.object(tasks.send_mention_notification, "delay") as delay:
        yield delay


@pytest.fixture
def worker() -> Iterator[mock.MagicMock]:
    """The task's .delay, replaced by what a worker does with it: run the task (with its retries) right away."""
    with mock.patch.object(
        tasks.send_mention_notification,
        "delay",
        side_effect=lambda pk: tasks.send_mention_notification.apply(args=[pk]),
    ) as delay:
        yield delay


@pytest.fixture
def people():
    author = RecruiterFactory(first_name="Léa", last_name="Martin")
    hugo = RecruiterFactory(email="hugo@example.com", first_name="Hugo", last_name="Roux", preferred_language="en")
    jeanne = HiringManagerFactory(email="jeanne@example.com", first_name="Jeanne", last_name="Dupont")
    job = make_job(title="Soudeur")
    job.hiring_managers.add(jeanne)
    application = add(job, first_name="Zoé", last_name="Lefèvre")
    return author, hugo, jeanne, application


def write_note(application, author, text, capture) -> None:
    with capture(execute=True):
        application_note_add(application=application, author=author, text=text)


def test_the_request_that_writes_the_note_sends_nothing_and_queues_one_task_per_person(
    client, people, broker, django_capture_on_commit_callbacks
):
    author, hugo, jeanne, application = people
    client.force_login(author)

    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            reverse("ats:application_detail", kwargs={"pk": application.pk}),
            {"operation": "note", "text": "@hugo et @Jeanne Dupont : à voir."},
        )

    assert response.status_code == 302
    assert mail.outbox == []
    rows = list(MentionNotification.objects.order_by("recipient__email"))
    assert [(row.recipient, row.status, row.attempts) for row in rows] == [
        (hugo, NotificationStatus.PENDING, 0),
        (jeanne, NotificationStatus.PENDING, 0),
    ]
    assert sorted(call.args[0] for call in broker.call_args_list) == sorted(row.pk for row in rows)
    assert all(row.task_due_at is not None for row in rows)  # the broker took them: no sweeping needed


def test_nothing_is_queued_when_the_note_is_rolled_back(people, broker, django_capture_on_commit_callbacks):
    author, _hugo, _jeanne, application = people
    with (
        django_capture_on_commit_callbacks(execute=True) as callbacks,
        pytest.raises(RuntimeError),
        transaction.atomic(),
    ):
        application_note_add(application=application, author=author, text="@hugo")
        raise RuntimeError("rolled back")
    assert callbacks == []
    assert not MentionNotification.objects.exists()
    broker.assert_not_called()


def test_the_worker_sends_it_in_the_recipients_language_with_the_link(
    people, worker, django_capture_on_commit_callbacks
):
    author, _hugo, _jeanne, application = people

    write_note(application, author, "@hugo : à voir.", django_capture_on_commit_callbacks)

    [email] = mail.outbox
    assert email.to == ["hugo@example.com"]
    assert email.subject == "Léa Martin mentioned you about Zoé Lefèvre (Soudeur)"
    link = settings.SITE_URL.rstrip("/") + reverse("ats:application_detail", kwargs={"pk": application.pk})
    assert link in email.body
    notification = MentionNotification.objects.get()
    assert (notification.status, notification.attempts, notification.last_error) == ("sent", 1, "")
    assert notification.sent_at is not None


def test_the_task_sends_once_even_when_run_twice(people, broker, django_capture_on_commit_callbacks):
    author, _hugo, _jeanne, application = people
    write_note(application, author, "@hugo", django_capture_on_commit_callbacks)
    notification = MentionNotification.objects.get()

    # A task delivered again (acks late, worker restarted), and the sweeper's copy of it.
    first = tasks.send_mention_notification.apply(args=[notification.pk])
    second = tasks.send_mention_notification.apply(args=[notification.pk])

    assert (first.result, second.result) == ("sent", "sent")
    assert len(mail.outbox) == 1
    notification.refresh_from_db()
    assert notification.attempts == 1


def test_a_task_that_finds_the_row_claimed_by_another_worker_does_nothing(
    people, broker, django_capture_on_commit_callbacks
):
    author, _hugo, _jeanne, application = people
    write_note(application, author, "@hugo", django_capture_on_commit_callbacks)
    notification = MentionNotification.objects.get()
    MentionNotification.objects.filter(pk=notification.pk).update(
        status=NotificationStatus.SENDING, claimed_at=timezone.now(), attempts=1
    )

    assert services.mention_notification_send(notification_id=notification.pk) == "sending"
    assert mail.outbox == []


def test_a_transient_failure_is_recorded_and_retried_with_backoff(
    people, broker, esp_fails, backoff_over, django_capture_on_commit_callbacks
):
    author, _hugo, _jeanne, application = people
    write_note(application, author, "@hugo", django_capture_on_commit_callbacks)
    notification = MentionNotification.objects.get()
    esp_fails(esp_error(503))

    before = timezone.now()
    with pytest.raises(notifications.NotificationDeferred) as deferred:
        services.mention_notification_send(notification_id=notification.pk)

    assert deferred.value.retry_in == 60
    notification.refresh_from_db()
    assert (notification.status, notification.attempts) == (NotificationStatus.PENDING, 1)
    assert "503" in notification.last_error
    assert notification.task_due_at >= before + datetime.timedelta(seconds=60)
    assert mail.outbox == []

    # The task asks Celery for the retry, after the backoff the service chose.
    backoff_over(MentionNotification)
    esp_fails(smtplib.SMTPServerDisconnected("Connection unexpectedly closed"))
    with (
        mock.patch.object(tasks.send_mention_notification, "retry", side_effect=RuntimeError("retry")) as retry,
        pytest.raises(RuntimeError),
    ):
        tasks.send_mention_notification.apply(args=[notification.pk], throw=True)
    assert retry.call_args.kwargs["countdown"] == 120
    assert isinstance(retry.call_args.kwargs["exc"], notifications.NotificationDeferred)

    # The retry itself goes through: one e-mail.
    backoff_over(MentionNotification)
    result = tasks.send_mention_notification.apply(args=[notification.pk])
    assert result.result == "sent"
    assert [email.to for email in mail.outbox] == [["hugo@example.com"]]
    notification.refresh_from_db()
    assert (notification.status, notification.attempts, notification.last_error) == ("sent", 3, "")


def test_the_worker_retries_a_failing_send_until_it_goes(
    people, worker, esp_fails, no_backoff, django_capture_on_commit_callbacks
):
    author, _hugo, _jeanne, application = people
    esp_fails(esp_error(503), ConnectionResetError("reset by peer"))

    write_note(application, author, "@hugo", django_capture_on_commit_callbacks)

    assert [email.to for email in mail.outbox] == [["hugo@example.com"]]
    notification = MentionNotification.objects.get()
    assert (notification.status, notification.attempts) == ("sent", 3)


def test_a_permanent_failure_is_recorded_and_not_retried(people, broker, esp_fails, django_capture_on_commit_callbacks):
    author, _hugo, _jeanne, application = people
    write_note(application, author, "@hugo", django_capture_on_commit_callbacks)
    notification = MentionNotification.objects.get()
    esp_fails(esp_error(400, "email is not valid"))

    assert services.mention_notification_send(notification_id=notification.pk) == "failed"

    notification.refresh_from_db()
    assert (notification.status, notification.attempts) == (NotificationStatus.FAILED, 1)
    assert "email is not valid" in notification.last_error
    assert services.mention_notification_send(notification_id=notification.pk) == "failed"  # and stays so
    assert mail.outbox == []


def test_after_the_last_attempt_a_transient_failure_is_final(
    people, broker, esp_fails, django_capture_on_commit_callbacks
):
    author, _hugo, _jeanne, application = people
    write_note(application, author, "@hugo", django_capture_on_commit_callbacks)
    notification = MentionNotification.objects.get()
    MentionNotification.objects.filter(pk=notification.pk).update(attempts=notifications.MAX_ATTEMPTS - 1)
    esp_fails(TimeoutError("timed out"))

    assert services.mention_notification_send(notification_id=notification.pk) == "failed"

    notification.refresh_from_db()
    assert notification.status == NotificationStatus.FAILED
    assert notification.last_error.startswith(f"Gave up after {notifications.MAX_ATTEMPTS} attempts")


def test_broker_down_the_note_is_kept_and_the_sweeper_queues_the_email(people, django_capture_on_commit_callbacks):
    author, _hugo, _jeanne, application = people
    with mock.patch.object(tasks.send_mention_notification, "delay", side_effect=ConnectionError("broker down")):
        write_note(application, author, "@hugo", django_capture_on_commit_callbacks)

    notification = MentionNotification.objects.get()
    assert (notification.status, notification.task_due_at) == (NotificationStatus.PENDING, None)
    assert mail.outbox == []

    # Still down at the next sweep: nothing lost, tried again at the one after.
    with mock.patch.object(tasks.send_mention_notification, "delay", side_effect=ConnectionError("broker down")):
        assert services.mention_notifications_sweep()["queued"] == 0
    with mock.patch.object(
        tasks.send_mention_notification,
        "delay",
        side_effect=lambda pk: tasks.send_mention_notification.apply(args=[pk]),
    ) as delay:
        assert services.mention_notifications_sweep()["queued"] == 1
        assert services.mention_notifications_sweep()["queued"] == 0  # sent: nothing left

    delay.assert_called_once_with(notification.pk)
    assert [email.to for email in mail.outbox] == [["hugo@example.com"]]


def test_a_task_lost_by_the_broker_is_queued_again_once_overdue(people, broker, django_capture_on_commit_callbacks):
    author, _hugo, _jeanne, application = people
    write_note(application, author, "@hugo", django_capture_on_commit_callbacks)
    notification = MentionNotification.objects.get()
    broker.reset_mock()

    assert notifications.notifications_sweep(model=MentionNotification, queue=broker)["queued"] == 0  # on its way
    later = timezone.now() + notifications.SWEEP_AFTER + datetime.timedelta(seconds=1)
    assert notifications.notifications_sweep(model=MentionNotification, queue=broker, now=later)["queued"] == 1
    # Queued again just now: the next sweep leaves it to that task.
    assert notifications.notifications_sweep(model=MentionNotification, queue=broker, now=later)["queued"] == 0
    broker.assert_called_once_with(notification.pk)


def test_a_send_interrupted_by_a_lost_worker_is_settled_as_failed_not_sent_again(
    people, broker, django_capture_on_commit_callbacks
):
    author, _hugo, _jeanne, application = people
    write_note(application, author, "@hugo", django_capture_on_commit_callbacks)
    notification = MentionNotification.objects.get()
    MentionNotification.objects.filter(pk=notification.pk).update(
        status=NotificationStatus.SENDING, attempts=1, claimed_at=timezone.now()
    )
    assert services.mention_notifications_sweep()["interrupted"] == 0  # maybe still sending

    MentionNotification.objects.filter(pk=notification.pk).update(
        claimed_at=timezone.now() - notifications.STUCK_AFTER - datetime.timedelta(seconds=1)
    )
    assert services.mention_notifications_sweep() == {"queued": 0, "interrupted": 1, "expired": 0}

    notification.refresh_from_db()
    assert notification.status == NotificationStatus.FAILED
    assert "may or may not" in notification.last_error
    assert mail.outbox == []


def test_news_too_old_is_not_sent(people, broker, django_capture_on_commit_callbacks):
    author, _hugo, _jeanne, application = people
    write_note(application, author, "@hugo", django_capture_on_commit_callbacks)
    MentionNotification.objects.update(
        created_at=timezone.now() - notifications.SWEEP_UNTIL - datetime.timedelta(minutes=1), task_due_at=None
    )
    broker.reset_mock()

    assert services.mention_notifications_sweep() == {"queued": 0, "interrupted": 0, "expired": 1}
    assert MentionNotification.objects.get().status == NotificationStatus.FAILED
    broker.assert_not_called()


def test_a_user_deactivated_before_the_send_gets_nothing(people, broker, django_capture_on_commit_callbacks):
    author, hugo, _jeanne, application = people
    write_note(application, author, "@hugo", django_capture_on_commit_callbacks)
    hugo.is_active = False
    hugo.save(update_fields=["is_active"])
    notification = MentionNotification.objects.get()

    assert tasks.send_mention_notification.apply(args=[notification.pk]).result == "skipped"

    assert mail.outbox == []
    notification.refresh_from_db()
    assert (notification.status, notification.attempts) == (NotificationStatus.SKIPPED, 0)


def test_someone_who_may_no_longer_read_the_application_gets_nothing(
    people, broker, django_capture_on_commit_callbacks
):
    author, _hugo, jeanne, application = people
    write_note(application, author, "@jeanne", django_capture_on_commit_callbacks)
    application.job.hiring_managers.remove(jeanne)

    notification = MentionNotification.objects.get()
    assert services.mention_notification_send(notification_id=notification.pk) == "skipped"
    assert mail.outbox == []


def test_a_note_whose_author_is_gone_still_tells_who_in_the_recipients_language(
    people, broker, django_capture_on_commit_callbacks
):
    author, _hugo, _jeanne, application = people
    write_note(application, author, "@hugo", django_capture_on_commit_callbacks)
    author.delete()

    services.mention_notification_send(notification_id=MentionNotification.objects.get().pk)

    [email] = mail.outbox
    assert email.subject == "A colleague mentioned you about Zoé Lefèvre (Soudeur)"


def test_a_missing_notification_is_a_quiet_no_op():
    assert services.mention_notification_send(notification_id=987654) == "gone"


def test_the_tasks_go_to_the_email_queue_and_the_sweeper_runs_on_beat():
    assert tasks.send_mention_notification.name.startswith("ats.tasks.")
    assert settings.CELERY_TASK_ROUTES["ats.tasks.*"] == {"queue": "email", "routing_key": "email"}
    assert "ats.tasks.sweep_mention_notifications" in {
        entry["task"] for entry in settings.CELERY_BEAT_SCHEDULE.values()
    }


def test_names_in_the_subject_are_written_as_they_are_not_html_escaped(broker, django_capture_on_commit_callbacks):
    author = RecruiterFactory(first_name="Léa", last_name="O'Neil")
    RecruiterFactory(email="hugo@example.com", first_name="Hugo", last_name="Roux", preferred_language="en")
    application = add(make_job(title="R&D <embarqué>"), first_name="Awa", last_name="N'Diaye")
    write_note(application, author, "@hugo", django_capture_on_commit_callbacks)

    services.mention_notification_send(notification_id=MentionNotification.objects.get().pk)

    [email] = mail.outbox
    assert email.subject == "Léa O'Neil mentioned you about Awa N'Diaye (R&D <embarqué>)"
