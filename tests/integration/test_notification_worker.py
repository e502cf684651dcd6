"""E-mails to users through a real worker on the ``email`` queue: a mention in a note is queued after the commit
and sent once by the worker (the request never sends it), and one queued while the broker was down is sent once
the sweeper queued it again."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from kombu.exceptions import OperationalError

from accounts.models import NotificationStatus
from ats.models import MentionNotification
from ats.services import mention_notifications_sweep
from ats.services.collaboration import application_note_add
from tests.ats.factories import make_job
from tests.ats.workspace_helpers import add
from tests.factories import RecruiterFactory
from tests.integration.conftest import WorkerGroup, wait_for

pytestmark = [pytest.mark.integration, pytest.mark.django_db(transaction=True)]

TIMEOUT = 20.0


@pytest.fixture(scope="module")
def workers(django_db_setup, tmp_path_factory) -> Iterator[WorkerGroup]:
    group = WorkerGroup(log_dir=tmp_path_factory.mktemp("notification-workers"))
    group.start()
    yield group
    group.close()


def _statuses() -> list[str]:
    return list(MentionNotification.objects.values_list("status", flat=True))


def _note(text: str) -> None:
    RecruiterFactory(email="hugo@example.com", first_name="Hugo", last_name="Roux")
    application = add(make_job(title="Soudeur"))
    application_note_add(application=application, author=RecruiterFactory(), text=text)


def test_a_mention_is_sent_by_the_email_worker_after_commit(workers):
    _note("@hugo : à voir.")

    assert wait_for(lambda: _statuses() == [NotificationStatus.SENT], timeout=TIMEOUT), workers.workers[0].log()
    notification = MentionNotification.objects.get()
    assert notification.attempts == 1
    assert "ats.tasks.send_mention_notification" in workers.workers[0].log()


def test_a_mention_queued_while_the_broker_was_down_is_sent_by_the_sweeper(workers, monkeypatch):
    def broker_down(*args, **kwargs):
        raise OperationalError("Error 111 connecting to the broker. Connection refused.")

    with monkeypatch.context() as patched:
        patched.setattr("ats.tasks.send_mention_notification.delay", broker_down)
        _note("@hugo")
    assert _statuses() == [NotificationStatus.PENDING]  # saved, waiting: nothing lost
    assert MentionNotification.objects.get().task_due_at is None

    assert mention_notifications_sweep()["queued"] == 1
    assert wait_for(lambda: _statuses() == [NotificationStatus.SENT], timeout=TIMEOUT), workers.workers[0].log()
