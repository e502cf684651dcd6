"""E-mails to users of the product about something that happened (an application awaits their review, a colleague
mentioned them in a note, a candidate replied), sent by a Celery task on the ``email`` queue instead of inside the
request or webhook that caused them.

The mechanics are the same for every kind of notification, so they live here, next to ``user_email_send``; each
app owns its concrete :class:`~accounts.models.UserNotification` model, its task and what its e-mail says.

- Queued after commit. A broker that is down fails nothing: the row stays ``pending`` and the sweeper (beat)
  queues it again.
- At most once. The row is claimed (``pending`` → ``sending``) in its own committed transaction before the mail
  server is called: a redelivered task finds it ``sending`` or ``sent`` and does nothing. A worker killed in the
  middle of a send leaves it ``sending``; the sweeper settles it as failed rather than risk a second e-mail.
- Transient failures before the e-mail left (network, SMTP 4xx, ESP 5xx or 429:
  :func:`accounts.mail_errors.is_transient`, the rule ``messaging`` follows too) put the row back to ``pending``
  and the task retries with an exponential backoff, up to :data:`MAX_ATTEMPTS`; a copy of the task arriving before
  that backoff is over leaves the row alone. A failure after which the e-mail may have left (no answer from the ESP
  to the request it got, a connection lost during SMTP DATA: :func:`accounts.mail_errors.may_have_left`) is final,
  recorded as "may or may not have left"; so is anything else, with its reason, an error composing the e-mail
  included.
- Checked when sent, not only when created: a user deactivated meanwhile gets nothing.
"""

from __future__ import annotations

import datetime
import logging
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any, TypeVar

from celery import Task, shared_task
from django.conf import settings
from django.db import transaction
from django.db.models import Q
from django.utils import timezone

from .mail_errors import error_text, is_transient, may_have_left
from .models import NotificationStatus, UserNotification
from .services import user_email_send

logger = logging.getLogger(__name__)

Notification = TypeVar("Notification", bound=UserNotification)

MAX_ATTEMPTS = 6
RETRY_FIRST_SECONDS = 60
RETRY_MAX_SECONDS = 3600
# A pending row whose task should have run this long ago was lost (broker restarted, message dropped): queue it again.
# Longer than a busy queue's wait, so that the sweeper seldom queues a second task for a row (harmless if it does).
SWEEP_AFTER = datetime.timedelta(minutes=10)
# Past this age the news is stale: the row is settled as failed instead of sent.
SWEEP_UNTIL = datetime.timedelta(days=2)
# A row still ``sending`` this long after its claim lost its worker mid-send: at least this, and always well beyond
# CELERY_TASK_TIME_LIMIT (see stuck_after()), so that a slow send still running is never taken for a lost one.
STUCK_AFTER = datetime.timedelta(minutes=30)
SWEEP_BATCH = 500
# A task arriving this much before its row's ``task_due_at`` still runs (clocks of workers differ a little).
DUE_SLACK = datetime.timedelta(seconds=10)


class NotificationDeferred(RuntimeError):
    """Sending failed for a reason that may pass (mail server or network): the task retries in ``retry_in`` s."""

    def __init__(self, message: str, *, retry_in: int) -> None:
        super().__init__(message)
        self.retry_in = retry_in


@dataclass(frozen=True)
class UserEmail:
    """What one notification says: the templates ``user_email_send`` renders in the recipient's language (the
    text, and an HTML alternative when ``html_template`` is given)."""

    subject_template: str
    body_template: str
    context: dict[str, Any] = field(default_factory=dict)
    html_template: str = ""


def stuck_after() -> datetime.timedelta:
    """How long after its claim a row still ``sending`` is taken as interrupted: :data:`STUCK_AFTER`, or twice the
    tasks' hard time limit when that is longer (a task past its limit has been killed)."""
    limit = getattr(settings, "CELERY_TASK_TIME_LIMIT", None) or 0
    return max(STUCK_AFTER, 2 * datetime.timedelta(seconds=limit))


def retry_delay(attempts: int) -> int:
    """Seconds before the next try after ``attempts`` tries: 60, 120, 240… at most an hour."""
    return min(RETRY_MAX_SECONDS, RETRY_FIRST_SECONDS * 2 ** max(0, attempts - 1))


def _describe(error: BaseException) -> str:
    text = error_text(error)
    return f"{type(error).__name__}: {text}"[:300] if text else type(error).__name__


def notification_queue(*, model: type[UserNotification], queue: Callable[[int], Any], notification_id: int) -> bool:
    """Hand the send task to the broker now. A broker that is down must not fail anything: the row is marked as
    having no task, and the sweeper queues it at its next run. Returns whether the broker took it."""
    try:
        queue(notification_id)
    except Exception:  # the broker's own errors vary by transport
        logger.warning("Could not queue %s %s; the sweeper will", model.__name__, notification_id, exc_info=True)
        model._default_manager.filter(pk=notification_id, status=NotificationStatus.PENDING).update(task_due_at=None)
        return False
    return True


def notifications_queue_on_commit(
    *, model: type[UserNotification], queue: Callable[[int], Any], notification_ids: Iterable[int]
) -> None:
    """Queue the send task of each row once the current transaction commits (none if it rolls back)."""
    for notification_id in notification_ids:
        transaction.on_commit(
            lambda pk=notification_id: notification_queue(model=model, queue=queue, notification_id=pk)  # type: ignore[misc]
        )


def notification_send_task(*, name: str, send: Callable[..., str]) -> Task[[int], str]:
    """The Celery task that sends one notification: ``send(notification_id=…)`` (the app's service built on
    :func:`notification_send`), retried after the backoff it chose whenever it raises :class:`NotificationDeferred`
    (the failure is already recorded on the row). ``name`` is the task's name, under the app's routed prefix."""

    @shared_task(name=name, bind=True, max_retries=MAX_ATTEMPTS)
    def send_notification(self: Task[[int], str], notification_id: int) -> str:
        try:
            return send(notification_id=notification_id)
        except NotificationDeferred as deferred:  # recorded on the row; try again after the backoff it chose
            raise self.retry(exc=deferred, countdown=deferred.retry_in) from deferred

    return send_notification


def notification_send(
    *,
    model: type[Notification],
    notification_id: int,
    compose: Callable[[Notification], UserEmail | None],
    related: tuple[str, ...] = (),
) -> str:
    """Send one notification, at most once; the whole work of a send task. Returns the row's status afterwards
    (``"gone"`` when it no longer exists).

    ``compose`` says what the e-mail contains, or None when it is not needed any more (the thing it is about is
    gone, the recipient may no longer see it); it runs with the row locked, ``related`` being the relations to
    fetch with it. An exception from it is a recorded failure, not retried. Raises :class:`NotificationDeferred`
    after recording a transient failure, so the task retries.
    """
    with transaction.atomic():
        notification = (
            model._default_manager.select_for_update(of=("self",))
            .select_related("recipient", *related)
            .filter(pk=notification_id)
            .first()
        )
        if notification is None:
            return "gone"
        if notification.status != NotificationStatus.PENDING:
            return str(notification.status)
        if notification.task_due_at is not None and notification.task_due_at > timezone.now() + DUE_SLACK:
            # A retry is due later, after its backoff: this task is another copy (the sweeper's, a redelivery), and
            # leaves the row to that retry (or to the sweeper, should the retry be lost).
            return str(notification.status)
        recipient = notification.recipient
        try:
            # In a savepoint: a database error in compose leaves this transaction usable to record the failure.
            with transaction.atomic():
                email = compose(notification) if recipient.is_active and recipient.email else None
        except Exception as error:  # a bug or bad data: it would fail again at every sweep, so it is final
            notification.status = NotificationStatus.FAILED
            notification.last_error = f"Could not compose the e-mail: {_describe(error)}"[:300]
            notification.save(update_fields=["status", "last_error"])
            logger.exception("%s %s could not be composed", model.__name__, notification.pk)
            return str(notification.status)
        if email is None:
            notification.status = NotificationStatus.SKIPPED
            notification.save(update_fields=["status"])
            return str(notification.status)
        # Committed before the mail server is called: a second worker with the same task finds it taken.
        notification.status = NotificationStatus.SENDING
        notification.attempts += 1
        notification.claimed_at = timezone.now()
        notification.save(update_fields=["status", "attempts", "claimed_at"])
    try:
        user_email_send(
            user=recipient,
            subject_template=email.subject_template,
            body_template=email.body_template,
            html_template=email.html_template,
            context=email.context,
        )
    except Exception as error:  # SMTP, ESP and template errors vary: sorted by is_transient()
        return _record_failure(model, notification, error)
    model._default_manager.filter(pk=notification.pk, status=NotificationStatus.SENDING).update(
        status=NotificationStatus.SENT, sent_at=timezone.now(), last_error=""
    )
    return str(NotificationStatus.SENT)


def _record_failure(model: type[UserNotification], notification: UserNotification, error: BaseException) -> str:
    reason = _describe(error)
    rows = model._default_manager.filter(pk=notification.pk, status=NotificationStatus.SENDING)
    if is_transient(error) and notification.attempts < MAX_ATTEMPTS:
        delay = retry_delay(notification.attempts)
        rows.update(
            status=NotificationStatus.PENDING,
            last_error=reason,
            task_due_at=timezone.now() + datetime.timedelta(seconds=delay),
        )
        logger.info("%s %s not sent (%s): next try in %d s", model.__name__, notification.pk, reason, delay)
        raise NotificationDeferred(reason, retry_in=delay) from error
    if may_have_left(error):
        reason = f"No answer once handed over: it may or may not have left; not sent again. {reason}"[:300]
    elif is_transient(error):
        reason = f"Gave up after {notification.attempts} attempts: {reason}"[:300]
    rows.update(status=NotificationStatus.FAILED, last_error=reason)
    logger.warning("%s %s failed: %s", model.__name__, notification.pk, reason)
    return str(NotificationStatus.FAILED)


def notifications_sweep(
    *, model: type[UserNotification], queue: Callable[[int], Any], now: datetime.datetime | None = None
) -> dict[str, int]:
    """Beat: queue again the pending rows whose task never reached the broker or was lost, and settle the rows
    that can no longer be sent (interrupted mid-send, or too old to be news). Returns counts by outcome."""
    now = now or timezone.now()
    rows = model._default_manager
    interrupted = rows.filter(status=NotificationStatus.SENDING, claimed_at__lte=now - stuck_after()).update(
        status=NotificationStatus.FAILED,
        last_error="Interrupted while sending (worker lost): it may or may not have left; not sent again.",
    )
    expired = rows.filter(status=NotificationStatus.PENDING, created_at__lt=now - SWEEP_UNTIL).update(
        status=NotificationStatus.FAILED, last_error="Not sent in time: too old to be news."
    )
    with transaction.atomic():
        ids = list(
            rows.select_for_update(skip_locked=True)
            .filter(status=NotificationStatus.PENDING, attempts__lt=MAX_ATTEMPTS)
            .filter(Q(task_due_at__isnull=True) | Q(task_due_at__lte=now - SWEEP_AFTER))
            .order_by("pk")
            .values_list("pk", flat=True)[:SWEEP_BATCH]
        )
        # Marked before queueing, so that the next sweep does not queue them again while these tasks wait.
        rows.filter(pk__in=ids).update(task_due_at=now)
    queued = sum(notification_queue(model=model, queue=queue, notification_id=pk) for pk in ids)
    return {"queued": queued, "interrupted": interrupted, "expired": expired}
