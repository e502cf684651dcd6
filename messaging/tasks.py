"""Celery tasks of the messaging app: ids in, one service call, nothing else. All on the ``email`` queue."""

from __future__ import annotations

from typing import Any

from celery import Task, shared_task

from accounts.notifications import MAX_ATTEMPTS, NotificationDeferred

from . import services


@shared_task(name="messaging.tasks.send_message")
def send_message(message_id: int) -> dict[str, int]:
    return services.messages_send(message_ids=[message_id])


@shared_task(name="messaging.tasks.send_batch")
def send_batch(message_ids: list[int]) -> dict[str, int]:
    return services.messages_send(message_ids=list(message_ids))


@shared_task(name="messaging.tasks.sweep_messages")
def sweep_messages() -> dict[str, int]:
    return services.messages_sweep()


@shared_task(name="messaging.tasks.process_delivery_event")
def process_delivery_event(event_id: int) -> Any:
    from .services.events import delivery_event_apply

    return delivery_event_apply(event_id=event_id)


@shared_task(name="messaging.tasks.send_reply_notification", bind=True, max_retries=MAX_ATTEMPTS)
def send_reply_notification(self: Task, notification_id: int) -> str:
    try:
        return services.reply_notification_send(notification_id=notification_id)
    except NotificationDeferred as deferred:  # recorded on the row; try again after the backoff it chose
        raise self.retry(exc=deferred, countdown=deferred.retry_in) from deferred


@shared_task(name="messaging.tasks.sweep_reply_notifications")
def sweep_reply_notifications() -> dict[str, int]:
    return services.reply_notifications_sweep()
