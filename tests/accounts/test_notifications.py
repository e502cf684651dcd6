"""How long a user notification (reviews, mentions, replies; ``accounts.notifications``) waits before its next
try. Which failures get one at all is the rule every sender shares: ``tests/accounts/test_mail_errors.py``."""

from __future__ import annotations

from accounts import mail_errors, notifications
from accounts.notifications import RETRY_MAX_SECONDS, retry_delay


def test_notifications_sort_failures_by_the_shared_rule():
    assert notifications.is_transient is mail_errors.is_transient


def test_the_backoff_doubles_from_a_minute_up_to_an_hour():
    assert [retry_delay(attempts) for attempts in range(1, 9)] == [60, 120, 240, 480, 960, 1920, 3600, 3600]
    assert retry_delay(50) == RETRY_MAX_SECONDS
