"""Queueing and sending: a message is rendered once when queued, checked against suppression and consent when
it is sent, and handed to the ESP at most once.

At most once: a message is claimed (``queued`` → ``sending``) in its own committed transaction before the ESP
is called. A redelivered task (the worker died, ``acks_late``) finds it ``sending`` and does nothing; the
sweeper later marks such a message failed with a reason saying it may or may not have gone, rather than
risk sending it twice.
"""

from __future__ import annotations

import datetime
import hashlib
import hmac
import logging
import smtplib
import socket
import time
import zoneinfo
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from email.utils import formataddr, make_msgid
from functools import lru_cache
from typing import Any

import phonenumbers
from anymail.exceptions import (
    AnymailAPIError,
    AnymailError,
    AnymailInvalidAddress,
    AnymailRecipientsRefused,
)
from anymail.message import AnymailMessage
from django.conf import settings
from django.core import signing
from django.core.cache import cache
from django.core.mail import get_connection
from django.db import IntegrityError, connection, transaction
from django.db.models import F, Q
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from phonenumbers import timezone as phone_timezones

from candidates.models import ActivityKind, Candidate, ConsentPurpose
from candidates.selectors import candidates_with_active_consent
from candidates.services import activities_record_bulk, activity_record

from ..conf import messaging_settings
from ..models import (
    MARKETING_PURPOSES,
    Branding,
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
from ..rendering import MissingFieldError, TemplateSyntaxError, fields_in, html_to_text, render, sanitize_html

logger = logging.getLogger(__name__)

PREFERENCES_SALT = "messaging.preferences"
REPLY_SALT = "messaging.reply"


class MessagingError(ValueError):
    """A message refused for a reason a person can read; ``field`` names the input at fault."""

    def __init__(self, message: str, *, field: str = "") -> None:
        super().__init__(message)
        self.message = message
        self.field = field


class TransientSendError(Exception):
    """The ESP could not take the message now (network, 5xx, rate limit): try again later."""


# --- Who, in which language, from whom ------------------------------------------------------------------------


def branding_get() -> Branding:
    branding = Branding.objects.filter(pk=1).first()
    return branding if branding is not None else Branding(pk=1)


def recipient_language(candidate: Candidate) -> str:
    """The language to write to this person in: theirs if known (from their CV), else the site's."""
    language = (candidate.preferred_language or "").lower()[:2]
    if language in ("fr", "en"):
        return language
    return settings.LANGUAGE_CODE[:2]


def sender_address(branding: Branding) -> str:
    email = branding.sender_email or settings.DEFAULT_FROM_EMAIL
    name = branding.sender_name or branding.company_name or settings.COMPANY_NAME
    return formataddr((name, email))


def preferences_token(*, candidate_id: int, email: str) -> str:
    return signing.dumps([candidate_id, email.lower()], salt=PREFERENCES_SALT, compress=True)


def preferences_read(token: str) -> tuple[int, str] | None:
    """The (candidate id, e-mail) a preferences link was made for; None when forged or mangled. Unsubscribe
    links never expire: a person must be able to stop mail from a message years old."""
    try:
        candidate_id, email = signing.loads(token, salt=PREFERENCES_SALT)
    except (signing.BadSignature, ValueError, TypeError):
        return None
    if not isinstance(candidate_id, int) or not isinstance(email, str):
        return None
    return candidate_id, email


def _absolute(path: str) -> str:
    return settings.SITE_URL.rstrip("/") + path


def preferences_url(*, candidate_id: int, email: str) -> str:
    token = preferences_token(candidate_id=candidate_id, email=email)
    return _absolute(reverse("messaging:preferences", args=[token]))


def one_click_unsubscribe_url(*, candidate_id: int, email: str) -> str:
    token = preferences_token(candidate_id=candidate_id, email=email)
    return _absolute(reverse("messaging:unsubscribe_one_click", args=[token]))


def _reply_mac(message_id: int) -> str:
    key = (settings.SECRET_KEY + REPLY_SALT).encode()
    # Hex, lower case: mail systems may fold the case of an address's local part.
    return hmac.new(key, str(message_id).encode(), hashlib.sha256).hexdigest()[:16]


def reply_address(message_id: int) -> str:
    """The Reply-To of a message, when inbound mail is configured: the message id, signed."""
    domain = messaging_settings().reply_domain
    return f"reply+{message_id}-{_reply_mac(message_id)}@{domain}" if domain else ""


def reply_message_id(address: str) -> int | None:
    """The message a reply address was made for; None for any other address or a forged one."""
    local = address.split("@", 1)[0].lower()
    if not local.startswith("reply+") or "-" not in local:
        return None
    number, mac = local[len("reply+") :].rsplit("-", 1)
    if not number.isdigit() or not hmac.compare_digest(mac, _reply_mac(int(number))):
        return None
    return int(number)


def merge_values(
    *, candidate: Candidate, sender: Any = None, branding: Branding, extra: Mapping[str, str] | None = None
) -> dict[str, str]:
    company = branding.company_name or settings.COMPANY_NAME
    values = {
        "first_name": candidate.first_name,
        "last_name": candidate.last_name,
        "full_name": f"{candidate.first_name} {candidate.last_name}".strip(),
        "email": candidate.email,
        "company": company,
    }
    if candidate.email and candidate.pk:
        link = preferences_url(candidate_id=candidate.pk, email=candidate.email)
        values["portal_url"] = link
        values["unsubscribe_url"] = link
    if sender is not None and getattr(sender, "is_authenticated", False):
        name = sender.get_full_name() or sender.email
        values["recruiter_name"] = name
        values["recruiter_email"] = sender.email
        values["recruiter_signature"] = getattr(sender, "email_signature", "") or f"{name}\n{company}"
    for key, value in (extra or {}).items():
        values[key] = "" if value is None else str(value)
    return values


# --- Rendering ------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Outgoing:
    subject: str
    html: str
    text: str
    language: str


def _pick_language(version: TemplateVersion, wanted: str) -> str:
    available = version.languages()
    if wanted in available:
        return wanted
    if not available:
        raise MessagingError(_("This template has no text yet."), field="template")
    return available[0]


def compose(
    *,
    candidate: Candidate,
    values: Mapping[str, str],
    branding: Branding,
    version: TemplateVersion | None = None,
    subject: str = "",
    body: str = "",
    language: str = "",
    is_marketing: bool = False,
) -> Outgoing:
    """Render one message: template version (in the recipient's language, or the other one) or a subject and
    body written for this message. Raises :class:`MessagingError` for a broken or unfilled merge field."""
    wanted = language or recipient_language(candidate)
    if version is not None:
        language = _pick_language(version, wanted)
        subject = getattr(version, f"subject_{language}")
        body = getattr(version, f"body_{language}")
    else:
        language = wanted
        if not subject.strip():
            raise MessagingError(_("Write a subject."), field="subject")
        if not body.strip():
            raise MessagingError(_("Write a message."), field="body")
        for key, text in (("subject", subject), ("body", body)):
            try:
                fields_in(text)
            except TemplateSyntaxError as error:
                raise MessagingError(" ".join(error.errors), field=key) from error
        body = sanitize_html(body if "<" in body else _paragraphs(body))
    one_line = {key: " ".join(value.split()) for key, value in values.items()}
    try:
        rendered_subject = render(subject, one_line, escape=False)
        rendered_body = render(body, values, escape=True)
    except MissingFieldError as error:
        raise MessagingError(
            _("No value for %(fields)s for this recipient: give it one, or add a default in the template.")
            % {"fields": ", ".join("{{ " + name + " }}" for name in error.names)},
            field="template" if version is not None else "body",
        ) from error
    layout = {
        "body": rendered_body,
        "branding": branding,
        "company": values.get("company", ""),
        "logo_url": _absolute(reverse("messaging:logo")) if branding.logo else "",
        "unsubscribe_url": values.get("unsubscribe_url", "") if is_marketing else "",
        "language": language,
        "subject": rendered_subject,
    }
    with translation.override(language):
        html = render_to_string("messaging/email/layout.html", layout)
        text = html_to_text(rendered_body)
        if is_marketing and layout["unsubscribe_url"]:
            text += "\n-- \n" + _("Stop receiving these e-mails: %(url)s") % {"url": layout["unsubscribe_url"]}
            if branding.postal_address:
                text += "\n" + branding.postal_address
            text += "\n"
    return Outgoing(subject=rendered_subject.strip(), html=html, text=text, language=language)


def _paragraphs(text: str) -> str:
    """A plain-text message written in a textarea, as HTML paragraphs (line breaks kept)."""
    from django.utils.html import escape

    blocks = [block.strip() for block in text.replace("\r\n", "\n").split("\n\n") if block.strip()]
    # Merge fields survive escaping: braces, pipes and quotes in them are put back after.
    return "".join("<p>" + escape(block).replace("\n", "<br>").replace("&quot;", '"') + "</p>" for block in blocks)


# --- Sending windows -------------------------------------------------------------------------------------------


@lru_cache(maxsize=512)
def _zone_for_region(region: str) -> str:
    example = phonenumbers.example_number_for_type(region, phonenumbers.PhoneNumberType.FIXED_LINE)
    zones = phone_timezones.time_zones_for_geographical_number(example) if example else ()
    return zones[0] if zones and zones[0] != "Etc/Unknown" else ""


def recipient_time_zone(candidate: Candidate) -> zoneinfo.ZoneInfo:
    """The person's time zone, as well as we can tell: from their phone number, else their country."""
    name = ""
    if candidate.phone:
        try:
            zones = phone_timezones.time_zones_for_number(phonenumbers.parse(candidate.phone))
            name = zones[0] if zones and zones[0] != "Etc/Unknown" else ""
        except phonenumbers.NumberParseException:
            name = ""
    if not name and candidate.country:
        name = _zone_for_region(candidate.country.upper())
    try:
        return zoneinfo.ZoneInfo(name or settings.TIME_ZONE)
    except (zoneinfo.ZoneInfoNotFoundError, ValueError):
        return zoneinfo.ZoneInfo(settings.TIME_ZONE)


def next_window_start(candidate: Candidate, moment: datetime.datetime) -> datetime.datetime:
    """``moment`` if it falls inside the marketing window in the person's time zone, else the window's next
    opening. No newsletter at 3 a.m."""
    start_hour, end_hour = messaging_settings().marketing_hours
    zone = recipient_time_zone(candidate)
    local = moment.astimezone(zone)
    if start_hour <= local.hour < end_hour:
        return moment
    day = local.date() if local.hour < start_hour else local.date() + datetime.timedelta(days=1)
    opening = datetime.datetime.combine(day, datetime.time(start_hour), tzinfo=zone)
    return opening.astimezone(datetime.UTC)


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
    message.reply_to = reply_address(message.pk) or (
        actor.email if getattr(actor, "is_authenticated", False) and purpose == Purpose.ONE_OFF else ""
    )
    if message.reply_to:
        Message.objects.filter(pk=message.pk).update(reply_to=message.reply_to)
    DeliveryEvent.objects.create(message=message, kind=EventKind.QUEUED, occurred_at=now)
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
            [DeliveryEvent(message=message, kind=EventKind.QUEUED, occurred_at=now) for message in messages],
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
    DeliveryEvent.objects.create(message=message, kind=kind, occurred_at=now, description=reason)


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


def _is_transient(error: BaseException) -> bool:
    if isinstance(error, AnymailRecipientsRefused | AnymailInvalidAddress):
        return False
    if isinstance(error, AnymailAPIError):
        status = error.status_code
        return status is None or status >= 500 or status == 429
    if isinstance(error, smtplib.SMTPRecipientsRefused | smtplib.SMTPSenderRefused | smtplib.SMTPDataError):
        code = getattr(error, "smtp_code", None)
        return code is not None and 400 <= code < 500
    if isinstance(error, smtplib.SMTPResponseException):
        return 400 <= error.smtp_code < 500
    return isinstance(error, smtplib.SMTPException | socket.timeout | TimeoutError | ConnectionError | OSError)


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
                f"UPDATE {Message._meta.db_table} AS message SET status = %s, status_reason = '', "  # noqa: S608
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
                    message=message, kind=EventKind.SENT, occurred_at=now, esp_name=esp_name, esp_message_id=esp_id
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
    try:
        text = " ".join(str(error).split())
    except Exception:  # an exception whose __str__ fails must not stop us recording the failure
        text = ""
    return (text or type(error).__name__)[:500]


def _record_failure(message: Message, error: BaseException) -> None:
    reason = _describe(error)
    with transaction.atomic():
        if _is_transient(error) and message.attempts < messaging_settings().max_attempts:
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
            )
            return
        if _is_transient(error):
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
                email = _email_for(message, connection)
                try:
                    email.send()
                except (AnymailError, smtplib.SMTPException, OSError) as error:
                    logger.info("Message %s not sent: %s", message.pk, error)
                    _record_failure(message, error)
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
    return {"dispatched": dispatched, "interrupted": interrupted}


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


def message_record_activity(*, message: Message, kind: ActivityKind, payload: dict[str, Any] | None = None) -> None:
    activity_record(
        candidate=message.candidate,
        kind=kind,
        payload={"message": message.pk, "subject": message.subject[:200], **(payload or {})},
    )
