"""The application page and its decisions: move, reject with a reason (delayed e-mail, undo), withdraw, hire;
notes that mention colleagues; tags; adding someone by hand (an existing person, or a CV received by mail)."""

from __future__ import annotations

import datetime
import zoneinfo
from unittest import mock

import pytest
from django.conf import settings
from django.core import mail
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from django.utils import timezone

from accounts.models import AuditAction, AuditLogEntry
from ats import services, tasks
from ats.models import Application, ApplicationStatus, JobStatus, StageKind
from candidates.models import Activity, ActivityKind, Candidate, Resume
from messaging.models import Message, MessageStatus, Purpose
from tests.ats.factories import make_job, make_question, make_reason
from tests.ats.workspace_helpers import add, stage
from tests.factories import CandidateFactory, HiringManagerFactory, RecruiterFactory
from tests.parsing.files import one_column_pdf

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _english(client, settings):
    """Pages in English for the assertions below (the language cookie wins over the user's preference, French)."""
    client.cookies[settings.LANGUAGE_COOKIE_NAME] = "en"


def _detail(client, application, **extra):
    return client.get(reverse("ats:application_detail", kwargs={"pk": application.pk}), **extra)


def test_the_application_page_shows_answers_other_applications_timeline_and_records_the_view(
    recruiter_client, recruiter
):
    job = make_job(title="Soudeur")
    question = make_question(job, text="Avez-vous le permis ?", knockout_answer="no")
    application = add(job, first_name="Zoé", last_name="Lefèvre", email="zoe@example.org")
    Application.objects.filter(pk=application.pk).update(answers={str(question.pk): "no"}, flagged=True)
    other = services.application_add(job=make_job(title="Chaudronnier"), candidate=application.candidate, actor=None)

    response = _detail(recruiter_client, application)
    page = response.content.decode()

    assert response.status_code == 200
    assert "Avez-vous le permis ?" in page and "zoe@example.org" in page
    assert "Chaudronnier" in page and reverse("ats:application_detail", kwargs={"pk": other.application.pk}) in page
    assert [entry.kind for entry in response.context["timeline"]].count(ActivityKind.APPLIED) == 2
    assert "frame-src 'self'" in response["Content-Security-Policy"]
    assert AuditLogEntry.objects.filter(
        action=AuditAction.PERSONAL_DATA_VIEWED, actor=recruiter, target_id=str(application.candidate_id)
    ).exists()


def test_a_hiring_manager_sees_only_what_concerns_this_application_on_the_timeline(client):
    manager = HiringManagerFactory()
    job = make_job()
    job.hiring_managers.add(manager)
    application = add(job)
    other_job = make_job(title="Secret")
    services.application_add(job=other_job, candidate=application.candidate, actor=None)
    client.force_login(manager)

    response = _detail(client, application)

    assert response.status_code == 200
    assert all(entry.payload.get("application") == application.pk for entry in response.context["timeline"])
    assert response.context["other_applications"] == []
    assert "Secret" not in response.content.decode()
    assert "candidates:resume_file" not in response.content.decode()


def test_a_note_that_mentions_colleagues_emails_them_with_a_link(
    recruiter_client, recruiter, django_capture_on_commit_callbacks
):
    manager = HiringManagerFactory(email="jeanne.dupont@example.com", first_name="Jeanne", last_name="Dupont")
    colleague = RecruiterFactory(email="hugo@example.com", first_name="Hugo", last_name="Roux", preferred_language="en")
    outsider = HiringManagerFactory(email="paul@example.com", first_name="Paul", last_name="Martin")
    job = make_job()
    job.hiring_managers.add(manager)
    application = add(job)
    mail.outbox = []

    with (
        mock.patch.object(tasks.send_mention_notification, "delay") as queued,
        django_capture_on_commit_callbacks(execute=True),
    ):
        response = recruiter_client.post(
            reverse("ats:application_detail", kwargs={"pk": application.pk}),
            {"operation": "note", "text": "@jeanne.dupont et @Hugo Roux : à voir vite. @paul, pas toi."},
        )

    assert response.status_code == 302
    note = Activity.objects.get(candidate=application.candidate, kind=ActivityKind.NOTE)
    assert note.payload["application"] == application.pk
    assert set(note.payload["mentions"]) == {manager.pk, colleague.pk}
    assert mail.outbox == []  # the request only queued the e-mails: a worker sends them
    for call in queued.call_args_list:
        tasks.send_mention_notification.apply(args=call.args)
    assert sorted(message.to[0] for message in mail.outbox) == ["hugo@example.com", "jeanne.dupont@example.com"]
    english = next(message for message in mail.outbox if message.to == ["hugo@example.com"])
    assert "mentioned you" in english.subject
    assert reverse("ats:application_detail", kwargs={"pk": application.pk}) in english.body
    assert outsider.email not in [message.to[0] for message in mail.outbox]


def test_an_empty_note_is_refused_next_to_the_field_and_nothing_is_written(recruiter_client):
    application = add(make_job())
    response = recruiter_client.post(
        reverse("ats:application_detail", kwargs={"pk": application.pk}), {"operation": "note", "text": "  "}
    )
    assert response.status_code == 400
    assert response.context["note_form"].errors["text"]
    assert not Activity.objects.filter(kind=ActivityKind.NOTE).exists()


def test_recruiters_tag_and_untag_from_the_application_page_and_hiring_managers_cannot(client, recruiter):
    manager = HiringManagerFactory()
    job = make_job()
    job.hiring_managers.add(manager)
    application = add(job)
    url = reverse("ats:application_detail", kwargs={"pk": application.pk})

    client.force_login(recruiter)
    client.post(url, {"operation": "tag", "name": "Soudure TIG"})
    assert list(application.candidate.tags.values_list("name", flat=True)) == ["Soudure TIG"]
    client.post(url, {"operation": "untag", "name": "soudure tig"})
    assert not application.candidate.tags.exists()

    client.force_login(manager)
    assert client.post(url, {"operation": "tag", "name": "X"}).status_code == 403
    assert not application.candidate.tags.exists()


def test_move_from_the_application_page(recruiter_client):
    job = make_job()
    application = add(job)
    interview = stage(job, StageKind.INTERVIEW)
    response = recruiter_client.post(
        reverse("ats:application_move", kwargs={"pk": application.pk}), {"stage": interview.pk}
    )
    assert response.status_code == 302
    application.refresh_from_db()
    assert application.stage == interview

    invalid = recruiter_client.post(
        reverse("ats:application_move", kwargs={"pk": application.pk}), {"stage": stage(job, StageKind.HIRED).pk}
    )
    assert invalid.status_code == 400
    application.refresh_from_db()
    assert application.stage == interview


def test_reject_tomorrow_morning_then_undo_cancels_the_email(recruiter_client):
    application = add(make_job())
    reason = make_reason()
    url = reverse("ats:application_reject", kwargs={"pk": application.pk})

    recruiter_client.post(url, {"reason": reason.pk, "send_email": "on", "delay": "tomorrow"})

    application.refresh_from_db()
    assert application.status == ApplicationStatus.REJECTED and application.rejection_reason == reason
    message = Message.objects.get(purpose=Purpose.REJECTION, context__application=application.pk)
    assert message.status == MessageStatus.QUEUED and message.send_after is not None
    local = message.send_after.astimezone(zoneinfo.ZoneInfo(settings.TIME_ZONE))
    assert (local.date() - timezone.localdate(), local.hour, local.minute) == (datetime.timedelta(days=1), 9, 0)
    page = _detail(recruiter_client, application).content.decode()
    assert reverse("ats:application_unreject", kwargs={"pk": application.pk}) in page
    assert recruiter_client.get(reverse("ats:application_detail", kwargs={"pk": application.pk})).context[
        "rejection_email_pending"
    ]

    recruiter_client.post(reverse("ats:application_unreject", kwargs={"pk": application.pk}))

    application.refresh_from_db()
    message.refresh_from_db()
    assert application.status == ApplicationStatus.ACTIVE and application.rejection_reason is None
    assert message.status == MessageStatus.CANCELLED


def test_reject_without_email_queues_nothing_and_without_reason_is_refused(recruiter_client):
    application = add(make_job())
    url = reverse("ats:application_reject", kwargs={"pk": application.pk})

    refused = recruiter_client.post(url, {"send_email": "on", "delay": "now"})
    assert refused.status_code == 400 and refused.context["reject_form"].errors["reason"]
    application.refresh_from_db()
    assert application.status == ApplicationStatus.ACTIVE

    recruiter_client.post(url, {"reason": make_reason().pk, "delay": "now"})
    application.refresh_from_db()
    assert application.status == ApplicationStatus.REJECTED
    assert not Message.objects.filter(purpose=Purpose.REJECTION).exists()


def test_withdraw_and_hire_and_the_job_closes_when_its_openings_are_filled(recruiter_client):
    job = make_job(openings=1)
    leaving, hired, late = add(job), add(job), add(job)

    recruiter_client.post(reverse("ats:application_withdraw", kwargs={"pk": leaving.pk}))
    recruiter_client.post(reverse("ats:application_hire", kwargs={"pk": hired.pk}))
    response = recruiter_client.post(reverse("ats:application_hire", kwargs={"pk": late.pk}), follow=True)

    statuses = dict(Application.objects.values_list("pk", "status"))
    assert statuses == {leaving.pk: "withdrawn", hired.pk: "hired", late.pk: "active"}
    job.refresh_from_db()
    assert job.status == JobStatus.CLOSED
    assert response.status_code == 200 and response.context["messages"]


def test_add_an_existing_person_to_the_job(recruiter_client, recruiter):
    job = make_job()
    person = CandidateFactory(first_name="Zoé", last_name="Lefèvre")
    Candidate.objects.filter(pk=person.pk).update(search_document=None)
    from candidates.services import candidate_refresh_search_document

    candidate_refresh_search_document(candidate=person)
    url = reverse("ats:application_add", kwargs={"pk": job.pk})

    search = recruiter_client.get(url, {"q": "lefe"})
    assert [found.pk for found in search.context["results"]] == [person.pk]

    response = recruiter_client.post(url, {"candidate": person.pk, "source": "recruiter"})
    application = Application.objects.get(job=job, candidate=person)
    assert response["Location"] == reverse("ats:application_detail", kwargs={"pk": application.pk})
    assert application.created_by == recruiter and application.stage.kind == StageKind.APPLIED

    again = recruiter_client.post(url, {"candidate": person.pk})
    assert again["Location"] == response["Location"]
    assert Application.objects.filter(job=job).count() == 1


def test_upload_a_cv_received_by_mail_creates_the_person_the_resume_and_the_application(recruiter_client):
    job = make_job()
    cv = SimpleUploadedFile("cv.pdf", one_column_pdf(), content_type="application/pdf")
    response = recruiter_client.post(
        reverse("ats:application_add", kwargs={"pk": job.pk}),
        {"first_name": "Inès", "last_name": "Garcia", "email": "Ines@Example.org", "cv": cv, "source": "email"},
    )

    assert response.status_code == 302
    person = Candidate.objects.get(email="ines@example.org")
    assert Resume.objects.filter(candidate=person, is_current=True).count() == 1
    application = Application.objects.get(job=job, candidate=person)
    assert application.source == "email"


def test_a_cv_that_cannot_be_read_is_refused_and_nothing_is_created(recruiter_client):
    job = make_job()
    bad = SimpleUploadedFile("cv.pdf", b"this is not a pdf at all \x00\x01", content_type="application/pdf")
    response = recruiter_client.post(
        reverse("ats:application_add", kwargs={"pk": job.pk}),
        {"first_name": "Inès", "last_name": "Garcia", "email": "ines@example.org", "cv": bad},
    )

    assert response.status_code == 400
    assert response.context["form"].errors["cv"]
    assert 'value="Garcia"' in response.content.decode()
    assert not Candidate.objects.filter(email="ines@example.org").exists()
    assert not Application.objects.exists() and not Resume.objects.exists()


def test_adding_without_a_person_or_a_name_is_explained(recruiter_client):
    job = make_job()
    response = recruiter_client.post(reverse("ats:application_add", kwargs={"pk": job.pk}), {"source": "email"})
    assert response.status_code == 400 and response.context["form"].non_field_errors()
    assert not Application.objects.exists()


def test_the_scorecards_partial_is_included_when_it_exists(recruiter_client):
    from django.template.loader import get_template

    from ats.views.workspace import SCORECARDS_TEMPLATE, _scorecards_template

    application = add(make_job())
    try:
        get_template(SCORECARDS_TEMPLATE)
        exists = True
    except Exception:
        exists = False
    assert _scorecards_template() == (SCORECARDS_TEMPLATE if exists else "")
    assert _detail(recruiter_client, application).status_code == 200
