"""Receivers this app connects (anymail's webhook signals). Loaded by MessagingConfig.ready().

They only hand the event to a service: the tracking webhook records (one insert) and queues the work; the
inbound webhook stores the reply. An exception here makes anymail answer 500, and the ESP retries later."""

from __future__ import annotations

from typing import Any

from anymail.signals import inbound, tracking

from . import checks  # noqa: F401  (registers the messaging system checks)
from .conf import connect_setting_changes

connect_setting_changes()


def on_tracking(sender: Any, event: Any, esp_name: str, **kwargs: Any) -> None:
    from .services.events import tracking_event_record

    tracking_event_record(event=event, esp_name=esp_name)


def on_inbound(sender: Any, event: Any, esp_name: str, **kwargs: Any) -> None:
    from .services.inbound import inbound_receive

    inbound_receive(event=event, esp_name=esp_name)


tracking.connect(on_tracking, dispatch_uid="messaging.tracking")
inbound.connect(on_inbound, dispatch_uid="messaging.inbound")
