"""A recruiter opens a job's board, drags a card to the next stage, then rejects another application with a
reason from its page. The database and the page agree after each step; no console error (CSP), no request to
another host."""

from __future__ import annotations

from unittest import mock
from urllib.parse import urlsplit

import pytest
from django.urls import reverse

from ats.models import Application, ApplicationStatus, StageKind, StageTransition
from messaging import tasks
from messaging.models import Message, MessageStatus, Purpose
from tests.ats.factories import make_job, make_reason
from tests.ats.workspace_helpers import add, stage
from tests.browser.test_messaging import wait_until
from tests.browser.test_shell import sign_in
from tests.factories import RecruiterFactory
from tests.messaging.factories import template_make

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_drag_a_card_to_the_next_stage_and_reject_another_with_a_reason(page, live_server):
    recruiter = RecruiterFactory(preferred_language="fr")
    job = make_job(title="Soudeur·se TIG")
    moving = add(job, first_name="Zoé", last_name="Lefèvre")
    rejected = add(job, first_name="Hugo", last_name="Roux")
    # The reason carries its own template: the default ones may have been flushed by an earlier transactional test.
    template = template_make(name="Refus", purpose=Purpose.REJECTION)
    reason = make_reason(label_fr="Un autre candidat a été retenu (test)", email_template=template)
    applied, screen = stage(job, StageKind.APPLIED), stage(job, StageKind.SCREEN)

    requested: list[str] = []
    page.on("request", lambda request: requested.append(request.url))
    console_errors: list[str] = []
    page.on("console", lambda message: console_errors.append(message.text) if message.type == "error" else None)
    page.on("dialog", lambda dialog: dialog.accept())  # the "Reject this application?" confirmation

    sign_in(page, recruiter)
    page.goto(reverse("ats:job_detail", kwargs={"pk": job.pk}))
    card = page.locator(f"#card-{moving.pk}")
    assert page.locator(f"#column-{applied.pk} #card-{moving.pk}").count() == 1

    # Drag and drop: the card goes to the next column (htmx swaps both columns back) and the move is announced.
    card.drag_to(page.locator(f"#column-{screen.pk}"))
    page.locator(f"#column-{screen.pk} #card-{moving.pk}").wait_for()
    assert wait_until(lambda: Application.objects.get(pk=moving.pk).stage_id == screen.pk)
    assert StageTransition.objects.filter(
        application=moving, from_stage=applied, to_stage=screen, actor=recruiter
    ).exists()
    assert page.locator(f"#column-{applied.pk} #card-{moving.pk}").count() == 0
    assert "Zoé Lefèvre" in page.locator("#messages").inner_text()
    assert page.locator(f"#column-{screen.pk} .board-column-count").inner_text() == "1"

    # Reject the other application from its page, with a reason and the e-mail held for an hour.
    with page.expect_navigation():
        page.locator(f"#card-{rejected.pk} a.board-card-name").click()
    with mock.patch.object(tasks.send_message, "delay"):
        page.select_option("#reject_reason", str(reason.pk))
        page.select_option("#reject_delay", "hour")
        with page.expect_navigation():
            page.locator("form.reject-form button[type=submit]").click()

    rejected.refresh_from_db()
    assert rejected.status == ApplicationStatus.REJECTED and rejected.rejection_reason == reason
    message = Message.objects.get(purpose=Purpose.REJECTION, context__application=rejected.pk)
    assert message.status == MessageStatus.QUEUED and message.send_after is not None
    assert page.locator(
        f"form[action='{reverse('ats:application_unreject', kwargs={'pk': rejected.pk})}']"
    ).is_visible()
    assert "Un autre candidat a été retenu (test)" in page.locator(".application-state").inner_text()

    # Back on the board, the rejected application is no longer among those in progress.
    page.goto(reverse("ats:job_detail", kwargs={"pk": job.pk}))
    assert page.locator(f"#card-{rejected.pk}").count() == 0
    assert page.locator(f"#column-{screen.pk} #card-{moving.pk}").count() == 1

    own_host = urlsplit(live_server.url).netloc
    elsewhere = [
        url for url in requested if urlsplit(url).scheme in ("http", "https") and urlsplit(url).netloc != own_host
    ]
    assert not elsewhere
    assert not console_errors, console_errors


def test_move_a_card_with_the_keyboard(page, live_server):
    recruiter = RecruiterFactory(preferred_language="fr")
    job = make_job()
    application = add(job, first_name="Inès", last_name="Garcia")
    interview = stage(job, StageKind.INTERVIEW)
    console_errors: list[str] = []
    page.on("console", lambda message: console_errors.append(message.text) if message.type == "error" else None)

    sign_in(page, recruiter)
    page.goto(reverse("ats:job_detail", kwargs={"pk": job.pk}))
    select = page.locator(f"#move-{application.pk}")
    select.focus()
    select.select_option(str(interview.pk))
    page.keyboard.press("Tab")
    page.keyboard.press("Enter")

    page.locator(f"#column-{interview.pk} #card-{application.pk}").wait_for()
    assert wait_until(lambda: Application.objects.get(pk=application.pk).stage_id == interview.pk)
    assert wait_until(lambda: page.evaluate("document.activeElement.id") == f"card-{application.pk}")
    assert not console_errors, console_errors


def test_the_board_scrolls_inside_itself_on_a_phone(page, live_server):
    """Columns side by side scroll within the board: the page itself never scrolls sideways."""
    recruiter = RecruiterFactory(preferred_language="fr")
    job = make_job()
    for number in range(3):
        add(job, first_name=f"Personne{number}", last_name="Test")
    page.set_viewport_size({"width": 390, "height": 844})
    sign_in(page, recruiter)
    page.goto(reverse("ats:job_detail", kwargs={"pk": job.pk}))
    page.locator(".board").wait_for()
    assert page.evaluate("document.documentElement.scrollWidth") <= 390
    assert page.evaluate("document.querySelector('.board').scrollWidth") > 390
