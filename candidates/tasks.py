"""Celery tasks of the candidates app: take ids, fetch, call one service.

Parsing runs on its own queue ("parsing") with hard time and memory limits (candidates/conf.py): start its workers
with ``celery -A recruiting worker -Q parsing``.
"""

from __future__ import annotations

import logging
from typing import Any

from celery import shared_task
from celery.schedules import crontab
from celery.signals import worker_process_init

from . import conf
from .models import Resume
from .services import resumes

logger = logging.getLogger(__name__)

PARSING_QUEUE = "parsing"
PARSE_RESUME = "candidates.tasks.parse_resume"
REQUEUE_STUCK_RESUMES = "candidates.tasks.requeue_stuck_resumes"

# Merged into settings.CELERY_BEAT_SCHEDULE by the project (recruiting/settings).
BEAT_SCHEDULE: dict[str, dict[str, Any]] = {
    "requeue-stuck-resumes": {
        "task": REQUEUE_STUCK_RESUMES,
        "schedule": crontab(minute="*/5"),
        "options": {"expires": 4 * 60},
    },
}


@shared_task(
    name=PARSE_RESUME,
    acks_late=True,
    autoretry_for=resumes.TRANSIENT_ERRORS,
    retry_backoff=5,
    retry_backoff_max=300,
    retry_jitter=True,
    max_retries=5,
    soft_time_limit=conf.soft_time_limit(),
    time_limit=conf.time_limit(),
)
def parse_resume(resume_id: int) -> None:
    if not Resume.objects.filter(pk=resume_id).exists():
        return
    resumes.resume_parse(resume_id=resume_id)


def queue_parse(resume_id: int) -> None:
    """Send a parse to its own queue (a flood of CVs never delays e-mail). The queue is named here rather than as
    a task attribute, which Celery 6 drops; settings.CELERY_TASK_ROUTES says the same for other senders."""
    parse_resume.apply_async(args=(resume_id,), queue=PARSING_QUEUE)


@shared_task(name=REQUEUE_STUCK_RESUMES, acks_late=True)
def requeue_stuck_resumes() -> dict[str, int]:
    counts = resumes.resumes_requeue_stuck()
    if any(counts.values()):
        logger.info("Stuck resumes: %s", counts)
    return counts


@worker_process_init.connect
def _limit_pool_child_memory(**_kwargs: Any) -> None:
    # Each prefork pool child gets the limit; the worker's main process (which only supervises) does not.
    try:
        conf.limit_address_space()
    except (ValueError, OSError):
        logger.warning("Could not set the memory limit of the worker process", exc_info=True)
