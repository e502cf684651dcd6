"""Real Celery workers, started as subprocesses against the real broker and the test database.

Isolation: every worker group gets a broker key prefix of its own (kombu's ``global_keyprefix``), so its queues,
unacknowledged messages and control messages are invisible to other test runs and to a development worker using
the same Redis database, and the other way round.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

import pytest
from django.conf import settings
from django.db import connection

from recruiting.celery import app as celery_app

BASE_DIR = Path(__file__).resolve().parents[2]
READY_TIMEOUT = 30.0
STOP_TIMEOUT = 15.0


def wait_for(condition: Callable[[], object], *, timeout: float, interval: float = 0.05) -> object:
    """Poll until condition() is truthy; return its value, or the last (falsy) one after the timeout."""
    deadline = time.monotonic() + timeout
    while True:
        value = condition()
        if value or time.monotonic() > deadline:
            return value
        time.sleep(interval)


def _test_database_url() -> str:
    """settings.DATABASE_URL, pointed at the database pytest-django created for this run."""
    parts = urlsplit(settings.DATABASE_URL)
    return urlunsplit(parts._replace(path="/" + connection.settings_dict["NAME"]))


class Worker:
    """One `celery worker` process group (the main process and its pool), with its log in a file."""

    def __init__(
        self,
        *,
        name: str,
        env: dict[str, str],
        log_path: Path,
        queues: str = "default,parsing,email",
        include: str = "tests.integration.tasks",
    ) -> None:
        self.name = name
        self.log_path = log_path
        command = [
            sys.executable, "-m", "celery", "-A", "recruiting", "worker",
            "--include", include,
            "--queues", queues,
            "--pool", "prefork", "--concurrency", "1",
            "--hostname", f"{name}@%h",
            "--without-gossip", "--without-mingle", "--without-heartbeat",
            "--loglevel", "INFO",
        ]  # fmt: skip
        with open(log_path, "ab") as log:
            # Its own session, so that a signal to the group reaches the pool processes too.
            self.process = subprocess.Popen(
                command, cwd=BASE_DIR, env=env, stdout=log, stderr=subprocess.STDOUT, start_new_session=True
            )

    def log(self) -> str:
        return self.log_path.read_text(errors="replace")

    def wait_ready(self) -> None:
        ready = wait_for(lambda: " ready." in self.log() or self.process.poll() is not None, timeout=READY_TIMEOUT)
        assert ready and self.process.poll() is None, f"worker {self.name} did not start:\n{self.log()}"

    def group_alive(self) -> bool:
        """Whether any process of the worker's group still runs. Zombies do not count: an orphaned pool process
        is reaped by whatever init the machine has, at its own pace."""
        for stat in Path("/proc").glob("[0-9]*/stat"):
            try:
                fields = stat.read_text().rsplit(")", 1)[1].split()
            except OSError:
                continue  # exited meanwhile
            state, process_group = fields[0], int(fields[2])
            if process_group == self.process.pid and state != "Z":
                return True
        return False

    def kill(self) -> None:
        """SIGKILL the whole process group: the worker dies mid-task without any chance to clean up."""
        os.killpg(self.process.pid, signal.SIGKILL)
        self.process.wait(timeout=STOP_TIMEOUT)

    def stop(self) -> None:
        if self.process.poll() is None:
            try:
                os.killpg(self.process.pid, signal.SIGTERM)
                self.process.wait(timeout=STOP_TIMEOUT)
            except subprocess.TimeoutExpired:
                os.killpg(self.process.pid, signal.SIGKILL)
                self.process.wait()
        if self.group_alive():  # a pool process that outlived its parent
            os.killpg(self.process.pid, signal.SIGKILL)


def _reset_producer_pool() -> None:
    # Celery caches its producer pool on first use; the next message sent must use the new transport options.
    celery_app._pool = None
    celery_app.amqp._producer_pool = None


class WorkerGroup:
    """Workers sharing one private broker namespace, and the producer side of this process pointed at it."""

    def __init__(self, *, log_dir: Path, visibility_timeout: int | None = None) -> None:
        self.prefix = f"it-{uuid.uuid4().hex[:12]}:"
        self.log_dir = log_dir
        self.workers: list[Worker] = []
        self.env = {
            **os.environ,
            "DJANGO_SETTINGS_MODULE": "recruiting.settings.test",
            "DATABASE_URL": _test_database_url(),
            "DATABASE_CONN_MAX_AGE": "0",  # no connection left open when the test database is dropped
            "REDIS_URL": settings.REDIS_URL,
            "CELERY_BROKER_KEY_PREFIX": self.prefix,
            "PYTHONUNBUFFERED": "1",
        }
        if visibility_timeout is not None:
            self.env["CELERY_VISIBILITY_TIMEOUT"] = str(visibility_timeout)
        self._saved_options = celery_app.conf.broker_transport_options
        celery_app.conf.broker_transport_options = {**self._saved_options, "global_keyprefix": self.prefix}
        _reset_producer_pool()

    def start(self) -> Worker:
        name = f"{self.prefix.rstrip(':')}-{len(self.workers) + 1}"
        worker = Worker(name=name, env=self.env, log_path=self.log_dir / f"{name}.log")
        self.workers.append(worker)
        worker.wait_ready()
        return worker

    def broker_key(self, key: str) -> str:
        return self.prefix + key

    def close(self) -> None:
        for worker in self.workers:
            worker.stop()
        celery_app.conf.broker_transport_options = self._saved_options
        _reset_producer_pool()
        from tests.integration.tasks import probe_client

        client = probe_client()
        leftovers = list(client.scan_iter(match=self.prefix + "*"))
        if leftovers:
            client.delete(*leftovers)


@pytest.fixture
def worker_group(django_db_setup, tmp_path) -> Iterator[Callable[..., WorkerGroup]]:
    """Factory: worker_group(visibility_timeout=...) makes a WorkerGroup that is stopped after the test."""
    groups: list[WorkerGroup] = []

    def make(**options: int) -> WorkerGroup:
        group = WorkerGroup(log_dir=tmp_path, **options)
        groups.append(group)
        return group

    yield make
    for group in groups:
        group.close()


@pytest.fixture
def token() -> str:
    return uuid.uuid4().hex
