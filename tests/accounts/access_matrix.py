"""Who may reach each ``accounts:`` URL (format: tests/access.py)."""

from __future__ import annotations

from typing import Any

from tests.access import ADMINS, ALL_ROLES, SIGNED_IN, Rule


def _user() -> dict[str, Any]:
    from tests.factories import UserFactory

    return {"pk": UserFactory().pk}


def _team() -> dict[str, Any]:
    from tests.factories import TeamFactory

    return {"pk": TeamFactory().pk}


RULES: dict[str, Rule] = {
    "accounts:login": Rule(allowed=ALL_ROLES),
    # GET answers 405 to a signed-in user (logout is POST only), which still proves the access rule.
    "accounts:logout": Rule(allowed=SIGNED_IN),
    "accounts:profile": Rule(allowed=SIGNED_IN),
    "accounts:password_change": Rule(allowed=SIGNED_IN),
    "accounts:password_reset": Rule(allowed=ALL_ROLES),
    "accounts:password_reset_done": Rule(allowed=ALL_ROLES),
    "accounts:password_reset_confirm": Rule(
        allowed=ALL_ROLES, kwargs=lambda: {"uidb64": "MQ", "token": "not-a-valid-token"}
    ),
    "accounts:password_reset_complete": Rule(allowed=ALL_ROLES),
    "accounts:user_list": Rule(allowed=ADMINS),
    "accounts:user_invite": Rule(allowed=ADMINS),
    "accounts:user_edit": Rule(allowed=ADMINS, kwargs=_user),
    "accounts:user_deactivate": Rule(allowed=ADMINS, kwargs=_user, method="post"),
    "accounts:user_reactivate": Rule(allowed=ADMINS, kwargs=_user, method="post"),
    "accounts:user_invite_resend": Rule(allowed=ADMINS, kwargs=_user, method="post"),
    "accounts:team_list": Rule(allowed=ADMINS),
    "accounts:team_create": Rule(allowed=ADMINS),
    "accounts:team_edit": Rule(allowed=ADMINS, kwargs=_team),
    "accounts:audit_log": Rule(allowed=ADMINS),
}
