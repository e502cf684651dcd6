"""Uploading CVs (candidates.services.resumes.resume_upload) and the CV views of the candidate page."""

from __future__ import annotations

import gc
import hashlib
from pathlib import Path

import pytest
from django.core.files.storage import default_storage
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import transaction
from django.urls import reverse

from accounts.models import AuditAction, AuditLogEntry
from candidates.models import Activity, ActivityKind, Resume, ResumeStatus
from candidates.services.resumes import ResumeError, resume_upload, safe_filename
from tests.candidates.factories import MINIMAL_PDF, ResumeFactory
from tests.factories import CandidateFactory
from tests.parsing import files

pytestmark = pytest.mark.django_db

DOCX_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


def upload(candidate, data=MINIMAL_PDF, name="cv.pdf", **kwargs):
    return resume_upload(candidate=candidate, uploaded_file=SimpleUploadedFile(name, data), **kwargs)


# --- The service ---------------------------------------------------------------------------------------------


def test_upload_stores_the_file_under_a_generated_key_and_queues_after_commit(
    queued, recruiter, django_capture_on_commit_callbacks
):
    candidate = CandidateFactory()
    data = files.docx_cv()
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        resume = upload(candidate, data, "Jeanne Dupont – CV.docx", uploaded_by=recruiter)
        assert not queued.called  # nothing goes to the broker before the commit
    assert len(callbacks) == 2  # keep the stored file, then queue the parse
    for callback in callbacks:
        callback()
    queued.assert_called_once_with(resume.pk)

    resume.refresh_from_db()
    assert resume.status == ResumeStatus.PENDING and resume.is_current and resume.attempts == 0
    assert resume.sha256 == hashlib.sha256(data).hexdigest() and resume.size == len(data)
    assert resume.content_type == DOCX_TYPE
    assert resume.original_filename == "Jeanne Dupont – CV.docx"
    assert resume.file.name.startswith("resumes/") and "Dupont" not in resume.file.name
    assert resume.file.read() == data
    activity = Activity.objects.get(candidate=candidate, kind=ActivityKind.RESUME_UPLOADED)
    assert activity.actor == recruiter and activity.payload["resume_id"] == resume.pk


class _LaterFailure(Exception):
    pass


def _stored_files(media_root):
    return sorted(path for path in media_root.rglob("*") if path.is_file()) if media_root.exists() else []


def test_no_file_remains_when_the_surrounding_transaction_rolls_back(queued, media_root):
    """The upload succeeded, then the caller's transaction failed (e.g. creating the application): the row is gone,
    and so is the file."""
    candidate = CandidateFactory()
    with pytest.raises(_LaterFailure), transaction.atomic():
        resume = upload(candidate, files.docx_cv(), "cv.docx")
        assert resume.file.storage.exists(resume.file.name)  # stored while the transaction runs
        name = resume.file.name
        raise _LaterFailure
    assert not Resume.objects.filter(candidate=candidate).exists()
    assert not default_storage.exists(name)
    assert _stored_files(media_root) == []
    assert not queued.called


def test_no_file_remains_when_the_upload_itself_fails_after_storing(queued, media_root, monkeypatch):
    from candidates.services import resumes

    def broken(**kwargs):
        raise _LaterFailure

    monkeypatch.setattr(resumes, "activity_record", broken)
    with pytest.raises(_LaterFailure):
        upload(CandidateFactory(), files.docx_cv(), "cv.docx")
    assert _stored_files(media_root) == []


def test_the_file_stays_when_the_transaction_commits(queued, media_root, django_capture_on_commit_callbacks):
    candidate = CandidateFactory()
    with django_capture_on_commit_callbacks(execute=True):
        resume = upload(candidate, files.docx_cv(), "cv.docx")
    # An unrelated savepoint rolled back later does not touch the file stored before it.
    with pytest.raises(_LaterFailure), transaction.atomic():
        raise _LaterFailure
    gc.collect()
    assert resume.file.storage.exists(resume.file.name)
    assert _stored_files(media_root) == [Path(resume.file.path)]


def test_a_new_upload_becomes_current(queued):
    candidate = CandidateFactory()
    first = upload(candidate)
    second = upload(candidate, files.docx_cv(), "cv.docx")
    first.refresh_from_db()
    assert not first.is_current and second.is_current
    assert Resume.objects.filter(candidate=candidate, is_current=True).get() == second


def test_same_file_again_returns_the_stored_resume_without_new_row_or_parse(queued, django_capture_on_commit_callbacks):
    candidate = CandidateFactory()
    first = upload(candidate)
    upload(candidate, files.docx_cv(), "cv.docx")
    queued.reset_mock()
    with django_capture_on_commit_callbacks(execute=True) as callbacks:
        again = upload(candidate, MINIMAL_PDF, "renamed.pdf")
    assert again.pk == first.pk and again.already_stored
    assert callbacks == [] and not queued.called
    assert Resume.objects.filter(candidate=candidate).count() == 2
    first.refresh_from_db()
    assert first.is_current  # made current again
    assert Activity.objects.filter(candidate=candidate, kind=ActivityKind.RESUME_UPLOADED).count() == 2


def test_the_same_file_for_another_person_is_another_resume(queued):
    upload(CandidateFactory())
    upload(CandidateFactory())
    assert Resume.objects.count() == 2


@pytest.mark.parametrize(
    ("data", "name", "code"),
    [
        (files.png(), "photo.png", "unsupported_type"),
        (files.png(), "cv.pdf", "type_mismatch"),
        (files.legacy_doc(), "cv.doc", "legacy_doc"),
        (b"   \n", "cv.txt", "empty_file"),
    ],
)
def test_refused_types_store_nothing(queued, media_root, data, name, code):
    candidate = CandidateFactory()
    with pytest.raises(ResumeError) as refused:
        upload(candidate, data, name)
    assert refused.value.code == code and refused.value.message
    assert not Resume.objects.exists()
    assert not Activity.objects.filter(kind=ActivityKind.RESUME_UPLOADED).exists()
    assert not media_root.exists() or not [path for path in media_root.rglob("*") if path.is_file()]
    assert not queued.called


def test_too_large_is_refused_before_reading(queued, settings, media_root):
    settings.CV_MAX_BYTES = 1000
    candidate = CandidateFactory()
    with pytest.raises(ResumeError) as refused:
        upload(candidate, b"x" * 1001, "cv.txt")
    assert refused.value.code == "too_large"
    assert not Resume.objects.exists() and not queued.called
    with pytest.raises(ResumeError):
        resume_upload(candidate=candidate, data=b"a" * 1001, filename="cv.txt")


def test_safe_filename():
    assert safe_filename('C:\\Users\\jeanne\\CV\x00 "final".pdf') == "CV final.pdf"
    assert safe_filename("../../etc/passwd") == "passwd"
    assert len(safe_filename("a" * 300 + ".pdf")) <= 255 and safe_filename("a" * 300 + ".pdf").endswith(".pdf")


# --- Views ---------------------------------------------------------------------------------------------------


def test_upload_view_success_redirects_to_the_cv_section(recruiter_client, queued):
    candidate = CandidateFactory()
    url = reverse("candidates:resume_upload", args=[candidate.pk])
    response = recruiter_client.post(url, {"file": SimpleUploadedFile("cv.pdf", MINIMAL_PDF)})
    assert response.status_code == 302
    assert response.url == reverse("candidates:detail", args=[candidate.pk]) + "#cv"
    assert Resume.objects.filter(candidate=candidate).count() == 1


def test_upload_view_shows_the_error_next_to_the_field(recruiter_client, queued):
    candidate = CandidateFactory()
    url = reverse("candidates:resume_upload", args=[candidate.pk])
    response = recruiter_client.post(
        url, {"file": SimpleUploadedFile("cv.doc", files.legacy_doc())}, HTTP_ACCEPT_LANGUAGE="en"
    )
    assert response.status_code == 400
    content = response.content.decode()
    assert 'aria-invalid="true"' in content and 'class="field-error"' in content
    assert response.context["upload_form"].errors["file"]
    assert not Resume.objects.exists()


def test_upload_form_has_accept_and_size_hint(recruiter_client):
    candidate = CandidateFactory()
    content = recruiter_client.get(reverse("candidates:detail", args=[candidate.pk])).content.decode()
    assert 'type="file"' in content and 'accept=".pdf,.docx,.odt,.rtf,.txt' in content
    assert 'enctype="multipart/form-data"' in content
    assert "10 Mo" in content or "10 MB" in content


def test_download_headers_and_audit(recruiter_client, recruiter, media_root):
    resume = ResumeFactory(original_filename='Jeanne "Dupont".pdf')
    url = reverse("candidates:resume_file", args=[resume.candidate_id, resume.pk])
    response = recruiter_client.get(url)
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    assert response["Content-Disposition"].startswith("attachment;")
    assert 'filename="Jeanne Dupont.pdf"' in response["Content-Disposition"]
    assert response["X-Content-Type-Options"] == "nosniff"
    assert "no-store" in response["Cache-Control"]
    assert b"".join(response.streaming_content) == MINIMAL_PDF
    entry = AuditLogEntry.objects.get(action=AuditAction.PERSONAL_DATA_VIEWED, actor=recruiter)
    assert entry.target_type.endswith("resume") and str(entry.target_id) == str(resume.pk)


def test_inline_pdf_may_be_framed_by_our_pages_only(recruiter_client, media_root):
    resume = ResumeFactory()
    url = reverse("candidates:resume_file", args=[resume.candidate_id, resume.pk])
    response = recruiter_client.get(url, {"inline": "1"})
    assert response["Content-Disposition"].startswith("inline;")
    assert response["X-Frame-Options"] == "SAMEORIGIN"
    assert "frame-ancestors 'self'" in response["Content-Security-Policy"]
    assert response["X-Content-Type-Options"] == "nosniff"


def test_inline_is_refused_for_other_types(recruiter_client, queued):
    candidate = CandidateFactory()
    resume = upload(candidate, b"Jeanne Dupont\nDeveloper\n", "cv.txt")
    response = recruiter_client.get(reverse("candidates:resume_file", args=[candidate.pk, resume.pk]), {"inline": "1"})
    assert response["Content-Disposition"].startswith("attachment;")
    assert response["Content-Type"] == "text/plain"


def test_download_of_another_persons_resume_is_404(recruiter_client, media_root):
    resume = ResumeFactory()
    other = CandidateFactory()
    response = recruiter_client.get(reverse("candidates:resume_file", args=[other.pk, resume.pk]))
    assert response.status_code == 404


def test_hiring_manager_cannot_download(manager_client, media_root):
    resume = ResumeFactory()
    response = manager_client.get(reverse("candidates:resume_file", args=[resume.candidate_id, resume.pk]))
    assert response.status_code in (403, 404)
    assert not AuditLogEntry.objects.filter(action=AuditAction.PERSONAL_DATA_VIEWED).exists()


def test_reparse_view_resets_and_queues(recruiter_client, queued, django_capture_on_commit_callbacks):
    resume = ResumeFactory(status=ResumeStatus.FAILED, failure_code="timeout", attempts=2)
    url = reverse("candidates:resume_reparse", args=[resume.candidate_id, resume.pk])
    with django_capture_on_commit_callbacks(execute=True):
        response = recruiter_client.post(url)
    assert response.status_code == 302
    resume.refresh_from_db()
    assert resume.status == ResumeStatus.PENDING and resume.attempts == 0 and resume.failure_code == ""
    queued.assert_called_once_with(resume.pk)


def test_detail_page_polls_while_pending_and_allows_frames(recruiter_client, media_root):
    resume = ResumeFactory(status=ResumeStatus.PENDING)
    response = recruiter_client.get(reverse("candidates:detail", args=[resume.candidate_id]))
    content = response.content.decode()
    assert 'hx-trigger="every 2s"' in content
    assert reverse("candidates:resume_panel", args=[resume.candidate_id]) in content
    assert "frame-src 'self'" in response["Content-Security-Policy"]


def test_panel_fragment_stops_polling_once_read(recruiter_client, media_root):
    resume = ResumeFactory(status=ResumeStatus.PARSING)
    url = reverse("candidates:resume_panel", args=[resume.candidate_id])
    waiting = recruiter_client.get(url, HTTP_HX_REQUEST="true")
    assert waiting.status_code == 200 and 'hx-trigger="every 2s"' in waiting.content.decode()
    assert "<html" not in waiting.content.decode()
    Resume.objects.filter(pk=resume.pk).update(status=ResumeStatus.PARSED, parsed={"basics": {"name": "Jeanne"}})
    done = recruiter_client.get(url, HTTP_HX_REQUEST="true").content.decode()
    assert "hx-trigger" not in done and "Jeanne" in done
    # Without htmx (a bookmarked URL) the page itself.
    assert recruiter_client.get(url).status_code == 302


def test_failed_resume_shows_the_reason_in_plain_words(recruiter_client, media_root):
    resume = ResumeFactory(status=ResumeStatus.FAILED, failure_code="encrypted_pdf", failure_reason="x")
    response = recruiter_client.get(reverse("candidates:detail", args=[resume.candidate_id]), HTTP_ACCEPT_LANGUAGE="en")
    content = response.content.decode()
    assert 'hx-trigger="every 2s"' not in content  # the CV panel does not poll (other panels load once)
    assert "mot de passe" in content or "password" in content


PARSED = {
    "basics": {"name": "Jeanne Dupont", "email": "jeanne@example.org", "location": {"city": "Lyon"}},
    "work": [{"name": "Exemple SA", "position": "Développeuse", "startDate": "2019-01"}],
    "education": [{"institution": "Université de Lyon", "studyType": "Master"}],
    "skills": [{"name": "Python", "keywords": []}],
    "languages": [{"language": "Anglais", "fluency": "C1"}],
    "meta": {"language": "fr"},
}


def test_parsed_profile_next_to_the_pdf_with_low_confidence_marked(recruiter_client, media_root):
    resume = ResumeFactory(
        status=ResumeStatus.PARSED,
        parsed=PARSED,
        confidence={"name": 0.99, "work": 0.4, "education": 0.9, "skills": 0.9},
        protected_attributes=["photo", "date_of_birth"],
        text="Jeanne Dupont",
    )
    content = recruiter_client.get(reverse("candidates:detail", args=[resume.candidate_id])).content.decode()
    assert "Développeuse" in content and "Exemple SA" in content and "Université de Lyon" in content
    assert "<iframe" in content and "inline=1" in content
    assert content.count('class="badge badge-warning"') == 1  # work only
    assert reverse("candidates:edit", args=[resume.candidate_id]) in content
    # Protected attributes: a neutral notice, never what they are.
    assert "date_of_birth" not in content
    assert "they are hidden" in content or "masqu" in content


def test_parsed_text_resume_shows_the_text(recruiter_client, queued):
    candidate = CandidateFactory()
    resume = upload(candidate, b"Jeanne Dupont\nDeveloper\n", "cv.txt")
    Resume.objects.filter(pk=resume.pk).update(status=ResumeStatus.PARSED, parsed=PARSED, text="Jeanne <b>Dupont</b>")
    content = recruiter_client.get(reverse("candidates:detail", args=[candidate.pk])).content.decode()
    assert "<iframe" not in content
    assert "<pre" in content and "Jeanne &lt;b&gt;Dupont&lt;/b&gt;" in content


FULL_PARSED = {
    **PARSED,
    "basics": {
        **PARSED["basics"],
        "summary": "Développeuse backend, dix ans de Python.",
        "url": "https://jeanne.example.org",
        "profiles": [
            {"network": "GitHub", "url": "https://github.com/jeanne"},
            {"network": "Evil", "url": "javascript:alert(1)"},
        ],
    },
    "certificates": [{"name": "AWS Solutions Architect", "issuer": "Amazon", "date": "2020"}],
    "projects": [{"name": "Moteur de CV", "description": "Analyse de CV en français"}],
    "volunteer": [
        {"organization": "Restos du Coeur", "position": "Trésorière", "startDate": "2015", "endDate": "2018"}
    ],
    "awards": [{"title": "Prix de l'innovation", "awarder": "Bpifrance", "date": "2018"}],
    "publications": [
        {"name": "Lire les CV", "publisher": "Revue TAL", "releaseDate": "2019", "url": "https://example.org/p1"},
        {"name": "Un article piégé", "url": "javascript:alert(2)"},
    ],
    "interests": [{"name": "Escalade"}],
}


@pytest.mark.parametrize(
    ("language", "headings"),
    [
        ("en", ["Summary", "Links", "Certifications", "Projects", "Volunteering", "Awards", "Publications",
                "Interests"]),
        ("fr", ["Profil", "Liens", "Certifications", "Projets", "Bénévolat", "Prix et distinctions", "Publications",
                "Centres d’intérêt"]),
    ],
)  # fmt: skip
def test_the_rest_of_the_cv_is_shown_in_either_language(recruiter_client, media_root, settings, language, headings):
    resume = ResumeFactory(status=ResumeStatus.PARSED, parsed=FULL_PARSED, text="Jeanne Dupont")
    recruiter_client.cookies[settings.LANGUAGE_COOKIE_NAME] = language
    url = reverse("candidates:detail", args=[resume.candidate_id])
    content = recruiter_client.get(url, HTTP_ACCEPT_LANGUAGE=language).content.decode()
    for heading in headings:
        assert f"<h4>{heading}</h4>" in content
    for value in ("dix ans de Python", "AWS Solutions Architect", "Moteur de CV", "Restos du Coeur", "Trésorière",
                  "Bpifrance", "Revue TAL", "Escalade"):  # fmt: skip
        assert value in content
    assert 'href="https://github.com/jeanne"' in content and 'href="https://example.org/p1"' in content
    # A parsed address that is not a web page is never a link.
    assert "javascript:" not in content
    assert "Un article piégé" in content


def test_a_cv_without_the_rest_shows_none_of_its_headings(recruiter_client, media_root, settings):
    resume = ResumeFactory(status=ResumeStatus.PARSED, parsed=PARSED, text="Jeanne Dupont")
    recruiter_client.cookies[settings.LANGUAGE_COOKIE_NAME] = "en"
    url = reverse("candidates:detail", args=[resume.candidate_id])
    content = recruiter_client.get(url, HTTP_ACCEPT_LANGUAGE="en").content.decode()
    for heading in ("Volunteering", "Awards", "Publications", "Certifications", "Projects"):
        assert f"<h4>{heading}</h4>" not in content


def test_a_hiring_manager_sees_the_rest_of_the_cv_without_links_out(client, media_root, settings):
    from tests.ats.factories import make_job
    from tests.ats.reviews_factories import make_application
    from tests.factories import HiringManagerFactory

    manager = HiringManagerFactory()
    job = make_job(title="Développeuse")
    job.hiring_managers.add(manager)
    application = make_application(job=job)
    ResumeFactory(candidate=application.candidate, status=ResumeStatus.PARSED, parsed=FULL_PARSED, text="Jeanne")
    client.force_login(manager)
    client.cookies[settings.LANGUAGE_COOKIE_NAME] = "en"
    content = client.get(
        reverse("ats:application_detail", kwargs={"pk": application.pk}), HTTP_ACCEPT_LANGUAGE="en"
    ).content.decode()
    assert "<h4>Volunteering</h4>" in content and "Restos du Coeur" in content and "Lire les CV" in content
    # Reviewers get no link out to the person's profile pages.
    assert "<h4>Links</h4>" not in content and "github.com/jeanne" not in content
