"""The access matrix: who may reach each named URL. Each app declares its rules in
``tests/<app>/access_matrix.py`` as ``RULES: dict[str, Rule]``; ``tests/core/test_access_matrix.py`` walks the
whole URLconf, fails on any URL that no module declares, and proves every rule for every role.

Outcomes checked for a GET (or ``method``) by each role:
- allowed: any status other than 401/403/404 and other than a redirect to the login page;
- denied, anonymous: a redirect to the login page (HTML) or 401/403 (API);
- denied, signed in: 403, or 404 for object-scoped views (``denied_status``).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

ANONYMOUS = "anonymous"
HIRING_MANAGER = "hiring_manager"
RECRUITER = "recruiter"
ADMIN = "admin"
ALL_ROLES = frozenset({ANONYMOUS, HIRING_MANAGER, RECRUITER, ADMIN})
SIGNED_IN = frozenset({HIRING_MANAGER, RECRUITER, ADMIN})
STAFF = frozenset({RECRUITER, ADMIN})
ADMINS = frozenset({ADMIN})


@dataclass(frozen=True)
class Rule:
    allowed: frozenset[str]
    # Builds the URL's kwargs (creating whatever rows it needs); called once per role, inside the test's db.
    kwargs: Callable[[], dict[str, Any]] | None = None
    method: str = "get"
    data: dict[str, Any] = field(default_factory=dict)
    # Status a signed-in user who may not see the view gets (404 where existence itself is private).
    denied_status: int = 403
    # Skip the automatic check (say why): e.g. Django admin pages, already covered by Django's own checks.
    skip_reason: str = ""
