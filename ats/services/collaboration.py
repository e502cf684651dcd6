"""Working together on applications: notes that mention colleagues, and the board's bulk actions (move, reject,
e-mail many applications at once)."""

from __future__ import annotations

import datetime
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.files.uploadedfile import UploadedFile
from django.db import transaction
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from accounts.notifications import UserEmail, notification_send, notifications_queue_on_commit, notifications_sweep
from candidates.models import Activity, ActivityKind
from candidates.normalize import fold
from candidates.services import NOTE_MAX_LENGTH, CandidateError, activity_record, candidate_get_or_create
from candidates.services.resumes import ResumeError, resume_upload
from messaging.models import Template
from messaging.services import messages_queue_bulk

from ..models import Application, ApplicationStatus, Job, MentionNotification, RejectionReason, Stage
from ..selectors import applications_visible_to
from .applications import ApplicationError, Submission, application_add, application_move, application_reject

# --- Notes and mentions ------------------------------------------------------------------------------------------


def _may_read(user: Any, application: Application) -> bool:
    """Whether this user may open the application: the selectors' rules, the same as every page."""
    return applications_visible_to(user).filter(pk=application.pk).exists()


def mentioned_users(*, application: Application, text: str) -> list[Any]:
    """The colleagues a note mentions, as ``@email-prefix`` (``@jdupont`` for jdupont@…) or ``@First Last``
    (case and accents ignored). Only people who may read the application can be mentioned."""
    if "@" not in text:
        return []
    folded = fold(text)
    found = []
    for user in get_user_model().objects.filter(is_active=True).exclude(email=""):
        prefix = fold(user.email.split("@", 1)[0])
        full_name = fold(f"{user.first_name} {user.last_name}".strip())
        patterns = [re.escape(prefix)] if prefix else []
        if user.first_name and user.last_name:
            patterns.append(r"\s+".join(re.escape(part) for part in full_name.split()))
        if any(re.search(rf"(?<![\w@])@{pattern}(?![\w-])", folded) for pattern in patterns) and _may_read(
            user, application
        ):
            found.append(user)
    return found


def _queue_mention(notification_id: int) -> None:
    from ..tasks import send_mention_notification

    send_mention_notification.delay(notification_id)


def _mention_email(notification: MentionNotification) -> UserEmail | None:
    """What the e-mail says; None when the person may no longer read the application (the job became
    confidential, they left its hiring team): they are not told about it any more."""
    application = notification.application
    if not _may_read(notification.recipient, application):
        return None
    author = notification.note.actor
    return UserEmail(
        subject_template="ats/emails/mention_subject.txt",
        body_template="ats/emails/mention_body.txt",
        context={
            # Lazy: rendered in the recipient's language, like the rest of the e-mail.
            "author": (author.get_full_name() or author.email) if author is not None else gettext_lazy("A colleague"),
            "candidate": str(application.candidate),
            "job": application.job.title,
            "link": settings.SITE_URL.rstrip("/") + reverse("ats:application_detail", kwargs={"pk": application.pk}),
        },
    )


def mention_notification_send(*, notification_id: int) -> str:
    """Send one mention e-mail, at most once (the send task's whole work). Raises NotificationDeferred after a
    transient failure, for the task to retry."""
    return notification_send(
        model=MentionNotification,
        notification_id=notification_id,
        compose=_mention_email,
        related=("note__actor", "application__job", "application__candidate"),
    )


def mention_notifications_sweep() -> dict[str, int]:
    """Beat: queue again the mention e-mails whose task was lost (broker down), settle the stuck ones."""
    return notifications_sweep(model=MentionNotification, queue=_queue_mention)


@transaction.atomic
def application_note_add(*, application: Application, author: Any, text: str) -> Activity:
    """A note on the person's timeline, tied to this application. Colleagues it mentions get an e-mail with a
    link to the application, sent by a task queued after the commit (the author is never notified of their own
    note)."""
    text = text.strip()
    if not text:
        raise ApplicationError(_("A note cannot be empty."), field="text")
    if len(text) > NOTE_MAX_LENGTH:
        raise ApplicationError(
            _("A note is limited to %(limit)d characters.") % {"limit": NOTE_MAX_LENGTH}, field="text"
        )
    mentioned = [user for user in mentioned_users(application=application, text=text) if user.pk != author.pk]
    activity = activity_record(
        candidate=application.candidate,
        kind=ActivityKind.NOTE,
        actor=author,
        payload={
            "text": text,
            "application": application.pk,
            "job_title": application.job.title,
            "mentions": [user.pk for user in mentioned],
        },
    )
    notifications = MentionNotification.objects.bulk_create(
        [MentionNotification(note=activity, application=application, recipient=user) for user in mentioned]
    )
    notifications_queue_on_commit(
        model=MentionNotification, queue=_queue_mention, notification_ids=[row.pk for row in notifications]
    )
    return activity


# --- Bulk actions --------------------------------------------------------------------------------------------------


@dataclass
class BulkResult:
    done: list[int] = field(default_factory=list)
    # application id → why it was left as it was
    skipped: dict[int, str] = field(default_factory=dict)


def _of_job(job: Job, applications: Iterable[Application]) -> list[Application]:
    items = list(applications)
    if any(application.job_id != job.pk for application in items):
        raise ApplicationError(_("Some of these applications belong to another job."))
    return items


@transaction.atomic
def applications_bulk_move(*, job: Job, applications: Iterable[Application], stage: Stage, actor: Any) -> BulkResult:
    """Move each application to ``stage``; one that cannot move (rejected, say) is skipped with its reason and
    the others still move."""
    if stage.job_id != job.pk:
        raise ApplicationError(_("That stage belongs to another job."), field="stage")
    result = BulkResult()
    for application in _of_job(job, applications):
        try:
            with transaction.atomic():
                application_move(application=application, stage=stage, actor=actor)
        except ApplicationError as error:
            result.skipped[application.pk] = error.message
        else:
            result.done.append(application.pk)
    return result


@transaction.atomic
def applications_bulk_reject(
    *,
    job: Job,
    applications: Iterable[Application],
    reason: RejectionReason,
    actor: Any,
    send_email: bool = True,
    email_delay: datetime.timedelta | None = None,
) -> BulkResult:
    result = BulkResult()
    for application in _of_job(job, applications):
        try:
            with transaction.atomic():
                application_reject(
                    application=application, reason=reason, actor=actor, send_email=send_email, email_delay=email_delay
                )
        except ApplicationError as error:
            result.skipped[application.pk] = error.message
        else:
            result.done.append(application.pk)
    return result


@transaction.atomic
def applications_bulk_email(
    *, job: Job, applications: Iterable[Application], template: Template, actor: Any, key: str
) -> BulkResult:
    """Queue one template for the people of these applications (transactional mail about their application:
    campaign templates are refused). ``key`` makes a double-submitted form queue nothing the second time."""
    from messaging.models import MARKETING_PURPOSES

    if template.purpose in MARKETING_PURPOSES:
        raise ApplicationError(_("Campaign templates are sent from campaigns."), field="template")
    chosen = _of_job(job, applications)
    items = [item for item in chosen if item.status == ApplicationStatus.ACTIVE]
    skipped = {
        application.pk: _("Only applications in progress are written to.")
        for application in chosen
        if application.status != ApplicationStatus.ACTIVE
    }
    by_candidate = {application.candidate_id: application for application in items}
    messages, refused = messages_queue_bulk(
        candidates=[application.candidate for application in items],
        template=template,
        values_for=lambda person: {
            "job_title": job.title,
            "job_location": job.city,
            "stage_name": by_candidate[person.pk].stage.name,
        },
        actor=actor,
        context={"job": job.pk},
        key_prefix=f"ats-bulk:{job.pk}:{template.pk}:{key}",
    )
    for candidate_id, message in refused.items():
        skipped[by_candidate[candidate_id].pk] = message
    # The timeline entry is written when the message is sent (messaging records it), not here.
    done = [by_candidate[message.candidate_id].pk for message in messages]
    return BulkResult(done=done, skipped=skipped)


# --- Adding people by hand -----------------------------------------------------------------------------------------


@transaction.atomic
def application_add_from_cv(
    *,
    job: Job,
    actor: Any,
    first_name: str = "",
    last_name: str = "",
    email: str = "",
    phone: str = "",
    cv: UploadedFile | None = None,
    source: str = "email",
) -> Submission:
    """Someone applied by mail: find them (e-mail, then phone) or create them, store the CV they sent (read in the
    background), and add them to the job, in one transaction. A CV that cannot be read refuses the whole thing
    (field ``cv``), so nothing half-done is left behind."""
    if not (first_name.strip() or last_name.strip() or email.strip()):
        raise ApplicationError(_("Give at least a name or an e-mail address."), field="first_name")
    try:
        candidate, _created = candidate_get_or_create(
            email=email,
            phone=phone,
            first_name=first_name.strip(),
            last_name=last_name.strip(),
            source=source.strip()[:100],
            actor=actor,
        )
    except CandidateError as error:
        raise ApplicationError(error.message, field=error.field) from error
    if cv is not None:
        try:
            resume_upload(candidate=candidate, uploaded_file=cv, uploaded_by=actor)
        except ResumeError as error:
            raise ApplicationError(error.message, field="cv") from error
    return application_add(job=job, candidate=candidate, actor=actor, source=source.strip() or "email")
