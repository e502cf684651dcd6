"""Who may reach the candidate workspace and the candidate API (format: tests/access.py)."""

from __future__ import annotations

from typing import Any

from tests.access import ALL_ROLES, SIGNED_IN, STAFF, Rule
from tests.candidates.factories import ResumeFactory
from tests.factories import CandidateFactory, TagFactory


def _candidate() -> dict[str, Any]:
    return {"pk": CandidateFactory().pk}


def _candidate_with_tag() -> dict[str, Any]:
    candidate = CandidateFactory()
    tag = TagFactory()
    candidate.tags.add(tag)
    return {"pk": candidate.pk, "tag_pk": tag.pk}


def _candidate_and_purpose() -> dict[str, Any]:
    return {"pk": CandidateFactory().pk, "purpose": "talent_pool"}


def _resume() -> dict[str, Any]:
    resume = ResumeFactory()
    return {"pk": resume.candidate_id, "resume_pk": resume.pk}


def _api_candidate() -> dict[str, Any]:
    return {"id": CandidateFactory().pk}


RULES: dict[str, Rule] = {
    "candidates:list": Rule(allowed=STAFF),
    "candidates:create": Rule(allowed=STAFF),
    "candidates:detail": Rule(allowed=STAFF, kwargs=_candidate),
    "candidates:edit": Rule(allowed=STAFF, kwargs=_candidate),
    "candidates:note_add": Rule(allowed=STAFF, kwargs=_candidate, method="post", data={"text": "Called back."}),
    "candidates:tag_add": Rule(allowed=STAFF, kwargs=_candidate, method="post", data={"name": "Senior"}),
    "candidates:tag_remove": Rule(allowed=STAFF, kwargs=_candidate_with_tag, method="post"),
    "candidates:consent_record": Rule(
        allowed=STAFF,
        kwargs=_candidate,
        method="post",
        data={"purpose": "talent_pool", "legal_basis": "consent", "text_version": "pool-v1"},
    ),
    "candidates:consent_withdraw": Rule(
        allowed=STAFF, kwargs=_candidate_and_purpose, method="post", data={"channel": "recruiter"}
    ),
    "candidates:resume_panel": Rule(allowed=STAFF, kwargs=_candidate),
    # An empty form: the page again with the error next to the field (400), for the roles that may upload.
    "candidates:resume_upload": Rule(allowed=STAFF, kwargs=_candidate, method="post"),
    "candidates:resume_file": Rule(allowed=STAFF, kwargs=_resume),
    "candidates:resume_reparse": Rule(allowed=STAFF, kwargs=_resume, method="post"),
    # Hiring managers may call the API: the list is empty for them, and a person is a 404 (existence is private).
    "api:candidate-list": Rule(allowed=SIGNED_IN),
    "api:candidate-detail": Rule(allowed=STAFF, kwargs=_api_candidate, denied_status=404),
    "api-root": Rule(allowed=SIGNED_IN),
    # drf-spectacular serves the schema and its viewer to anyone (SPECTACULAR_SETTINGS["SERVE_PERMISSIONS"]).
    "api-schema": Rule(allowed=ALL_ROLES),
    "api-docs": Rule(allowed=ALL_ROLES),
}
