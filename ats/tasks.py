"""Celery tasks of the ats app: ids in, one service call, nothing else. Routed to the ``email`` queue
(``ats.tasks.*`` in CELERY_TASK_ROUTES)."""

from __future__ import annotations

from celery import shared_task

from .services import reviews


@shared_task(
    name="ats.tasks.send_review_notification",
    autoretry_for=(reviews.NotificationDeferred,),
    retry_backoff=60,
    retry_backoff_max=3600,
    max_retries=reviews.MAX_ATTEMPTS - 1,
)
def send_review_notification(notification_id: int) -> str:
    return reviews.review_notification_send(notification_id=notification_id)


@shared_task(name="ats.tasks.sweep_review_notifications")
def sweep_review_notifications() -> int:
    return reviews.review_notifications_sweep()
