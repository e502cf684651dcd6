"""Celery tasks of the ats app: ids in, one service call, nothing else. Routed to the ``email`` queue
(``ats.tasks.*`` in CELERY_TASK_ROUTES)."""

from __future__ import annotations

from celery import Task, shared_task

from accounts.notifications import MAX_ATTEMPTS, NotificationDeferred

from .services import collaboration, reviews


@shared_task(name="ats.tasks.send_review_notification", bind=True, max_retries=MAX_ATTEMPTS)
def send_review_notification(self: Task, notification_id: int) -> str:
    try:
        return reviews.review_notification_send(notification_id=notification_id)
    except NotificationDeferred as deferred:  # recorded on the row; try again after the backoff it chose
        raise self.retry(exc=deferred, countdown=deferred.retry_in) from deferred


@shared_task(name="ats.tasks.sweep_review_notifications")
def sweep_review_notifications() -> dict[str, int]:
    return reviews.review_notifications_sweep()


@shared_task(name="ats.tasks.send_mention_notification", bind=True, max_retries=MAX_ATTEMPTS)
def send_mention_notification(self: Task, notification_id: int) -> str:
    try:
        return collaboration.mention_notification_send(notification_id=notification_id)
    except NotificationDeferred as deferred:  # recorded on the row; try again after the backoff it chose
        raise self.retry(exc=deferred, countdown=deferred.retry_in) from deferred


@shared_task(name="ats.tasks.sweep_mention_notifications")
def sweep_mention_notifications() -> dict[str, int]:
    return collaboration.mention_notifications_sweep()
