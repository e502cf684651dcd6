"""A task whose worker is killed mid-run (SIGKILL to the whole process group) is delivered again and completes.

task_acks_late keeps the message unacknowledged while the task runs; Redis hands it out again once the
visibility timeout has passed, here shortened through CELERY_VISIBILITY_TIMEOUT for the worker processes.
"""

from __future__ import annotations

import pytest

from tests.integration.conftest import wait_for
from tests.integration.tasks import hang_on_first_attempt, probe_client, probe_key

pytestmark = [pytest.mark.integration]

VISIBILITY_TIMEOUT = 3  # seconds


def events(token: str) -> list[str]:
    return probe_client().lrange(probe_key(token, "events"), 0, -1)


def test_a_task_whose_worker_is_killed_mid_run_runs_again_on_the_next_worker(worker_group, token):
    group = worker_group(visibility_timeout=VISIBILITY_TIMEOUT)
    first = group.start()
    hang_on_first_attempt.delay(token, 120)
    assert wait_for(lambda: events(token), timeout=15), first.log()

    first.kill()
    # The pool process dies with its parent (once reaped, the group is gone).
    assert wait_for(lambda: not first.group_alive(), timeout=5), "a process of the killed worker survived"
    assert [event.split(" in ")[0] for event in events(token)] == ["started 1"]
    # Never acknowledged: the broker still holds the message, with the deliveries in flight.
    assert probe_client().hlen(group.broker_key("unacked")) == 1

    second = group.start()
    finished = wait_for(lambda: "finished 2" in events(token), timeout=VISIBILITY_TIMEOUT + 20)
    assert finished, f"the task was lost; worker log:\n{second.log()}"
    assert [event.split(" in ")[0] for event in events(token)] == ["started 1", "started 2", "finished 2"]
    # Acknowledged this time: nothing left to deliver again.
    assert wait_for(lambda: probe_client().hlen(group.broker_key("unacked")) == 0, timeout=5)
    assert probe_client().llen(group.broker_key("default")) == 0
