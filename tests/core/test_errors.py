"""Error pages: friendly, in the visitor's language, with a way home; the 500 page renders whatever failed."""

from __future__ import annotations

from pathlib import Path

import pytest
from django.conf import settings
from django.test import RequestFactory
from django.urls import reverse
from django.utils import translation
from django.utils.functional import SimpleLazyObject

from recruiting import views

FRENCH_CATALOG = Path(settings.BASE_DIR) / "locale" / "fr" / "LC_MESSAGES" / "django.mo"


def in_language(language: str, text: str) -> str:
    """The text as the page must show it in this language.

    Until the lead compiles the French catalog this is the English text itself; once the catalog exists the
    page must show its French translation, and the assertion below checks that there is one."""
    with translation.override(language):
        translated = translation.gettext(text)
    if language == "fr" and FRENCH_CATALOG.exists():
        assert translated != text, f"{text!r} has no French translation"
    return translated


@pytest.mark.django_db
@pytest.mark.parametrize("language", ["fr", "en"])
def test_404_in_the_browsers_language(client, language):
    response = client.get("/no-such-page/", HTTP_ACCEPT_LANGUAGE=language)

    assert response.status_code == 404
    html = response.content.decode()
    assert f'<html lang="{language}"' in html
    assert in_language(language, "Page not found") in html
    assert f'href="{reverse("core:dashboard")}"' in html


@pytest.mark.django_db
@pytest.mark.parametrize("language", ["fr", "en"])
def test_403_in_the_chosen_language(manager_client, language):
    manager_client.cookies[settings.LANGUAGE_COOKIE_NAME] = language

    response = manager_client.get(reverse("candidates:list"))

    assert response.status_code == 403
    html = response.content.decode()
    assert f'<html lang="{language}"' in html
    assert in_language(language, "Access denied") in html
    assert 'class="main-nav"' in html  # a signed-in visitor keeps the navigation to find their way back


def broken(*args, **kwargs):
    raise ConnectionError("the database is down")


@pytest.mark.parametrize("language", ["fr", "en"])
def test_500_renders_without_touching_the_user_or_the_session(language):
    request = RequestFactory().get("/")
    # Anything that would need the session store or the user fails, as it would during an outage; and this
    # test has no database access at all (no django_db mark): pytest-django refuses any query.
    request.user = SimpleLazyObject(broken)
    request.session = SimpleLazyObject(broken)

    with translation.override(language):
        response = views.server_error(request)

    assert response.status_code == 500
    html = response.content.decode()
    assert f'<html lang="{language}"' in html
    assert in_language(language, "Sorry, something went wrong") in html
    assert f'href="{reverse("core:dashboard")}"' in html


def test_500_falls_back_to_plain_text_if_the_template_fails(monkeypatch):
    monkeypatch.setattr(views.loader, "get_template", broken)

    response = views.server_error(RequestFactory().get("/"))

    assert response.status_code == 500
    assert response["Content-Type"].startswith("text/plain")


def test_400_renders_standalone():
    response = views.bad_request(RequestFactory().get("/"), exception=None)

    assert response.status_code == 400
    assert 'href="/"' in response.content.decode()


@pytest.mark.django_db
def test_unhandled_exception_reaches_the_500_page(client, monkeypatch):
    monkeypatch.setattr("recruiting.views.dashboard_summary", broken)
    from tests.factories import RecruiterFactory

    client.force_login(RecruiterFactory())
    client.raise_request_exception = False

    response = client.get(reverse("core:dashboard"), HTTP_ACCEPT_LANGUAGE="en")

    assert response.status_code == 500
    assert "500" in response.content.decode()
