from __future__ import annotations

from typing import Any

from django.conf import settings
from django.contrib import messages
from django.contrib.auth import update_session_auth_hash
from django.contrib.auth import views as auth_views
from django.contrib.auth.forms import PasswordChangeForm
from django.core.exceptions import ValidationError
from django.core.paginator import Page, Paginator
from django.forms import Form
from django.http import Http404, HttpRequest, HttpResponse, HttpResponseRedirect
from django.shortcuts import redirect, render
from django.urls import reverse_lazy
from django.utils import translation
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.debug import sensitive_post_parameters
from django.views.decorators.http import require_POST

from . import selectors, services
from .access import public, roles, signed_in
from .forms import (
    AuditLogFilterForm,
    LoginForm,
    PasswordResetRequestForm,
    ProfileForm,
    TeamForm,
    UserEditForm,
    UserFilterForm,
    UserInviteForm,
)
from .models import Role, Team, User
from .ratelimit import ratelimit
from .services import client_ip

PAGE_SIZE = 50

login = public(auth_views.LoginView.as_view(template_name="accounts/login.html", authentication_form=LoginForm))
logout = signed_in(auth_views.LogoutView.as_view())


def _page(request: HttpRequest, items: Any) -> Page:
    return Paginator(items, PAGE_SIZE).get_page(request.GET.get("page"))


def _criteria(form: Form) -> dict[str, Any]:
    """The filters that are valid; an invalid one (a mistyped date) is shown with its error and ignored."""
    if not form.is_bound:
        return {}
    form.is_valid()
    return form.cleaned_data


def _add_errors(form: Form, error: ValidationError) -> None:
    """A service's refusal shown on the form: next to its field when it names one, above the form otherwise."""
    form.add_error(None, error)


# --- Passwords -----------------------------------------------------------------------------------------------


@public
@ratelimit(key="ip", rate="5/300", methods=("POST",))
def password_reset(request: HttpRequest) -> HttpResponse:
    form = PasswordResetRequestForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        services.password_reset_request(email=form.cleaned_data["email"], ip_address=client_ip(request))
        return redirect("accounts:password_reset_done")
    return render(request, "accounts/password_reset_form.html", {"form": form})


@public
def password_reset_done(request: HttpRequest) -> HttpResponse:
    return render(request, "accounts/password_reset_done.html")


class PasswordResetConfirmView(auth_views.PasswordResetConfirmView):
    """Django's view (it moves the token from the URL to the session before showing the form, so the token
    never leaks through a Referer header), saving through our service. Invitations use it too."""

    template_name = "accounts/password_reset_confirm.html"
    success_url = reverse_lazy("accounts:password_reset_complete")

    def get_user(self, uidb64: str) -> Any:
        # A deactivated account keeps no way back in, not even through an old invitation or reset link.
        user = super().get_user(uidb64)
        return user if user is not None and user.is_active else None

    def form_valid(self, form: Any) -> HttpResponse:
        user = form.user
        services.user_set_password(
            user=user,
            password=form.cleaned_data["new_password1"],
            ip_address=client_ip(self.request),
            via="reset" if user.has_usable_password() else "invitation",
        )
        del self.request.session[auth_views.INTERNAL_RESET_SESSION_TOKEN]
        return HttpResponseRedirect(self.get_success_url())


password_reset_confirm = public(PasswordResetConfirmView.as_view())


@public
def password_reset_complete(request: HttpRequest) -> HttpResponse:
    return render(request, "accounts/password_reset_complete.html")


@signed_in
@sensitive_post_parameters()
@never_cache
def password_change(request: HttpRequest) -> HttpResponse:
    user: User = request.user  # type: ignore[assignment]
    form = PasswordChangeForm(user, request.POST or None)
    if request.method == "POST" and form.is_valid():
        services.user_set_password(
            user=user, password=form.cleaned_data["new_password1"], ip_address=client_ip(request), via="change"
        )
        # Keeps this session signed in; every other session of the user ends with the old password hash.
        update_session_auth_hash(request, user)
        messages.success(request, _("Your password has been changed."))
        return redirect("accounts:profile")
    return render(request, "accounts/password_change.html", {"form": form})


# --- Profile -------------------------------------------------------------------------------------------------


@signed_in
def profile(request: HttpRequest) -> HttpResponse:
    user: User = request.user  # type: ignore[assignment]
    form = ProfileForm(request.POST or None, user=user)
    if request.method == "POST" and form.is_valid():
        try:
            services.user_update_profile(user=user, **form.cleaned_data)
        except ValidationError as error:
            _add_errors(form, error)
        else:
            language = user.preferred_language
            translation.activate(language)
            messages.success(request, _("Your profile has been saved."))
            response = redirect("accounts:profile")
            # The language cookie wins over the profile (UserLanguageMiddleware), so it follows the new choice.
            response.set_cookie(
                settings.LANGUAGE_COOKIE_NAME,
                language,
                max_age=settings.LANGUAGE_COOKIE_AGE,
                path=settings.LANGUAGE_COOKIE_PATH,
                domain=settings.LANGUAGE_COOKIE_DOMAIN,
                secure=settings.LANGUAGE_COOKIE_SECURE,
                httponly=settings.LANGUAGE_COOKIE_HTTPONLY,
                samesite=settings.LANGUAGE_COOKIE_SAMESITE,
            )
            return response
    return render(request, "accounts/profile.html", {"form": form})


# --- Users (administration) ----------------------------------------------------------------------------------


def _user_or_404(request: HttpRequest, pk: int) -> User:
    try:
        return selectors.user_get(viewer=request.user, pk=pk)
    except User.DoesNotExist as missing:
        raise Http404 from missing


@roles(Role.ADMIN)
def user_list(request: HttpRequest) -> HttpResponse:
    filters = UserFilterForm(request.GET or None)
    criteria = _criteria(filters)
    users = selectors.user_list(
        viewer=request.user,
        query=criteria.get("q", ""),
        role=criteria.get("role", ""),
        status=criteria.get("status", ""),
    )
    return render(
        request,
        "accounts/user_list.html",
        {"filters": filters, "page": _page(request, users)},
    )


@roles(Role.ADMIN)
def user_invite(request: HttpRequest) -> HttpResponse:
    inviter: User = request.user  # type: ignore[assignment]
    form = UserInviteForm(request.POST or None, initial={"preferred_language": inviter.preferred_language})
    if request.method == "POST" and form.is_valid():
        try:
            user = services.user_invite(**form.cleaned_data, invited_by=inviter, ip_address=client_ip(request))
        except ValidationError as error:
            _add_errors(form, error)
        else:
            messages.success(request, _("Invitation sent to %(email)s.") % {"email": user.email})
            return redirect("accounts:user_list")
    return render(request, "accounts/user_invite.html", {"form": form})


@roles(Role.ADMIN)
def user_edit(request: HttpRequest, pk: int) -> HttpResponse:
    user = _user_or_404(request, pk)
    actor: User = request.user  # type: ignore[assignment]
    form = UserEditForm(request.POST or None, initial={"role": user.role, "team": user.team})
    if request.method == "POST" and form.is_valid():
        try:
            if form.cleaned_data["role"] != user.role:
                user = services.user_change_role(
                    user=user, role=form.cleaned_data["role"], actor=actor, ip_address=client_ip(request)
                )
            user = services.user_change_team(
                user=user, team=form.cleaned_data["team"], actor=actor, ip_address=client_ip(request)
            )
        except ValidationError as error:
            _add_errors(form, error)
        else:
            messages.success(request, _("Changes saved for %(user)s.") % {"user": user})
            return redirect("accounts:user_list")
    return render(request, "accounts/user_edit.html", {"form": form, "managed_user": user})


@roles(Role.ADMIN)
@require_POST
def user_deactivate(request: HttpRequest, pk: int) -> HttpResponse:
    user = _user_or_404(request, pk)
    try:
        services.user_deactivate(user=user, actor=request.user, ip_address=client_ip(request))  # type: ignore[arg-type]
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
    else:
        messages.success(request, _("%(user)s has been deactivated.") % {"user": user})
    return redirect("accounts:user_edit", pk=user.pk)


@roles(Role.ADMIN)
@require_POST
def user_reactivate(request: HttpRequest, pk: int) -> HttpResponse:
    user = _user_or_404(request, pk)
    services.user_reactivate(user=user, actor=request.user, ip_address=client_ip(request))  # type: ignore[arg-type]
    messages.success(request, _("%(user)s has been reactivated.") % {"user": user})
    return redirect("accounts:user_edit", pk=user.pk)


@roles(Role.ADMIN)
@require_POST
def user_invite_resend(request: HttpRequest, pk: int) -> HttpResponse:
    user = _user_or_404(request, pk)
    try:
        services.user_invite_resend(user=user, actor=request.user)  # type: ignore[arg-type]
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
    else:
        messages.success(request, _("Invitation sent again to %(email)s.") % {"email": user.email})
    return redirect("accounts:user_edit", pk=user.pk)


# --- Teams ---------------------------------------------------------------------------------------------------


@roles(Role.ADMIN)
def team_list(request: HttpRequest) -> HttpResponse:
    return render(
        request, "accounts/team_list.html", {"page": _page(request, selectors.team_list(viewer=request.user))}
    )


@roles(Role.ADMIN)
def team_create(request: HttpRequest) -> HttpResponse:
    form = TeamForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            team = services.team_create(**form.cleaned_data)
        except ValidationError as error:
            _add_errors(form, error)
        else:
            messages.success(request, _("Team “%(team)s” created.") % {"team": team.name})
            return redirect("accounts:team_list")
    return render(request, "accounts/team_form.html", {"form": form, "team": None})


@roles(Role.ADMIN)
def team_edit(request: HttpRequest, pk: int) -> HttpResponse:
    try:
        team = selectors.team_get(viewer=request.user, pk=pk)
    except Team.DoesNotExist as missing:
        raise Http404 from missing
    form = TeamForm(request.POST or None, initial={"name": team.name, "description": team.description})
    if request.method == "POST" and form.is_valid():
        try:
            team = services.team_update(team=team, **form.cleaned_data)
        except ValidationError as error:
            _add_errors(form, error)
        else:
            messages.success(request, _("Team “%(team)s” saved.") % {"team": team.name})
            return redirect("accounts:team_list")
    return render(request, "accounts/team_form.html", {"form": form, "team": team})


# --- Audit log -----------------------------------------------------------------------------------------------


@roles(Role.ADMIN)
def audit_log(request: HttpRequest) -> HttpResponse:
    filters = AuditLogFilterForm(request.GET or None)
    criteria = _criteria(filters)
    entries = selectors.audit_log_list(
        viewer=request.user,
        action=criteria.get("action", ""),
        actor=criteria.get("actor"),
        date_from=criteria.get("date_from"),
        date_to=criteria.get("date_to"),
    )
    page = _page(request, entries)
    page.object_list = selectors.audit_log_with_targets(entries=list(page.object_list))
    return render(request, "accounts/audit_log.html", {"filters": filters, "page": page})
