"""Applying on the career site: the form, what a submission writes, and every way it can be refused without losing
what the applicant typed (wrong file, missing consent, unanswered question) or storing anything (a bot, a flood)."""

from __future__ import annotations

import re
from pathlib import Path
from unittest import mock

import pytest
from django.core.cache import cache
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from django.urls import reverse
from django.utils import translation

from ats import services
from ats.models import Application, Job
from candidates.models import Activity, Candidate, Consent, Resume
from candidates.parsing_messages import failure_message
from messaging.models import Message, MessageStatus
from parsing.errors import ErrorCode
from tests.ats.factories import make_job, make_question
from tests.parsing.files import one_column_pdf, png

pytestmark = pytest.mark.django_db

EN = {"HTTP_ACCEPT_LANGUAGE": "en"}


@pytest.fixture(autouse=True)
def _isolated(settings, tmp_path):
    """Stored CVs go to a temporary folder; rate-limit counters start from zero (the test cache is shared)."""
    settings.MEDIA_ROOT = tmp_path / "media"
    cache.clear()
    yield
    cache.clear()


def _apply_url(job: Job) -> str:
    return reverse("careers:apply", kwargs={"slug": job.slug})


def _cv(name: str = "cv.pdf", data: bytes | None = None) -> SimpleUploadedFile:
    return SimpleUploadedFile(name, one_column_pdf() if data is None else data, content_type="application/pdf")


def _form(**overrides):
    data = {
        "first_name": "Zoé",
        "last_name": "Lefèvre",
        "email": "Zoe.Lefevre@Example.org",
        "phone": "06 12 34 56 78",
        "cover_letter": "J'aime Django.",
        "cv": _cv(),
        "consent_application": "on",
        "website": "",
    }
    data.update(overrides)
    return {key: value for key, value in data.items() if value is not None}


def _post(client, job, url: str | None = None, **overrides):
    headers = {key: overrides.pop(key) for key in list(overrides) if key.startswith("HTTP_")}
    return client.post(url or _apply_url(job), _form(**overrides), **{**EN, **headers})


def _nothing_stored(media_root: Path | None = None) -> None:
    assert Candidate.objects.count() == 0
    assert Application.objects.count() == 0
    assert Resume.objects.count() == 0
    assert Consent.objects.count() == 0
    assert Message.objects.count() == 0
    assert Activity.objects.count() == 0
    if media_root is not None:
        assert not any(path.is_file() for path in media_root.rglob("*")) if media_root.exists() else True


def _field_error(page: str, field_id: str) -> str:
    match = re.search(rf'<p class="field-error" id="{field_id}_error">(.*?)</p>', page, re.S)
    assert match, f"no error shown next to {field_id}"
    return match.group(1)


# --- The form ----------------------------------------------------------------------------------------------------


def test_the_form_has_every_field_the_questions_and_unticked_consents(client):
    job = make_job()
    make_question(job, text="Avez-vous le permis B ?", kind="yes_no")
    make_question(job, text="Disponibilité ?", kind="choice", choices=["Immédiate", "Un mois", "Trois mois"])
    make_question(job, text="Pourquoi nous ?", kind="text", required=False)
    response = client.get(_apply_url(job) + "?utm_source=indeed&ref=salon&utm_medium=jobboard", **EN)
    assert response.status_code == 200
    page = response.content.decode()
    assert 'enctype="multipart/form-data"' in page and 'name="csrfmiddlewaretoken"' in page
    for name in ("first_name", "last_name", "email", "phone", "cv", "cover_letter"):
        assert re.search(rf'<label for="id_{name}">', page), name
    assert re.search(r'<input type="file" name="cv"[^>]*accept="\.pdf,\.docx,\.odt,\.rtf,\.txt', page)
    # Radio questions in a fieldset named by its legend; the text question in a textarea.
    questions = list(job.questions.all())
    assert re.search(r"<fieldset[^>]*>\s*<legend>Avez-vous le permis B \?", page)
    assert page.count(f'name="question_{questions[0].pk}" value=') == 2
    assert page.count(f'name="question_{questions[1].pk}" value=') == 3
    assert re.search(rf'<textarea name="question_{questions[2].pk}"', page)
    # Two separate consents, neither ticked; the talent pool one is optional.
    consent = re.search(r'<input type="checkbox" name="consent_application"[^>]*>', page).group(0)
    pool = re.search(r'<input type="checkbox" name="consent_talent_pool"[^>]*>', page).group(0)
    assert "checked" not in consent and "checked" not in pool
    assert "required" in consent and "required" not in pool
    assert 'id="privacy-notice"' in page and 'href="#privacy-notice"' in page
    # The honeypot is a text field hidden by CSS (bots skip type=hidden).
    assert re.search(r'<div class="careers-hp" aria-hidden="true">', page)
    assert re.search(r'<input type="text" name="website"[^>]*tabindex="-1"', page)
    # Attribution carried from the address into hidden fields.
    assert '<input type="hidden" name="utm_source" value="indeed"' in page
    assert '<input type="hidden" name="ref" value="salon"' in page
    assert '<input type="hidden" name="utm_medium" value="jobboard"' in page


# --- Applying ---------------------------------------------------------------------------------------------------


def test_an_application_writes_the_person_cv_application_consent_and_acknowledgement(client, settings):
    job = make_job(title="Développeur Python")
    question = make_question(job, text="Permis B ?", kind="yes_no", knockout_answer="no")
    response = _post(
        client,
        job,
        url=_apply_url(job) + "?utm_source=indeed",
        **{
            f"question_{question.pk}": "no",
            "utm_source": "indeed",
            "utm_campaign": "printemps",
            "referrer": "fr.indeed.com",
        },
        HTTP_USER_AGENT="Mozilla/5.0 (iPhone)",
    )
    thanks_url = reverse("careers:thanks", kwargs={"slug": job.slug})
    assert response.status_code == 302 and response["Location"] == thanks_url
    assert "zoe" not in response["Location"].lower()  # nothing personal in the address

    application = Application.objects.select_related("candidate").get()
    candidate = application.candidate
    assert (candidate.first_name, candidate.last_name, candidate.email, candidate.phone) == (
        "Zoé",
        "Lefèvre",
        "zoe.lefevre@example.org",
        "+33612345678",
    )
    assert candidate.preferred_language == "en"  # the page's language
    assert application.job == job
    assert application.cover_letter == "J'aime Django."
    assert application.answers == {str(question.pk): "no"}
    assert application.flagged  # flagged, never rejected
    assert application.status == "active"
    assert application.source == "indeed"
    assert application.source_detail == {
        "utm_source": "indeed",
        "utm_campaign": "printemps",
        "referrer": "fr.indeed.com",
    }
    resume = Resume.objects.get(candidate=candidate)
    assert (resume.original_filename, resume.content_type, resume.status) == ("cv.pdf", "application/pdf", "pending")
    assert Path(resume.file.path).read_bytes().startswith(b"%PDF")
    consent = Consent.objects.get(candidate=candidate)
    assert consent.purpose == "application"  # and no talent pool consent: that box was not ticked
    assert consent.proof["ip"] == "127.0.0.1"
    assert consent.proof["user_agent"] == "Mozilla/5.0 (iPhone)"
    assert consent.proof["page"].startswith(f"http://testserver{_apply_url(job)}")
    assert consent.proof["job"] == job.pk and consent.proof["at"]
    message = Message.objects.get(candidate=candidate)
    assert message.purpose == "acknowledgement"
    assert message.status == MessageStatus.QUEUED
    assert message.language == "en"
    assert message.context["application"] == application.pk

    page = client.get(thanks_url, **EN).content.decode()
    assert "Thank you, Zoé!" in page
    assert "We have received your application for “Développeur Python”." in page
    assert "already applied" not in page


def test_the_talent_pool_opt_in_records_its_own_consent(client):
    job = make_job()
    assert _post(client, job, consent_talent_pool="on").status_code == 302
    assert set(Consent.objects.values_list("purpose", flat=True)) == {"application", "talent_pool"}


@pytest.mark.parametrize(
    ("fields", "source"),
    [
        ({"ref": "salon-lyon", "utm_source": "indeed"}, "salon-lyon"),
        ({"utm_source": "linkedin"}, "linkedin"),
        ({}, "career_site"),
    ],
)
def test_the_source_is_the_ref_then_utm_source_then_the_career_site(client, fields, source):
    job = make_job()
    assert _post(client, job, **fields).status_code == 302
    application = Application.objects.get()
    assert application.source == source
    assert application.source_detail == fields


def test_a_referrer_is_kept_as_a_host_name_only(client):
    job = make_job()
    assert _post(client, job, referrer="https://www.google.com/search?q=zoe+lefevre").status_code == 302
    assert Application.objects.get().source_detail == {"referrer": "www.google.com"}


def test_the_same_email_applying_again_gets_one_application_and_a_polite_message(client):
    job = make_job(title="Comptable")
    assert _post(client, job).status_code == 302
    again = _post(
        client, job, email="zoe.lefevre@example.org", first_name="Zoe", cv=_cv("autre.pdf", one_column_pdf(2))
    )
    assert again.status_code == 302
    assert Application.objects.count() == 1
    assert Candidate.objects.count() == 1
    assert Resume.objects.count() == 1  # the second file was not stored on top of the application we have
    assert Message.objects.count() == 1  # one acknowledgement
    page = client.get(reverse("careers:thanks", kwargs={"slug": job.slug}), **EN).content.decode()
    assert "You have already applied" in page
    assert "We already have your application for “Comptable”" in page


def test_applying_to_another_job_reuses_the_same_person(client):
    first, second = make_job(title="Comptable"), make_job(title="Contrôleur de gestion")
    assert _post(client, first).status_code == 302
    assert _post(client, second, email="ZOE.LEFEVRE@example.org").status_code == 302
    assert Candidate.objects.count() == 1
    assert sorted(Application.objects.values_list("job__title", flat=True)) == ["Comptable", "Contrôleur de gestion"]


def test_a_double_submission_creates_one_application(client):
    job = make_job()
    for _ in range(2):
        assert _post(client, job).status_code == 302
    assert Application.objects.count() == 1
    assert Message.objects.count() == 1


def test_the_thanks_page_without_an_application_from_this_browser_goes_to_the_job(client):
    job = make_job()
    response = client.get(reverse("careers:thanks", kwargs={"slug": job.slug}))
    assert response.status_code == 302 and response["Location"] == reverse(
        "careers:job_detail", kwargs={"slug": job.slug}
    )
    # Another browser cannot see someone else's thank-you page.
    assert _post(client, job).status_code == 302
    other = Client()
    assert other.get(reverse("careers:thanks", kwargs={"slug": job.slug})).status_code == 302


def test_the_form_works_in_french_by_default(client):
    job = make_job()
    assert client.get(_apply_url(job)).content.decode().startswith("<!DOCTYPE html>")
    assert client.post(_apply_url(job), _form()).status_code == 302
    assert Application.objects.get().candidate.preferred_language == "fr"
    assert Message.objects.get().language == "fr"


# --- Wrong files: refused at the form, everything typed is kept -----------------------------------------------


def _exe() -> bytes:
    return b"MZ\x90\x00\x03\x00\x00\x00\x04\x00\x00\x00\xff\xff\x00\x00" + bytes(range(256)) * 40


def _corrupt_docx() -> bytes:
    return b"PK\x03\x04\x14\x00\x06\x00" + bytes(range(256)) * 8


@pytest.mark.parametrize(
    ("filename", "data", "code"),
    [
        ("photo.png", png(), ErrorCode.UNSUPPORTED_TYPE),
        ("cv.pdf", png(), ErrorCode.TYPE_MISMATCH),  # an image renamed cv.pdf
        ("setup.exe", _exe(), ErrorCode.UNSUPPORTED_TYPE),
        ("cv.docx", _corrupt_docx(), ErrorCode.CORRUPT_FILE),
        ("cv.txt", b"   \n\n  ", ErrorCode.EMPTY_FILE),
        ("vide.pdf", b"", ErrorCode.EMPTY_FILE),
    ],
)
def test_a_wrong_file_is_refused_next_to_the_file_field_and_the_rest_is_kept(client, settings, filename, data, code):
    job = make_job()
    question = make_question(job, kind="text", text="Pourquoi nous ?")
    response = _post(client, job, cv=_cv(filename, data), **{f"question_{question.pk}": "Pour l'équipe."})
    assert response.status_code == 400
    page = response.content.decode()
    with translation.override("en"):
        expected = failure_message(str(code))
    assert expected.replace("'", "&#x27;") in _field_error(page, "id_cv")
    assert "Please choose the file again." in _field_error(page, "id_cv")
    assert re.search(r'<input type="file" name="cv"[^>]*aria-invalid="true"', page)
    assert re.search(r'<input type="file" name="cv"[^>]*aria-describedby="id_cv_helptext id_cv_error"', page)
    assert re.search(r'<input type="file" name="cv"[^>]*autofocus', page)  # the first error gets the focus
    # Everything typed is still there.
    assert 'value="Zoé"' in page and 'value="Lefèvre"' in page and 'value="Zoe.Lefevre@Example.org"' in page
    assert 'value="06 12 34 56 78"' in page and "J&#x27;aime Django." in page and "Pour l&#x27;équipe." in page
    assert re.search(r'<input type="checkbox" name="consent_application"[^>]*checked', page)
    assert "the browser forgets the chosen file" in page
    _nothing_stored(settings.MEDIA_ROOT)


def test_a_file_over_the_limit_is_refused_with_the_limit_in_plain_words(client, settings):
    settings.CV_MAX_BYTES = 1024 * 1024
    job = make_job()
    big = one_column_pdf() + b"%" + b"x" * (1024 * 1024)  # a real PDF, padded past 1 MB
    response = _post(client, job, cv=_cv("gros.pdf", big))
    assert response.status_code == 400
    assert "The file is too large: the limit is 1 MB." in _field_error(response.content.decode(), "id_cv")
    assert 'value="Zoé"' in response.content.decode()
    _nothing_stored(settings.MEDIA_ROOT)


def test_a_body_far_over_the_limit_is_refused_before_it_is_read(client, settings):
    settings.CV_MAX_BYTES = 100 * 1024
    job = make_job()
    huge = b"%PDF-1.4\n" + b"x" * (800 * 1024)
    with mock.patch("ats.views.careers.ApplyForm") as form:
        response = _post(client, job, cv=_cv("huge.pdf", huge))
    assert response.status_code == 413
    form.assert_not_called()  # never parsed into a form
    page = response.content.decode()
    assert "Your file is too large" in page
    assert "The CV you chose is over 100.0\xa0KB, the largest file we accept. Nothing was sent." in page
    assert f'href="{_apply_url(job)}"' in page
    _nothing_stored(settings.MEDIA_ROOT)


def test_no_file_at_all_asks_for_one(client):
    job = make_job()
    response = _post(client, job, cv=None)
    assert response.status_code == 400
    assert "Choose your CV file." in _field_error(response.content.decode(), "id_cv")
    _nothing_stored()


# --- Other refusals -------------------------------------------------------------------------------------------


def test_without_the_processing_consent_nothing_is_stored(client):
    job = make_job()
    response = _post(client, job, consent_application=None, consent_talent_pool="on")
    assert response.status_code == 400
    page = response.content.decode()
    assert "Please accept the processing of your data for this application." in _field_error(
        page, "id_consent_application"
    )
    assert re.search(r'<input type="checkbox" name="consent_application"[^>]*aria-invalid="true"', page)
    assert re.search(r'<input type="checkbox" name="consent_talent_pool"[^>]*checked', page)  # kept as ticked
    _nothing_stored()


def test_required_questions_must_be_answered_and_choices_must_be_offered_ones(client):
    job = make_job()
    licence = make_question(job, text="Permis B ?", kind="yes_no")
    start = make_question(job, text="Disponibilité ?", kind="choice", choices=["Immédiate", "Un mois"])
    optional = make_question(job, text="Un mot ?", kind="text", required=False)
    response = _post(client, job, **{f"question_{start.pk}": "Dans dix ans"})
    assert response.status_code == 400
    page = response.content.decode()
    assert "Please answer this question." in _field_error(page, f"id_question_{licence.pk}")
    assert "Select a valid choice" in _field_error(page, f"id_question_{start.pk}")
    # The group is a fieldset described by its error; the first radio of the first error gets the focus.
    assert re.search(
        rf'<fieldset class="field field-group field-invalid" aria-describedby="id_question_{licence.pk}_error">', page
    )
    assert re.search(rf'<input type="radio" name="question_{licence.pk}" value="yes"[^>]*autofocus', page)
    assert f"id_question_{optional.pk}_error" not in page
    _nothing_stored()

    response = _post(client, job, **{f"question_{licence.pk}": "yes", f"question_{start.pk}": "Un mois"})
    assert response.status_code == 302
    assert Application.objects.get().answers == {str(licence.pk): "yes", str(start.pk): "Un mois"}


def test_missing_names_and_a_bad_email_or_phone_are_shown_next_to_their_fields(client):
    job = make_job()
    response = _post(client, job, first_name="  ", email="zoe@", phone="12")
    assert response.status_code == 400
    page = response.content.decode()
    assert "This field is required." in _field_error(page, "id_first_name")
    assert "Enter a valid email address." in _field_error(page, "id_email")
    assert "This does not look like a phone number." in _field_error(page, "id_phone")
    assert re.search(r'<input type="text" name="first_name"[^>]*autofocus', page)
    assert "Please correct 3 fields." in page
    assert '<a href="#id_email">E-mail address</a>' in page
    _nothing_stored()


def test_a_filled_honeypot_pretends_success_and_stores_nothing(client, settings):
    job = make_job(title="Comptable")
    response = _post(client, job, website="http://spam.example")
    assert response.status_code == 302
    assert response["Location"] == reverse("careers:thanks", kwargs={"slug": job.slug})
    assert "Thank you" in client.get(response["Location"], **EN).content.decode()
    _nothing_stored(settings.MEDIA_ROOT)


def test_the_form_is_protected_against_cross_site_requests():
    job = make_job()
    client = Client(enforce_csrf_checks=True)
    response = client.post(_apply_url(job), _form())
    assert response.status_code == 403
    _nothing_stored()
    # With the token from the page, the same post goes through.
    client.get(_apply_url(job))
    token = client.cookies["csrftoken"].value
    assert client.post(_apply_url(job), _form(csrfmiddlewaretoken=token)).status_code == 302
    assert Application.objects.count() == 1


def test_posting_too_often_from_one_address_gets_a_plain_429_page(client, settings):
    settings.CAREERS_APPLY_RATE = "2/600"
    job = make_job()
    assert _post(client, job, email="un@example.org", phone="").status_code == 302
    assert _post(client, job, email="deux@example.org", phone="").status_code == 302
    response = _post(client, job, email="trois@example.org", phone="")
    assert response.status_code == 429
    assert 0 < int(response["Retry-After"]) <= 600
    assert "This form was sent too many times from your connection" in response.content.decode()
    assert sorted(Candidate.objects.values_list("email", flat=True)) == ["deux@example.org", "un@example.org"]
    # Showing the form is never limited.
    assert client.get(_apply_url(job)).status_code == 200


def test_the_rate_limit_can_be_turned_off_and_lets_applicants_through_when_the_cache_is_down(client, settings):
    settings.CAREERS_APPLY_RATE = "1/600"
    job = make_job()
    settings.RATELIMIT_ENABLED = False
    assert _post(client, job, email="un@example.org", phone="").status_code == 302
    assert _post(client, job, email="deux@example.org", phone="").status_code == 302
    settings.RATELIMIT_ENABLED = True
    with mock.patch("accounts.ratelimit.cache.add", side_effect=ConnectionError("redis is down")):
        assert _post(client, job, email="trois@example.org", phone="").status_code == 302
    assert Application.objects.count() == 3


def test_a_job_that_closed_while_the_form_was_open_says_so(client):
    job = make_job(title="Poste pourvu")
    assert client.get(_apply_url(job)).status_code == 200
    services.job_set_status(job=job, action="close")
    response = _post(client, job)
    assert response.status_code == 404
    assert "This job is no longer open" in response.content.decode()
    _nothing_stored()


def test_a_refusal_by_the_service_is_shown_on_the_form(client):
    job = make_job()
    with mock.patch(
        "ats.views.careers.application_submit",
        side_effect=services.ApplicationError("This job has no pipeline yet."),
    ):
        response = _post(client, job)
    assert response.status_code == 400
    page = response.content.decode()
    assert "This job has no pipeline yet." in page and 'value="Zoé"' in page
