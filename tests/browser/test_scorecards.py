"""A hiring manager opens their review queue, fills in a scorecard (one rating with the mouse, one with the
keyboard only), submits it, and only then sees the other reviewer's scorecard."""

from __future__ import annotations

from urllib.parse import urlsplit

import pytest
from django.urls import reverse

from ats.models import Scorecard
from tests.ats.factories import make_job
from tests.ats.reviews_factories import make_application, make_criteria, make_scorecard
from tests.browser.test_shell import sign_in
from tests.factories import HiringManagerFactory

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_a_hiring_manager_submits_a_scorecard_and_then_sees_the_others(page, live_server):
    alice = HiringManagerFactory(first_name="Alice", last_name="Martin", preferred_language="en")
    bob = HiringManagerFactory(first_name="Bob", last_name="Durand", preferred_language="en")
    job = make_job(title="Data engineer")
    job.hiring_managers.add(alice, bob)
    python, clarity = make_criteria(job, "Python", "Explains clearly")
    application = make_application(job=job, first_name="Zoé", last_name="Lefèvre")
    make_scorecard(application, bob, ratings={python.pk: 4, clarity.pk: 2}, recommendation="no", notes="Bob was here")

    requested: list[str] = []
    page.on("request", lambda request: requested.append(request.url))
    console_errors: list[str] = []  # a Content Security Policy violation is reported here
    page.on("console", lambda message: console_errors.append(message.text) if message.type == "error" else None)

    sign_in(page, alice)
    page.goto(reverse("ats:review_queue"))
    row = page.locator(f"tr[data-application='{application.pk}']")
    assert "Zoé Lefèvre" in row.inner_text()
    with page.expect_navigation():
        row.get_by_role("link", name="to do").click()
    assert urlsplit(page.url).path == reverse("ats:scorecard", kwargs={"pk": application.pk})

    # Blind: the count, never Bob's scorecard (not even hidden in the page).
    assert page.get_by_text("1 scorecard submitted — submit yours to see it.").is_visible()
    assert "Bob was here" not in page.content()
    assert page.locator(".scorecard").count() == 0

    # "Python" with the mouse; "Explains clearly" with the keyboard alone (Tab into the group, arrows to choose).
    page.get_by_role("group", name="Python").get_by_label("3 · Yes").check()
    page.get_by_role("group", name="Python").get_by_label("3 · Yes").focus()
    page.keyboard.press("Tab")  # out of the Python group, onto the first radio of the next group
    assert page.evaluate("document.activeElement.name") == f"criterion_{clarity.pk}"
    page.keyboard.press("Space")
    page.keyboard.press("ArrowRight")
    page.keyboard.press("ArrowRight")
    assert page.get_by_role("group", name="Explains clearly").get_by_label("3 · Yes").is_checked()
    page.get_by_role("group", name="Overall recommendation").get_by_label("Strong yes").check()
    page.get_by_label("Notes").fill("Clear and precise answers.")
    with page.expect_navigation():
        page.get_by_role("button", name="Submit my scorecard").click()

    # Submitted: now Bob's scorecard is there, with his ratings.
    assert page.get_by_text("Your scorecard is saved").is_visible()
    bobs = page.locator(".scorecard", has_text="Scorecard of Bob Durand")
    assert bobs.is_visible()
    assert "Bob was here" in bobs.inner_text()
    assert "4/4 · Strong yes" in bobs.inner_text() and "2/4 · No" in bobs.inner_text()
    assert page.locator(".scorecard", has_text="Your scorecard").is_visible()
    assert page.locator("form.scorecard-form").count() == 0
    assert page.get_by_text("submit yours to see").count() == 0

    scorecard = Scorecard.objects.get(reviewer=alice)
    assert (scorecard.ratings, scorecard.recommendation, scorecard.notes) == (
        {str(python.pk): 3, str(clarity.pk): 3},
        "strong_yes",
        "Clear and precise answers.",
    )

    own_host = urlsplit(live_server.url).netloc
    elsewhere = [
        url for url in requested if urlsplit(url).scheme in ("http", "https") and urlsplit(url).netloc != own_host
    ]
    assert not elsewhere, elsewhere
    assert not console_errors, console_errors
