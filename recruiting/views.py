from __future__ import annotations

from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.views import i18n
from django.views.decorators.csrf import requires_csrf_token
from django.views.decorators.http import require_POST

from accounts.access import public, signed_in
from accounts.services import user_set_language


@signed_in
def dashboard(request: HttpRequest) -> HttpResponse:
    from candidates.selectors import dashboard_summary

    return render(request, "core/dashboard.html", {"summary": dashboard_summary(user=request.user)})


@public
@require_POST
def set_language(request: HttpRequest) -> HttpResponse:
    """Django's language switcher, plus: a signed-in user's choice is saved to their profile."""
    response = i18n.set_language(request)
    language = request.POST.get("language", "")
    if request.user.is_authenticated and response.status_code in (302, 204):
        user_set_language(user=request.user, language=language)
    return response


@requires_csrf_token
def bad_request(request: HttpRequest, exception: Exception | None = None) -> HttpResponse:
    return render(request, "errors/400.html", status=400)


@requires_csrf_token
def permission_denied(request: HttpRequest, exception: Exception | None = None) -> HttpResponse:
    return render(request, "errors/403.html", status=403)


@requires_csrf_token
def page_not_found(request: HttpRequest, exception: Exception | None = None) -> HttpResponse:
    return render(request, "errors/404.html", status=404)


@requires_csrf_token
def server_error(request: HttpRequest) -> HttpResponse:
    return render(request, "errors/500.html", status=500)
