"""How long a user notification (reviews, mentions, replies; ``accounts.notifications``) waits before its next
try, and how long a send may run before it is taken as interrupted. Which failures get one at all is the rule
every sender shares: ``tests/accounts/test_mail_errors.py``."""

from __future__ import annotations

import datetime

from accounts.notifications import RETRY_MAX_SECONDS, retry_delay, stuck_after


def test_the_backoff_doubles_from_a_minute_up_to_an_hour():
    assert [retry_delay(attempts) for attempts in range(1, 9)] == [60, 120, 240, 480, 960, 1920, 3600, 3600]
    assert retry_delay(50) == RETRY_MAX_SECONDS


def test_a_send_is_taken_as_interrupted_after_half_an_hour_or_twice_the_tasks_time_limit(settings):
    settings.CELERY_TASK_TIME_LIMIT = 300
    assert stuck_after() == datetime.timedelta(minutes=30)
    settings.CELERY_TASK_TIME_LIMIT = 3600
    assert stuck_after() == datetime.timedelta(hours=2)
