"""Templates, messages, delivery events and the suppression list.

A message is rendered once, when it is queued, and stored with the template version it came from: what the
candidate received can always be shown again, even after the template changed.
"""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from accounts.models import NotificationStatus, UserNotification


class Purpose(models.TextChoices):
    ACKNOWLEDGEMENT = "acknowledgement", _("Application acknowledgement")
    REJECTION = "rejection", _("Rejection")
    INTERVIEW_INVITATION = "interview_invitation", _("Interview invitation")
    STAGE_UPDATE = "stage_update", _("Stage update")
    ONE_OFF = "one_off", _("One-off e-mail")
    CAMPAIGN = "campaign", _("Campaign")


# Marketing mail needs the person's consent, carries one-click unsubscribe headers and keeps to sending
# windows; the rest is transactional mail about an application, sent under its own legal basis.
MARKETING_PURPOSES = frozenset({Purpose.CAMPAIGN})


class Branding(models.Model):
    """The company's name, logo and sender shown in every e-mail's layout. One row (pk=1), edited by admins."""

    company_name = models.CharField(_("company name"), max_length=120, blank=True)
    logo = models.FileField(_("logo"), upload_to="branding/", blank=True, max_length=255)
    sender_name = models.CharField(_("sender name"), max_length=120, blank=True)
    sender_email = models.EmailField(_("sender address"), blank=True)
    postal_address = models.CharField(
        _("postal address"), max_length=300, blank=True, help_text=_("Shown at the foot of marketing e-mails.")
    )
    accent_color = models.CharField(_("accent colour"), max_length=7, default="#1d4ed8")
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = _("e-mail branding")
        verbose_name_plural = _("e-mail branding")

    def __str__(self) -> str:
        return self.company_name or str(_("E-mail branding"))


class Template(models.Model):
    name = models.CharField(_("name"), max_length=120)
    purpose = models.CharField(_("purpose"), max_length=30, choices=Purpose.choices)
    # The template used for its purpose when a flow (acknowledgement, rejection…) does not name one.
    is_default = models.BooleanField(_("default for its purpose"), default=False)
    is_active = models.BooleanField(_("active"), default=True)
    current_version = models.ForeignKey(
        "TemplateVersion", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(default=timezone.now)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["purpose", "name"]
        verbose_name = _("e-mail template")
        verbose_name_plural = _("e-mail templates")
        constraints = [
            models.UniqueConstraint(
                fields=["purpose"], condition=Q(is_default=True), name="template_one_default_per_purpose"
            )
        ]

    def __str__(self) -> str:
        return self.name

    @property
    def is_marketing(self) -> bool:
        return self.purpose in MARKETING_PURPOSES


class TemplateVersion(models.Model):
    """One saved state of a template, both languages together. Never edited: saving makes a new version."""

    template = models.ForeignKey(Template, on_delete=models.CASCADE, related_name="versions")
    number = models.PositiveIntegerField(_("version"))
    subject_fr = models.CharField(_("subject (French)"), max_length=250, blank=True)
    body_fr = models.TextField(_("body (French)"), blank=True)
    subject_en = models.CharField(_("subject (English)"), max_length=250, blank=True)
    body_en = models.TextField(_("body (English)"), blank=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["template", "-number"]
        verbose_name = _("template version")
        verbose_name_plural = _("template versions")
        constraints = [models.UniqueConstraint(fields=["template", "number"], name="template_version_unique")]

    def __str__(self) -> str:
        return f"{self.template} v{self.number}"

    def languages(self) -> list[str]:
        return [code for code in ("fr", "en") if getattr(self, f"subject_{code}") and getattr(self, f"body_{code}")]


class Direction(models.TextChoices):
    OUTBOUND = "outbound", _("Sent")
    INBOUND = "inbound", _("Received")


class MessageStatus(models.TextChoices):
    QUEUED = "queued", _("Queued")
    SENDING = "sending", _("Sending")
    SENT = "sent", _("Sent")
    DELIVERED = "delivered", _("Delivered")
    OPENED = "opened", _("Opened")
    CLICKED = "clicked", _("Clicked")
    BOUNCED = "bounced", _("Bounced")
    COMPLAINED = "complained", _("Marked as spam")
    FAILED = "failed", _("Failed")
    SUPPRESSED = "suppressed", _("Not sent (suppressed)")
    CANCELLED = "cancelled", _("Cancelled")
    RECEIVED = "received", _("Received")


# How far along a message is: a later event never moves it back (an "opened" arriving after "clicked", a
# "delivered" replayed after a bounce…). Terminal failures rank above engagement so they stay visible.
STATUS_RANK = {
    MessageStatus.QUEUED: 0,
    MessageStatus.SENDING: 1,
    MessageStatus.SENT: 2,
    MessageStatus.DELIVERED: 3,
    MessageStatus.OPENED: 4,
    MessageStatus.CLICKED: 5,
    MessageStatus.BOUNCED: 6,
    MessageStatus.COMPLAINED: 7,
    MessageStatus.FAILED: 8,
    MessageStatus.SUPPRESSED: 8,
    MessageStatus.CANCELLED: 8,
    MessageStatus.RECEIVED: 0,
}


class Message(models.Model):
    candidate = models.ForeignKey(
        "candidates.Candidate", on_delete=models.CASCADE, related_name="messages", verbose_name=_("candidate")
    )
    direction = models.CharField(_("direction"), max_length=10, choices=Direction.choices, default=Direction.OUTBOUND)
    purpose = models.CharField(_("purpose"), max_length=30, choices=Purpose.choices, default=Purpose.ONE_OFF)
    is_marketing = models.BooleanField(_("marketing"), default=False)
    template_version = models.ForeignKey(
        TemplateVersion, null=True, blank=True, on_delete=models.PROTECT, related_name="messages"
    )
    language = models.CharField(_("language"), max_length=8, blank=True)
    from_email = models.CharField(_("from"), max_length=320)
    to_email = models.EmailField(_("to"), max_length=254)
    reply_to = models.CharField(_("reply to"), max_length=320, blank=True)
    subject = models.CharField(_("subject"), max_length=998)
    body_html = models.TextField(_("HTML body"), blank=True)
    body_text = models.TextField(_("text body"), blank=True)
    # What the message is about, for higher apps ({"application": 12, "job": 3}); ids only.
    context = models.JSONField(default=dict, blank=True)
    status = models.CharField(
        _("status"), max_length=12, choices=MessageStatus.choices, default=MessageStatus.QUEUED, db_index=True
    )
    status_reason = models.TextField(_("reason"), blank=True)
    status_changed_at = models.DateTimeField(default=timezone.now)
    # Not sent before this time: a scheduled send, or the next sending window for marketing mail.
    send_after = models.DateTimeField(_("send after"), null=True, blank=True)
    # Set when the send task was queued: the sweeper queues again what the broker never received.
    dispatched_at = models.DateTimeField(null=True, blank=True)
    attempts = models.PositiveSmallIntegerField(default=0)
    esp_name = models.CharField(max_length=40, blank=True)
    esp_message_id = models.CharField(max_length=255, blank=True, db_index=True)
    sent_at = models.DateTimeField(_("sent at"), null=True, blank=True)
    # A caller's own key ("application:12:acknowledgement"): the same e-mail is never queued twice.
    idempotency_key = models.CharField(max_length=200, null=True, blank=True, unique=True)
    in_reply_to = models.ForeignKey(
        "self", null=True, blank=True, on_delete=models.SET_NULL, related_name="replies", verbose_name=_("reply to")
    )
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(_("created at"), default=timezone.now, db_index=True)

    class Meta:
        ordering = ["-created_at", "-id"]
        verbose_name = _("message")
        verbose_name_plural = _("messages")
        indexes = [
            models.Index(fields=["candidate", "-created_at"], name="message_candidate_idx"),
            models.Index(fields=["status", "send_after"], name="message_due_idx"),
        ]

    def __str__(self) -> str:
        return self.subject

    @property
    def rank(self) -> int:
        return STATUS_RANK[MessageStatus(self.status)]


class EventKind(models.TextChoices):
    QUEUED = "queued", _("Queued")
    SENT = "sent", _("Handed to the e-mail service")
    DEFERRED = "deferred", _("Delayed by the receiving server")
    DELIVERED = "delivered", _("Delivered")
    OPENED = "opened", _("Opened")
    CLICKED = "clicked", _("Link clicked")
    BOUNCED = "bounced", _("Bounced")
    REJECTED = "rejected", _("Refused by the e-mail service")
    COMPLAINED = "complained", _("Marked as spam")
    UNSUBSCRIBED = "unsubscribed", _("Unsubscribed")
    FAILED = "failed", _("Failed")
    RETRYING = "retrying", _("Will try again")
    SUPPRESSED = "suppressed", _("Not sent: address suppressed or no consent")
    CANCELLED = "cancelled", _("Cancelled")
    REPLIED = "replied", _("Replied")
    UNKNOWN = "unknown", _("Other event")


class DeliveryEvent(models.Model):
    """A message's history: our own steps (queued, sent, retrying…) and the ESP's tracking events as anymail
    normalizes them. ``dedupe_key`` is the ESP's event id (or a fingerprint of the event when the ESP sends
    none), unique, so a replayed webhook is a no-op."""

    message = models.ForeignKey(Message, null=True, blank=True, on_delete=models.CASCADE, related_name="events")
    kind = models.CharField(_("event"), max_length=20, choices=EventKind.choices)
    occurred_at = models.DateTimeField(_("time"), default=timezone.now)
    esp_name = models.CharField(max_length=40, blank=True)
    esp_message_id = models.CharField(max_length=255, blank=True)
    dedupe_key = models.CharField(max_length=200, null=True, blank=True, unique=True)
    recipient = models.EmailField(blank=True)
    description = models.TextField(_("details"), blank=True)
    # Applied to the message, the suppression list and the timeline by a task; the webhook only records it.
    processed_at = models.DateTimeField(null=True, blank=True)
    created_at = models.DateTimeField(default=timezone.now)
    raw = models.JSONField(default=dict, blank=True)

    class Meta:
        ordering = ["occurred_at", "id"]
        verbose_name = _("delivery event")
        verbose_name_plural = _("delivery events")
        indexes = [
            models.Index(fields=["processed_at"], condition=Q(processed_at__isnull=True), name="event_unprocessed_idx")
        ]

    def __str__(self) -> str:
        return f"{self.get_kind_display()} ({self.occurred_at:%Y-%m-%d %H:%M})"


class SuppressionReason(models.TextChoices):
    HARD_BOUNCE = "hard_bounce", _("Hard bounce")
    COMPLAINT = "complaint", _("Spam complaint")
    UNSUBSCRIBED = "unsubscribed", _("Unsubscribed")
    MANUAL = "manual", _("Added by an administrator")


class SuppressionScope(models.TextChoices):
    MARKETING = "marketing", _("Newsletters and campaigns")
    ALL = "all", _("Every e-mail")


class Suppression(models.Model):
    """An address the product must not write to (for marketing only, or at all). Checked at send time."""

    email = models.EmailField(_("e-mail"), unique=True)
    scope = models.CharField(_("scope"), max_length=10, choices=SuppressionScope.choices)
    reason = models.CharField(_("reason"), max_length=20, choices=SuppressionReason.choices)
    detail = models.CharField(_("details"), max_length=300, blank=True)
    message = models.ForeignKey(Message, null=True, blank=True, on_delete=models.SET_NULL, related_name="+")
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(_("since"), default=timezone.now)

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("suppressed address")
        verbose_name_plural = _("suppressed addresses")

    def __str__(self) -> str:
        return self.email


class OutboxEmail(models.Model):
    """What the development e-mail backend "sent": every e-mail the product would have sent, readable in the
    outbox page. Production uses an ESP through anymail and never writes here."""

    from_email = models.CharField(max_length=320)
    to = models.TextField()
    subject = models.CharField(max_length=998)
    body_text = models.TextField(blank=True)
    body_html = models.TextField(blank=True)
    headers = models.JSONField(default=dict, blank=True)
    message_id = models.CharField(max_length=255, blank=True)
    raw = models.TextField(blank=True)
    created_at = models.DateTimeField(default=timezone.now, db_index=True)

    class Meta:
        ordering = ["-created_at", "-id"]
        verbose_name = _("outbox e-mail")
        verbose_name_plural = _("outbox")

    def __str__(self) -> str:
        return self.subject


class ReplyNotification(UserNotification):
    """The e-mail telling a recruiter (the candidate's owner, else whoever wrote the message answered) that a
    candidate replied (``accounts.notifications`` sends it). One row per reply and recipient: an inbound webhook
    or a task delivered again never sends a second e-mail."""

    message = models.ForeignKey(Message, on_delete=models.CASCADE, related_name="reply_notifications")

    class Meta(UserNotification.Meta):
        verbose_name = _("reply notification")
        verbose_name_plural = _("reply notifications")
        constraints = [models.UniqueConstraint(fields=["message", "recipient"], name="reply_notification_once")]
        indexes = [
            # The sweeper's reads: only the few rows not settled yet.
            models.Index(
                fields=["created_at"],
                name="reply_notification_open",
                condition=Q(status__in=[NotificationStatus.PENDING, NotificationStatus.SENDING]),
            )
        ]
