"""The journey every user starts with: sign in, land on the dashboard, switch the language with the keyboard."""

from __future__ import annotations

from urllib.parse import urlsplit

import pytest
from django.urls import reverse

from tests.factories import PASSWORD, RecruiterFactory

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_sign_in_and_switch_language_with_the_keyboard(page, live_server):
    recruiter = RecruiterFactory(first_name="Camille", preferred_language="fr")
    requested: list[str] = []
    page.on("request", lambda request: requested.append(request.url))
    console_errors: list[str] = []  # a Content Security Policy violation is reported here
    page.on("console", lambda message: console_errors.append(message.text) if message.type == "error" else None)

    page.goto(reverse("accounts:login"))
    assert page.locator("html").get_attribute("lang") == "fr"
    page.fill("input[name=username]", recruiter.email)
    page.fill("input[name=password]", PASSWORD)
    with page.expect_navigation():
        page.locator("main button[type=submit]").click()

    # The dashboard, in French (the user's language).
    assert urlsplit(page.url).path == reverse("core:dashboard")
    assert page.locator("[data-testid=dashboard]").is_visible()
    assert page.locator("html").get_attribute("lang") == "fr"
    assert page.locator("nav.main-nav a[aria-current=page]").count() == 1

    # Keyboard only: focus the select, pick English with an arrow key, move to the button, press Enter.
    select = page.locator("#language-select")
    select.focus()
    page.keyboard.press("ArrowDown")
    assert select.input_value() == "en"
    assert urlsplit(page.url).path == reverse("core:dashboard")  # an arrow key alone does not leave the page
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.closest('form').className") == "language-switcher"
    assert page.evaluate("document.activeElement.type") == "submit"
    with page.expect_navigation():
        page.keyboard.press("Enter")

    assert page.locator("html").get_attribute("lang") == "en"
    assert page.locator("[data-testid=dashboard]").is_visible()
    recruiter.refresh_from_db()
    assert recruiter.preferred_language == "en"

    # Back to French with the mouse: the select submits its form by itself.
    with page.expect_navigation():
        page.select_option("#language-select", "fr")
    assert page.locator("html").get_attribute("lang") == "fr"

    # Nothing was fetched from any other host (no CDN, no web font, no analytics).
    own_host = urlsplit(live_server.url).netloc
    elsewhere = [
        url for url in requested if urlsplit(url).scheme in ("http", "https") and urlsplit(url).netloc != own_host
    ]
    assert requested
    assert not elsewhere, elsewhere
    assert not console_errors, console_errors


def sign_in(page, user) -> None:
    page.goto(reverse("accounts:login"))
    page.fill("input[name=username]", user.email)
    page.fill("input[name=password]", PASSWORD)
    with page.expect_navigation():
        page.locator("main button[type=submit]").click()


def test_skip_link_moves_focus_to_the_content(page, live_server):
    sign_in(page, RecruiterFactory())

    page.keyboard.press("Tab")
    skip_link = page.locator(".skip-link")
    assert page.evaluate("document.activeElement.className") == "skip-link"
    assert skip_link.is_visible()
    page.keyboard.press("Enter")
    assert page.evaluate("document.activeElement.id") == "main"
    assert page.evaluate("getComputedStyle(document.querySelector('.skip-link')).transform") != "none"


def test_no_horizontal_scrolling_on_a_small_phone(page, live_server):
    recruiter = RecruiterFactory()
    page.set_viewport_size({"width": 360, "height": 740})
    sign_in(page, recruiter)

    assert page.locator("nav.main-nav").is_visible()
    assert page.evaluate("document.documentElement.scrollWidth") <= 360
