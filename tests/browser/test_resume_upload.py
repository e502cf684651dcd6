"""A recruiter sends a CV from the candidate page and watches it being read, then picks the wrong file by mistake.

There is no Celery worker here: the upload's parse task is intercepted (nothing reaches the broker), and the test
runs the service the task would run, ``resume_parse``, itself. live_server uses ``transactional_db``: the upload
is committed by the server's thread, so the test thread sees the row and the server sees the parse's result.
"""

from __future__ import annotations

import struct
import time
import zlib
from collections.abc import Iterator
from unittest import mock
from urllib.parse import urlsplit

import pytest
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext

from candidates import tasks
from candidates.models import Resume, ResumeStatus
from candidates.parsing_messages import failure_message
from candidates.services.resumes import resume_parse
from parsing.errors import ErrorCode
from parsing.evaluation.generate import generate_cv
from parsing.evaluation.taxonomy import sample_taxonomy
from tests.browser.test_shell import sign_in
from tests.factories import CandidateFactory, RecruiterFactory

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

PANEL_TIMEOUT_MS = 8_000  # the panel polls every 2 s
BEING_READ = "The CV is being read. This section updates by itself in a few seconds."


def png_bytes() -> bytes:
    """A real 1×1 PNG image, built by hand."""

    def chunk(kind: bytes, body: bytes) -> bytes:
        return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))

    header = struct.pack(">IIBBBBB", 1, 1, 8, 2, 0, 0, 0)  # 1×1, 8 bits, RGB
    pixels = zlib.compress(b"\x00\xb4\x78\x5a")  # one row: filter byte, then one pixel
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", pixels) + chunk(b"IEND", b"")


@pytest.fixture
def media_root(settings, tmp_path):
    """Stored files go to a temporary folder (the live server runs in this process: it sees the setting)."""
    settings.MEDIA_ROOT = tmp_path / "media"
    return settings.MEDIA_ROOT


@pytest.fixture
def queued(media_root) -> Iterator[mock.MagicMock]:
    """candidates.tasks.queue_parse, replaced: the resume ids that would have been sent to the broker."""
    with mock.patch.object(tasks, "queue_parse") as queue_parse:
        yield queue_parse


def wait_until(condition, *, timeout: float = 5.0) -> object:
    deadline = time.monotonic() + timeout
    while not (value := condition()) and time.monotonic() < deadline:
        time.sleep(0.05)
    return value


def test_upload_a_cv_watch_it_being_read_then_send_the_wrong_file(page, live_server, tmp_path, queued):
    data, filename, labels = generate_cv(4, sample_taxonomy(), language="fr", layout="pdf_classic")
    assert data.startswith(b"%PDF")
    cv_path = tmp_path / filename
    cv_path.write_bytes(data)
    recruiter = RecruiterFactory(preferred_language="fr")
    candidate = CandidateFactory(first_name="", last_name="Inconnu", email="", phone="", city="", country="")
    with translation.override("fr"):
        being_read = gettext(BEING_READ)
        wrong_type = failure_message(str(ErrorCode.TYPE_MISMATCH))

    requested: list[str] = []
    page.on("request", lambda request: requested.append(request.url))
    console_errors: list[tuple[str, str]] = []  # a Content Security Policy violation is reported here

    def on_console(message) -> None:
        if message.type == "error":
            console_errors.append((message.text, message.location.get("url", "")))

    page.on("console", on_console)

    sign_in(page, recruiter)
    page.goto(reverse("candidates:detail", kwargs={"pk": candidate.pk}))
    panel = page.locator("#cv-panel")
    upload_form = page.locator("#cv form[enctype='multipart/form-data']")
    assert panel.get_attribute("hx-get") is None  # no CV: nothing to poll

    # Upload the CV: back on the page, the CV section says it is being read, and polls.
    page.set_input_files("#cv input[type=file]", str(cv_path))
    with page.expect_navigation():
        upload_form.locator("button[type=submit]").click()
    assert urlsplit(page.url).path == reverse("candidates:detail", kwargs={"pk": candidate.pk})
    assert being_read in panel.inner_text()
    assert panel.get_attribute("hx-get") == reverse("candidates:resume_panel", kwargs={"pk": candidate.pk})
    resume = Resume.objects.get(candidate=candidate)  # committed by the server's thread
    assert resume.status == ResumeStatus.PENDING
    assert resume.original_filename == filename
    assert wait_until(lambda: queued.call_count == 1), "the upload queued no parse"
    queued.assert_called_once_with(resume.pk)

    # The worker's part, done here; the page must show the result by itself (no reload, no navigation).
    page.evaluate("window.__sameDocument = true")
    navigations: list[str] = []
    page.on("framenavigated", lambda frame: navigations.append(frame.url) if frame == page.main_frame else None)
    parsed = resume_parse(resume_id=resume.pk)
    assert parsed is not None and parsed.status == ResumeStatus.PARSED

    page.wait_for_function(
        "text => !document.querySelector('#cv-panel').innerText.includes(text)",
        arg=being_read,
        timeout=PANEL_TIMEOUT_MS,
    )
    text = panel.inner_text()
    assert labels["email"] in text
    assert labels["work"][0]["position"] in text
    assert all(word.casefold() in text.casefold() for word in labels["name"].split())
    assert being_read not in text
    assert panel.get_attribute("hx-get") is None  # read: the polling stops
    assert page.evaluate("window.__sameDocument") is True
    assert not navigations, navigations

    # The wrong file: a PNG named cv.pdf. The error is next to the file field; nothing is stored or queued.
    page.set_input_files(
        "#cv input[type=file]", files=[{"name": "cv.pdf", "mimeType": "application/pdf", "buffer": png_bytes()}]
    )
    with page.expect_navigation():
        upload_form.locator("button[type=submit]").click()
    file_input = page.locator("#cv input[type=file]")
    error = page.locator("#cv .form-row-error .field-error")
    assert error.inner_text().strip() == wrong_type
    assert file_input.get_attribute("aria-invalid") == "true"
    assert error.get_attribute("id") in file_input.get_attribute("aria-describedby").split()
    assert Resume.objects.filter(candidate=candidate).count() == 1
    assert queued.call_count == 1
    assert labels["work"][0]["position"] in panel.inner_text()  # the CV already read is still shown

    # Nothing was fetched from any other host, and the browser reported no error (no CSP violation).
    own_host = urlsplit(live_server.url).netloc
    elsewhere = [
        url for url in requested if urlsplit(url).scheme in ("http", "https") and urlsplit(url).netloc != own_host
    ]
    assert requested
    assert not elsewhere, elsewhere
    # The refused upload is answered with a 400 on purpose (the page with the error), which Chromium reports.
    upload_url = live_server.url + reverse("candidates:resume_upload", kwargs={"pk": candidate.pk})
    refused = ("Failed to load resource: the server responded with a status of 400 (Bad Request)", upload_url)
    assert console_errors.count(refused) <= 1
    assert [error for error in console_errors if error != refused] == [], console_errors
