"""When an application reaches a review stage, each hiring manager of the job gets one e-mail, in their language,
with a link to the application; none for other jobs' managers, none twice for the same stage entry, and the move
never waits for (nor fails because of) the mail server or the broker."""

from __future__ import annotations

from collections.abc import Iterator
from unittest import mock

import pytest
from django.conf import settings
from django.core import mail
from django.urls import reverse
from django.utils import timezone

from ats import services, tasks
from ats.models import (
    Application,
    ReviewNotification,
    ReviewNotificationStatus,
    StageKind,
    StageTransition,
)
from ats.services import reviews
from ats.signals import application_moved
from tests.ats.factories import make_job
from tests.ats.reviews_factories import make_application
from tests.factories import HiringManagerFactory, RecruiterFactory

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _empty_outbox() -> Iterator[None]:
    mail.outbox = []
    yield


@pytest.fixture
def worker() -> Iterator[mock.MagicMock]:
    """The send task's .delay, replaced by running the task right away (what a worker would do), so that the
    tests see the e-mails without a broker. The mock records the ids that would have been queued."""
    with mock.patch.object(
        tasks.send_review_notification, "delay", side_effect=lambda pk: tasks.send_review_notification(pk)
    ) as delay:
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
    assert "has reached the stage “Revue manager” for the job Data engineer" in english_message.body
    assert other_manager.email not in [address for message in mail.outbox for address in message.to]
    entry = StageTransition.objects.filter(application=application).latest("id")
    assert set(ReviewNotification.objects.values_list("transition_id", "recipient_id", "status")) == {
        (entry.pk, french.pk, ReviewNotificationStatus.SENT),
        (entry.pk, english.pk, ReviewNotificationStatus.SENT),
    }


def test_the_same_stage_entry_never_sends_twice(job_with_managers, worker, django_capture_on_commit_callbacks):
    job, _, _ = job_with_managers
    application = make_application(job=job, in_review=False)
    recruiter = RecruiterFactory()
    application = move(application, StageKind.REVIEW, recruiter, django_capture_on_commit_callbacks)
    assert len(mail.outbox) == 2

    # A double-clicked move (the second is a no-op), the signal received again, the task delivered again.
    move(application, StageKind.REVIEW, recruiter, django_capture_on_commit_callbacks)
    with django_capture_on_commit_callbacks(execute=True):
        application_moved.send(
            sender=Application,
            application_id=application.pk,
            from_stage_id=stage(job, StageKind.APPLIED).pk,
            to_stage_id=application.stage_id,
        )
    for notification in ReviewNotification.objects.all():
        assert tasks.send_review_notification(notification.pk) == "sent"

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
    assert list(ReviewNotification.objects.values_list("status", flat=True)) == ["pending", "pending"]
    assert mail.outbox == []

    later = timezone.now() + reviews.SWEEP_AFTER + timezone.timedelta(seconds=1)
    with mock.patch.object(
        tasks.send_review_notification, "delay", side_effect=lambda pk: tasks.send_review_notification(pk)
    ):
        assert services.review_notifications_sweep(now=timezone.now()) == 0  # too early: its task may be on its way
        assert services.review_notifications_sweep(now=later) == 2
        assert services.review_notifications_sweep(now=later) == 0  # sent: nothing left

    assert sorted(message.to[0] for message in mail.outbox) == sorted([french.email, english.email])


def test_a_mail_server_failure_is_recorded_and_retried_without_a_duplicate(
    job_with_managers, django_capture_on_commit_callbacks
):
    job, french, english = job_with_managers
    job.hiring_managers.remove(english)
    application = make_application(job=job, in_review=False)
    with mock.patch.object(tasks.send_review_notification, "delay"):
        move(application, StageKind.REVIEW, RecruiterFactory(), django_capture_on_commit_callbacks)
    notification = ReviewNotification.objects.get()

    with (
        mock.patch("django.core.mail.EmailMultiAlternatives.send", side_effect=OSError("SMTP timed out")),
        pytest.raises(reviews.NotificationDeferred),
    ):
        services.review_notification_send(notification_id=notification.pk)
    notification.refresh_from_db()
    assert (notification.status, notification.attempts) == (ReviewNotificationStatus.PENDING, 1)
    assert notification.last_error == "OSError: SMTP timed out"
    assert mail.outbox == []

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
    assert services.review_notifications_create(application_id=987654, stage_id=1) == []
