"""Template tags of the page shell: the navigation adapted to the user's role, and links to optional pages.

Some screens (user administration, audit log, profile) arrive with other work. The shell links to them only
once their URL names resolve, so the navigation never breaks a page while an app is being built.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from django import template
from django.urls import NoReverseMatch, reverse
from django.utils.translation import gettext_lazy as _

from accounts.access import user_has_role
from accounts.models import Role

register = template.Library()

STAFF = frozenset({Role.ADMIN.value, Role.RECRUITER.value})
ADMINS = frozenset({Role.ADMIN.value})


@dataclass(frozen=True)
class NavigationEntry:
    url_name: str
    label: Any  # a lazy translation, rendered in the request's language
    # Which users see the entry; None: every signed-in user.
    allowed: frozenset[str] | None = None
    # The entry is the current page when the resolved view name starts with one of these.
    current_prefixes: tuple[str, ...] = ()
    # Django's own admin site needs is_staff on top of the role.
    needs_staff_flag: bool = False


MAIN_NAVIGATION = (
    NavigationEntry("core:dashboard", _("Dashboard"), current_prefixes=("core:dashboard",)),
    # Every role: hiring managers see the jobs they hire for. The review queue has its own entry.
    NavigationEntry(
        "ats:job_list",
        _("Jobs"),
        current_prefixes=(
            "ats:job",
            "ats:pipeline",
            "ats:questions",
            "ats:application",
            "ats:criteria",
            "ats:rejection",
        ),
    ),
    NavigationEntry("ats:review_queue", _("Reviews"), current_prefixes=("ats:review_queue", "ats:scorecard")),
    NavigationEntry("candidates:list", _("Candidates"), STAFF, current_prefixes=("candidates:",)),
    # The messages list; the outbox, templates, suppression list and branding are in its sub-navigation.
    NavigationEntry("messaging:message_list", _("E-mails"), STAFF, current_prefixes=("messaging:",)),
    NavigationEntry(
        "accounts:user_list", _("Users and teams"), ADMINS, current_prefixes=("accounts:user", "accounts:team")
    ),
    NavigationEntry("accounts:audit_log", _("Audit log"), ADMINS, current_prefixes=("accounts:audit",)),
    NavigationEntry("admin:index", _("Site administration"), ADMINS, needs_staff_flag=True),
)


@dataclass(frozen=True)
class NavigationLink:
    url: str
    label: str
    current: bool


def optional_url(name: str, *args: Any, **kwargs: Any) -> str:
    """The URL of a named pattern, or "" when no such pattern exists (yet)."""
    try:
        return reverse(name, args=args or None, kwargs=kwargs or None)
    except NoReverseMatch:
        return ""


@register.simple_tag(name="optional_url")
def optional_url_tag(name: str, *args: Any, **kwargs: Any) -> str:
    """``{% optional_url "accounts:profile" as profile_url %}{% if profile_url %}…{% endif %}``"""
    return optional_url(name, *args, **kwargs)


@register.simple_tag(takes_context=True)
def main_navigation(context: template.Context) -> list[NavigationLink]:
    """The main navigation entries the signed-in user may reach, with the current page marked."""
    request = context.get("request")
    user = getattr(request, "user", None)
    if user is None or not user.is_authenticated:
        return []
    match = getattr(request, "resolver_match", None)
    view_name = match.view_name if match is not None else ""
    links = []
    for entry in MAIN_NAVIGATION:
        if entry.allowed is not None and not user_has_role(user, entry.allowed):
            continue
        if entry.needs_staff_flag and not user.is_staff:
            continue
        url = optional_url(entry.url_name)
        if not url:
            continue
        current = bool(view_name) and any(view_name.startswith(prefix) for prefix in entry.current_prefixes)
        links.append(NavigationLink(url=url, label=str(entry.label), current=current))
    return links
