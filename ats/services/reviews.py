"""Hiring-manager reviews: the scorecard criteria of a job, and the e-mail telling each hiring manager that an
application reached a review stage of their job.

The e-mail goes to users, not candidates, so it does not go through ``messaging`` (which writes to candidates,
with their consent and suppression rules): it is Django's mail, sent by a Celery task on the ``email`` queue so
a slow SMTP server never slows a move. A ``ReviewNotification`` row per stage entry and manager makes it safe to
run twice.
"""

from __future__ import annotations

import datetime
import logging
from collections.abc import Sequence

from django.conf import settings
from django.core.mail import EmailMultiAlternatives
from django.db import transaction
from django.db.models import Count, Max
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from ..models import (
    Application,
    ApplicationStatus,
    Job,
    ReviewNotification,
    ReviewNotificationStatus,
    Scorecard,
    ScorecardCriterion,
    StageKind,
    StageTransition,
)

logger = logging.getLogger(__name__)

CRITERIA_PER_JOB = 30
# A notification still pending after this long was never queued (broker down) or its worker died: sweep it.
SWEEP_AFTER = datetime.timedelta(minutes=10)
# Past this age (or this many attempts) the news is stale: the sweeper leaves it alone.
SWEEP_UNTIL = datetime.timedelta(days=2)
MAX_ATTEMPTS = 6


class CriterionError(ValueError):
    def __init__(self, message: str, *, field: str = "") -> None:
        super().__init__(message)
        self.message = message
        self.field = field


class NotificationDeferred(RuntimeError):
    """Sending failed for a reason that may pass (SMTP or network): the task retries later."""


# --- Scorecard criteria ----------------------------------------------------------------------------------------


def _clean_label(job: Job, label: str, *, exclude: int | None = None) -> str:
    cleaned = " ".join(label.split())
    if not cleaned:
        raise CriterionError(_("Name the criterion."), field="label")
    if len(cleaned) > 200:
        raise CriterionError(_("Keep the criterion under 200 characters."), field="label")
    duplicates = ScorecardCriterion.objects.filter(job=job, label__iexact=cleaned)
    if exclude is not None:
        duplicates = duplicates.exclude(pk=exclude)
    if duplicates.exists():
        raise CriterionError(_("This job already has this criterion."), field="label")
    return cleaned


def _lock_job(job: Job) -> Job:
    """Criteria of one job are renumbered under its row lock, so two recruiters editing at once keep an order."""
    return Job.objects.select_for_update().get(pk=job.pk)


@transaction.atomic
def criterion_add(*, job: Job, label: str) -> ScorecardCriterion:
    locked = _lock_job(job)
    cleaned = _clean_label(locked, label)
    existing = ScorecardCriterion.objects.filter(job=locked).aggregate(count=Count("id"), last=Max("position"))
    if existing["count"] >= CRITERIA_PER_JOB:
        raise CriterionError(
            _("A scorecard keeps at most %(count)d criteria.") % {"count": CRITERIA_PER_JOB}, field="label"
        )
    position = 0 if existing["last"] is None else existing["last"] + 1
    return ScorecardCriterion.objects.create(job=locked, label=cleaned, position=position)


@transaction.atomic
def criterion_rename(*, criterion: ScorecardCriterion, label: str) -> ScorecardCriterion:
    locked = _lock_job(criterion.job)
    criterion = ScorecardCriterion.objects.get(pk=criterion.pk, job=locked)
    criterion.label = _clean_label(locked, label, exclude=criterion.pk)
    criterion.save(update_fields=["label"])
    return criterion


@transaction.atomic
def criteria_reorder(*, job: Job, criterion_ids: Sequence[int]) -> list[ScorecardCriterion]:
    """Put the job's criteria in this order; the ids must be exactly the job's criteria."""
    locked = _lock_job(job)
    criteria = {criterion.pk: criterion for criterion in ScorecardCriterion.objects.filter(job=locked)}
    wanted = [int(pk) for pk in criterion_ids]
    if sorted(wanted) != sorted(criteria):
        raise CriterionError(_("The criteria changed meanwhile: reload the page and try again."))
    ordered = [criteria[pk] for pk in wanted]
    for position, criterion in enumerate(ordered):
        criterion.position = position
    ScorecardCriterion.objects.bulk_update(ordered, ["position"])
    return ordered


def criterion_move(*, criterion: ScorecardCriterion, offset: int) -> list[ScorecardCriterion]:
    """Move a criterion one place up (-1) or down (+1): the keyboard way to reorder."""
    with transaction.atomic():
        locked = _lock_job(criterion.job)
        ids = list(ScorecardCriterion.objects.filter(job=locked).values_list("pk", flat=True))
        if criterion.pk not in ids:
            raise CriterionError(_("The criteria changed meanwhile: reload the page and try again."))
        index = ids.index(criterion.pk)
        target = min(max(index + offset, 0), len(ids) - 1)
        ids.insert(target, ids.pop(index))
        return criteria_reorder(job=locked, criterion_ids=ids)


@transaction.atomic
def criterion_remove(*, criterion: ScorecardCriterion) -> None:
    """Remove a criterion nobody rated yet. Once a scorecard rated it, removing it would hide that rating."""
    locked = _lock_job(criterion.job)
    if Scorecard.objects.filter(application__job=locked, ratings__has_key=str(criterion.pk)).exists():
        raise CriterionError(
            _("Scorecards already rate “%(label)s”: it stays, so that their ratings keep their meaning.")
            % {"label": criterion.label}
        )
    ScorecardCriterion.objects.filter(pk=criterion.pk, job=locked).delete()
    remaining = list(ScorecardCriterion.objects.filter(job=locked))
    for position, item in enumerate(remaining):
        item.position = position
    ScorecardCriterion.objects.bulk_update(remaining, ["position"])


# --- Review notifications --------------------------------------------------------------------------------------


def _queue_send(notification_id: int) -> None:
    """Send the task; a broker that is down must not fail anything: the sweeper queues the row again."""
    from ..tasks import send_review_notification

    try:
        send_review_notification.delay(notification_id)
    except Exception:  # the broker's own errors vary by transport
        logger.warning("Could not queue review notification %s; the sweeper will", notification_id, exc_info=True)


@transaction.atomic
def review_notifications_create(*, application_id: int, stage_id: int) -> list[ReviewNotification]:
    """After an application entered a stage: when the stage is a review stage, one notification per hiring
    manager of the job (but the person who made the move), queued after commit. Safe to call twice for the
    same entry: the rows already there are not created nor queued again."""
    application = (
        Application.objects.select_related("job", "stage").filter(pk=application_id, stage_id=stage_id).first()
    )
    if application is None or application.stage.kind != StageKind.REVIEW:
        return []
    if application.status != ApplicationStatus.ACTIVE:
        return []
    entry = (
        StageTransition.objects.filter(application=application, to_stage_id=stage_id)
        .order_by("-occurred_at", "-id")
        .first()
    )
    if entry is None:
        return []
    managers = application.job.hiring_managers.filter(is_active=True)
    if entry.actor_id is not None:
        managers = managers.exclude(pk=entry.actor_id)
    already = set(ReviewNotification.objects.filter(transition=entry).values_list("recipient_id", flat=True))
    created = ReviewNotification.objects.bulk_create(
        [ReviewNotification(transition=entry, recipient=manager) for manager in managers if manager.pk not in already],
        ignore_conflicts=True,
    )
    # With ignore_conflicts Postgres does not return ids: read back the rows of this entry not yet sent.
    if created:
        pending = list(
            ReviewNotification.objects.filter(
                transition=entry,
                status=ReviewNotificationStatus.PENDING,
                recipient_id__in=[row.recipient_id for row in created],
            )
        )
        for notification in pending:
            transaction.on_commit(lambda pk=notification.pk: _queue_send(pk))  # type: ignore[misc]
        return pending
    return []


def _email(notification: ReviewNotification) -> EmailMultiAlternatives:
    recipient = notification.recipient
    application = notification.transition.application
    stage = notification.transition.to_stage
    base = settings.SITE_URL.rstrip("/")
    context = {
        "recipient": recipient,
        "candidate_name": str(application.candidate),
        "job_title": application.job.title,
        "stage_name": stage.name if stage else "",
        "application_url": base + reverse("ats:application_detail", kwargs={"pk": application.pk}),
        "scorecard_url": base + reverse("ats:scorecard", kwargs={"pk": application.pk}),
        "queue_url": base + reverse("ats:review_queue"),
        "company_name": getattr(settings, "COMPANY_NAME", ""),
    }
    with translation.override(recipient.preferred_language or settings.LANGUAGE_CODE):
        subject = _("To review: %(candidate)s for %(job)s") % {
            "candidate": context["candidate_name"],
            "job": context["job_title"],
        }
        text = render_to_string("ats/emails/review_notification.txt", context)
        html = render_to_string("ats/emails/review_notification.html", context)
    message = EmailMultiAlternatives(
        subject=" ".join(subject.split()), body=text, from_email=settings.DEFAULT_FROM_EMAIL, to=[recipient.email]
    )
    message.attach_alternative(html, "text/html")
    return message


def review_notification_send(*, notification_id: int) -> str:
    """Send one notification, once. The row is locked while sending, so a second worker holding the same job
    waits and then finds it sent. Raises NotificationDeferred (after recording why) when sending failed."""
    failure: Exception | None = None
    with transaction.atomic():
        notification = (
            ReviewNotification.objects.select_for_update(of=("self",))
            .select_related(
                "recipient",
                "transition__to_stage",
                "transition__application__job",
                "transition__application__candidate",
            )
            .filter(pk=notification_id)
            .first()
        )
        if notification is None or notification.status != ReviewNotificationStatus.PENDING:
            return "gone" if notification is None else str(notification.status)
        application = notification.transition.application
        recipient = notification.recipient
        still_there = (
            application.status == ApplicationStatus.ACTIVE
            and application.stage_id == notification.transition.to_stage_id
        )
        still_manager = recipient.is_active and application.job.hiring_managers.filter(pk=recipient.pk).exists()
        if not (still_there and still_manager and recipient.email):
            # Moved on, closed, or no longer their job before the e-mail left: the news is stale.
            notification.status = ReviewNotificationStatus.SKIPPED
            notification.save(update_fields=["status"])
            return str(notification.status)
        notification.attempts += 1
        try:
            _email(notification).send()
        except Exception as error:  # SMTP and ESP errors vary by backend
            failure = error
            notification.last_error = f"{type(error).__name__}: {error}"[:300]
            notification.save(update_fields=["attempts", "last_error"])
        else:
            notification.status = ReviewNotificationStatus.SENT
            notification.sent_at = timezone.now()
            notification.last_error = ""
            notification.save(update_fields=["attempts", "status", "sent_at", "last_error"])
    if failure is not None:
        raise NotificationDeferred(str(failure)) from failure
    return str(notification.status)


def review_notifications_sweep(*, now: datetime.datetime | None = None) -> int:
    """Queue again the notifications left pending (broker down when queued, worker lost): the periodic sweeper."""
    now = now or timezone.now()
    ids = list(
        ReviewNotification.objects.filter(
            status=ReviewNotificationStatus.PENDING,
            created_at__lte=now - SWEEP_AFTER,
            created_at__gte=now - SWEEP_UNTIL,
            attempts__lt=MAX_ATTEMPTS,
        ).values_list("pk", flat=True)[:500]
    )
    for pk in ids:
        _queue_send(pk)
    return len(ids)
