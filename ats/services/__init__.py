"""Every write of the ats app. Import from here: ``from ats.services import application_submit``."""

from .applications import (
    ApplicationError,
    Submission,
    application_add,
    application_hire,
    application_move,
    application_reject,
    application_submit,
    application_unreject,
    application_withdraw,
)
from .jobs import (
    JobError,
    job_create,
    job_set_status,
    job_update,
    pipeline_default,
    stage_add,
    stage_remove,
    stage_update,
    stages_reorder,
)
from .scorecards import ScorecardError, scorecard_submit

__all__ = [
    "ApplicationError",
    "JobError",
    "ScorecardError",
    "Submission",
    "application_add",
    "application_hire",
    "application_move",
    "application_reject",
    "application_submit",
    "application_unreject",
    "application_withdraw",
    "job_create",
    "job_set_status",
    "job_update",
    "pipeline_default",
    "scorecard_submit",
    "stage_add",
    "stage_remove",
    "stage_update",
    "stages_reorder",
]
