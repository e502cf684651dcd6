"""A recruiter writes a job description with the editor's toolbar (keyboard included): what is saved is the
formatted, sanitized HTML; no console error (CSP), no request to another host."""

from __future__ import annotations

from urllib.parse import urlsplit

import pytest
from django.urls import reverse

from ats.models import Job
from tests.browser.test_messaging import wait_until
from tests.browser.test_shell import sign_in
from tests.factories import RecruiterFactory

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_a_recruiter_formats_the_description_with_the_toolbar(page, live_server):
    recruiter = RecruiterFactory(preferred_language="en")
    requested: list[str] = []
    page.on("request", lambda request: requested.append(request.url))
    console_errors: list[str] = []
    page.on("console", lambda message: console_errors.append(message.text) if message.type == "error" else None)

    sign_in(page, recruiter)
    page.goto(reverse("ats:job_create"))
    page.fill("#id_title", "Chef de rang")
    editor = page.get_by_role("textbox", name="Description")
    editor.click()
    page.keyboard.type("Service du soir")
    page.keyboard.press("Shift+Home")
    page.get_by_role("button", name="Bold").click()
    page.keyboard.press("End")
    page.keyboard.press("Enter")
    page.get_by_role("button", name="Bulleted list").focus()
    page.keyboard.press("Enter")  # the toolbar works from the keyboard too
    editor.click()
    page.keyboard.press("Control+End")
    page.keyboard.type("Anglais courant")
    page.get_by_role("button", name="Create the job").click()

    assert wait_until(lambda: Job.objects.filter(title="Chef de rang").exists())
    description = Job.objects.get(title="Chef de rang").description
    assert "<b>Service du soir</b>" in description or "<strong>Service du soir</strong>" in description
    assert "<ul><li>" in description and "Anglais courant" in description.split("<ul>")[1]
    assert not console_errors, console_errors
    host = urlsplit(live_server.url).netloc
    assert all(urlsplit(url).netloc == host for url in requested if url.startswith("http"))
