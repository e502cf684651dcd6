"""Who may reach the project-level URLs (recruiting/urls.py, core_urls.py) and Django's admin site.

The API's entry points (api-root, api-schema, api-docs) are in tests/candidates/access_matrix.py."""

from __future__ import annotations

from tests.access import ADMINS, ALL_ROLES, SIGNED_IN, Rule

RULES: dict[str, Rule] = {
    "healthz": Rule(ALL_ROLES),
    "core:dashboard": Rule(SIGNED_IN),
    "set_language": Rule(ALL_ROLES, method="post", data={"language": "en", "next": "/"}),
    "javascript-catalog": Rule(ALL_ROLES),
    # Django's admin site (staff only); every other admin page is covered by PREFIX_RULES below.
    "admin:index": Rule(ADMINS),
}

# URL names matched by a prefix take the rule of a representative name, checked once: the admin site guards
# every one of its pages with the same admin_view() wrapper, so proving its index proves the others.
PREFIX_RULES: dict[str, str] = {
    "admin:": "admin:index",
}
