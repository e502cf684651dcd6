"""ESP tracking events: recorded by the webhook (fast, one insert, replay-safe), applied by a task.

The webhook only writes a :class:`DeliveryEvent` (unique on ``dedupe_key``: a replayed event is a no-op) and
queues :func:`delivery_event_apply` after commit. Applying moves the message's status forward, writes the
candidate's timeline and the suppression list. When the broker is down the event is still recorded, and the
messaging sweeper applies what is left unprocessed (:func:`delivery_events_sweep`).
"""

from __future__ import annotations

import datetime
import hashlib
import json
import logging
from typing import Any

from django.db import IntegrityError, transaction
from django.db.models import Q
from django.utils import timezone

from candidates.models import ActivityKind, ConsentChannel, ConsentPurpose
from candidates.services import activity_record, consent_withdraw

from ..models import (
    STATUS_RANK,
    DeliveryEvent,
    Direction,
    EventKind,
    Message,
    MessageStatus,
    SuppressionReason,
    SuppressionScope,
)
from .suppression import preferences_update, suppression_add

logger = logging.getLogger(__name__)

# anymail's normalized event types (anymail.signals.EventType) → our kinds; anything else is "unknown".
EVENT_KINDS = {
    "queued": EventKind.QUEUED,
    "sent": EventKind.SENT,
    "deferred": EventKind.DEFERRED,
    "delivered": EventKind.DELIVERED,
    "opened": EventKind.OPENED,
    "clicked": EventKind.CLICKED,
    "bounced": EventKind.BOUNCED,
    "rejected": EventKind.REJECTED,
    "complained": EventKind.COMPLAINED,
    "unsubscribed": EventKind.UNSUBSCRIBED,
    "failed": EventKind.FAILED,
}

# The status an event moves a message to (only ever forward, by STATUS_RANK). A soft bounce, a deferral, an
# unsubscribe and unknown events change no status: they are history.
STATUS_FOR_KIND = {
    EventKind.SENT: MessageStatus.SENT,
    EventKind.DELIVERED: MessageStatus.DELIVERED,
    EventKind.OPENED: MessageStatus.OPENED,
    EventKind.CLICKED: MessageStatus.CLICKED,
    EventKind.BOUNCED: MessageStatus.BOUNCED,
    EventKind.COMPLAINED: MessageStatus.COMPLAINED,
    EventKind.REJECTED: MessageStatus.FAILED,
    EventKind.FAILED: MessageStatus.FAILED,
}

HARD_REJECT_REASONS = frozenset({"bounced", "invalid"})
# Keys of an ESP's payload never worth keeping in the history: message bodies, raw MIME, attachments.
BULKY_KEYS = frozenset(
    {"body", "html", "text", "content", "raw", "raw_message", "rawmessage", "attachments", "headers", "mail"}
)
MAX_STRING = 1000
MAX_RAW_BYTES = 16_000
# An event not applied this long after it arrived was lost on its way to the broker: the sweeper applies it.
SWEEP_AFTER = datetime.timedelta(minutes=1)


# --- Recording (the webhook) ----------------------------------------------------------------------------------


def _trim(value: Any, depth: int = 0) -> Any:
    """A JSON-safe, size-bounded copy of an ESP payload."""
    if hasattr(value, "lists"):  # a QueryDict (form-encoded webhooks): its single values
        value = {key: values[0] if len(values) == 1 else values for key, values in value.lists()}
    if isinstance(value, dict):
        if depth > 4:
            return "…"
        return {str(key): _trim(item, depth + 1) for key, item in value.items() if str(key).lower() not in BULKY_KEYS}
    if isinstance(value, list | tuple):
        return [_trim(item, depth + 1) for item in list(value)[:50]]
    if isinstance(value, str):
        return value if len(value) <= MAX_STRING else value[:MAX_STRING] + "…"
    if value is None or isinstance(value, bool | int | float):
        return value
    return _trim(str(value), depth)


def trimmed_payload(esp_event: Any) -> Any:
    trimmed = _trim(esp_event)
    if len(json.dumps(trimmed, default=str)) > MAX_RAW_BYTES and isinstance(trimmed, dict):
        # Still too big: keep the top-level scalars (event name, ids, times, reasons).
        trimmed = {key: item for key, item in trimmed.items() if not isinstance(item, dict | list)}
    return trimmed


def is_hard_bounce(*, esp_name: str, event_type: str, reject_reason: str | None, esp_event: Any) -> bool:
    """A bounce that will not go away (unknown mailbox, invalid domain). Brevo normalizes its ``soft_bounce`` to
    the same type and reason as ``hard_bounce``, and Mailjet marks soft bounces with ``hard_bounce: false``:
    read the ESP's own field where it has one, else anymail's reject reason."""
    if event_type != "bounced":
        return False
    payload = esp_event if isinstance(esp_event, dict) else {}
    esp = esp_name.lower()
    if esp in ("brevo", "sendinblue") and payload.get("event") == "soft_bounce":
        return False
    if esp == "mailjet" and "hard_bounce" in payload:
        return bool(payload.get("hard_bounce"))
    if esp == "amazonses":
        bounce = payload.get("bounce")
        if isinstance(bounce, dict) and bounce.get("bounceType") == "Transient":
            return False
    return (reject_reason or "") in HARD_REJECT_REASONS


def _dedupe_key(*, esp: str, event: Any, event_type: str) -> str:
    if event.event_id:
        key = f"{esp}:{event.event_id}"
        if len(key) <= 200:
            return key
    parts = [
        esp,
        str(event.message_id or ""),
        event_type,
        event.timestamp.isoformat() if event.timestamp else "",
        str(event.recipient or "").lower(),
        str(event.click_url or ""),
    ]
    return f"{esp}:sha256:" + hashlib.sha256("\x1f".join(parts).encode()).hexdigest()


def _description(event: Any, kind: EventKind) -> str:
    if kind == EventKind.CLICKED and event.click_url:
        return str(event.click_url)[:1000]
    text = event.mta_response or event.description or ""
    return " ".join(str(text).split())[:1000]


def _queue_apply(event_id: int) -> None:
    from ..tasks import process_delivery_event

    try:
        process_delivery_event.delay(event_id)
    except Exception:  # broker down: the event is recorded; the sweeper applies it
        logger.warning("Could not queue delivery event %s; the sweeper will apply it", event_id, exc_info=True)


def tracking_event_record(*, event: Any, esp_name: str) -> DeliveryEvent | None:
    """Record one anymail tracking event (the webhook's whole work). Returns None for a replay."""
    esp = (esp_name or "").lower()
    event_type = str(event.event_type or "unknown")
    kind = EVENT_KINDS.get(event_type, EventKind.UNKNOWN)
    metadata = event.metadata if isinstance(event.metadata, dict) else {}
    row = DeliveryEvent(
        kind=kind,
        occurred_at=event.timestamp or timezone.now(),
        esp_name=esp[:40],
        esp_message_id=str(event.message_id or "")[:255],
        dedupe_key=_dedupe_key(esp=esp, event=event, event_type=event_type),
        recipient=str(event.recipient or "")[:254],
        description=_description(event, kind),
        raw={
            "esp": trimmed_payload(event.esp_event),
            # What applying needs, as anymail normalized it (the ESP's own fields differ from one to another).
            "normalized": {
                "event_type": event_type,
                "reject_reason": event.reject_reason,
                "metadata": _trim(metadata),
                "hard_bounce": is_hard_bounce(
                    esp_name=esp, event_type=event_type, reject_reason=event.reject_reason, esp_event=event.esp_event
                ),
            },
        },
    )
    try:
        with transaction.atomic():
            row.save()
    except IntegrityError:
        logger.info("Delivery event %s already recorded (a replay): ignored", row.dedupe_key)
        return None
    transaction.on_commit(lambda: _queue_apply(row.pk))
    return row


# --- Applying (the task) --------------------------------------------------------------------------------------


def _same_address(left: str, right: str) -> bool:
    return left.strip().lower() == right.strip().lower()


def _find_message(event: DeliveryEvent) -> Message | None:
    """Our message for this event: by the id we put in the ESP's metadata, else by the ESP's message id (and
    the recipient, when the ESP gives one)."""
    outbound = Message.objects.filter(direction=Direction.OUTBOUND)
    metadata = (event.raw.get("normalized") or {}).get("metadata") or {}
    message_id = str(metadata.get("message_id", "")) if isinstance(metadata, dict) else ""
    if message_id.isdigit():
        message = outbound.filter(pk=int(message_id)).first()
        # The number alone is guessable: the recipient (which every supported ESP sends) must agree.
        if message is not None and event.recipient and _same_address(message.to_email, event.recipient):
            return message
    if event.esp_message_id:
        bare = event.esp_message_id.strip().strip("<>")
        candidates = outbound.filter(
            Q(esp_message_id=event.esp_message_id) | Q(esp_message_id=bare) | Q(esp_message_id=f"<{bare}>")
        )
        if event.recipient:
            candidates = candidates.filter(to_email__iexact=event.recipient)
        return candidates.order_by("-pk").first()
    return None


def _first_of_kind(event: DeliveryEvent, message: Message, **extra: Any) -> bool:
    return (
        not DeliveryEvent.objects.filter(message=message, kind=event.kind, processed_at__isnull=False, **extra)
        .exclude(pk=event.pk)
        .exists()
    )


def _timeline(event: DeliveryEvent, message: Message, *, hard_bounce: bool) -> None:
    payload: dict[str, Any] = {"message": message.pk, "subject": message.subject[:200]}
    if event.kind == EventKind.OPENED and _first_of_kind(event, message):
        activity_record(
            candidate=message.candidate, kind=ActivityKind.EMAIL_OPENED, payload=payload, occurred_at=event.occurred_at
        )
    elif event.kind == EventKind.CLICKED and _first_of_kind(event, message, description=event.description):
        activity_record(
            candidate=message.candidate,
            kind=ActivityKind.EMAIL_CLICKED,
            payload={**payload, "url": event.description},
            occurred_at=event.occurred_at,
        )
    elif event.kind == EventKind.BOUNCED and hard_bounce:
        activity_record(
            candidate=message.candidate,
            kind=ActivityKind.EMAIL_BOUNCED,
            payload={**payload, "reason": event.description[:300]},
            occurred_at=event.occurred_at,
        )


def _complaint(event: DeliveryEvent, message: Message, address: str) -> None:
    """A spam complaint: no more mail of any kind, and the marketing consent withdrawn. The timeline shows it
    as the consent withdrawal it is (the withdrawal's own entry, or one written here when nothing was active)."""
    suppression_add(
        email=address,
        scope=SuppressionScope.ALL,
        reason=SuppressionReason.COMPLAINT,
        detail=event.description,
        message=message,
    )
    withdrawn = consent_withdraw(
        candidate=message.candidate, purpose=ConsentPurpose.MARKETING, channel=ConsentChannel.EMAIL
    )
    if not withdrawn:
        activity_record(
            candidate=message.candidate,
            kind=ActivityKind.CONSENT_WITHDRAWN,
            payload={
                "purpose": ConsentPurpose.MARKETING,
                "channel": ConsentChannel.EMAIL,
                "complaint": True,
                "message": message.pk,
                "subject": message.subject[:200],
            },
            occurred_at=event.occurred_at,
        )


def _apply_to_message(event: DeliveryEvent, message: Message) -> str:
    normalized = event.raw.get("normalized") or {}
    hard_bounce = event.kind == EventKind.BOUNCED and bool(normalized.get("hard_bounce"))
    status = STATUS_FOR_KIND.get(EventKind(event.kind))
    if event.kind == EventKind.BOUNCED and not hard_bounce:
        status = None  # a soft bounce: the ESP tries again; history only
    current = message.rank
    if message.status == MessageStatus.FAILED and message.sent_at is None:
        # Marked failed because its send was interrupted: the ESP's word that it went out wins.
        current = STATUS_RANK[MessageStatus.SENDING]
    moved = status is not None and STATUS_RANK[status] > current
    if moved and status is not None:
        message.status = status
        message.status_changed_at = timezone.now()
        fields = ["status", "status_changed_at"]
        if status in (MessageStatus.BOUNCED, MessageStatus.COMPLAINED, MessageStatus.FAILED):
            message.status_reason = event.description[:1000]
            fields.append("status_reason")
        message.save(update_fields=fields)
    _timeline(event, message, hard_bounce=hard_bounce)
    address = event.recipient or message.to_email
    if hard_bounce:
        suppression_add(
            email=address,
            scope=SuppressionScope.ALL,
            reason=SuppressionReason.HARD_BOUNCE,
            detail=event.description,
            message=message,
        )
    elif event.kind == EventKind.COMPLAINED:
        _complaint(event, message, address)
    elif event.kind == EventKind.UNSUBSCRIBED:
        # The ESP's own unsubscribe (its link or the List-Unsubscribe it handled): stop marketing mail.
        preferences_update(candidate=message.candidate, email=address, choice="newsletters")
    return "applied" if moved else "recorded"


@transaction.atomic
def delivery_event_apply(*, event_id: int) -> str:
    """Apply a recorded ESP event to its message, the timeline and the suppression list. Idempotent: an event
    already processed (or gone) is left alone. Returns the outcome: ``applied`` (the status moved),
    ``recorded`` (history only), ``unknown_message``, ``already_processed`` or ``missing``."""
    event = DeliveryEvent.objects.select_for_update().filter(pk=event_id).first()
    if event is None:
        return "missing"
    if event.processed_at is not None:
        return "already_processed"
    message = event.message if event.message_id else _find_message(event)
    if message is None:
        logger.info(
            "Delivery event %s (%s from %s, ESP message %r) matches no message of ours: kept, nothing applied",
            event.pk,
            event.kind,
            event.esp_name,
            event.esp_message_id,
        )
        event.processed_at = timezone.now()
        event.save(update_fields=["processed_at"])
        return "unknown_message"
    # One event per message at a time: "first open" and status moves are decided under the message's lock.
    message = Message.objects.select_for_update().select_related("candidate").get(pk=message.pk)
    outcome = _apply_to_message(event, message)
    event.message = message
    event.processed_at = timezone.now()
    event.save(update_fields=["message", "processed_at"])
    return outcome


def delivery_events_sweep(*, limit: int = 1000) -> int:
    """Apply ESP events recorded more than a minute ago and still unprocessed (their task never reached the
    broker, or was lost). Our own history rows (no ``dedupe_key``) are not ESP events and are skipped."""
    stale = timezone.now() - SWEEP_AFTER
    ids = list(
        DeliveryEvent.objects.filter(processed_at__isnull=True, dedupe_key__isnull=False, created_at__lt=stale)
        .order_by("pk")
        .values_list("pk", flat=True)[:limit]
    )
    for event_id in ids:
        try:
            delivery_event_apply(event_id=event_id)
        except Exception:  # one bad event must not stop the others; it stays unprocessed and is logged
            logger.exception("Could not apply delivery event %s", event_id)
    return len(ids)
