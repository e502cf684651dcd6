"""Tasks that exist only for the integration tests. The test workers import this module (`celery worker -I`).

They report what they saw to Redis under keys named after a token unique to each test, so that a test can
watch a worker from the outside without sharing anything else with it.
"""

from __future__ import annotations

import os
import time

import redis
from django.conf import settings

from accounts.models import User
from recruiting.celery import app

PROBE_TTL_SECONDS = 600


def probe_key(token: str, part: str) -> str:
    return f"integration-probe:{token}:{part}"


def probe_client() -> redis.Redis:
    return redis.Redis.from_url(settings.REDIS_URL, decode_responses=True)


def _report(token: str, part: str, value: str) -> None:
    client = probe_client()
    key = probe_key(token, part)
    client.rpush(key, value)
    client.expire(key, PROBE_TTL_SECONDS)


@app.task(name="tests.integration.record_user_email")
def record_user_email(user_id: int, token: str) -> None:
    """Report the e-mail of a user as the worker sees it in the database, or "missing" when it cannot see it."""
    email = User.objects.filter(pk=user_id).values_list("email", flat=True).first()
    _report(token, "seen", email or "missing")


@app.task(name="tests.integration.hang_on_first_attempt")
def hang_on_first_attempt(token: str, hang_seconds: float) -> None:
    """Stands for a long task: the first attempt hangs (the test kills its worker meanwhile), later ones finish.

    The attempt counter is the guard that makes the task safe to run twice, as acks_late requires.
    """
    client = probe_client()
    attempt = client.incr(probe_key(token, "attempts"))
    client.expire(probe_key(token, "attempts"), PROBE_TTL_SECONDS)
    _report(token, "events", f"started {attempt} in {os.getpid()}")
    if attempt == 1:
        time.sleep(hang_seconds)
    _report(token, "events", f"finished {attempt}")
