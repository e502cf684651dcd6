"""Hiring-manager reviews: the scorecard criteria of a job, and the e-mail telling each hiring manager that an
application reached a review stage of their job.

The e-mail goes to users, not candidates, so it does not go through ``messaging`` (which writes to candidates,
with their consent and suppression rules): it is a user notification (``accounts.notifications``), sent by a
Celery task on the ``email`` queue so a slow SMTP server never slows a move, at most once, retried only when the
failure may pass. A ``ReviewNotification`` row per stage entry and manager makes it safe to run twice.
"""

from __future__ import annotations

import datetime
from collections.abc import Sequence

from django.conf import settings
from django.contrib.auth import get_user_model
from django.db import transaction
from django.db.models import Count, Max
from django.urls import reverse
from django.utils.translation import gettext as _

from accounts.models import NotificationStatus
from accounts.notifications import UserEmail, notification_send, notifications_queue_on_commit, notifications_sweep

from ..models import (
    ApplicationStatus,
    Job,
    ReviewNotification,
    Scorecard,
    ScorecardCriterion,
    StageKind,
    StageTransition,
)
from ..selectors import applications_visible_to

CRITERIA_PER_JOB = 30


class CriterionError(ValueError):
    def __init__(self, message: str, *, field: str = "") -> None:
        super().__init__(message)
        self.message = message
        self.field = field


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


def _queue_review(notification_id: int) -> None:
    from ..tasks import send_review_notification

    send_review_notification.delay(notification_id)


@transaction.atomic
def review_notifications_create(*, entry: StageTransition) -> list[ReviewNotification]:
    """An application has just entered a stage (``entry``, its transition): when it is a review stage and the
    application is in progress, one notification per active hiring manager of the job (but the person who made the
    move), queued after commit.

    Called by every service that moves an application, in the transaction that writes the transition: the rows
    commit with the move or not at all, so a process that dies right after the commit loses no e-mail (the sweeper
    queues it). Safe to call twice for the same entry: the rows already there are not created nor queued again."""
    stage = entry.to_stage
    if stage is None or stage.kind != StageKind.REVIEW or entry.to_status != ApplicationStatus.ACTIVE:
        return []
    job_id = entry.application.job_id
    managers = get_user_model().objects.filter(managed_jobs=job_id, is_active=True)
    if entry.actor_id is not None:
        managers = managers.exclude(pk=entry.actor_id)
    already = set(ReviewNotification.objects.filter(transition=entry).values_list("recipient_id", flat=True))
    created = ReviewNotification.objects.bulk_create(
        [ReviewNotification(transition=entry, recipient=manager) for manager in managers if manager.pk not in already],
        ignore_conflicts=True,
    )
    if not created:
        return []
    # With ignore_conflicts Postgres does not return ids: read back the rows of this entry not yet sent.
    pending = list(
        ReviewNotification.objects.filter(
            transition=entry,
            status=NotificationStatus.PENDING,
            recipient_id__in=[row.recipient_id for row in created],
        )
    )
    notifications_queue_on_commit(
        model=ReviewNotification, queue=_queue_review, notification_ids=[row.pk for row in pending]
    )
    return pending


def _review_email(notification: ReviewNotification) -> UserEmail | None:
    """What the e-mail says (text and HTML, with the links to the application, the scorecard and the review
    queue); None when the news went stale before it left: the application moved on or closed, the recipient is no
    longer a hiring manager of the job, or may no longer see the application (the selectors' rules)."""
    application = notification.transition.application
    stage = notification.transition.to_stage
    # Moved on, closed, or its stage deleted since (the transition keeps a null): the news is stale.
    if stage is None or application.status != ApplicationStatus.ACTIVE or application.stage_id != stage.pk:
        return None
    if not application.job.hiring_managers.filter(pk=notification.recipient_id).exists():
        return None
    if not applications_visible_to(notification.recipient).filter(pk=application.pk).exists():
        return None
    base = settings.SITE_URL.rstrip("/")
    return UserEmail(
        subject_template="ats/emails/review_notification_subject.txt",
        body_template="ats/emails/review_notification.txt",
        html_template="ats/emails/review_notification.html",
        context={
            "recipient": notification.recipient,
            "candidate_name": str(application.candidate),
            "job_title": application.job.title,
            "stage_name": stage.name,
            "application_url": base + reverse("ats:application_detail", kwargs={"pk": application.pk}),
            "scorecard_url": base + reverse("ats:scorecard", kwargs={"pk": application.pk}),
            "queue_url": base + reverse("ats:review_queue"),
        },
    )


def review_notification_send(*, notification_id: int) -> str:
    """Send one review e-mail, at most once (the send task's whole work): the row is claimed and committed before
    the mail server is called, never held locked across it. Raises NotificationDeferred after a transient
    failure, for the task to retry; a permanent one is recorded as failed."""
    return notification_send(
        model=ReviewNotification,
        notification_id=notification_id,
        compose=_review_email,
        related=("transition__to_stage", "transition__application__job", "transition__application__candidate"),
    )


def review_notifications_sweep(*, now: datetime.datetime | None = None) -> dict[str, int]:
    """Beat: queue again the review e-mails whose task was lost (broker down), settle the interrupted and the
    stale ones."""
    return notifications_sweep(model=ReviewNotification, queue=_queue_review, now=now)
