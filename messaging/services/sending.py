"""Queueing and sending: a message is rendered once when queued, checked against suppression and consent when
it is sent, and handed to the ESP at most once.

At most once: a message is claimed (``queued`` → ``sending``) in its own committed transaction before the ESP
is called. A redelivered task (the worker died, ``acks_late``) finds it ``sending`` and does nothing; the
sweeper later marks such a message failed with a reason saying it may or may not have gone, rather than
risk sending it twice. For the same reason a failure after the ESP or the mail server may have taken the message
(no answer to the request, a connection lost during SMTP DATA: ``accounts.mail_errors.may_have_left``) is final,
not retried; failures before it left (connection refused, DNS, 5xx, 429, SMTP 4xx) are retried with backoff.
"""

from __future__ import annotations

import datetime
import logging
import smtplib
import time
from collections.abc import Callable, Iterable, Mapping
from email.utils import make_msgid
from typing import Any

from anymail.exceptions import AnymailError
from anymail.message import AnymailMessage
from django.core.cache import cache
from django.core.mail import get_connection
from django.db import IntegrityError, connection, transaction
from django.db.models import F, Q
from django.utils import timezone
from django.utils.translation import gettext as _

from accounts.mail_errors import error_text, is_transient, may_have_left
from candidates.models import ActivityKind, Candidate, ConsentPurpose
from candidates.selectors import candidates_with_active_consent
from candidates.services import activities_record_bulk

from ..conf import messaging_settings
from ..models import (
    MARKETING_PURPOSES,
    DeliveryEvent,
    EventKind,
    Message,
    MessageStatus,
    Purpose,
    Suppression,
    SuppressionScope,
    Template,
    TemplateVersion,
)
from .addresses import one_click_unsubscribe_url, reply_address
from .composing import (
    MessagingError,
    Outgoing,
    branding_get,
    compose,
    merge_values,
    next_window_start,
    sender_address,
)

logger = logging.getLogger(__name__)


class TransientSendError(Exception):
    """The ESP could not take the message now (network, 5xx, rate limit): try again later."""


# --- Queueing --------------------------------------------------------------------------------------------------


def _check_recipient(candidate: Candidate) -> None:
    if candidate.is_anonymized:
        raise MessagingError(_("This person's data was erased: they cannot be written to."))
    if not candidate.email:
        raise MessagingError(_("This person has no e-mail address."), field="to")


def _dispatch_after_commit(message_ids: list[int]) -> None:
    def dispatch() -> None:
        from ..tasks import send_batch, send_message

        try:
            if len(message_ids) == 1:
                send_message.delay(message_ids[0])
            else:
                for start in range(0, len(message_ids), messaging_settings().batch_size):
                    send_batch.delay(message_ids[start : start + messaging_settings().batch_size])
        except Exception:  # broker down: the sweeper dispatches these messages when it is back
            logger.warning("Could not queue %d message(s); the sweeper will", len(message_ids), exc_info=True)
            return
        Message.objects.filter(pk__in=message_ids, dispatched_at__isnull=True).update(dispatched_at=timezone.now())

    transaction.on_commit(dispatch)


def _resolve_version(template: Template | None) -> TemplateVersion | None:
    if template is None:
        return None
    if not template.is_active or template.current_version_id is None:
        raise MessagingError(_("This template cannot be used: it is inactive or has no text."), field="template")
    return template.current_version


@transaction.atomic
def message_queue(
    *,
    candidate: Candidate,
    purpose: Purpose | str,
    template: Template | None = None,
    subject: str = "",
    body: str = "",
    values: Mapping[str, str] | None = None,
    actor: Any = None,
    send_at: datetime.datetime | None = None,
    idempotency_key: str | None = None,
    context: dict[str, Any] | None = None,
    language: str = "",
) -> Message:
    """Render a message for one person and queue it (sent after commit, or at ``send_at``). With an
    ``idempotency_key`` already used, returns the message queued then and queues nothing."""
    if idempotency_key:
        existing = Message.objects.filter(idempotency_key=idempotency_key).first()
        if existing is not None:
            return existing
    _check_recipient(candidate)
    purpose = Purpose(purpose)
    is_marketing = purpose in MARKETING_PURPOSES
    branding = branding_get()
    version = _resolve_version(template)
    merged = merge_values(candidate=candidate, sender=actor, branding=branding, extra=values)
    outgoing = compose(
        candidate=candidate,
        values=merged,
        branding=branding,
        version=version,
        subject=subject,
        body=body,
        language=language,
        is_marketing=is_marketing,
    )
    now = timezone.now()
    due = max(send_at, now) if send_at else now
    if is_marketing:
        due = next_window_start(candidate, due)
    message = Message(
        candidate=candidate,
        purpose=purpose,
        is_marketing=is_marketing,
        template_version=version,
        language=outgoing.language,
        from_email=sender_address(branding),
        to_email=candidate.email,
        subject=outgoing.subject,
        body_html=outgoing.html,
        body_text=outgoing.text,
        context=context or {},
        send_after=due if due > now else None,
        idempotency_key=idempotency_key or None,
        created_by=actor if getattr(actor, "is_authenticated", False) else None,
        created_at=now,
    )
    try:
        with transaction.atomic():
            message.save()
    except IntegrityError:
        if idempotency_key:  # the same key queued at the same moment by another request
            return Message.objects.get(idempotency_key=idempotency_key)
        raise
    # Replies come back to us (threaded into the timeline) when inbound mail is set up; otherwise to the
    # recruiter who sent the message, never to the company's no-reply sender.
    message.reply_to = reply_address(message.pk) or (actor.email if getattr(actor, "is_authenticated", False) else "")
    if message.reply_to:
        Message.objects.filter(pk=message.pk).update(reply_to=message.reply_to)
    DeliveryEvent.objects.create(message=message, kind=EventKind.QUEUED, occurred_at=now, processed_at=now)
    if message.send_after is None:
        _dispatch_after_commit([message.pk])
    return message


def messages_queue_bulk(
    *,
    candidates: Iterable[Candidate],
    template: Template,
    purpose: Purpose | str | None = None,
    values_for: Callable[[Candidate], Mapping[str, str]] | None = None,
    actor: Any = None,
    send_at: datetime.datetime | None = None,
    context: dict[str, Any] | None = None,
    key_prefix: str | None = None,
) -> tuple[list[Message], dict[int, str]]:
    """Queue one template for many people (a campaign step), in few queries. Returns the messages queued
    and, per candidate id, why someone was skipped (no address, erased, a merge field without value). With
    ``key_prefix``, a candidate already sent this step (same key) is skipped silently: a relaunch is safe."""
    purpose = Purpose(purpose or template.purpose)
    is_marketing = purpose in MARKETING_PURPOSES
    version = _resolve_version(template)
    branding = branding_get()
    sender = sender_address(branding)
    now = timezone.now()
    skipped: dict[int, str] = {}
    messages: list[Message] = []
    people = list(candidates)
    taken: set[str | None] = set()
    if key_prefix:
        keys = [f"{key_prefix}:{person.pk}" for person in people]
        taken = set(Message.objects.filter(idempotency_key__in=keys).values_list("idempotency_key", flat=True))
    for person in people:
        key = f"{key_prefix}:{person.pk}" if key_prefix else None
        if key in taken:
            continue
        try:
            _check_recipient(person)
            merged = merge_values(
                candidate=person, sender=actor, branding=branding, extra=values_for(person) if values_for else None
            )
            outgoing = compose(
                candidate=person, values=merged, branding=branding, version=version, is_marketing=is_marketing
            )
        except MessagingError as error:
            skipped[person.pk] = error.message
            continue
        due = max(send_at, now) if send_at else now
        if is_marketing:
            due = next_window_start(person, due)
        messages.append(
            Message(
                candidate=person,
                purpose=purpose,
                is_marketing=is_marketing,
                template_version=version,
                language=outgoing.language,
                from_email=sender,
                to_email=person.email,
                subject=outgoing.subject,
                body_html=outgoing.html,
                body_text=outgoing.text,
                context=context or {},
                send_after=due if due > now else None,
                idempotency_key=key,
                created_by=actor if getattr(actor, "is_authenticated", False) else None,
                created_at=now,
            )
        )
    with transaction.atomic():
        if messaging_settings().reply_domain and messages:
            # The reply address carries the message's id: take the ids first, so each row is written once.
            for message, pk in zip(messages, _next_message_ids(len(messages)), strict=True):
                message.pk = pk
                message.reply_to = reply_address(pk)
        Message.objects.bulk_create(messages, batch_size=1000)
        DeliveryEvent.objects.bulk_create(
            [
                DeliveryEvent(message=message, kind=EventKind.QUEUED, occurred_at=now, processed_at=now)
                for message in messages
            ],
            batch_size=1000,
        )
        _dispatch_after_commit([message.pk for message in messages if message.send_after is None])
    return messages, skipped


@transaction.atomic
def message_cancel(*, message: Message, actor: Any = None) -> Message:
    """Cancel a message not sent yet (a scheduled rejection, say). A message already handed over stays."""
    locked = Message.objects.select_for_update().get(pk=message.pk)
    if locked.status != MessageStatus.QUEUED:
        raise MessagingError(_("This e-mail has already been sent or stopped; it cannot be cancelled."))
    _set_status(locked, MessageStatus.CANCELLED, EventKind.CANCELLED, _("Cancelled before sending."))
    return locked


# --- Sending ---------------------------------------------------------------------------------------------------


def _set_status(message: Message, status: MessageStatus, kind: EventKind, reason: str = "") -> None:
    now = timezone.now()
    message.status = status
    message.status_reason = reason
    message.status_changed_at = now
    message.save(update_fields=["status", "status_reason", "status_changed_at"])
    DeliveryEvent.objects.create(message=message, kind=kind, occurred_at=now, description=reason, processed_at=now)


def _blocked_reason(message: Message, suppressions: Mapping[str, Suppression], consented: set[int]) -> str:
    """Why this message must not go now, or "" when it may. Checked at send time, not at queue time: an
    unsubscribe a minute ago wins over a campaign queued yesterday."""
    candidate = message.candidate
    if candidate.is_anonymized:
        return _("The person's data was erased.")
    if candidate.do_not_contact:
        return _("The person is marked “do not contact”.")
    suppression = suppressions.get(message.to_email.lower())
    if suppression is not None and (suppression.scope == SuppressionScope.ALL or message.is_marketing):
        return _("The address is on the suppression list (%(reason)s).") % {"reason": suppression.get_reason_display()}
    if message.is_marketing and candidate.pk not in consented:
        return _("The person has not agreed to receive news and job alerts.")
    return ""


def _suppressions_for(addresses: Iterable[str]) -> dict[str, Suppression]:
    return {row.email.lower(): row for row in Suppression.objects.filter(email__in={a.lower() for a in addresses})}


def _email_for(message: Message, connection: Any) -> AnymailMessage:
    domain = message.from_email.rsplit("@", 1)[-1].strip(">") or "localhost"
    headers = {"Message-ID": make_msgid(f"m{message.pk}", domain=domain)}
    if message.is_marketing:
        headers["List-Unsubscribe"] = (
            f"<{one_click_unsubscribe_url(candidate_id=message.candidate_id, email=message.to_email)}>"
        )
        headers["List-Unsubscribe-Post"] = "List-Unsubscribe=One-Click"
    email = AnymailMessage(
        subject=message.subject,
        body=message.body_text,
        from_email=message.from_email,
        to=[message.to_email],
        reply_to=[message.reply_to] if message.reply_to else None,
        headers=headers,
        connection=connection,
        metadata={"message_id": str(message.pk)},
        tags=[message.purpose],
    )
    email.attach_alternative(message.body_html, "text/html")
    return email


def _backoff(attempts: int) -> datetime.timedelta:
    return datetime.timedelta(seconds=min(3600, 30 * 2 ** max(0, attempts - 1)))


def _rate_take(domain: str, wanted: int) -> int:
    """Take up to ``wanted`` sends from this sending domain's budget for the current second (shared by every
    worker through the cache); returns how many were granted."""
    limit = messaging_settings().rate_limit_for(domain)
    if not limit:
        return wanted
    key = f"messaging:rate:{domain}:{int(time.time())}"
    cache.add(key, 0, timeout=5)
    try:
        used = cache.incr(key, wanted)
    except ValueError:  # the key expired between add and incr
        cache.add(key, wanted, timeout=5)
        used = wanted
    return max(0, min(wanted, limit - (used - wanted)))


def _wait_for_rate(domain: str, wanted: int) -> int:
    """Block (at most a few seconds) until the domain's budget grants at least one send."""
    for _attempt in range(50):
        granted = _rate_take(domain, wanted)
        if granted:
            return granted
        time.sleep(max(0.01, 1 - (time.time() % 1)))
    raise TransientSendError("rate limit")


def _claim(message_ids: list[int]) -> list[Message]:
    """Move due ``queued`` messages to ``sending`` and commit, before any ESP call. Rows another worker holds
    are skipped, not waited for; messages blocked by suppression or consent are settled here."""
    now = timezone.now()
    with transaction.atomic():
        rows = list(
            Message.objects.select_for_update(skip_locked=True, of=("self",))
            .select_related("candidate")
            .filter(pk__in=message_ids, status=MessageStatus.QUEUED)
            .filter(Q(send_after__isnull=True) | Q(send_after__lte=now))
            .order_by("pk")
        )
        suppressions = _suppressions_for(row.to_email for row in rows)
        # Marketing needs a grant in force: news and job alerts, or the talent pool (being kept in mind for jobs).
        consented = candidates_with_active_consent(
            candidate_ids={row.candidate_id for row in rows if row.is_marketing},
            purposes=(ConsentPurpose.MARKETING, ConsentPurpose.TALENT_POOL),
        )
        ready: list[Message] = []
        for message in rows:
            reason = _blocked_reason(message, suppressions, consented)
            if reason:
                _set_status(message, MessageStatus.SUPPRESSED, EventKind.SUPPRESSED, reason)
                continue
            if message.is_marketing:
                opening = next_window_start(message.candidate, now)
                if opening > now:  # a retry drifted into the night: wait for the morning
                    Message.objects.filter(pk=message.pk).update(send_after=opening, dispatched_at=None)
                    continue
            ready.append(message)
        if ready:
            Message.objects.filter(pk__in=[m.pk for m in ready]).update(
                status=MessageStatus.SENDING, status_changed_at=now, attempts=F("attempts") + 1
            )
            for message in ready:
                message.status = MessageStatus.SENDING
                message.attempts += 1
    return ready


def _next_message_ids(count: int) -> list[int]:
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT nextval(pg_get_serial_sequence(%s, 'id')) FROM generate_series(1, %s)",
            [Message._meta.db_table, count],
        )
        return [row[0] for row in cursor.fetchall()]


def _record_sent(sent: list[tuple[Message, str]], esp_name: str) -> None:
    if not sent:
        return
    now = timezone.now()
    with transaction.atomic():
        for message, esp_id in sent:
            message.status = MessageStatus.SENT
            message.esp_message_id = esp_id
        # One statement for the whole batch (bulk_update's CASE per row costs more than the sending itself).
        with connection.cursor() as cursor:
            cursor.execute(
                # The ESP's "delivered" webhook may have been applied first: a status never moves back.
                f"UPDATE {Message._meta.db_table} AS message SET "  # noqa: S608
                "status = CASE WHEN message.status = 'sending' THEN %s ELSE message.status END, "
                "status_reason = CASE WHEN message.status = 'sending' THEN '' ELSE message.status_reason END, "
                "status_changed_at = %s, sent_at = %s, esp_name = %s, esp_message_id = sent.esp_id "
                "FROM (SELECT unnest(%s::bigint[]) AS id, unnest(%s::text[]) AS esp_id) AS sent "
                "WHERE message.id = sent.id",
                [
                    MessageStatus.SENT,
                    now,
                    now,
                    esp_name,
                    [message.pk for message, _id in sent],
                    [esp_id[:255] for _message, esp_id in sent],
                ],
            )
        DeliveryEvent.objects.bulk_create(
            [
                DeliveryEvent(
                    message=message,
                    kind=EventKind.SENT,
                    occurred_at=now,
                    esp_name=esp_name,
                    esp_message_id=esp_id,
                    processed_at=now,
                )
                for message, esp_id in sent
            ],
            batch_size=1000,
        )
        activities_record_bulk(
            entries=[
                (
                    message.candidate_id,
                    ActivityKind.EMAIL_SENT,
                    message.created_by_id,
                    {"message": message.pk, "subject": message.subject[:200], "purpose": message.purpose},
                )
                for message, _id in sent
            ],
            occurred_at=now,
        )


def _describe(error: BaseException) -> str:
    """The ESP's own words for a failure, short enough for a status line."""
    return (error_text(error) or type(error).__name__)[:500]


def _record_failure(message: Message, error: BaseException) -> None:
    reason = _describe(error)
    with transaction.atomic():
        if is_transient(error) and message.attempts < messaging_settings().max_attempts:
            delay = _backoff(message.attempts)
            Message.objects.filter(pk=message.pk).update(
                status=MessageStatus.QUEUED,
                status_reason=reason,
                status_changed_at=timezone.now(),
                send_after=timezone.now() + delay,
                dispatched_at=None,
            )
            DeliveryEvent.objects.create(
                message=message,
                kind=EventKind.RETRYING,
                description=_("%(reason)s — next try in %(seconds)d s.")
                % {"reason": reason, "seconds": delay.total_seconds()},
                processed_at=timezone.now(),
            )
            return
        if may_have_left(error):
            reason = _(
                "No answer from the e-mail service once the e-mail was handed to it: it may or may not have left. "
                "It is not sent again automatically, so that it never arrives twice. (%(reason)s)"
            ) % {"reason": reason}
        elif is_transient(error):
            reason = _("The e-mail service kept failing: %(reason)s") % {"reason": reason}
        _set_status(message, MessageStatus.FAILED, EventKind.FAILED, reason)


def _esp_id(email: AnymailMessage, connection: Any) -> str:
    status = getattr(email, "anymail_status", None)
    esp_id = getattr(status, "message_id", None) if status is not None else None
    if isinstance(esp_id, set):  # several recipients with different ids; we send one recipient per message
        esp_id = next(iter(esp_id), None)
    if esp_id is None or esp_id == "":
        return str(email.extra_headers.get("Message-ID", "")).strip("<>")
    return str(esp_id)


def _esp_name(connection: Any) -> str:
    return str(getattr(connection, "esp_name", "") or type(connection).__module__.rsplit(".", 1)[-1]).lower()


def messages_send(*, message_ids: list[int]) -> dict[str, int]:
    """Send these messages if they are due, still queued and allowed: the whole work of the send tasks.
    Returns counts by outcome. Safe to call twice with the same ids."""
    ready = _claim(message_ids)
    counts = {"sent": 0, "failed": 0, "skipped": len(message_ids) - len(ready)}
    if not ready:
        return counts
    connection = get_connection()
    esp_name = _esp_name(connection)
    sent: list[tuple[Message, str]] = []
    try:
        connection.open()
        index = 0
        while index < len(ready):
            domain = ready[index].from_email.rsplit("@", 1)[-1].strip(">").lower()
            granted = _wait_for_rate(domain, len(ready) - index)
            for message in ready[index : index + granted]:
                try:
                    email = _email_for(message, connection)
                    email.send()
                except (AnymailError, smtplib.SMTPException, OSError) as error:
                    logger.info("Message %s not sent: %s", message.pk, error)
                    _record_failure(message, error)
                    counts["failed"] += 1
                    continue
                except Exception as error:  # a message that cannot be built (a bad header…): fail it, not the batch
                    logger.exception("Message %s could not be sent", message.pk)
                    _set_status(message, MessageStatus.FAILED, EventKind.FAILED, _describe(error))
                    counts["failed"] += 1
                    continue
                sent.append((message, _esp_id(email, connection)))
            index += granted
            if len(sent) >= 500:  # record as we go: a long batch never holds hundreds of results in memory
                _record_sent(sent, esp_name)
                counts["sent"] += len(sent)
                sent = []
    except TransientSendError:
        for message in ready[index:]:  # the domain's budget stayed empty: back to the queue, with backoff
            _record_failure(message, ConnectionError("sending rate limit"))
    finally:
        _record_sent(sent, esp_name)
        counts["sent"] += len(sent)
        try:
            connection.close()
        except Exception:  # noqa: S110  (closing a broken connection must not hide what was recorded)
            pass
    return counts


def messages_sweep() -> dict[str, int]:
    """Beat: queue the sends that are due (scheduled, retry backoff over, or never reached the broker), and
    settle messages stuck in ``sending`` (their worker died mid-call) as failed, never sending them twice."""
    from ..tasks import send_batch

    now = timezone.now()
    settings_ = messaging_settings()
    stale = now - datetime.timedelta(seconds=settings_.dispatch_timeout)
    due_ids = list(
        Message.objects.filter(status=MessageStatus.QUEUED)
        .filter(Q(send_after__isnull=True) | Q(send_after__lte=now))
        .filter(Q(dispatched_at__isnull=True) | Q(dispatched_at__lt=stale))
        .order_by("send_after", "pk")
        .values_list("pk", flat=True)[: settings_.sweep_limit]
    )
    dispatched = 0
    for start in range(0, len(due_ids), settings_.batch_size):
        chunk = due_ids[start : start + settings_.batch_size]
        send_batch.delay(chunk)
        Message.objects.filter(pk__in=chunk).update(dispatched_at=now)
        dispatched += len(chunk)
    interrupted = 0
    for message in Message.objects.filter(
        status=MessageStatus.SENDING, status_changed_at__lt=now - datetime.timedelta(seconds=settings_.sending_timeout)
    ):
        _set_status(
            message,
            MessageStatus.FAILED,
            EventKind.FAILED,
            _(
                "Sending was interrupted (the worker stopped): the e-mail service may or may not have received it. "
                "It is not sent again automatically, so that it never arrives twice."
            ),
        )
        interrupted += 1
    # ESP events whose apply task never reached the broker (the webhook only records them).
    from .events import delivery_events_sweep

    return {"dispatched": dispatched, "interrupted": interrupted, "events_applied": delivery_events_sweep()}


def message_send_test(*, template: Template, user: Any, candidate: Candidate | None = None) -> Outgoing:
    """Send the template to the signed-in user's own address (merged with a real candidate, if given, else
    with sample values), straight away and without tracking: a test is not a message to anyone."""
    from ..selectors import sample_values

    version = _resolve_version(template)
    branding = branding_get()
    if candidate is not None:
        values = merge_values(
            candidate=candidate, sender=user, branding=branding, extra=sample_values(only_missing=True)
        )
    else:
        candidate = Candidate(first_name=user.first_name or "Camille", last_name=user.last_name, email=user.email)
        values = {**sample_values(), **merge_values(candidate=candidate, sender=user, branding=branding)}
    outgoing = compose(
        candidate=candidate,
        values=values,
        branding=branding,
        version=version,
        language=getattr(user, "preferred_language", "") or "",
        is_marketing=template.is_marketing,
    )
    email = AnymailMessage(
        subject="[TEST] " + outgoing.subject,
        body=outgoing.text,
        from_email=sender_address(branding),
        to=[user.email],
    )
    email.attach_alternative(outgoing.html, "text/html")
    email.send()
    return outgoing
