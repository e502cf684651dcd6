"""What the ats app does when its own signals fire (connected in AtsConfig.ready())."""

from __future__ import annotations

from typing import Any

from django.dispatch import receiver

from .services.reviews import review_notifications_create
from .signals import application_moved


@receiver(application_moved, dispatch_uid="ats.notify_hiring_managers_on_review")
def notify_hiring_managers_on_review(sender: Any, *, application_id: int, to_stage_id: int, **kwargs: Any) -> None:
    """An application entered a stage: when it is a review stage, tell the job's hiring managers (after the
    move's commit: the signal is sent then; the e-mails leave from a task)."""
    review_notifications_create(application_id=application_id, stage_id=to_stage_id)
