"""When an application reaches a review stage, each hiring manager of the job gets one e-mail, in their language,
with a link to the application; none for other jobs' managers, none twice for the same stage entry, and the move
never waits for (nor fails because of) the mail server or the broker.

Sent as a user notification (``accounts.notifications``): claimed before the mail server is called (never held
locked across it), retried only when the failure may pass, queued again by the sweeper when its task was lost,
and never sent again after a send interrupted half-way."""

from __future__ import annotations

import datetime
import importlib
import smtplib
from collections.abc import Iterator
from unittest import mock

import pytest
from django.apps import apps as django_apps
from django.conf import settings
from django.core import mail
from django.db import connection, transaction
from django.urls import reverse
from django.utils import timezone

from accounts import notifications
from accounts.models import NotificationStatus, Role
from ats import services, tasks
from ats.models import (
    Application,
    ReviewNotification,
    StageKind,
    StageTransition,
)
from ats.services import collaboration
from tests.ats.factories import make_job
from tests.ats.reviews_factories import make_application
from tests.esp import esp_error
from tests.factories import HiringManagerFactory, RecruiterFactory
from tests.mail_servers import smtp_server

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _empty_outbox() -> Iterator[None]:
    mail.outbox = []
    yield


@pytest.fixture
def worker() -> Iterator[mock.MagicMock]:
    """The send task's .delay, replaced by what a worker does with it: run the task (with its retries) right away,
    so that the tests see the e-mails without a broker. The mock records the ids that would have been queued."""
    with mock.patch.object(
        tasks.send_review_notification,
        "delay",
        side_effect=lambda pk: tasks.send_review_notification.apply(args=[pk]),
    ) as delay:
        yield delay


@pytest.fixture
def broker() -> Iterator[mock.MagicMock]:
    """The send task's .delay, recording what would have been queued (nothing runs it)."""
    with mock.patch.object(tasks.send_review_notification, "delay") as delay:
        yield delay


@pytest.fixture
def job_with_managers():
    french = HiringManagerFactory(first_name="Claire", preferred_language="fr")
    english = HiringManagerFactory(first_name="John", preferred_language="en")
    job = make_job(title="Data engineer")
    job.hiring_managers.add(french, english)
    return job, french, english


def stage(job, kind: str):
    return job.stages.get(kind=kind)


def move(application: Application, kind: str, actor, capture) -> Application:
    with capture(execute=True):
        return services.application_move(application=application, stage=stage(application.job, kind), actor=actor)


def test_each_manager_of_the_job_gets_one_email_in_their_language_with_the_link(
    job_with_managers, worker, django_capture_on_commit_callbacks
):
    job, french, english = job_with_managers
    other_manager = HiringManagerFactory()
    make_job(title="Autre poste").hiring_managers.add(other_manager)
    application = make_application(job=job, in_review=False, first_name="Zoé", last_name="Lefèvre")
    recruiter = RecruiterFactory()

    move(application, StageKind.REVIEW, recruiter, django_capture_on_commit_callbacks)

    assert sorted(message.to[0] for message in mail.outbox) == sorted([french.email, english.email])
    link = settings.SITE_URL.rstrip("/") + reverse("ats:application_detail", kwargs={"pk": application.pk})
    by_recipient = {message.to[0]: message for message in mail.outbox}
    for manager, language in ((french, "fr"), (english, "en")):
        message = by_recipient[manager.email]
        html = message.alternatives[0][0]
        assert f'<html lang="{language}">' in html
        assert link in message.body and f'href="{link}"' in html
        assert "Zoé Lefèvre" in message.subject and "Data engineer" in message.subject
        assert manager.first_name in message.body
    english_message = by_recipient[english.email]
    assert english_message.subject == "To review: Zoé Lefèvre for Data engineer"
    assert by_recipient[french.email].subject == "À évaluer : Zoé Lefèvre pour Data engineer"
    assert "has reached the stage “Revue manager” for the job Data engineer" in english_message.body
    assert other_manager.email not in [address for message in mail.outbox for address in message.to]
    entry = StageTransition.objects.filter(application=application).latest("id")
    assert set(ReviewNotification.objects.values_list("transition_id", "recipient_id", "status")) == {
        (entry.pk, french.pk, NotificationStatus.SENT),
        (entry.pk, english.pk, NotificationStatus.SENT),
    }


def test_the_same_stage_entry_never_sends_twice(job_with_managers, worker, django_capture_on_commit_callbacks):
    job, _, _ = job_with_managers
    application = make_application(job=job, in_review=False)
    recruiter = RecruiterFactory()
    application = move(application, StageKind.REVIEW, recruiter, django_capture_on_commit_callbacks)
    assert len(mail.outbox) == 2

    # A double-clicked move (the second is a no-op), the rows asked for again, the task delivered again.
    move(application, StageKind.REVIEW, recruiter, django_capture_on_commit_callbacks)
    with django_capture_on_commit_callbacks(execute=True):
        entry = StageTransition.objects.filter(application=application).latest("id")
        assert services.review_notifications_create(entry=entry) == []
    for notification in ReviewNotification.objects.all():
        assert tasks.send_review_notification.apply(args=[notification.pk]).result == "sent"

    assert len(mail.outbox) == 2
    assert ReviewNotification.objects.count() == 2


def test_a_new_entry_into_review_notifies_again(job_with_managers, worker, django_capture_on_commit_callbacks):
    job, _, _ = job_with_managers
    application = make_application(job=job, in_review=False)
    recruiter = RecruiterFactory()
    application = move(application, StageKind.REVIEW, recruiter, django_capture_on_commit_callbacks)
    application = move(application, StageKind.INTERVIEW, recruiter, django_capture_on_commit_callbacks)
    move(application, StageKind.REVIEW, recruiter, django_capture_on_commit_callbacks)

    assert len(mail.outbox) == 4
    assert ReviewNotification.objects.values("transition").distinct().count() == 2


def test_no_email_for_a_stage_that_is_not_a_review(job_with_managers, worker, django_capture_on_commit_callbacks):
    job, _, _ = job_with_managers
    application = make_application(job=job, in_review=False)

    move(application, StageKind.SCREEN, RecruiterFactory(), django_capture_on_commit_callbacks)

    assert mail.outbox == []
    assert not ReviewNotification.objects.exists()
    worker.assert_not_called()


def test_the_manager_who_made_the_move_is_not_told_about_it(
    job_with_managers, worker, django_capture_on_commit_callbacks
):
    job, french, english = job_with_managers
    recruiter_and_manager = RecruiterFactory()
    job.hiring_managers.add(recruiter_and_manager)
    application = make_application(job=job, in_review=False)

    move(application, StageKind.REVIEW, recruiter_and_manager, django_capture_on_commit_callbacks)

    assert sorted(message.to[0] for message in mail.outbox) == sorted([french.email, english.email])


def test_inactive_managers_get_nothing(job_with_managers, worker, django_capture_on_commit_callbacks):
    job, french, english = job_with_managers
    english.is_active = False
    english.save(update_fields=["is_active"])
    application = make_application(job=job, in_review=False)

    move(application, StageKind.REVIEW, RecruiterFactory(), django_capture_on_commit_callbacks)

    assert [message.to for message in mail.outbox] == [[french.email]]


def test_the_move_neither_sends_nor_waits_the_email_leaves_from_the_email_queue(
    job_with_managers, django_capture_on_commit_callbacks
):
    job, _, _ = job_with_managers
    application = make_application(job=job, in_review=False)
    with mock.patch.object(tasks.send_review_notification, "delay") as delay:
        move(application, StageKind.REVIEW, RecruiterFactory(), django_capture_on_commit_callbacks)

    assert mail.outbox == []
    assert sorted(call.args[0] for call in delay.call_args_list) == sorted(
        ReviewNotification.objects.values_list("pk", flat=True)
    )
    assert settings.CELERY_TASK_ROUTES["ats.tasks.*"] == {"queue": "email", "routing_key": "email"}
    assert tasks.send_review_notification.name.startswith("ats.tasks.")


def test_broker_down_the_move_is_kept_and_the_sweeper_sends_later(
    job_with_managers, django_capture_on_commit_callbacks
):
    job, french, english = job_with_managers
    application = make_application(job=job, in_review=False)
    with mock.patch.object(tasks.send_review_notification, "delay", side_effect=ConnectionError("broker down")):
        application = move(application, StageKind.REVIEW, RecruiterFactory(), django_capture_on_commit_callbacks)

    assert application.stage.kind == StageKind.REVIEW
    assert list(ReviewNotification.objects.values_list("status", "task_due_at")) == [("pending", None)] * 2
    assert mail.outbox == []

    # Still down at the next sweep: nothing lost, queued at the one after (the rows are known to have no task).
    with mock.patch.object(tasks.send_review_notification, "delay", side_effect=ConnectionError("broker down")):
        assert services.review_notifications_sweep()["queued"] == 0
    with mock.patch.object(
        tasks.send_review_notification,
        "delay",
        side_effect=lambda pk: tasks.send_review_notification.apply(args=[pk]),
    ):
        assert services.review_notifications_sweep()["queued"] == 2
        assert services.review_notifications_sweep()["queued"] == 0  # sent: nothing left

    assert sorted(message.to[0] for message in mail.outbox) == sorted([french.email, english.email])


def test_a_mail_server_failure_is_recorded_and_retried_without_a_duplicate(
    job_with_managers, backoff_over, django_capture_on_commit_callbacks
):
    job, french, english = job_with_managers
    job.hiring_managers.remove(english)
    application = make_application(job=job, in_review=False)
    with mock.patch.object(tasks.send_review_notification, "delay"):
        move(application, StageKind.REVIEW, RecruiterFactory(), django_capture_on_commit_callbacks)
    notification = ReviewNotification.objects.get()

    with (
        mock.patch("django.core.mail.EmailMultiAlternatives.send", side_effect=OSError("SMTP timed out")),
        pytest.raises(notifications.NotificationDeferred),
    ):
        services.review_notification_send(notification_id=notification.pk)
    notification.refresh_from_db()
    assert (notification.status, notification.attempts) == (NotificationStatus.PENDING, 1)
    assert notification.last_error == "OSError: SMTP timed out"
    assert notification.task_due_at > timezone.now()  # the retry is scheduled after a backoff
    assert mail.outbox == []

    backoff_over(ReviewNotification)
    assert services.review_notification_send(notification_id=notification.pk) == "sent"
    assert services.review_notification_send(notification_id=notification.pk) == "sent"
    notification.refresh_from_db()
    assert (notification.status, notification.attempts, notification.last_error) == ("sent", 2, "")
    assert [message.to for message in mail.outbox] == [[french.email]]


def test_news_gone_stale_before_sending_is_skipped(job_with_managers, django_capture_on_commit_callbacks):
    job, _, _ = job_with_managers
    application = make_application(job=job, in_review=False)
    recruiter = RecruiterFactory()
    with mock.patch.object(tasks.send_review_notification, "delay"):
        application = move(application, StageKind.REVIEW, recruiter, django_capture_on_commit_callbacks)
        move(application, StageKind.INTERVIEW, recruiter, django_capture_on_commit_callbacks)

    for notification in ReviewNotification.objects.all():
        assert services.review_notification_send(notification_id=notification.pk) == "skipped"
    assert mail.outbox == []


def test_a_missing_notification_is_a_quiet_no_op():
    assert services.review_notification_send(notification_id=987654) == "gone"


# --- At most once, retried only when it may pass (accounts.notifications) ------------------------------------------


@pytest.fixture
def queued(job_with_managers, broker, django_capture_on_commit_callbacks) -> ReviewNotification:
    """One review e-mail queued (to Claire, in French), its task not run yet."""
    job, _french, english = job_with_managers
    job.hiring_managers.remove(english)
    application = make_application(job=job, in_review=False, first_name="Zoé", last_name="Lefèvre")
    move(application, StageKind.REVIEW, RecruiterFactory(), django_capture_on_commit_callbacks)
    broker.reset_mock()
    return ReviewNotification.objects.get()


def test_the_task_run_twice_sends_once(queued):
    # A task delivered again (acks late, worker restarted), and the sweeper's copy of it.
    first = tasks.send_review_notification.apply(args=[queued.pk])
    second = tasks.send_review_notification.apply(args=[queued.pk])

    assert (first.result, second.result) == ("sent", "sent")
    assert len(mail.outbox) == 1
    queued.refresh_from_db()
    assert (queued.status, queued.attempts, queued.last_error) == (NotificationStatus.SENT, 1, "")
    assert queued.sent_at is not None


def test_a_task_that_finds_the_row_claimed_by_another_worker_does_nothing(queued):
    ReviewNotification.objects.filter(pk=queued.pk).update(
        status=NotificationStatus.SENDING, claimed_at=timezone.now(), attempts=1
    )

    assert tasks.send_review_notification.apply(args=[queued.pk]).result == "sending"
    assert mail.outbox == []


def test_the_row_is_claimed_and_no_transaction_is_held_while_the_mail_server_is_called(queued):
    """The old send held the row locked across the SMTP call: a worker dying after the send but before the commit
    rolled the row back to pending, and the task sent it again."""
    depth = len(connection.atomic_blocks)  # the test's own transaction
    seen = {}
    real_send = notifications.user_email_send

    def send(**kwargs):
        row = ReviewNotification.objects.get(pk=queued.pk)
        seen.update(status=row.status, attempts=row.attempts, depth=len(connection.atomic_blocks))
        real_send(**kwargs)

    with mock.patch.object(notifications, "user_email_send", side_effect=send):
        assert services.review_notification_send(notification_id=queued.pk) == "sent"

    assert seen == {"status": NotificationStatus.SENDING, "attempts": 1, "depth": depth}
    assert len(mail.outbox) == 1


class WorkerLost(BaseException):
    """The worker killed (SIGKILL, out of memory) right after the mail server took the e-mail."""


def test_a_send_interrupted_after_the_mail_left_is_never_sent_again(queued):
    real_send = notifications.user_email_send

    def send_then_die(**kwargs):
        real_send(**kwargs)
        raise WorkerLost

    with mock.patch.object(notifications, "user_email_send", side_effect=send_then_die), pytest.raises(WorkerLost):
        services.review_notification_send(notification_id=queued.pk)
    assert len(mail.outbox) == 1
    queued.refresh_from_db()
    assert (queued.status, queued.attempts) == (NotificationStatus.SENDING, 1)

    # The broker delivers the task again (acks late), the sweeper runs: nothing leaves a second time.
    assert tasks.send_review_notification.apply(args=[queued.pk]).result == "sending"
    assert services.review_notifications_sweep() == {"queued": 0, "interrupted": 0, "expired": 0}
    later = timezone.now() + notifications.STUCK_AFTER + datetime.timedelta(seconds=1)
    assert services.review_notifications_sweep(now=later) == {"queued": 0, "interrupted": 1, "expired": 0}
    assert tasks.send_review_notification.apply(args=[queued.pk]).result == "failed"

    assert len(mail.outbox) == 1
    queued.refresh_from_db()
    assert queued.status == NotificationStatus.FAILED
    assert "may or may not" in queued.last_error


@pytest.mark.parametrize(
    ("error", "reason"),
    [
        (esp_error(400, "email is not valid"), "email is not valid"),
        (smtplib.SMTPRecipientsRefused({"claire@example.com": (550, b"No such user")}), "No such user"),
    ],
    ids=["esp-400", "smtp-550"],
)
def test_a_permanent_failure_is_recorded_and_not_retried(queued, esp_fails, error, reason):
    esp_fails(error)

    with mock.patch.object(tasks.send_review_notification, "retry") as retry:
        assert tasks.send_review_notification.apply(args=[queued.pk]).result == "failed"

    retry.assert_not_called()
    queued.refresh_from_db()
    assert (queued.status, queued.attempts) == (NotificationStatus.FAILED, 1)
    assert reason in queued.last_error
    assert tasks.send_review_notification.apply(args=[queued.pk]).result == "failed"  # and stays so
    assert mail.outbox == []


def test_a_transient_failure_is_recorded_and_retried_with_backoff(queued, esp_fails, backoff_over):
    esp_fails(esp_error(503))
    before = timezone.now()
    with pytest.raises(notifications.NotificationDeferred) as deferred:
        services.review_notification_send(notification_id=queued.pk)

    assert deferred.value.retry_in == 60
    queued.refresh_from_db()
    assert (queued.status, queued.attempts) == (NotificationStatus.PENDING, 1)
    assert "503" in queued.last_error
    assert queued.task_due_at >= before + datetime.timedelta(seconds=60)
    assert mail.outbox == []

    # The task asks Celery for the retry, after the backoff the service chose.
    backoff_over(ReviewNotification)
    esp_fails(smtplib.SMTPRecipientsRefused({"claire@example.com": (451, b"Greylisted, try again later")}))
    with (
        mock.patch.object(tasks.send_review_notification, "retry", side_effect=RuntimeError("retry")) as retry,
        pytest.raises(RuntimeError),
    ):
        tasks.send_review_notification.apply(args=[queued.pk], throw=True)
    assert retry.call_args.kwargs["countdown"] == 120
    assert isinstance(retry.call_args.kwargs["exc"], notifications.NotificationDeferred)

    backoff_over(ReviewNotification)
    assert tasks.send_review_notification.apply(args=[queued.pk]).result == "sent"
    assert len(mail.outbox) == 1
    queued.refresh_from_db()
    assert (queued.status, queued.attempts, queued.last_error) == (NotificationStatus.SENT, 3, "")


def test_the_worker_retries_a_failing_send_until_it_goes(
    job_with_managers, worker, esp_fails, no_backoff, django_capture_on_commit_callbacks
):
    job, french, english = job_with_managers
    job.hiring_managers.remove(english)
    esp_fails(esp_error(503), ConnectionResetError("reset by peer"))

    move(
        make_application(job=job, in_review=False),
        StageKind.REVIEW,
        RecruiterFactory(),
        django_capture_on_commit_callbacks,
    )

    assert [message.to for message in mail.outbox] == [[french.email]]
    notification = ReviewNotification.objects.get()
    assert (notification.status, notification.attempts) == (NotificationStatus.SENT, 3)


def test_after_the_last_attempt_a_transient_failure_is_final(queued, esp_fails):
    ReviewNotification.objects.filter(pk=queued.pk).update(attempts=notifications.MAX_ATTEMPTS - 1)
    esp_fails(TimeoutError("timed out"))

    assert services.review_notification_send(notification_id=queued.pk) == "failed"

    queued.refresh_from_db()
    assert queued.status == NotificationStatus.FAILED
    assert queued.last_error.startswith(f"Gave up after {notifications.MAX_ATTEMPTS} attempts")


def test_a_task_lost_by_the_broker_is_queued_again_once_overdue(queued, broker):
    assert services.review_notifications_sweep()["queued"] == 0  # its task may be on its way
    later = timezone.now() + notifications.SWEEP_AFTER + datetime.timedelta(seconds=1)
    assert services.review_notifications_sweep(now=later)["queued"] == 1
    # Queued again just now: the next sweep leaves it to that task.
    assert services.review_notifications_sweep(now=later)["queued"] == 0
    broker.assert_called_once_with(queued.pk)


def test_news_too_old_is_not_sent(queued, broker):
    ReviewNotification.objects.update(
        created_at=timezone.now() - notifications.SWEEP_UNTIL - datetime.timedelta(minutes=1), task_due_at=None
    )

    assert services.review_notifications_sweep() == {"queued": 0, "interrupted": 0, "expired": 1}
    assert ReviewNotification.objects.get().status == NotificationStatus.FAILED
    broker.assert_not_called()


def test_names_are_written_as_they_are_in_the_subject_and_text_and_escaped_in_html(
    job_with_managers, worker, django_capture_on_commit_callbacks
):
    job, french, _english = job_with_managers
    job.hiring_managers.remove(french)
    job.title = "R&D <embarqué>"
    job.save(update_fields=["title"])
    application = make_application(job=job, in_review=False, first_name="Awa", last_name="N'Diaye")

    move(application, StageKind.REVIEW, RecruiterFactory(), django_capture_on_commit_callbacks)

    [message] = mail.outbox
    assert message.subject == "To review: Awa N'Diaye for R&D <embarqué>"
    assert "Awa N'Diaye has reached the stage" in message.body and "R&D <embarqué>" in message.body
    html = message.alternatives[0][0]
    assert "N&#x27;Diaye" in html and "R&amp;D &lt;embarqué&gt;" in html


def test_a_manager_removed_from_the_job_before_the_send_gets_nothing(queued, job_with_managers):
    _job, french, _english = job_with_managers
    queued.transition.application.job.hiring_managers.remove(french)

    assert tasks.send_review_notification.apply(args=[queued.pk]).result == "skipped"
    assert mail.outbox == []
    queued.refresh_from_db()
    assert (queued.status, queued.attempts) == (NotificationStatus.SKIPPED, 0)


def test_the_migration_keeps_existing_rows_meaningful(queued):
    """0004 moved the rows onto the new mechanism: an abandoned row (every try used, left pending by the old task)
    becomes failed with its reason; the others keep their state, their task due when they were created."""
    migration = importlib.import_module("ats.migrations.0004_review_notification_claim")
    created = timezone.now() - datetime.timedelta(hours=3)
    transition = queued.transition
    others = [
        ReviewNotification.objects.create(transition=transition, recipient=RecruiterFactory(), **fields)
        for fields in (
            {"attempts": 6, "last_error": "SMTPRecipientsRefused: {'x@example.com': (550, b'No such user')}"},
            {"attempts": 2, "last_error": "OSError: SMTP timed out"},
            {"status": NotificationStatus.SENT, "attempts": 1, "sent_at": created},
            {"status": NotificationStatus.SKIPPED},
        )
    ]
    ReviewNotification.objects.update(created_at=created, task_due_at=None)

    migration.settle(django_apps, None)

    rows = {row.pk: row for row in ReviewNotification.objects.all()}
    abandoned, retrying, sent, skipped = (rows[row.pk] for row in others)
    assert abandoned.status == NotificationStatus.FAILED
    assert abandoned.last_error == (
        "Gave up after 6 attempts: SMTPRecipientsRefused: {'x@example.com': (550, b'No such user')}"
    )
    assert (retrying.status, retrying.attempts, retrying.last_error) == ("pending", 2, "OSError: SMTP timed out")
    assert (rows[queued.pk].status, sent.status, skipped.status) == ("pending", "sent", "skipped")
    assert all(row.task_due_at == created for row in rows.values())
    # The sweeper picks the pending ones up as lost (their task long overdue).
    with mock.patch.object(tasks.send_review_notification, "delay") as delay:
        assert services.review_notifications_sweep()["queued"] == 2
    assert sorted(call.args[0] for call in delay.call_args_list) == sorted([queued.pk, retrying.pk])


# --- Written with the move ------------------------------------------------------------------------------------------


def test_the_rows_commit_with_the_move_so_a_process_dying_after_the_commit_loses_nothing(
    job_with_managers, broker, django_capture_on_commit_callbacks
):
    """The rows were written by a receiver of ``application_moved``, sent after the commit: a web process killed
    between the commit and the receiver lost the e-mails for good."""
    job, french, english = job_with_managers
    application = make_application(job=job, in_review=False)

    with django_capture_on_commit_callbacks(execute=False) as callbacks:  # the process dies: nothing after commit
        services.application_move(application=application, stage=stage(job, StageKind.REVIEW), actor=None)

    assert callbacks  # the task and the signal were only to follow
    entry = StageTransition.objects.filter(application=application).latest("id")
    assert set(ReviewNotification.objects.values_list("transition_id", "recipient_id", "status")) == {
        (entry.pk, french.pk, NotificationStatus.PENDING),
        (entry.pk, english.pk, NotificationStatus.PENDING),
    }
    later = timezone.now() + notifications.SWEEP_AFTER + datetime.timedelta(seconds=1)
    assert services.review_notifications_sweep(now=later)["queued"] == 2
    assert sorted(call.args[0] for call in broker.call_args_list) == sorted(
        ReviewNotification.objects.values_list("pk", flat=True)
    )


def test_a_move_that_rolls_back_leaves_no_row(job_with_managers, broker, django_capture_on_commit_callbacks):
    job, _french, _english = job_with_managers
    application = make_application(job=job, in_review=False)

    with django_capture_on_commit_callbacks(execute=True), pytest.raises(RuntimeError), transaction.atomic():
        services.application_move(application=application, stage=stage(job, StageKind.REVIEW), actor=None)
        raise RuntimeError("the request failed later")

    assert not ReviewNotification.objects.exists()
    broker.assert_not_called()


def test_a_bulk_move_into_review_notifies_for_each_application(
    job_with_managers, broker, django_capture_on_commit_callbacks
):
    job, _french, _english = job_with_managers
    applications = [make_application(job=job, in_review=False) for _ in range(2)]

    with django_capture_on_commit_callbacks(execute=True):
        result = collaboration.applications_bulk_move(
            job=job, applications=applications, stage=stage(job, StageKind.REVIEW), actor=RecruiterFactory()
        )

    assert sorted(result.done) == sorted(application.pk for application in applications)
    assert ReviewNotification.objects.count() == 4
    assert broker.call_count == 4


def test_applications_moved_into_review_by_a_removed_stage_are_notified_too(
    job_with_managers, broker, django_capture_on_commit_callbacks
):
    job, french, english = job_with_managers
    application = make_application(job=job, in_review=False)
    screen = stage(job, StageKind.SCREEN)
    Application.objects.filter(pk=application.pk).update(stage=screen)
    recruiter = RecruiterFactory()

    with django_capture_on_commit_callbacks(execute=True):
        assert services.stage_remove(stage=screen, move_to=stage(job, StageKind.REVIEW), actor=recruiter) == 1

    entry = StageTransition.objects.filter(application=application).latest("id")
    assert set(ReviewNotification.objects.values_list("transition_id", "recipient_id")) == {
        (entry.pk, french.pk),
        (entry.pk, english.pk),
    }
    assert broker.call_count == 2


def test_a_manager_who_may_no_longer_see_the_application_gets_nothing(queued, job_with_managers):
    """Still listed as a hiring manager of the job, but their role changed to recruiter and the job is
    confidential (recruiters see those only when they recruit for them): the pages answer 404, so no e-mail."""
    job, french, _english = job_with_managers
    job.confidential = True
    job.save(update_fields=["confidential"])
    french.role = Role.RECRUITER
    french.save(update_fields=["role"])
    assert job.hiring_managers.filter(pk=french.pk).exists()

    assert tasks.send_review_notification.apply(args=[queued.pk]).result == "skipped"
    assert mail.outbox == []


def _query_fails(_notification):
    with connection.cursor() as cursor:
        cursor.execute("SELECT 1 / 0")


@pytest.mark.parametrize(
    ("compose", "reason"),
    [
        (mock.Mock(side_effect=KeyError("stage_name")), "Could not compose the e-mail: KeyError: 'stage_name'"),
        (_query_fails, "Could not compose the e-mail: DataError: division by zero"),
    ],
    ids=["bug", "database-error"],
)
def test_an_email_that_cannot_be_composed_is_recorded_as_failed_not_swept_for_ever(queued, broker, compose, reason):
    """compose ran before the claim: its exception left the row pending, attempts unchanged, and the sweeper queued
    it again every ten minutes for two days without ever recording why."""
    with mock.patch("ats.services.reviews._review_email", compose):
        assert tasks.send_review_notification.apply(args=[queued.pk]).result == "failed"

    queued.refresh_from_db()
    assert (queued.status, queued.attempts) == (NotificationStatus.FAILED, 0)
    assert queued.last_error.startswith(reason)
    later = timezone.now() + notifications.SWEEP_AFTER + datetime.timedelta(seconds=1)
    assert services.review_notifications_sweep(now=later) == {"queued": 0, "interrupted": 0, "expired": 0}
    broker.assert_not_called()
    assert mail.outbox == []


def test_reversing_the_migration_leaves_nothing_the_old_sweeper_would_send_again(queued):
    """Reversed, 0004 turned failed rows (an interrupted send among them) back to pending with their attempts
    unchanged: the old sweeper (pending, attempts < 6) sent them again."""
    migration = importlib.import_module("ats.migrations.0004_review_notification_claim")
    transition = queued.transition
    interrupted, refused, retrying = (
        ReviewNotification.objects.create(transition=transition, recipient=RecruiterFactory(), **fields)
        for fields in (
            {"status": NotificationStatus.FAILED, "attempts": 1, "last_error": "Interrupted while sending"},
            {"status": NotificationStatus.FAILED, "attempts": 7, "last_error": "Gave up after 7 attempts"},
            {"status": NotificationStatus.PENDING, "attempts": 2, "last_error": "OSError: SMTP timed out"},
        )
    )

    migration.unsettle(django_apps, None)

    rows = {row.pk: (row.status, row.attempts) for row in ReviewNotification.objects.all()}
    assert rows[interrupted.pk] == ("pending", migration.OLD_MAX_ATTEMPTS)
    assert rows[refused.pk] == ("pending", 7)
    assert rows[retrying.pk] == ("pending", 2)  # still worth the old sweeper's tries
    # What the old sweeper would have queued: pending rows with tries left.
    assert set(
        ReviewNotification.objects.filter(status="pending", attempts__lt=migration.OLD_MAX_ATTEMPTS).values_list(
            "pk", flat=True
        )
    ) == {queued.pk, retrying.pk}


def test_a_copy_of_the_task_arriving_during_the_backoff_leaves_the_row_to_the_retry(queued, esp_fails, backoff_over):
    """A second task for the row (the sweeper's, a redelivery) claimed it at once after a transient failure,
    skipping the backoff the retry was waiting for."""
    esp_fails(esp_error(503))
    with pytest.raises(notifications.NotificationDeferred):
        services.review_notification_send(notification_id=queued.pk)

    assert tasks.send_review_notification.apply(args=[queued.pk]).result == "pending"
    queued.refresh_from_db()
    assert (queued.status, queued.attempts) == (NotificationStatus.PENDING, 1)
    assert mail.outbox == []

    backoff_over(ReviewNotification)  # the retry's countdown ends
    assert tasks.send_review_notification.apply(args=[queued.pk]).result == "sent"
    assert len(mail.outbox) == 1


def test_a_send_is_taken_as_interrupted_only_well_past_the_tasks_time_limit(queued, settings):
    """STUCK_AFTER was a fixed 30 minutes: with a longer CELERY_TASK_TIME_LIMIT, a slow send still running was
    settled as failed (and its e-mail, leaving a moment later, recorded as never sent)."""
    settings.CELERY_TASK_TIME_LIMIT = 3600
    claimed = timezone.now() - datetime.timedelta(minutes=45)
    ReviewNotification.objects.filter(pk=queued.pk).update(
        status=NotificationStatus.SENDING, claimed_at=claimed, attempts=1
    )

    assert services.review_notifications_sweep()["interrupted"] == 0
    later = claimed + datetime.timedelta(hours=2, seconds=1)
    assert services.review_notifications_sweep(now=later)["interrupted"] == 1


@pytest.mark.parametrize(("drop_after", "status"), [("DATA", "failed"), ("MAIL", "pending")])
def test_a_send_that_may_have_left_is_final_one_that_did_not_is_retried(queued, settings, drop_after, status):
    """A connection lost once the mail server had the whole message was retried: a second copy could arrive."""
    with smtp_server(drop_after=drop_after) as port:
        settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
        settings.EMAIL_HOST, settings.EMAIL_PORT, settings.EMAIL_TIMEOUT = "127.0.0.1", port, 2
        with mock.patch.object(tasks.send_review_notification, "retry", side_effect=RuntimeError("retry")) as retry:
            tasks.send_review_notification.apply(args=[queued.pk])

    queued.refresh_from_db()
    assert (queued.status, queued.attempts) == (status, 1)
    if status == "failed":
        retry.assert_not_called()
        assert queued.last_error.startswith("No answer once handed over: it may or may not have left; not sent again.")
        assert "SMTPServerDisconnected" in queued.last_error
    else:
        assert retry.call_args.kwargs["countdown"] == 60
