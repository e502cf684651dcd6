"""Replies: an e-mail received through the ESP's inbound webhook, threaded into the candidate's conversation.

A reply is matched first by its recipient — the signed reply address of the message it answers
(``reply+<id>-<mac>@MESSAGING_REPLY_DOMAIN``) — else by its sender being a known candidate's address. Mail
that matches neither (spam, a stranger, a forged token) is logged and dropped: it is stored nowhere, and the
webhook still answers 200 so that the ESP does not retry it forever.
"""

from __future__ import annotations

import hashlib
import logging
from email.utils import formataddr
from typing import Any

from django.conf import settings
from django.db import IntegrityError, transaction
from django.urls import reverse
from django.utils import timezone

from accounts.notifications import UserEmail, notification_send, notifications_queue_on_commit, notifications_sweep
from candidates.models import ActivityKind, Candidate
from candidates.normalize import normalize_email
from candidates.selectors import candidate_find_duplicate, candidates_visible_to
from candidates.services import activity_record

from ..models import DeliveryEvent, Direction, EventKind, Message, MessageStatus, Purpose, ReplyNotification
from ..rendering import sanitize_html
from ..signals import message_replied
from .addresses import reply_message_id

logger = logging.getLogger(__name__)


def _addresses(message: Any) -> list[str]:
    """Every address the e-mail was delivered to: envelope first, then To, Cc and Delivered-To."""
    found: list[str] = []
    if getattr(message, "envelope_recipient", None):
        found.append(str(message.envelope_recipient))
    for field in ("to", "cc"):
        found.extend(address.addr_spec for address in (getattr(message, field, None) or []) if address.addr_spec)
    for header in ("Delivered-To", "X-Original-To"):
        found.extend(str(value).strip().strip("<>") for value in message.get_all(header) or [])
    return [address for address in dict.fromkeys(normalize_email(a) for a in found) if address]


def _replied_message(addresses: list[str]) -> tuple[Message | None, str]:
    for address in addresses:
        message_id = reply_message_id(address)
        if message_id is None:
            continue
        message = (
            Message.objects.select_related("candidate", "created_by")
            .filter(pk=message_id, direction=Direction.OUTBOUND)
            .first()
        )
        if message is not None:
            return message, address
    return None, ""


def _sent_at(message: Any) -> Any:
    """The Date header, when it is a readable, aware date (a malformed one is ignored, not an error)."""
    try:
        moment = message.date
    except (TypeError, ValueError, IndexError):
        return None
    return moment if moment is not None and timezone.is_aware(moment) else None


def _inbound_key(event: Any, message: Any) -> tuple[str, str]:
    """The e-mail's own Message-ID (stored as ``esp_message_id``) and a unique key from it, so an inbound
    webhook delivered twice stores one message."""
    header = str(message.get("Message-ID") or "").strip()
    if header:
        identity = header
    elif event.event_id:
        identity = f"event:{event.event_id}"
    else:
        parts = [str(message.get("From") or ""), str(message.get("Date") or ""), str(message.subject or "")]
        parts.append(str(message.text or message.html or ""))
        identity = "sha256:" + hashlib.sha256("\x1f".join(parts).encode()).hexdigest()
    return header[:255], "inbound:" + hashlib.sha256(identity.encode()).hexdigest()


def _may_see(user: Any, candidate: Candidate) -> bool:
    """Whether this user may still open the person's page (the link of the e-mail): a recruiter made hiring
    manager, say, may not, and is not told what the person wrote."""
    return candidates_visible_to(user).filter(pk=candidate.pk).exists()


def _recipient(candidate: Candidate, replied: Message | None) -> Any:
    """Who is told of a reply: the candidate's owner, else whoever sent the message replied to; nobody when that
    user is inactive or may not see the person."""
    owner = candidate.owner
    if owner is None and replied is not None:
        owner = replied.created_by
    if owner is None or not owner.is_active or not owner.email:
        return None
    return owner if _may_see(owner, candidate) else None


def _queue_reply_notification(notification_id: int) -> None:
    from ..tasks import send_reply_notification

    send_reply_notification.delay(notification_id)


def _reply_email(notification: ReplyNotification) -> UserEmail | None:
    """Only a link: the reply itself stays in the product. None once the person's data was erased, or when the
    recipient may no longer see the person (their role changed since the reply came in)."""
    inbound = notification.message
    candidate = inbound.candidate
    if candidate.is_anonymized or not _may_see(notification.recipient, candidate):
        return None
    return UserEmail(
        subject_template="messaging/emails/reply_notification_subject.txt",
        body_template="messaging/emails/reply_notification.txt",
        context={
            "name": f"{candidate.first_name} {candidate.last_name}".strip() or inbound.from_email,
            "subject": inbound.subject,
            "url": settings.SITE_URL.rstrip("/") + reverse("candidates:detail", kwargs={"pk": candidate.pk}),
            "company": settings.COMPANY_NAME,
        },
    )


def reply_notification_send(*, notification_id: int) -> str:
    """E-mail the recruiter that the person wrote back, in the recipient's own language, at most once (the send
    task's whole work). Raises NotificationDeferred after a transient failure, for the task to retry."""
    return notification_send(
        model=ReplyNotification,
        notification_id=notification_id,
        compose=_reply_email,
        related=("message__candidate",),
    )


def reply_notifications_sweep() -> dict[str, int]:
    """Beat: queue again the reply notifications whose task was lost (broker down), settle the stuck ones."""
    return notifications_sweep(model=ReplyNotification, queue=_queue_reply_notification)


def inbound_receive(*, event: Any, esp_name: str) -> Message | None:
    """Store an inbound e-mail as a reply in the candidate's conversation, write the timeline, queue the owner's
    notification (a task sends it) and send :data:`messaging.signals.message_replied` after commit. Returns the
    stored message, or None when the e-mail matched nobody or was already stored (a redelivered webhook)."""
    email = event.message
    if email is None:
        return None
    addresses = _addresses(email)
    replied, to_address = _replied_message(addresses)
    sender = email.from_email.addr_spec if email.from_email is not None else ""
    sender = normalize_email(sender or getattr(email, "envelope_sender", "") or "")
    candidate: Candidate | None = replied.candidate if replied is not None else None
    if candidate is None and sender:
        candidate = candidate_find_duplicate(email=sender)
    if candidate is None:
        logger.info(
            "Inbound e-mail from %r to %r (%s) matches no message and no candidate: dropped",
            sender,
            addresses,
            esp_name,
        )
        return None
    header_id, key = _inbound_key(event, email)
    display = email.from_email.display_name if email.from_email is not None else ""
    now = timezone.now()
    inbound = Message(
        candidate=candidate,
        direction=Direction.INBOUND,
        purpose=replied.purpose if replied is not None else Purpose.ONE_OFF,
        from_email=(formataddr((display, sender)) if display else sender)[:320],
        to_email=(to_address or (addresses[0] if addresses else ""))[:254],
        subject=str(email.subject or "")[:998],
        body_text=str(email.text or ""),
        body_html=sanitize_html(str(email.html)) if email.html else "",
        status=MessageStatus.RECEIVED,
        status_changed_at=now,
        esp_name=(esp_name or "").lower()[:40],
        esp_message_id=header_id,
        idempotency_key=key,
        in_reply_to=replied,
        sent_at=_sent_at(email),
        created_at=now,
    )
    with transaction.atomic():
        try:
            with transaction.atomic():
                inbound.save()
        except IntegrityError:
            logger.info("Inbound e-mail %s already stored (a redelivery): ignored", header_id or key)
            return None
        if replied is not None:
            DeliveryEvent.objects.create(
                message=replied,
                kind=EventKind.REPLIED,
                occurred_at=now,
                esp_name=inbound.esp_name,
                recipient=sender[:254],
                description=inbound.subject[:300],
                processed_at=now,
            )
        activity_record(
            candidate=candidate,
            kind=ActivityKind.EMAIL_REPLIED,
            payload={
                "message": inbound.pk,
                "subject": inbound.subject[:200],
                "in_reply_to": replied.pk if replied is not None else None,
            },
            occurred_at=now,
        )
        recipient = _recipient(candidate, replied)
        if recipient is None:
            logger.info("Reply %s: nobody to notify (the candidate has no owner)", inbound.pk)
        else:
            notification = ReplyNotification.objects.create(message=inbound, recipient=recipient)
            notifications_queue_on_commit(
                model=ReplyNotification, queue=_queue_reply_notification, notification_ids=[notification.pk]
            )
        inbound_id, candidate_id = inbound.pk, candidate.pk
        replied_id = replied.pk if replied is not None else None
        transaction.on_commit(
            lambda: message_replied.send(
                sender=Message, message_id=inbound_id, candidate_id=candidate_id, in_reply_to_id=replied_id
            )
        )
    return inbound
