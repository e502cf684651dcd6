"""A recruiter writes to a candidate from their page with a template, fills in the value the template needs when
the live preview asks for it, sends, and finds the e-mail in the conversation, the timeline and the outbox.

There is no Celery worker here: the send task is intercepted when the message is queued (nothing reaches the
broker), and the test runs the service the task would run, ``messages_send``, itself, with the development outbox
as the e-mail backend (the live server runs in this process: it sees the setting).
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from unittest import mock
from urllib.parse import urlsplit

import pytest
from django.urls import reverse

from messaging import services, tasks
from messaging.models import Message, MessageStatus, OutboxEmail
from tests.browser.test_shell import sign_in
from tests.factories import CandidateFactory, RecruiterFactory
from tests.messaging.factories import template_make

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

SUBJECT = "Entretien pour le poste {{ job_title }} — {{ first_name }}"


@pytest.fixture
def outbox_backend(settings):
    settings.EMAIL_BACKEND = "messaging.backends.OutboxBackend"


@pytest.fixture
def queued() -> Iterator[mock.MagicMock]:
    """messaging.tasks.send_message.delay, replaced: the message ids that would have gone to the broker."""
    with mock.patch.object(tasks.send_message, "delay") as delay:
        yield delay


def wait_until(condition, *, timeout: float = 5.0) -> object:
    deadline = time.monotonic() + timeout
    while not (value := condition()) and time.monotonic() < deadline:
        time.sleep(0.05)
    return value


def test_send_a_templated_email_and_find_it_in_the_conversation_timeline_and_outbox(
    page, live_server, outbox_backend, queued
):
    recruiter = RecruiterFactory(preferred_language="fr")
    candidate = CandidateFactory(first_name="Zoé", last_name="Lefèvre", preferred_language="fr")
    template = template_make(
        name="Invitation à un entretien",
        purpose="interview_invitation",
        subject_fr=SUBJECT,
        body_fr="<p>Bonjour {{ first_name }},</p><p>Nous aimerions vous rencontrer pour le poste {{ job_title }}.</p>",
        subject_en="",
        body_en="",
    )
    expected_subject = "Entretien pour le poste Soudeur·se — Zoé"
    candidate_url = reverse("candidates:detail", kwargs={"pk": candidate.pk})
    compose_url = reverse("messaging:compose", kwargs={"pk": candidate.pk})

    requested: list[str] = []
    page.on("request", lambda request: requested.append(request.url))
    console_errors: list[str] = []  # a Content Security Policy violation is reported here
    page.on("console", lambda message: console_errors.append(message.text) if message.type == "error" else None)

    sign_in(page, recruiter)
    page.goto(candidate_url)

    # The E-mails panel loads by itself (htmx) and offers to write.
    write = page.locator(f"#panel-emails a.button[href='{compose_url}']")
    write.wait_for()
    with page.expect_navigation():
        write.click()
    assert urlsplit(page.url).path == compose_url

    # Choose the template: the live preview says the job title is missing, next to the job title field.
    page.select_option("#id_template", str(template.pk))
    job_title_error = page.locator("#id_job_title_error .field-error")
    job_title_error.wait_for()
    assert "{{ job_title }}" in job_title_error.inner_text()

    # Give it: the preview shows the e-mail as Zoé will get it, and the error is gone.
    page.fill("#id_job_title", "Soudeur·se")
    page.wait_for_function(
        "text => (document.querySelector('[data-testid=preview-subject]') || {}).innerText === text",
        arg=expected_subject,
    )
    assert (
        "Nous aimerions vous rencontrer pour le poste Soudeur·se."
        in page.locator("[data-testid=preview-body]").inner_text()
    )
    assert job_title_error.count() == 0
    assert not Message.objects.exists()  # previews send nothing

    # Send: back on the candidate page, with a message saying so.
    with page.expect_navigation():
        page.locator("button[name=action][value=send]").click()
    assert urlsplit(page.url).path == candidate_url
    assert candidate.email in page.locator("#messages").inner_text()
    message = Message.objects.get()
    assert message.subject == expected_subject and message.status == MessageStatus.QUEUED
    assert wait_until(lambda: queued.call_count == 1), "the send was not queued"
    queued.assert_called_once_with(message.pk)

    # The worker's part, done here, through the development outbox.
    assert services.messages_send(message_ids=[message.pk]) == {"sent": 1, "failed": 0, "skipped": 0}

    # The conversation shows it as sent, and the timeline records it.
    page.reload()
    sent_link = page.locator(
        f"#panel-emails a[href='{reverse('messaging:message_detail', kwargs={'pk': message.pk})}']"
    )
    sent_link.wait_for()
    assert sent_link.inner_text() == expected_subject
    assert page.locator(f"#message-{message.pk} .badge-success").count() == 1
    assert expected_subject in page.locator("#timeline .timeline-email_sent").first.inner_text()

    # The outbox has it, with the reply address that threads an answer back to this message.
    page.goto(reverse("messaging:outbox"))
    email = OutboxEmail.objects.get()
    row = page.locator(f"a[href='{reverse('messaging:outbox_detail', kwargs={'pk': email.pk})}']")
    assert row.inner_text() == expected_subject
    with page.expect_navigation():
        row.click()
    detail = page.locator("main").inner_text()
    assert candidate.email in detail
    assert message.reply_to and message.reply_to in detail
    assert "Nous aimerions vous rencontrer pour le poste Soudeur·se." in detail

    # Nothing was fetched from any other host, and the browser reported no error (no CSP violation).
    own_host = urlsplit(live_server.url).netloc
    elsewhere = [
        url for url in requested if urlsplit(url).scheme in ("http", "https") and urlsplit(url).netloc != own_host
    ]
    assert requested
    assert not elsewhere, elsewhere
    assert not console_errors, console_errors
