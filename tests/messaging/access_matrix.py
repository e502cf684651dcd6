"""Who may reach the messaging app (format: tests/access.py). The staff pages' rules and the public pages'
and webhooks' rules are kept in two modules, merged here."""

from __future__ import annotations

from tests.access import Rule
from tests.messaging.access_rules_public import PREFIX_RULES as PUBLIC_PREFIX_RULES
from tests.messaging.access_rules_public import RULES as PUBLIC_RULES
from tests.messaging.access_rules_staff import RULES as STAFF_RULES

RULES: dict[str, Rule] = {**STAFF_RULES, **PUBLIC_RULES}
PREFIX_RULES: dict[str, str] = {**PUBLIC_PREFIX_RULES}
