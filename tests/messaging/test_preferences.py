"""The no-login pages: a person's e-mail preferences, the RFC 8058 one-click unsubscribe, and the e-mail logo."""

from __future__ import annotations

import pytest
from django.core.files.base import ContentFile
from django.test import Client
from django.urls import reverse

from candidates.models import ConsentChannel, ConsentPurpose, LegalBasis
from candidates.selectors import consent_active
from candidates.services import consent_record
from messaging.models import Branding, Suppression, SuppressionReason, SuppressionScope
from messaging.public_views import image_type, mask_email
from messaging.services.addresses import one_click_unsubscribe_url, preferences_token
from messaging.services.suppression import RESUBSCRIBE_TEXT_VERSION
from tests.factories import CandidateFactory
from tests.messaging.access_rules_public import PNG
from tests.messaging.factories import SuppressionFactory

ADDRESS = "camille.durand@example.org"


@pytest.fixture
def candidate(db):
    person = CandidateFactory(email=ADDRESS, first_name="Camille")
    consent_record(
        candidate=person,
        purpose=ConsentPurpose.MARKETING,
        legal_basis=LegalBasis.CONSENT,
        text_version="news-v1",
        channel=ConsentChannel.CAREER_SITE,
    )
    return person


@pytest.fixture
def url(candidate):
    return reverse("messaging:preferences", args=[preferences_token(candidate_id=candidate.pk, email=ADDRESS)])


@pytest.fixture
def one_click(candidate):
    return reverse(
        "messaging:unsubscribe_one_click", args=[preferences_token(candidate_id=candidate.pk, email=ADDRESS)]
    )


def suppression() -> Suppression | None:
    return Suppression.objects.filter(email=ADDRESS).first()


# --- The preferences page -------------------------------------------------------------------------------------


def test_the_page_shows_the_masked_address_and_the_choices_in_english(client, url):
    response = client.get(url, HTTP_ACCEPT_LANGUAGE="en")

    assert response.status_code == 200
    assert response["Content-Language"] == "en"
    html = response.content.decode()
    assert '<html lang="en">' in html
    assert "c•••d@example.org" in html
    assert ADDRESS not in html
    assert "Stop newsletters and job alerts" in html
    assert "Stop every e-mail" in html
    assert 'value="resubscribe"' not in html  # offered only to someone who unsubscribed themselves
    assert "<fieldset" in html and "<legend>" in html
    assert 'for="choice-newsletters"' in html and 'id="choice-newsletters"' in html
    assert 'name="csrfmiddlewaretoken"' in html
    assert 'name="robots" content="noindex, nofollow"' in html
    assert "no-store" in response["Cache-Control"]


@pytest.mark.parametrize(
    ("query", "header", "expected"),
    [
        ("?lang=en", "fr", "en"),
        ("?lang=fr", "en", "fr"),
        ("", "en-GB,en;q=0.9", "en"),
        ("", "de-DE,de;q=0.9,en;q=0.5", "en"),
        ("", "fr-FR,fr;q=0.9", "fr"),
        ("?lang=xx", "en", "en"),
    ],
)
def test_the_page_language_follows_the_link_then_the_browser(client, url, query, header, expected):
    response = client.get(url + query, HTTP_ACCEPT_LANGUAGE=header)

    assert response["Content-Language"] == expected
    assert f'<html lang="{expected}">' in response.content.decode()


def test_without_a_browser_language_the_persons_own_language_is_used(client, url, candidate):
    candidate.preferred_language = "en"
    candidate.save(update_fields=["preferred_language"])

    response = client.get(url)

    assert response["Content-Language"] == "en"


def test_stop_newsletters(client, url, candidate):
    response = client.post(url + "?lang=en", {"choice": "newsletters"})

    assert response.status_code == 200
    html = response.content.decode()
    assert "Your choice is saved" in html
    assert "You will no longer receive our newsletters and job alerts." in html
    row = suppression()
    assert (row.scope, row.reason) == (SuppressionScope.MARKETING, SuppressionReason.UNSUBSCRIBED)
    assert not consent_active(candidate=candidate, purpose=ConsentPurpose.MARKETING)
    assert 'value="resubscribe"' in html  # they may change their mind at once


def test_stop_everything(client, url, candidate):
    response = client.post(url + "?lang=en", {"choice": "everything"})

    assert response.status_code == 200
    assert "You will no longer receive any e-mail from us" in response.content.decode()
    row = suppression()
    assert (row.scope, row.reason) == (SuppressionScope.ALL, SuppressionReason.UNSUBSCRIBED)


def test_resubscribe_lifts_their_own_unsubscribe_and_records_consent(client, url, candidate):
    client.post(url, {"choice": "newsletters"})

    response = client.post(url + "?lang=en", {"choice": "resubscribe"}, HTTP_USER_AGENT="Firefox")

    assert response.status_code == 200
    assert "You will receive our newsletters and job alerts again." in response.content.decode()
    assert suppression() is None
    grant = candidate.consents.get(purpose=ConsentPurpose.MARKETING, withdrawn_at__isnull=True)
    assert grant.text_version == RESUBSCRIBE_TEXT_VERSION
    assert grant.proof["via"] == "preferences"
    assert grant.proof["user_agent"] == "Firefox"


@pytest.mark.parametrize(
    "reason", [SuppressionReason.HARD_BOUNCE, SuppressionReason.COMPLAINT, SuppressionReason.MANUAL]
)
def test_resubscribe_is_refused_after_a_bounce_a_complaint_or_an_admin(client, url, reason):
    SuppressionFactory(email=ADDRESS, scope=SuppressionScope.ALL, reason=reason)

    page = client.get(url, HTTP_ACCEPT_LANGUAGE="en")
    response = client.post(url + "?lang=en", {"choice": "resubscribe"})

    assert 'value="resubscribe"' not in page.content.decode()
    assert response.status_code == 400
    assert suppression().reason == reason


@pytest.mark.parametrize("data", [{}, {"choice": "all-the-things"}])
def test_no_or_an_unknown_choice_is_an_error_next_to_the_field(client, url, data):
    response = client.post(url + "?lang=en", data)

    assert response.status_code == 400
    html = response.content.decode()
    assert 'id="choice-error"' in html
    assert "Choose one of the options below." in html
    assert 'aria-invalid="true"' in html
    assert suppression() is None


def test_the_form_is_csrf_protected(url):
    strict = Client(enforce_csrf_checks=True)

    response = strict.post(url, {"choice": "everything"})

    assert response.status_code == 403
    assert suppression() is None


@pytest.mark.parametrize("mangle", ["forged", "truncated", "other-salt"])
def test_a_bad_token_is_a_plain_404(client, candidate, mangle):
    from django.core import signing

    good = preferences_token(candidate_id=candidate.pk, email=ADDRESS)
    token = {
        "forged": signing.dumps([candidate.pk, ADDRESS], salt="messaging.preferences", key="not-our-secret"),
        "truncated": good[:-6],
        "other-salt": signing.dumps([candidate.pk, ADDRESS], salt="something.else", compress=True),
    }[mangle]
    url = reverse("messaging:preferences", args=[token])

    get = client.get(url, HTTP_ACCEPT_LANGUAGE="en")
    post = client.post(url, {"choice": "everything"})

    assert get.status_code == 404
    assert "This link is not valid" in get.content.decode()
    assert post.status_code == 404
    assert not Suppression.objects.exists()


def test_a_token_for_a_deleted_person_is_a_404(client, candidate, url):
    candidate.delete()

    assert client.get(url).status_code == 404


def test_mask_email():
    assert mask_email("camille.durand@example.org") == "c•••d@example.org"
    assert mask_email("jo@example.org") == "j•••@example.org"
    assert mask_email("x@example.org") == "x•••@example.org"


# --- RFC 8058 one-click unsubscribe ---------------------------------------------------------------------------


def test_one_click_post_unsubscribes_from_marketing_without_csrf_or_cookies(one_click, candidate):
    mail_client = Client(enforce_csrf_checks=True)

    response = mail_client.post(
        one_click, "List-Unsubscribe=One-Click", content_type="application/x-www-form-urlencoded"
    )

    assert response.status_code == 200
    assert not response.cookies
    row = suppression()
    assert (row.scope, row.reason) == (SuppressionScope.MARKETING, SuppressionReason.UNSUBSCRIBED)
    assert not consent_active(candidate=candidate, purpose=ConsentPurpose.MARKETING)


ANSWER = {
    "en": "You are unsubscribed: you will no longer receive our newsletters and job alerts.",
    "fr": "Désinscription enregistrée : vous ne recevrez plus nos actualités ni nos alertes emploi.",
}


def _one_click_post(url: str, **headers: str):
    """What a mail client sends: no cookie, no CSRF token, often no Accept-Language."""
    return Client(enforce_csrf_checks=True).post(
        url, "List-Unsubscribe=One-Click", content_type="application/x-www-form-urlencoded", **headers
    )


@pytest.mark.parametrize("language", ["fr", "en"])
def test_one_click_answers_in_plain_text_in_the_persons_own_language(one_click, candidate, language):
    candidate.preferred_language = language
    candidate.save(update_fields=["preferred_language"])
    other = "en" if language == "fr" else "fr"

    response = _one_click_post(one_click, HTTP_ACCEPT_LANGUAGE=other)

    assert response.status_code == 200
    assert response["Content-Type"] == "text/plain; charset=utf-8"
    assert response["Content-Language"] == language
    assert response.content.decode() == ANSWER[language]


@pytest.mark.parametrize("language", ["fr", "en"])
def test_one_click_answers_in_the_requests_language_when_the_persons_is_unknown(one_click, candidate, language):
    assert candidate.preferred_language == ""

    response = _one_click_post(one_click, HTTP_ACCEPT_LANGUAGE=f"{language};q=0.9, de;q=1.0")

    assert response.status_code == 200
    assert response["Content-Language"] == language
    assert response.content.decode() == ANSWER[language]


def test_one_click_twice_answers_the_same_and_changes_nothing_more(one_click, candidate):
    candidate.preferred_language = "fr"
    candidate.save(update_fields=["preferred_language"])

    first = _one_click_post(one_click)
    row = suppression()
    second = _one_click_post(one_click)

    assert (first.status_code, second.status_code) == (200, 200)
    assert first.content == second.content == ANSWER["fr"].encode()
    assert Suppression.objects.count() == 1
    assert suppression().scope == row.scope == SuppressionScope.MARKETING
    assert not consent_active(candidate=candidate, purpose=ConsentPurpose.MARKETING)


def test_one_click_accepts_a_multipart_body(client, one_click):
    response = client.post(one_click, {"List-Unsubscribe": "One-Click"})

    assert response.status_code == 200
    assert suppression().scope == SuppressionScope.MARKETING


def test_one_click_url_is_the_one_in_the_headers(client, candidate, settings):
    absolute = one_click_unsubscribe_url(candidate_id=candidate.pk, email=ADDRESS)

    response = client.post(absolute.removeprefix(settings.SITE_URL.rstrip("/")), {"List-Unsubscribe": "One-Click"})

    assert response.status_code == 200


def test_a_get_never_unsubscribes_it_leads_to_the_preferences_page(client, one_click, url):
    response = client.get(one_click)

    assert response.status_code == 302
    assert response["Location"] == url
    assert not Suppression.objects.exists()


def test_one_click_without_the_rfc_body_is_refused(client, one_click):
    response = client.post(one_click, {"unsubscribe": "yes"})

    assert response.status_code == 400
    assert "List-Unsubscribe=One-Click" in response.content.decode()
    assert not Suppression.objects.exists()


def test_one_click_with_a_bad_token_is_a_404(client, db):
    response = client.post(
        reverse("messaging:unsubscribe_one_click", args=["bogus"]), {"List-Unsubscribe": "One-Click"}
    )

    assert response.status_code == 404
    assert not Suppression.objects.exists()


# --- The logo -------------------------------------------------------------------------------------------------

JPEG = b"\xff\xd8\xff\xe0\x00\x10JFIF\x00" + b"\x00" * 64
GIF = b"GIF89a\x01\x00\x01\x00" + b"\x00" * 32
WEBP = b"RIFF\x24\x00\x00\x00WEBPVP8 " + b"\x00" * 32
SVG = b'<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'
HTML = b"<html><script>alert(1)</script></html>"


def set_logo(content: bytes, name: str) -> None:
    branding, _created = Branding.objects.get_or_create(pk=1, defaults={"company_name": "Acme"})
    branding.logo.save(name, ContentFile(content), save=True)


@pytest.mark.parametrize(
    ("content", "name", "content_type"),
    [
        (PNG, "logo.png", "image/png"),
        (JPEG, "logo.jpg", "image/jpeg"),
        (GIF, "logo.gif", "image/gif"),
        (WEBP, "logo.webp", "image/webp"),
        (PNG, "logo.svg", "image/png"),
    ],
)
def test_the_logo_is_served_with_the_type_of_its_bytes(client, db, content, name, content_type):
    set_logo(content, name)

    response = client.get(reverse("messaging:logo"))

    assert response.status_code == 200
    assert response["Content-Type"] == content_type
    assert response.content == content
    assert response["X-Content-Type-Options"] == "nosniff"
    assert "max-age" in response["Cache-Control"] and "public" in response["Cache-Control"]
    assert "Content-Disposition" not in response
    assert "sandbox" in response["Content-Security-Policy"]
    assert not response.cookies


def test_the_logo_answers_304_to_a_matching_etag(client, db):
    set_logo(PNG, "logo.png")
    first = client.get(reverse("messaging:logo"))

    again = client.get(reverse("messaging:logo"), HTTP_IF_NONE_MATCH=first["ETag"])

    assert again.status_code == 304
    assert again.content == b""


@pytest.mark.parametrize(("content", "name"), [(SVG, "logo.svg"), (HTML, "logo.png"), (b"", "logo.png")])
def test_an_svg_or_anything_not_an_image_is_refused(client, db, content, name):
    set_logo(content, name)

    assert client.get(reverse("messaging:logo")).status_code == 404


def test_no_logo_is_a_404(client, db):
    assert client.get(reverse("messaging:logo")).status_code == 404
    Branding.objects.create(pk=1, company_name="Acme")
    assert client.get(reverse("messaging:logo")).status_code == 404


def test_a_logo_whose_file_is_gone_is_a_404(client, db):
    set_logo(PNG, "logo.png")
    branding = Branding.objects.get(pk=1)
    branding.logo.storage.delete(branding.logo.name)

    assert client.get(reverse("messaging:logo")).status_code == 404


def test_the_logo_refuses_to_be_posted_to(client, db):
    set_logo(PNG, "logo.png")

    assert client.post(reverse("messaging:logo")).status_code == 405


def test_image_type():
    assert image_type(PNG) == "image/png"
    assert image_type(SVG) == ""
    assert image_type(b"RIFF\x00\x00\x00\x00WAVE") == ""


@pytest.mark.django_db
def test_only_the_choices_that_change_something_are_offered():
    from django.test import RequestFactory

    from messaging.public_views import _page
    from messaging.services.suppression import suppression_add

    candidate = CandidateFactory(email="lea@example.org")
    request = RequestFactory().get("/")

    def offered():
        return _page(request, token="t", candidate=candidate, email="lea@example.org", language="fr")["choices"]

    assert offered() == ["newsletters", "everything"]
    suppression_add(email="lea@example.org", scope="marketing", reason="unsubscribed")
    assert offered() == ["everything", "resubscribe"]
    suppression_add(email="lea@example.org", scope="all", reason="hard_bounce")
    assert offered() == []  # a bounce: nothing the person can change from here
