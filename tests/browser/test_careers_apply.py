"""An applicant on a phone opens the career site, finds a job, applies with a real PDF and sees the thank-you page;
the acknowledgement e-mail is queued, then sent.

There is no Celery worker here: the parse and send tasks are intercepted when queued (nothing reaches the broker),
and the test runs the service the send task would run, ``messages_send``, itself.
"""

from __future__ import annotations

import json
import time
from collections.abc import Iterator
from unittest import mock
from urllib.parse import urlsplit

import pytest
from django.core import mail
from django.urls import reverse

from ats.models import Application
from candidates import tasks as candidate_tasks
from candidates.models import Consent, Resume
from messaging import services as messaging_services
from messaging import tasks as messaging_tasks
from messaging.models import Message, MessageStatus, Purpose
from messaging.selectors import template_default
from tests.ats.factories import make_job, make_question
from tests.messaging.factories import template_make
from tests.parsing.files import one_column_pdf

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

PHONE = {"width": 390, "height": 844}


@pytest.fixture
def queued(settings, tmp_path) -> Iterator[tuple[mock.MagicMock, mock.MagicMock]]:
    """Stored files in a temporary folder; the parse and send tasks replaced (what would have gone to the broker)."""
    settings.MEDIA_ROOT = tmp_path / "media"
    settings.RATELIMIT_ENABLED = True
    with (
        mock.patch.object(candidate_tasks, "queue_parse") as parse,
        mock.patch.object(messaging_tasks.send_message, "delay") as send,
    ):
        yield parse, send


def wait_until(condition, *, timeout: float = 5.0) -> object:
    deadline = time.monotonic() + timeout
    while not (value := condition()) and time.monotonic() < deadline:
        time.sleep(0.05)
    return value


def test_an_applicant_applies_from_a_phone_and_gets_the_acknowledgement(chromium, live_server, tmp_path, queued):
    parse, send = queued
    if template_default(purpose=Purpose.ACKNOWLEDGEMENT) is None:  # flushed by an earlier transactional test
        template_make(
            name="Accusé de réception",
            purpose=Purpose.ACKNOWLEDGEMENT,
            is_default=True,
            subject_fr="Votre candidature « {{ job_title }} »",
            subject_en="Your application for {{ job_title }}",
        )
    job = make_job(
        title="Développeur Python",
        city="Lyon",
        department="Engineering",
        description="<p>Vous <strong>aimez</strong> Django.</p>",
    )
    make_job(title="Comptable", city="Paris")
    licence = make_question(job, text="Avez-vous le permis B ?", kind="yes_no")
    start = make_question(job, text="Disponibilité ?", kind="choice", choices=["Immédiate", "Un mois"])
    cv_path = tmp_path / "Zoe-Lefevre-CV.pdf"
    cv_path.write_bytes(one_column_pdf())

    context = chromium.new_context(
        locale="en-GB", base_url=live_server.url, viewport=PHONE, is_mobile=True, has_touch=True
    )
    context.set_default_timeout(10_000)
    page = context.new_page()
    requested: list[str] = []
    page.on("request", lambda request: requested.append(request.url))
    console_errors: list[str] = []  # a Content Security Policy violation is reported here
    page.on("console", lambda message: console_errors.append(message.text) if message.type == "error" else None)
    page.on("pageerror", lambda error: console_errors.append(str(error)))

    try:
        # The list, filtered to Lyon with the GET form.
        page.goto(reverse("careers:job_list") + "?utm_source=linkedin&utm_campaign=printemps")
        assert page.locator("html").get_attribute("lang") == "en"
        assert page.locator(".job-card").count() == 2
        page.get_by_label("Location").select_option("Lyon")
        with page.expect_navigation():
            page.get_by_role("button", name="Show the jobs").click()
        assert page.locator(".job-card").count() == 1
        # Nothing wider than the phone's screen.
        assert page.evaluate("document.documentElement.scrollWidth") <= PHONE["width"]

        # The job's page (arriving from a job board's link), with its JSON-LD.
        page.goto(reverse("careers:job_detail", kwargs={"slug": job.slug}) + "?utm_source=linkedin&ref=post-42")
        assert page.get_by_role("heading", level=1).inner_text() == "Développeur Python"
        posting = json.loads(page.locator("script[type='application/ld+json']").text_content())
        assert posting["@type"] == "JobPosting" and posting["title"] == "Développeur Python"
        with page.expect_navigation():
            page.get_by_role("link", name="Apply for this job").first.click()
        assert urlsplit(page.url).path == reverse("careers:apply", kwargs={"slug": job.slug})
        assert page.evaluate("document.documentElement.scrollWidth") <= PHONE["width"]

        # Forgetting the consent first: the page comes back with the error, the focus on it, the rest kept.
        page.get_by_label("First name").fill("Zoé")
        page.get_by_label("Last name").fill("Lefèvre")
        page.get_by_label("E-mail address").fill("zoe.lefevre@example.org")
        page.get_by_label("Phone (optional)").fill("06 12 34 56 78")
        page.set_input_files("input[name=cv]", str(cv_path))
        page.get_by_role("group", name="Avez-vous le permis B ?").get_by_label("Yes").check()
        page.get_by_role("group", name="Disponibilité ?").get_by_label("Un mois").check()
        with page.expect_navigation():
            page.get_by_role("button", name="Send my application").click()
        assert page.get_by_role("alert").first.is_visible()
        assert page.evaluate("document.activeElement.name") == "consent_application"
        assert page.get_by_label("First name").input_value() == "Zoé"
        assert page.get_by_role("group", name="Avez-vous le permis B ?").get_by_label("Yes").is_checked()
        assert Application.objects.count() == 0

        # The privacy notice opens from its link; then the consent, the file again, and send.
        page.get_by_role("link", name="Read how we use your data").click()
        assert page.locator("#privacy-details").evaluate("details => details.open")
        page.get_by_label("I agree that my data is processed").check()
        page.set_input_files("input[name=cv]", str(cv_path))
        with page.expect_navigation():
            page.get_by_role("button", name="Send my application").click()

        assert urlsplit(page.url).path == reverse("careers:thanks", kwargs={"slug": job.slug})
        assert page.get_by_role("heading", level=1).inner_text() == "Thank you, Zoé!"
        assert "Développeur Python" in page.locator("main").inner_text()
    finally:
        context.close()

    application = Application.objects.select_related("candidate").get()
    assert application.job_id == job.pk
    assert application.source == "post-42"
    assert application.source_detail == {"utm_source": "linkedin", "ref": "post-42"}
    assert application.answers == {str(licence.pk): "yes", str(start.pk): "Un mois"}
    assert application.candidate.preferred_language == "en"
    resume = Resume.objects.get(candidate=application.candidate)
    assert resume.original_filename == "Zoe-Lefevre-CV.pdf" and resume.status == "pending"
    assert list(Consent.objects.filter(candidate=application.candidate).values_list("purpose", flat=True)) == [
        "application"
    ]
    assert wait_until(lambda: parse.call_count == 1)
    parse.assert_called_once_with(resume.pk)

    # The acknowledgement: queued for this application, then sent by the service the send task runs.
    message = Message.objects.get(idempotency_key=f"application:{application.pk}:acknowledgement")
    assert message.status == MessageStatus.QUEUED and message.to_email == "zoe.lefevre@example.org"
    assert wait_until(lambda: send.call_count == 1)
    mail.outbox.clear()
    assert messaging_services.messages_send(message_ids=[message.pk])["sent"] == 1
    assert Message.objects.get(pk=message.pk).status == MessageStatus.SENT
    assert [email.to for email in mail.outbox] == [["zoe.lefevre@example.org"]]
    assert "Développeur Python" in mail.outbox[0].subject

    own_host = urlsplit(live_server.url).netloc
    elsewhere = [
        url for url in requested if urlsplit(url).scheme in ("http", "https") and urlsplit(url).netloc != own_host
    ]
    assert elsewhere == []
    # The form sent without the consent came back as it should, with HTTP 400 (Chromium logs every 4xx page it
    # loads); anything else (a Content Security Policy violation, a script error) fails the test.
    expected = "Failed to load resource: the server responded with a status of 400 (Bad Request)"
    assert [error for error in console_errors if error != expected] == []
    assert console_errors.count(expected) == 1


def test_a_second_tap_does_not_send_the_form_again(page, live_server, queued):
    job = make_job(title="Comptable")
    page.goto(reverse("careers:apply", kwargs={"slug": job.slug}))
    # Count the submissions careers.js lets through, and keep the page here (a listener added after the module's
    # runs after it; it stops the navigation so that the second tap happens while the first is "on its way").
    page.evaluate(
        """() => {
          window.__sent = 0;
          document.addEventListener("submit", (event) => {
            if (!event.defaultPrevented) { window.__sent += 1; }
            event.preventDefault();
          });
        }"""
    )
    button = page.locator("form[data-apply-form] button[type=submit]")
    button.click()
    assert wait_until(lambda: button.is_disabled())
    # A second submission (Enter in a field, an impatient tap that reaches the form) is stopped.
    page.locator("input[name=first_name]").press("Enter")
    page.evaluate("() => document.querySelector('form[data-apply-form]').requestSubmit()")
    assert page.evaluate("window.__sent") == 1
    assert button.is_disabled()
    assert button.inner_text() == button.get_attribute("data-sending-label")  # "Sending…", in the page's language
