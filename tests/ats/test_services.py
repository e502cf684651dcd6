"""The apply flow and the decisions on applications, at the service level."""

from __future__ import annotations

import datetime

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import timezone, translation

from ats import services, signals
from ats.models import Application, ApplicationStatus, JobStatus, StageKind, StageTransition
from candidates.models import Activity, ActivityKind, Candidate, Consent, Resume
from messaging.models import Message, MessageStatus
from tests.ats.factories import make_job, make_question, make_reason
from tests.factories import CandidateFactory, RecruiterFactory
from tests.parsing.files import one_column_pdf

pytestmark = pytest.mark.django_db


def _submit(job, **overrides):
    data = {
        "job": job,
        "first_name": "Zoé",
        "last_name": "Lefèvre",
        "email": "Zoe.Lefevre@Example.org",
        "phone": "06 12 34 56 78",
        "cv": SimpleUploadedFile("cv.pdf", one_column_pdf(), content_type="application/pdf"),
        "consent_application": True,
        "language": "fr",
        "source_detail": {"utm_source": "indeed", "utm_medium": "jobboard"},
    }
    data.update(overrides)
    return services.application_submit(**data)


def test_an_application_creates_the_person_the_cv_the_consent_the_timeline_and_the_acknowledgement():
    job = make_job()
    submission = _submit(job, consent_talent_pool=True)
    application = submission.application
    assert submission.created
    candidate = application.candidate
    assert (candidate.email, candidate.phone, candidate.preferred_language) == (
        "zoe.lefevre@example.org",
        "+33612345678",
        "fr",
    )
    assert application.stage.kind == StageKind.APPLIED
    assert application.source_detail["utm_source"] == "indeed"
    assert Resume.objects.filter(candidate=candidate, is_current=True).count() == 1
    assert set(Consent.objects.filter(candidate=candidate).values_list("purpose", flat=True)) == {
        "application",
        "talent_pool",
    }
    assert Activity.objects.filter(candidate=candidate, kind=ActivityKind.APPLIED).count() == 1
    assert StageTransition.objects.filter(application=application, from_stage=None).count() == 1
    acknowledgement = Message.objects.get(idempotency_key=f"application:{application.pk}:acknowledgement")
    assert job.title in acknowledgement.subject
    assert acknowledgement.status == MessageStatus.QUEUED


def test_the_same_person_applying_twice_gets_one_application_and_another_job_reuses_the_person():
    job = make_job()
    first = _submit(job)
    again = _submit(job, email="zoe.lefevre@example.org")
    assert not again.created
    assert again.application.pk == first.application.pk
    other = _submit(make_job(title="Data analyst"))
    assert other.created
    assert other.application.candidate_id == first.application.candidate_id
    assert Candidate.objects.count() == 1
    assert Application.objects.count() == 2


def test_consent_to_processing_is_required_and_nothing_is_written_without_it():
    job = make_job()
    with pytest.raises(services.ApplicationError) as refused:
        _submit(job, consent_application=False)
    assert refused.value.field == "consent_application"
    assert Candidate.objects.count() == 0


def test_a_closed_or_draft_job_takes_no_application():
    draft = make_job(publish=False)
    with pytest.raises(services.ApplicationError):
        _submit(draft)
    closed = make_job(title="Closed", closing_date=timezone.localdate() - datetime.timedelta(days=1))
    with pytest.raises(services.ApplicationError):
        _submit(closed)
    assert Application.objects.count() == 0


def test_a_bad_cv_is_refused_with_its_field_and_loses_nothing_written():
    job = make_job()
    with pytest.raises(services.ApplicationError) as refused:
        _submit(job, cv=SimpleUploadedFile("cv.pdf", b"MZ\x90\x00 not a cv", content_type="application/pdf"))
    assert refused.value.field == "cv"
    assert Candidate.objects.count() == 0 and Application.objects.count() == 0


def test_screening_answers_are_checked_and_a_knockout_answer_flags_but_never_rejects():
    job = make_job()
    question = make_question(job, knockout_answer="no")
    with pytest.raises(services.ApplicationError) as refused:
        _submit(job, answers={})
    assert refused.value.field == f"question_{question.pk}"
    application = _submit(job, answers={str(question.pk): "no"}).application
    assert application.flagged
    assert application.status == ApplicationStatus.ACTIVE


def test_move_records_the_transition_and_the_stage_email():
    recruiter = RecruiterFactory()
    job = make_job()
    application = _submit(job).application
    from messaging.selectors import template_default

    screen = job.stages.get(kind=StageKind.SCREEN)
    screen.email_template = template_default(purpose="stage_update")
    screen.save()
    moved = services.application_move(application=application, stage=screen, actor=recruiter)
    assert moved.stage == screen
    assert StageTransition.objects.filter(application=application, to_stage=screen, actor=recruiter).exists()
    assert Message.objects.filter(purpose="stage_update", context__application=application.pk).count() == 1
    other_job_stage = make_job(title="Autre").stages.first()
    with pytest.raises(services.ApplicationError):
        services.application_move(application=application, stage=other_job_stage, actor=recruiter)


def test_reject_with_a_delayed_email_that_an_unreject_cancels_and_the_signal_for_the_crm(
    django_capture_on_commit_callbacks,
):
    recruiter = RecruiterFactory()
    application = _submit(make_job()).application
    reason = make_reason(recyclable=True)
    received = []

    def listener(sender, **kwargs):
        received.append({key: kwargs[key] for key in ("application_id", "reason_id", "recyclable")})

    signals.application_rejected.connect(listener)
    try:
        with django_capture_on_commit_callbacks(execute=True):
            services.application_reject(
                application=application, reason=reason, actor=recruiter, email_delay=datetime.timedelta(hours=2)
            )
    finally:
        signals.application_rejected.disconnect(listener)
    assert received == [{"application_id": application.pk, "reason_id": reason.pk, "recyclable": True}]
    rejection = Message.objects.get(purpose="rejection", context__application=application.pk)
    assert rejection.send_after > timezone.now() + datetime.timedelta(minutes=100)
    services.application_unreject(application=application, actor=recruiter)
    rejection.refresh_from_db()
    assert rejection.status == MessageStatus.CANCELLED
    application.refresh_from_db()
    assert application.status == ApplicationStatus.ACTIVE


def test_hiring_fills_openings_and_the_last_one_closes_the_job():
    recruiter = RecruiterFactory()
    job = make_job(openings=1)
    first = _submit(job).application
    second = _submit(job, email="other@example.org", phone="").application
    services.application_hire(application=first, actor=recruiter)
    job.refresh_from_db()
    assert job.status == JobStatus.CLOSED
    with pytest.raises(services.ApplicationError):
        services.application_hire(application=second, actor=recruiter)


def test_a_recruiter_adds_an_existing_person_once():
    recruiter = RecruiterFactory()
    job = make_job()
    person = CandidateFactory()
    assert services.application_add(job=job, candidate=person, actor=recruiter).created
    assert not services.application_add(job=job, candidate=person, actor=recruiter).created
    assert Message.objects.count() == 0  # no acknowledgement for someone the recruiter added


def test_the_last_applied_stage_keeps_its_kind():
    job = make_job()
    applied = job.stages.get(kind=StageKind.APPLIED)
    with translation.override("en"), pytest.raises(services.JobError, match="applied"):
        services.stage_update(stage=applied, kind=StageKind.SCREEN)
    applied.refresh_from_db()
    assert applied.kind == StageKind.APPLIED
    assert services.stage_update(stage=applied, name="Nouvelles candidatures").name == "Nouvelles candidatures"


def test_a_person_found_by_phone_keeps_the_new_address_they_typed():
    first = _submit(make_job()).application
    again = _submit(make_job(title="Autre poste"), email="zoe.perso@example.net").application
    assert again.candidate_id == first.candidate_id
    candidate = Candidate.objects.get(pk=first.candidate_id)
    assert candidate.email == "zoe.lefevre@example.org"
    assert candidate.other_emails == ["zoe.perso@example.net"]
