from __future__ import annotations

import logging

from django.conf import settings
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.template import loader
from django.utils.translation import gettext
from django.views import i18n
from django.views.decorators.csrf import requires_csrf_token
from django.views.decorators.http import require_POST

from accounts.access import public, signed_in, user_has_role
from accounts.models import Role
from accounts.services import user_set_language
from candidates.selectors import dashboard_summary

logger = logging.getLogger(__name__)

CANDIDATE_DATABASE_ROLES = frozenset({Role.ADMIN.value, Role.RECRUITER.value})


@signed_in
def dashboard(request: HttpRequest) -> HttpResponse:
    # Hiring managers reach people only through the jobs they hire for (ats), so they get no candidate figures.
    sees_candidates = user_has_role(request.user, CANDIDATE_DATABASE_ROLES)
    summary = dashboard_summary(user=request.user) if sees_candidates else None
    return render(request, "core/dashboard.html", {"summary": summary, "sees_candidates": sees_candidates})


@public
@require_POST
def set_language(request: HttpRequest) -> HttpResponse:
    """Django's language switcher, plus: a signed-in user's choice is saved to their profile."""
    response = i18n.set_language(request)
    language = request.POST.get("language", "")
    if request.user.is_authenticated and response.status_code in (302, 204):
        user_set_language(user=request.user, language=language)
    return response


def bad_request(request: HttpRequest, exception: Exception | None = None) -> HttpResponse:
    # A bad request may carry a forged host or a broken session: the page reads nothing from the request.
    return _standalone_error_page("errors/400.html", status=400)


@requires_csrf_token
def permission_denied(request: HttpRequest, exception: Exception | None = None) -> HttpResponse:
    return render(request, "errors/403.html", status=403)


@requires_csrf_token
def page_not_found(request: HttpRequest, exception: Exception | None = None) -> HttpResponse:
    return render(request, "errors/404.html", status=404)


def server_error(request: HttpRequest) -> HttpResponse:
    # The database, the cache or the session store may be what failed: render without the request's context
    # (no user, no session, no messages), in the language the locale middleware already chose.
    return _standalone_error_page("errors/500.html", status=500)


def _standalone_error_page(template_name: str, *, status: int) -> HttpResponse:
    try:
        content = loader.get_template(template_name).render({"COMPANY_NAME": settings.COMPANY_NAME})
    except Exception:
        # The error page itself must never fail: fall back to plain text.
        logger.exception("Could not render %s", template_name)
        return HttpResponse(
            gettext("Sorry, something went wrong."), content_type="text/plain; charset=utf-8", status=status
        )
    return HttpResponse(content, status=status)
