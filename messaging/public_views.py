"""The pages anyone with the link may open, without signing in: a person's e-mail choices (the link in every
marketing e-mail), the RFC 8058 one-click unsubscribe that mail clients call, and the logo the e-mails show.

The links carry a signed token (``services.preferences_token``): a forged or mangled one is a plain 404."""

from __future__ import annotations

import hashlib
from typing import Any

from django.conf import settings
from django.http import Http404, HttpRequest, HttpResponse, HttpResponseBadRequest
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_http_methods, require_safe

from accounts.access import public
from candidates.models import Candidate

from . import selectors, services
from .models import Branding, SuppressionReason, SuppressionScope
from .services.suppression import preferences_update

LANGUAGES = ("fr", "en")
CHOICES = ("newsletters", "everything", "resubscribe")
MAX_LOGO_BYTES = 2 * 1024 * 1024
# Image types a logo may be, recognised from the file's first bytes (never from its name): no SVG, which can
# carry script.
IMAGE_SIGNATURES = (
    (b"\x89PNG\r\n\x1a\n", "image/png"),
    (b"\xff\xd8\xff", "image/jpeg"),
    (b"GIF87a", "image/gif"),
    (b"GIF89a", "image/gif"),
)


def _accepted_language(header: str) -> str:
    """The first of our languages in an Accept-Language header, by preference; "" when none is there."""
    ranked: list[tuple[float, int, str]] = []
    for index, part in enumerate(header.split(",")):
        code, _sep, params = part.strip().partition(";")
        quality = 1.0
        if params.strip().startswith("q="):
            try:
                quality = float(params.strip()[2:])
            except ValueError:
                quality = 0.0
        ranked.append((-quality, index, code.strip().lower()[:2]))
    for quality, _index, code in sorted(ranked):
        if quality < 0 and code in LANGUAGES:
            return code
    return ""


def _language(request: HttpRequest, candidate: Candidate | None) -> str:
    """The page's language: ``?lang=`` (the page's own switch), else the browser's (language cookie, then
    Accept-Language), else the person's own language, else the site's."""
    wanted = request.GET.get("lang", "")[:2].lower()
    if wanted in LANGUAGES:
        return wanted
    cookie = request.COOKIES.get(settings.LANGUAGE_COOKIE_NAME, "")[:2].lower()
    if cookie in LANGUAGES:
        return cookie
    browser = _accepted_language(request.META.get("HTTP_ACCEPT_LANGUAGE", ""))
    if browser:
        return browser
    own = (candidate.preferred_language if candidate is not None else "")[:2].lower()
    return own if own in LANGUAGES else settings.LANGUAGE_CODE[:2]


def mask_email(email: str) -> str:
    """``camille.durand@example.com`` → ``c•••d@example.com``: enough for the person to recognise their address,
    not enough for someone who finds the link to learn it."""
    local, _at, domain = email.partition("@")
    shown = local[:1] + "•••" if len(local) <= 2 else local[0] + "•••" + local[-1]
    return f"{shown}@{domain}" if domain else shown


def _person(token: str) -> tuple[Candidate, str] | None:
    found = services.preferences_read(token)
    if found is None:
        return None
    candidate_id, email = found
    candidate = Candidate.objects.filter(pk=candidate_id).first()
    return (candidate, email) if candidate is not None else None


def _not_found(request: HttpRequest) -> HttpResponse:
    language = _language(request, None)
    with translation.override(language):
        response = render(
            request,
            "messaging/preferences_invalid.html",
            {"company_name": _company(), "language": language},
            status=404,
        )
    response["Content-Language"] = language
    return response


def _company() -> str:
    return services.branding_get().company_name or settings.COMPANY_NAME


def _proof(request: HttpRequest, via: str) -> dict[str, Any]:
    return {
        "via": via,
        "ip_address": request.META.get("REMOTE_ADDR", ""),
        "user_agent": request.META.get("HTTP_USER_AGENT", "")[:300],
    }


def _page(
    request: HttpRequest, *, token: str, candidate: Candidate, email: str, language: str, **extra: Any
) -> dict[str, Any]:
    suppression = selectors.suppression_for(email=email)
    self_unsubscribed = suppression is not None and suppression.reason == SuppressionReason.UNSUBSCRIBED
    # Only what would change something: after "stop everything", stopping newsletters too means nothing.
    stopped_all = suppression is not None and suppression.scope == SuppressionScope.ALL
    choices = (
        ([] if suppression is not None else ["newsletters"])
        + ([] if stopped_all else ["everything"])
        + (["resubscribe"] if self_unsubscribed else [])
    )
    return {
        "company_name": _company(),
        "masked_email": mask_email(email),
        "suppression": suppression,
        "stopped_all": suppression is not None and suppression.scope == SuppressionScope.ALL,
        "stopped_newsletters": suppression is not None,
        "choices": choices,
        "language": language,
        "other_language": "en" if language == "fr" else "fr",
        "action": reverse("messaging:preferences", args=[token]) + f"?lang={language}",
        "self_url": reverse("messaging:preferences", args=[token]),
        **extra,
    }


@public
@never_cache
@require_http_methods(["GET", "POST"])
def preferences(request: HttpRequest, token: str) -> HttpResponse:
    """A person's e-mail choices: stop newsletters and job alerts, stop everything, or (when they stopped them
    themselves) receive newsletters again. CSRF-protected like every form."""
    person = _person(token)
    if person is None:
        return _not_found(request)
    candidate, email = person
    language = _language(request, candidate)
    status = 200
    extra: dict[str, Any] = {}
    with translation.override(language):
        if request.method == "POST":
            choice = request.POST.get("choice", "")
            allowed = _page(request, token=token, candidate=candidate, email=email, language=language)["choices"]
            if choice in allowed:
                preferences_update(
                    candidate=candidate, email=email, choice=choice, proof=_proof(request, "preferences")
                )
                extra["done"] = choice
            else:
                extra["error"] = _("Choose one of the options below.")
                status = 400
        context = _page(request, token=token, candidate=candidate, email=email, language=language, **extra)
        response = render(request, "messaging/preferences.html", context, status=status)
    response["Content-Language"] = language
    return response


@public
@csrf_exempt
@require_http_methods(["GET", "POST"])
def unsubscribe_one_click(request: HttpRequest, token: str) -> HttpResponse:
    """RFC 8058: the mail client POSTs ``List-Unsubscribe=One-Click`` (no cookie, no CSRF token: the signed
    link is the credential) and the person is unsubscribed from marketing mail. A GET only leads to the
    preferences page: link scanners and previews fetch links, and must never unsubscribe anyone. The answer is one
    line of plain text in the person's language (theirs when known, else the request's); posting again changes
    nothing and answers the same."""
    person = _person(token)
    if person is None:
        return _not_found(request)
    if request.method == "GET":
        return redirect("messaging:preferences", token=token)
    if request.POST.get("List-Unsubscribe", "") != "One-Click":
        return HttpResponseBadRequest(
            "Expected the body List-Unsubscribe=One-Click (RFC 8058).", content_type="text/plain; charset=utf-8"
        )
    candidate, email = person
    preferences_update(candidate=candidate, email=email, choice="newsletters", proof=_proof(request, "one_click"))
    # Said in the person's language when we know it: a mail client posts without cookie nor Accept-Language.
    own = candidate.preferred_language[:2].lower()
    language = own if own in LANGUAGES else _language(request, None)
    with translation.override(language):
        answer = _("You are unsubscribed: you will no longer receive our newsletters and job alerts.")
    response = HttpResponse(answer, content_type="text/plain; charset=utf-8")
    response["Content-Language"] = language
    return response


def image_type(data: bytes) -> str:
    """The image type of these bytes (PNG, JPEG, GIF or WebP), or "" for anything else (SVG, HTML…)."""
    for signature, content_type in IMAGE_SIGNATURES:
        if data.startswith(signature):
            return content_type
    if len(data) >= 12 and data[:4] == b"RIFF" and data[8:12] == b"WEBP":
        return "image/webp"
    return ""


@public
@require_safe
def logo(request: HttpRequest) -> HttpResponse:
    """The company logo shown in e-mails (mail clients fetch it without signing in). Served only when its bytes
    are a PNG, JPEG, GIF or WebP image, with that type, never sniffed, and cached."""
    branding = Branding.objects.filter(pk=1).first()
    if branding is None or not branding.logo:
        raise Http404
    try:
        with branding.logo.open("rb") as handle:
            data = handle.read(MAX_LOGO_BYTES + 1)
    except OSError as missing:
        raise Http404 from missing
    content_type = image_type(data)
    if not content_type or len(data) > MAX_LOGO_BYTES:
        raise Http404
    etag = '"' + hashlib.sha256(data).hexdigest()[:32] + '"'
    if etag in [tag.strip() for tag in request.META.get("HTTP_IF_NONE_MATCH", "").split(",")]:
        response = HttpResponse(status=304)
    else:
        response = HttpResponse(data, content_type=content_type)
    response["ETag"] = etag
    response["Cache-Control"] = "public, max-age=86400"
    response["X-Content-Type-Options"] = "nosniff"
    # Even opened on its own, the response may run nothing.
    response["Content-Security-Policy"] = "default-src 'none'; sandbox"
    return response
