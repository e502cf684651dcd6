"""Who may reach the recruiter workspace and the jobs / applications API (format: tests/access.py).

The matrix signs in a fresh user per role, so a hiring manager is never on the job the rule creates: the pages a
hiring manager may use on *their* jobs (the board, the list, an application) answer them 404 here, and
recruiter-only actions answer 403 before any lookup. tests/ats/test_workspace_access.py proves the other side
(a hiring manager on the job reads its board; a recruiter off a confidential job gets 404).
"""

from __future__ import annotations

from typing import Any

from tests.access import ADMINS, SIGNED_IN, STAFF, Rule


def _job() -> dict[str, Any]:
    from tests.ats.factories import make_job

    return {"pk": make_job().pk}


def _job_action() -> dict[str, Any]:
    from tests.ats.factories import make_job

    return {"pk": make_job(publish=False).pk, "action": "publish"}


def _application_row() -> Any:
    from ats import services
    from tests.ats.factories import make_job
    from tests.factories import CandidateFactory

    return services.application_add(job=make_job(), candidate=CandidateFactory(), actor=None).application


def _application() -> dict[str, Any]:
    return {"pk": _application_row().pk}


def _rejected_application() -> dict[str, Any]:
    from ats import services
    from tests.ats.factories import make_reason

    application = _application_row()
    services.application_reject(application=application, reason=make_reason(), actor=None, send_email=False)
    return {"pk": application.pk}


def _candidate() -> dict[str, Any]:
    from tests.factories import CandidateFactory

    return {"pk": CandidateFactory().pk}


def _pipeline_template() -> dict[str, Any]:
    from ats.services import pipeline_default

    return {"pk": pipeline_default().pk}


def _reason() -> dict[str, Any]:
    from tests.ats.factories import make_reason

    return {"pk": make_reason().pk}


def _api_job() -> dict[str, Any]:
    from tests.ats.factories import make_job

    return {"id": make_job().pk}


def _api_application() -> dict[str, Any]:
    return {"id": _application_row().pk}


RULES: dict[str, Rule] = {
    # Every role has a jobs page: hiring managers see the jobs they hire for (none here).
    "ats:job_list": Rule(allowed=SIGNED_IN),
    "ats:job_create": Rule(allowed=STAFF),
    "ats:job_detail": Rule(allowed=STAFF, kwargs=_job, denied_status=404),
    "ats:application_list": Rule(allowed=STAFF, kwargs=_job, denied_status=404),
    "ats:application_detail": Rule(allowed=STAFF, kwargs=_application, denied_status=404),
    "ats:job_edit": Rule(allowed=STAFF, kwargs=_job),
    "ats:job_status": Rule(allowed=STAFF, kwargs=_job_action, method="post"),
    "ats:pipeline_edit": Rule(allowed=STAFF, kwargs=_job),
    "ats:questions": Rule(allowed=STAFF, kwargs=_job),
    # Invalid posts answer 400 to those who may send them, 403 to hiring managers.
    "ats:board_move": Rule(allowed=STAFF, kwargs=_job, method="post"),
    "ats:bulk_action": Rule(allowed=STAFF, kwargs=_job, method="post"),
    "ats:application_add": Rule(allowed=STAFF, kwargs=_job),
    "ats:application_move": Rule(allowed=STAFF, kwargs=_application, method="post"),
    "ats:application_reject": Rule(allowed=STAFF, kwargs=_application, method="post"),
    "ats:application_unreject": Rule(allowed=STAFF, kwargs=_rejected_application, method="post"),
    "ats:application_withdraw": Rule(allowed=STAFF, kwargs=_application, method="post"),
    "ats:application_hire": Rule(allowed=STAFF, kwargs=_application, method="post"),
    "ats:candidate_applications": Rule(allowed=STAFF, kwargs=_candidate),
    "ats:pipeline_templates": Rule(allowed=ADMINS),
    "ats:pipeline_template_edit": Rule(allowed=ADMINS, kwargs=_pipeline_template),
    "ats:rejection_reasons": Rule(allowed=ADMINS),
    "ats:rejection_reason_edit": Rule(allowed=ADMINS, kwargs=_reason),
    # Hiring managers may call the API: their lists are scoped (empty here) and any other id is a 404.
    "api:job-list": Rule(allowed=SIGNED_IN),
    "api:job-detail": Rule(allowed=STAFF, kwargs=_api_job, denied_status=404),
    "api:application-list": Rule(allowed=SIGNED_IN),
    "api:application-detail": Rule(allowed=STAFF, kwargs=_api_application, denied_status=404),
    "api:application-move": Rule(allowed=STAFF, kwargs=_api_application, method="post", denied_status=404),
    "api:application-reject": Rule(allowed=STAFF, kwargs=_api_application, method="post", denied_status=404),
}
