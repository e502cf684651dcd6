"""Tasks queued inside a transaction reach a real worker after the commit, and never after a rollback."""

from __future__ import annotations

import uuid
from collections.abc import Iterator

import pytest
from django.db import transaction

from accounts.models import User
from tests.integration.conftest import WorkerGroup, wait_for
from tests.integration.tasks import probe_client, probe_key, record_user_email

pytestmark = [pytest.mark.integration, pytest.mark.django_db(transaction=True)]

TASK_TIMEOUT = 15.0


class Rollback(Exception):
    pass


@pytest.fixture(scope="module")
def workers(django_db_setup, tmp_path_factory) -> Iterator[WorkerGroup]:
    group = WorkerGroup(log_dir=tmp_path_factory.mktemp("workers"))
    group.start()
    yield group
    group.close()


def seen(token: str) -> list[str]:
    return probe_client().lrange(probe_key(token, "seen"), 0, -1)


def drain(queue: str = "default") -> None:
    """Send a marker through `queue` and wait until the worker (one process, one message at a time) has run
    it: everything queued before it has run too."""
    marker = uuid.uuid4().hex
    record_user_email.apply_async((0, marker), queue=queue)
    assert wait_for(lambda: seen(marker), timeout=TASK_TIMEOUT) == ["missing"]


def waiting_messages(workers: WorkerGroup, queue: str = "default") -> int:
    return probe_client().llen(workers.broker_key(queue))


def test_a_task_queued_on_commit_waits_for_the_commit(workers, token):
    with transaction.atomic():
        user = User.objects.create_user(email=f"{token}@example.org")
        record_user_email.delay_on_commit(user.pk, token)
        drain()  # the worker is up and has run everything that was sent...
        assert seen(token) == []  # ...and our task was not among it
        assert waiting_messages(workers) == 0
    # After the commit the task is sent, and the worker finds the row it refers to.
    assert wait_for(lambda: seen(token), timeout=TASK_TIMEOUT) == [f"{token}@example.org"]


def test_a_task_queued_on_commit_never_runs_when_the_transaction_rolls_back(workers, token):
    with pytest.raises(Rollback), transaction.atomic():
        user = User.objects.create_user(email=f"{token}@example.org")
        record_user_email.delay_on_commit(user.pk, token)
        raise Rollback
    drain()
    assert seen(token) == []
    assert waiting_messages(workers) == 0
    assert not User.objects.filter(email=f"{token}@example.org").exists()


def test_a_task_sent_inside_the_transaction_without_on_commit_runs_too_early(workers, token):
    """Why the house style insists on on_commit: a plain delay() reaches the worker before the row exists."""
    with transaction.atomic():
        user = User.objects.create_user(email=f"{token}@example.org")
        record_user_email.delay(user.pk, token)
        assert wait_for(lambda: seen(token), timeout=TASK_TIMEOUT) == ["missing"]


@pytest.mark.parametrize("queue", ["default", "parsing", "email"])
def test_a_task_sent_to_a_queue_runs_exactly_once(workers, token, queue):
    user = User.objects.create_user(email=f"{token}@example.org")
    record_user_email.apply_async((user.pk, token), queue=queue)
    for other in ("default", "parsing", "email"):  # a copy delivered to another queue would have run by now
        drain(other)
    assert seen(token) == [f"{token}@example.org"]
