"""Applications: submitted on the career site or added by a recruiter, moved, rejected, withdrawn, hired.

Every write here runs in one transaction with its timeline entry and transition; e-mails and signals go after
the commit, so a broker or an ESP that is down never loses an application.
"""

from __future__ import annotations

import datetime
import logging
from collections.abc import Mapping
from dataclasses import dataclass
from functools import partial
from typing import Any

from django.core.files.uploadedfile import UploadedFile
from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from candidates.models import ActivityKind, Candidate, ConsentChannel, ConsentPurpose, LegalBasis
from candidates.normalize import normalize_email
from candidates.services import activity_record, candidate_get_or_create, consent_record
from candidates.services.resumes import ResumeError, resume_upload
from messaging.models import Purpose
from messaging.selectors import template_default
from messaging.services import MessagingError, message_cancel, message_queue

from .. import signals
from ..models import (
    Application,
    ApplicationStatus,
    Job,
    JobStatus,
    QuestionKind,
    RejectionReason,
    Stage,
    StageKind,
    StageTransition,
)
from .reviews import review_notifications_create

logger = logging.getLogger(__name__)

PRIVACY_NOTICE_VERSION = "privacy-2026-11"


class ApplicationError(ValueError):
    def __init__(self, message: str, *, field: str = "") -> None:
        super().__init__(message)
        self.message = message
        self.field = field


@dataclass(frozen=True)
class Submission:
    application: Application
    created: bool


def _first_stage(job: Job) -> Stage:
    stage = (
        job.stages.filter(kind=StageKind.APPLIED).order_by("position").first()
        or job.stages.order_by("position").first()
    )
    if stage is None:
        raise ApplicationError(_("This job has no pipeline yet."))
    return stage


def _answers(job: Job, raw: Mapping[str, Any]) -> tuple[dict[str, str], bool]:
    """The answers to the job's questions, checked; and whether one of them flags the application."""
    answers: dict[str, str] = {}
    flagged = False
    for question in job.questions.all():
        value = str(raw.get(str(question.pk), "") or "").strip()
        if question.required and not value:
            raise ApplicationError(_("Please answer this question."), field=f"question_{question.pk}")
        if value and question.kind == QuestionKind.YES_NO and value not in ("yes", "no"):
            raise ApplicationError(_("Answer yes or no."), field=f"question_{question.pk}")
        if value and question.kind == QuestionKind.CHOICE and value not in question.choices:
            raise ApplicationError(_("Choose one of the answers offered."), field=f"question_{question.pk}")
        if value:
            answers[str(question.pk)] = value[:5000]
            if question.knockout_answer and value == question.knockout_answer:
                flagged = True
    return answers, flagged


def _job_values(job: Job) -> dict[str, str]:
    return {"job_title": job.title, "job_location": job.city}


def _queue_email(
    *,
    application: Application,
    purpose: Purpose,
    template: Any,
    key: str,
    actor: Any = None,
    send_at: datetime.datetime | None = None,
    values: Mapping[str, str] | None = None,
) -> Any:
    """Queue an e-mail about this application in a savepoint: an e-mail that cannot be written (no address, a
    template needing a value we do not have) is logged and skipped, never a reason to lose the application."""
    if template is None:
        return None
    try:
        with transaction.atomic():
            return message_queue(
                candidate=application.candidate,
                purpose=purpose,
                template=template,
                values={**_job_values(application.job), **(values or {})},
                actor=actor,
                send_at=send_at,
                idempotency_key=key,
                context={"application": application.pk, "job": application.job_id},
            )
    except MessagingError as error:
        logger.warning("E-mail %s for application %s not queued: %s", key, application.pk, error.message)
        return None


def _transition(application: Application, *, from_stage: Stage | None, from_status: str, actor: Any) -> StageTransition:
    return StageTransition.objects.create(
        application=application,
        from_stage=from_stage,
        to_stage=application.stage,
        from_status=from_status,
        to_status=application.status,
        actor=actor if getattr(actor, "is_authenticated", False) else None,
    )


def _send_after_commit(signal: Any, **kwargs: Any) -> None:
    transaction.on_commit(partial(signal.send_robust, sender=Application, **kwargs))


def _keep_new_contact(candidate: Candidate, *, email: str) -> None:
    """A person found by their phone number who typed another e-mail address: that address is theirs too, kept
    (never lost, never replacing the one on file)."""
    address = normalize_email(email)
    if address and address != candidate.email and address not in candidate.other_emails:
        candidate.other_emails = [*candidate.other_emails, address]
        candidate.save(update_fields=["other_emails", "updated_at"])


@transaction.atomic
def application_submit(
    *,
    job: Job,
    first_name: str,
    last_name: str,
    email: str,
    phone: str = "",
    cv: UploadedFile | None = None,
    cover_letter: str = "",
    answers: Mapping[str, Any] | None = None,
    consent_application: bool,
    consent_talent_pool: bool = False,
    language: str = "",
    source: str = "career_site",
    source_detail: Mapping[str, str] | None = None,
    proof: Mapping[str, Any] | None = None,
) -> Submission:
    """An application from the career site, in one transaction: find or create the person (e-mail, then phone),
    store the CV, create the application at the job's first stage, record consent and the timeline. After the
    commit: parsing and the acknowledgement e-mail. The same person applying twice to a job gets the application
    they already have (``created`` False); applying to another job reuses the same person."""
    if not consent_application:
        raise ApplicationError(
            _("Please accept the processing of your data for this application."), field="consent_application"
        )
    if not email.strip():
        raise ApplicationError(_("Enter your e-mail address."), field="email")
    # A shared lock: applications to one job run side by side (a popular job gets dozens a second), while a
    # recruiter closing or pausing it (select_for_update in job_set_status) waits for those in flight, and those
    # that come after see the new status.
    locked_job = Job.objects.raw(
        f"SELECT * FROM {Job._meta.db_table} WHERE id = %s FOR SHARE",  # noqa: S608 - our own table name
        [job.pk],
    )[0]
    if locked_job.status != JobStatus.PUBLISHED or (
        locked_job.closing_date and locked_job.closing_date < timezone.localdate()
    ):
        raise ApplicationError(_("This job is no longer open to applications."))
    checked_answers, flagged = _answers(locked_job, answers or {})
    candidate, _created = candidate_get_or_create(
        email=email,
        phone=phone,
        first_name=first_name.strip(),
        last_name=last_name.strip(),
        source=source,
        source_medium=(source_detail or {}).get("utm_medium", ""),
        source_campaign=(source_detail or {}).get("utm_campaign", ""),
        preferred_language=language,
    )
    if not _created:
        _keep_new_contact(candidate, email=email)
    existing = Application.objects.filter(candidate=candidate, job=locked_job).first()
    if existing is not None:
        return Submission(existing, False)
    if cv is not None:
        try:
            resume_upload(candidate=candidate, uploaded_file=cv)
        except ResumeError as error:
            raise ApplicationError(error.message, field="cv") from error
    proof_data = {**(proof or {}), "job": locked_job.pk, "notice": PRIVACY_NOTICE_VERSION}
    consent_record(
        candidate=candidate,
        purpose=ConsentPurpose.APPLICATION,
        legal_basis=LegalBasis.CONTRACT,
        text_version=PRIVACY_NOTICE_VERSION,
        channel=ConsentChannel.CAREER_SITE,
        proof=proof_data,
    )
    if consent_talent_pool:
        consent_record(
            candidate=candidate,
            purpose=ConsentPurpose.TALENT_POOL,
            legal_basis=LegalBasis.CONSENT,
            text_version=PRIVACY_NOTICE_VERSION,
            channel=ConsentChannel.CAREER_SITE,
            proof=proof_data,
        )
    try:
        with transaction.atomic():
            application = Application.objects.create(
                candidate=candidate,
                job=locked_job,
                stage=_first_stage(locked_job),
                source=source[:100],
                source_detail=dict(source_detail or {}),
                cover_letter=cover_letter.strip()[:20_000],
                answers=checked_answers,
                flagged=flagged,
            )
    except IntegrityError:  # the same person, the same job, at the same instant (a double click)
        return Submission(Application.objects.get(candidate=candidate, job=locked_job), False)
    _transition(application, from_stage=None, from_status="", actor=None)
    activity_record(
        candidate=candidate,
        kind=ActivityKind.APPLIED,
        payload={"application": application.pk, "job": locked_job.pk, "job_title": locked_job.title},
    )
    _queue_email(
        application=application,
        purpose=Purpose.ACKNOWLEDGEMENT,
        template=template_default(purpose=Purpose.ACKNOWLEDGEMENT),
        key=f"application:{application.pk}:acknowledgement",
    )
    _send_after_commit(signals.application_created, application_id=application.pk, created=True)
    return Submission(application, True)


@transaction.atomic
def application_add(*, job: Job, candidate: Candidate, actor: Any, source: str = "recruiter") -> Submission:
    """A recruiter adds a person already in the database to a job (or uploads a CV for someone who applied by
    mail, then adds them). No acknowledgement: the recruiter is in touch already."""
    if candidate.is_anonymized:
        raise ApplicationError(_("This person's data was erased."))
    existing = Application.objects.filter(candidate=candidate, job=job).first()
    if existing is not None:
        return Submission(existing, False)
    application = Application.objects.create(
        candidate=candidate, job=job, stage=_first_stage(job), source=source[:100], created_by=actor
    )
    _transition(application, from_stage=None, from_status="", actor=actor)
    activity_record(
        candidate=candidate,
        kind=ActivityKind.APPLIED,
        actor=actor,
        payload={"application": application.pk, "job": job.pk, "job_title": job.title, "added_by_recruiter": True},
    )
    _send_after_commit(signals.application_created, application_id=application.pk, created=True)
    return Submission(application, True)


def _lock(application: Application) -> Application:
    return Application.objects.select_for_update().select_related("job", "stage", "candidate").get(pk=application.pk)


@transaction.atomic
def application_move(*, application: Application, stage: Stage, actor: Any) -> Application:
    """Move to another stage of the same job; the stage's automatic e-mail (if any) is queued, and so are the
    hiring managers' e-mails when it is a review stage."""
    locked = _lock(application)
    if stage.job_id != locked.job_id:
        raise ApplicationError(_("That stage belongs to another job."), field="stage")
    if locked.status != ApplicationStatus.ACTIVE:
        raise ApplicationError(_("Only an application in progress can be moved."))
    if stage.kind in (StageKind.HIRED, StageKind.REJECTED):
        raise ApplicationError(_("Use “Hire” or “Reject” to close an application."), field="stage")
    if locked.stage_id == stage.pk:
        return locked
    previous = locked.stage
    locked.stage = stage
    locked.stage_entered_at = timezone.now()
    locked.save(update_fields=["stage", "stage_entered_at", "updated_at"])
    entry = _transition(locked, from_stage=previous, from_status=locked.status, actor=actor)
    # In this transaction, not from a receiver after the commit: the e-mails commit with the move or not at all.
    review_notifications_create(entry=entry)
    activity_record(
        candidate=locked.candidate,
        kind=ActivityKind.STAGE_MOVED,
        actor=actor,
        payload={"application": locked.pk, "job_title": locked.job.title, "from": previous.name, "to": stage.name},
    )
    if stage.email_template_id:
        _queue_email(
            application=locked,
            purpose=Purpose.STAGE_UPDATE,
            template=stage.email_template,
            key=f"application:{locked.pk}:stage:{stage.pk}:{locked.stage_entered_at.timestamp():.0f}",
            actor=actor,
            values={"stage_name": stage.name},
        )
    _send_after_commit(
        signals.application_moved, application_id=locked.pk, from_stage_id=previous.pk, to_stage_id=stage.pk
    )
    return locked


@transaction.atomic
def application_reject(
    *,
    application: Application,
    reason: RejectionReason,
    actor: Any,
    send_email: bool = True,
    email_delay: datetime.timedelta | None = None,
) -> Application:
    """Reject with a reason. The reason's e-mail (or the default rejection template) goes after ``email_delay``
    (a kind pause, cancellable until then with :func:`application_unreject`)."""
    locked = _lock(application)
    if locked.status != ApplicationStatus.ACTIVE:
        raise ApplicationError(_("Only an application in progress can be rejected."))
    previous_status = locked.status
    locked.status = ApplicationStatus.REJECTED
    locked.rejection_reason = reason
    locked.rejected_at = timezone.now()
    locked.save(update_fields=["status", "rejection_reason", "rejected_at", "updated_at"])
    _transition(locked, from_stage=locked.stage, from_status=previous_status, actor=actor)
    activity_record(
        candidate=locked.candidate,
        kind=ActivityKind.REJECTED,
        actor=actor,
        payload={"application": locked.pk, "job_title": locked.job.title, "reason": reason.label_fr},
    )
    if send_email:
        template = reason.email_template or template_default(purpose=Purpose.REJECTION)
        _queue_email(
            application=locked,
            purpose=Purpose.REJECTION,
            template=template,
            key=f"application:{locked.pk}:rejection:{locked.rejected_at.timestamp():.0f}",
            actor=actor,
            send_at=timezone.now() + email_delay if email_delay else None,
        )
    _send_after_commit(
        signals.application_rejected, application_id=locked.pk, reason_id=reason.pk, recyclable=reason.recyclable
    )
    return locked


@transaction.atomic
def application_unreject(*, application: Application, actor: Any) -> Application:
    """Undo a rejection made by mistake; a rejection e-mail not sent yet is cancelled."""
    from messaging.models import Message, MessageStatus

    locked = _lock(application)
    if locked.status != ApplicationStatus.REJECTED:
        raise ApplicationError(_("This application is not rejected."))
    for message in Message.objects.filter(
        context__application=locked.pk, purpose=Purpose.REJECTION, status=MessageStatus.QUEUED
    ):
        message_cancel(message=message, actor=actor)
    locked.status = ApplicationStatus.ACTIVE
    locked.rejection_reason = None
    locked.rejected_at = None
    locked.save(update_fields=["status", "rejection_reason", "rejected_at", "updated_at"])
    _transition(locked, from_stage=locked.stage, from_status=ApplicationStatus.REJECTED, actor=actor)
    return locked


@transaction.atomic
def application_withdraw(*, application: Application, actor: Any = None) -> Application:
    """The candidate withdrew (told the recruiter, or from their own page)."""
    locked = _lock(application)
    if locked.status != ApplicationStatus.ACTIVE:
        raise ApplicationError(_("Only an application in progress can be withdrawn."))
    locked.status = ApplicationStatus.WITHDRAWN
    locked.withdrawn_at = timezone.now()
    locked.save(update_fields=["status", "withdrawn_at", "updated_at"])
    _transition(locked, from_stage=locked.stage, from_status=ApplicationStatus.ACTIVE, actor=actor)
    activity_record(
        candidate=locked.candidate,
        kind=ActivityKind.STAGE_MOVED,
        actor=actor,
        payload={"application": locked.pk, "job_title": locked.job.title, "withdrawn": True},
    )
    return locked


@transaction.atomic
def application_hire(*, application: Application, actor: Any) -> Application:
    """Hire: counts against the job's openings. When the last opening is filled the job closes."""
    from .jobs import job_set_status

    locked = _lock(application)
    if locked.status != ApplicationStatus.ACTIVE:
        raise ApplicationError(_("Only an application in progress can be hired."))
    job = Job.objects.select_for_update().get(pk=locked.job_id)
    hired = Application.objects.filter(job=job, status=ApplicationStatus.HIRED).count()
    if hired >= job.openings:
        raise ApplicationError(_("Every opening of this job is already filled."))
    hired_stage = job.stages.filter(kind=StageKind.HIRED).order_by("position").first()
    previous = locked.stage
    locked.status = ApplicationStatus.HIRED
    locked.hired_at = timezone.now()
    if hired_stage is not None:
        locked.stage = hired_stage
        locked.stage_entered_at = locked.hired_at
    locked.save(update_fields=["status", "hired_at", "stage", "stage_entered_at", "updated_at"])
    _transition(locked, from_stage=previous, from_status=ApplicationStatus.ACTIVE, actor=actor)
    activity_record(
        candidate=locked.candidate,
        kind=ActivityKind.HIRED,
        actor=actor,
        payload={"application": locked.pk, "job_title": job.title},
    )
    if hired + 1 >= job.openings and job.status != JobStatus.CLOSED:
        job_set_status(job=job, action="close", actor=actor)
    return locked
