"""Celery tasks of the messaging app: ids in, one service call, nothing else. All on the ``email`` queue."""

from __future__ import annotations

from typing import Any

from celery import shared_task

from accounts.notifications import notification_send_task

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


send_reply_notification = notification_send_task(
    name="messaging.tasks.send_reply_notification", send=services.reply_notification_send
)


@shared_task(name="messaging.tasks.sweep_reply_notifications")
def sweep_reply_notifications() -> dict[str, int]:
    return services.reply_notifications_sweep()
