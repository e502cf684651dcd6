"""Who may reach the ats pages and API (format: tests/access.py). Rules are kept per part (career site,
recruiter workspace, hiring-manager reviews) and merged here."""

from __future__ import annotations

from tests.access import Rule
from tests.ats.access_rules_careers import RULES as CAREERS_RULES
from tests.ats.access_rules_reviews import RULES as REVIEWS_RULES
from tests.ats.access_rules_workspace import RULES as WORKSPACE_RULES

RULES: dict[str, Rule] = {**CAREERS_RULES, **WORKSPACE_RULES, **REVIEWS_RULES}
