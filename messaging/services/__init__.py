"""Every write of the messaging app. Import from here: ``from messaging.services import message_queue``."""

from .addresses import preferences_read, preferences_url, reply_message_id
from .composing import MessagingError, Outgoing, branding_get, compose, merge_values
from .inbound import reply_notification_send, reply_notifications_sweep
from .sending import (
    message_cancel,
    message_queue,
    message_send_test,
    messages_queue_bulk,
    messages_send,
    messages_sweep,
)
from .templates import TemplateError, branding_update, template_save

__all__ = [
    "MessagingError",
    "Outgoing",
    "TemplateError",
    "branding_get",
    "branding_update",
    "compose",
    "merge_values",
    "message_cancel",
    "message_queue",
    "message_send_test",
    "messages_queue_bulk",
    "messages_send",
    "messages_sweep",
    "preferences_read",
    "preferences_url",
    "reply_message_id",
    "reply_notification_send",
    "reply_notifications_sweep",
    "template_save",
]
