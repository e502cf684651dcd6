"""Celery tasks of the ats app: ids in, one service call, nothing else. Routed to the ``email`` queue
(``ats.tasks.*`` in CELERY_TASK_ROUTES)."""

from __future__ import annotations

from celery import shared_task

from accounts.notifications import notification_send_task

from .services import collaboration, reviews

send_review_notification = notification_send_task(
    name="ats.tasks.send_review_notification", send=reviews.review_notification_send
)


@shared_task(name="ats.tasks.sweep_review_notifications")
def sweep_review_notifications() -> dict[str, int]:
    return reviews.review_notifications_sweep()


send_mention_notification = notification_send_task(
    name="ats.tasks.send_mention_notification", send=collaboration.mention_notification_send
)


@shared_task(name="ats.tasks.sweep_mention_notifications")
def sweep_mention_notifications() -> dict[str, int]:
    return collaboration.mention_notifications_sweep()
