"""Who may reach the career site and its public API (format: tests/access.py): everyone, signed in or not."""

from __future__ import annotations

from typing import Any

from tests.access import ALL_ROLES, Rule
from tests.ats.factories import make_job


def _open_job() -> dict[str, Any]:
    return {"slug": make_job(title="Comptable").slug}


RULES: dict[str, Rule] = {
    "careers:job_list": Rule(allowed=ALL_ROLES),
    "careers:feed": Rule(allowed=ALL_ROLES),
    "careers:job_detail": Rule(allowed=ALL_ROLES, kwargs=_open_job),
    "careers:apply": Rule(allowed=ALL_ROLES, kwargs=_open_job),
    # Nothing applied from this browser: a redirect to the job's page (no login page, ever).
    "careers:thanks": Rule(allowed=ALL_ROLES, kwargs=_open_job),
    "api:careers-job-list": Rule(allowed=ALL_ROLES),
    "api:careers-job-detail": Rule(allowed=ALL_ROLES, kwargs=_open_job),
}
