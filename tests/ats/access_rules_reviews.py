"""Who may reach the hiring-manager review pages (format: tests/access.py).

The matrix signs in a fresh user per role: a hiring manager who does not hire for the job gets a 404 on its
criteria and its applications' scorecards (existence itself is private), like any id they could guess. The
job's own hiring managers reach them: tests/ats/test_hiring_manager_scope.py proves both sides.
"""

from __future__ import annotations

from typing import Any

from tests.access import SIGNED_IN, STAFF, Rule


def _job() -> dict[str, Any]:
    from tests.ats.factories import make_job

    return {"pk": make_job().pk}


def _application() -> dict[str, Any]:
    from tests.ats.reviews_factories import make_application

    return {"pk": make_application().pk}


RULES: dict[str, Rule] = {
    "ats:review_queue": Rule(allowed=SIGNED_IN),
    "ats:criteria": Rule(allowed=STAFF, kwargs=_job, denied_status=404),
    "ats:scorecard": Rule(allowed=STAFF, kwargs=_application, denied_status=404),
}
