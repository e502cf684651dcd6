"""Who may see a view. Every view in the product declares it with one of these decorators (or mixins), and
``tests/core/test_access_matrix.py`` walks the URLconf to prove each declaration against the access matrix.

- ``public``: anyone, signed in or not (career site, login page, health check).
- ``signed_in``: any active user.
- ``roles(Role.ADMIN, Role.RECRUITER, ...)``: users whose global role is one of these. Object-level rules
  (a hiring manager and *their* jobs) are enforced by selectors, which scope every query by the user.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import wraps
from typing import Any

from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import PermissionDenied
from django.http import HttpRequest
from django.http.response import HttpResponseBase

from .models import Role

ACCESS_ATTRIBUTE = "access_roles"
PUBLIC = "public"
SIGNED_IN = "signed_in"

View = Callable[..., HttpResponseBase]


def user_has_role(user: Any, allowed: frozenset[str]) -> bool:
    if not user.is_authenticated or not user.is_active:
        return False
    if SIGNED_IN in allowed:
        return True
    if user.is_superuser and Role.ADMIN in allowed:
        return True
    return user.role in allowed


def public(view: View) -> View:
    setattr(view, ACCESS_ATTRIBUTE, frozenset({PUBLIC}))
    return view


def _guard(allowed: frozenset[str]) -> Callable[[View], View]:
    def decorator(view: View) -> View:
        @wraps(view)
        def wrapper(request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponseBase:
            if not request.user.is_authenticated:
                return redirect_to_login(request.get_full_path())
            if not user_has_role(request.user, allowed):
                raise PermissionDenied
            return view(request, *args, **kwargs)

        setattr(wrapper, ACCESS_ATTRIBUTE, allowed)
        return wrapper

    return decorator


def signed_in(view: View) -> View:
    return _guard(frozenset({SIGNED_IN}))(view)


def roles(*allowed: Role | str) -> Callable[[View], View]:
    if not allowed:
        raise ValueError("roles() needs at least one role")
    return _guard(frozenset(str(role) for role in allowed))


def declared_access(view: Any) -> frozenset[str] | None:
    """The access a view declared, looking through class-based views' ``as_view()`` wrappers."""
    found = getattr(view, ACCESS_ATTRIBUTE, None)
    if found is None and hasattr(view, "view_class"):
        found = getattr(view.view_class, ACCESS_ATTRIBUTE, None)
    if found is None and hasattr(view, "cls"):  # DRF viewsets and APIViews
        found = getattr(view.cls, ACCESS_ATTRIBUTE, None)
    return found


def signed_in_api(view: Any) -> Any:
    """Mark a DRF view: authentication and object rules are DRF's permission classes and the selectors."""
    setattr(view, ACCESS_ATTRIBUTE, frozenset({SIGNED_IN}))
    if hasattr(view, "cls"):
        setattr(view.cls, ACCESS_ATTRIBUTE, frozenset({SIGNED_IN}))
    return view
