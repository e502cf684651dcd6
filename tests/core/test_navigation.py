"""The page shell: navigation by role, optional links, language switcher, messages region, landmarks."""

from __future__ import annotations

import pytest
from django.contrib.messages import constants
from django.contrib.messages.storage.base import Message
from django.template.loader import render_to_string
from django.urls import reverse

from recruiting.templatetags.shell import optional_url

pytestmark = pytest.mark.django_db


def nav_hrefs(html: str) -> list[str]:
    start = html.index('class="main-nav"')
    return [part.split('"', 1)[0] for part in html[start : html.index("</nav>", start)].split('href="')[1:]]


def ats_entries() -> list[str]:
    """Jobs (every role), then the review queue once it exists (ats issue 5)."""
    return [reverse("ats:job_list"), *[url for url in (optional_url("ats:review_queue"),) if url]]


def test_recruiter_navigation(recruiter_client):
    html = recruiter_client.get(reverse("core:dashboard")).content.decode()

    assert nav_hrefs(html) == [
        reverse("core:dashboard"),
        *ats_entries(),
        reverse("candidates:list"),
        reverse("messaging:message_list"),
    ]
    assert 'href="/" aria-current="page"' in html


def test_hiring_manager_navigation(manager_client):
    html = manager_client.get(reverse("core:dashboard")).content.decode()

    assert nav_hrefs(html) == [reverse("core:dashboard"), *ats_entries()]


def test_admin_navigation_links_only_to_screens_that_exist(admin_client_):
    html = admin_client_.get(reverse("core:dashboard")).content.decode()

    expected = [
        reverse("core:dashboard"),
        *ats_entries(),
        reverse("candidates:list"),
        reverse("messaging:message_list"),
    ]
    expected += [url for url in (optional_url("accounts:user_list"), optional_url("accounts:audit_log")) if url]
    expected.append(reverse("admin:index"))
    assert nav_hrefs(html) == expected


def test_optional_url_is_empty_for_unknown_names():
    assert optional_url("accounts:no_such_screen") == ""
    assert optional_url("core:dashboard") == "/"


def test_shell_landmarks_and_language_switcher(recruiter_client):
    html = recruiter_client.get(reverse("core:dashboard")).content.decode()

    for landmark in ("<header", "<nav", '<main id="main"', "<footer", 'class="skip-link" href="#main"'):
        assert landmark in html
    assert f'action="{reverse("set_language")}"' in html
    assert "data-autosubmit" in html
    assert f'action="{reverse("accounts:logout")}"' in html
    assert 'role="status"' in html
    # Content Security Policy: no inline script or style anywhere in the shell.
    assert "<script>" not in html
    assert "style=" not in html
    assert " on" + "click=" not in html


def test_messages_are_shown_with_their_level():
    messages = [Message(constants.SUCCESS, "Saved."), Message(constants.ERROR, "Refused.", extra_tags="sticky")]

    html = render_to_string("partials/_messages.html", {"messages": messages})

    assert 'role="status"' in html
    assert '<p class="message message-success">Saved.</p>' in html
    assert '<p class="message message-error sticky">Refused.</p>' in html


def test_anonymous_pages_have_no_navigation(client):
    html = client.get(reverse("accounts:login")).content.decode()

    assert 'class="main-nav"' not in html
    assert f'action="{reverse("set_language")}"' in html


def test_language_switch_saves_the_choice(recruiter_client, recruiter):
    response = recruiter_client.post(reverse("set_language"), {"language": "en", "next": "/"})

    assert response.status_code == 302
    recruiter.refresh_from_db()
    assert recruiter.preferred_language == "en"
    assert 'lang="en"' in recruiter_client.get("/").content.decode()
