"""E-mail through a real worker on the ``email`` queue: queued after commit, sent once, and nothing lost when the
broker could not be reached at queue time (the sweeper sends it when it is back)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from kombu.exceptions import OperationalError

from messaging import services
from messaging.models import EventKind, Message, MessageStatus
from tests.factories import CandidateFactory
from tests.integration.conftest import WorkerGroup, wait_for

pytestmark = [pytest.mark.integration, pytest.mark.django_db(transaction=True)]

TIMEOUT = 20.0


@pytest.fixture(scope="module")
def workers(django_db_setup, tmp_path_factory) -> Iterator[WorkerGroup]:
    group = WorkerGroup(log_dir=tmp_path_factory.mktemp("mail-workers"))
    group.start()
    yield group
    group.close()


def _status(message: Message) -> str:
    return Message.objects.values_list("status", flat=True).get(pk=message.pk)


def test_a_queued_message_is_sent_by_the_email_worker_after_commit(workers):
    message = services.message_queue(
        candidate=CandidateFactory(first_name="Zoé"), purpose="one_off", subject="Bonjour 🎉", body="Merci."
    )
    assert wait_for(lambda: _status(message) == MessageStatus.SENT, timeout=TIMEOUT), workers.workers[0].log()
    message.refresh_from_db()
    assert message.dispatched_at is not None
    assert [event.kind for event in message.events.order_by("id")] == [EventKind.QUEUED, EventKind.SENT]
    assert "messaging.tasks.send_message" in workers.workers[0].log()


def test_a_message_queued_while_the_broker_was_down_is_sent_by_the_sweeper(workers, monkeypatch):
    def broker_down(*args, **kwargs):
        raise OperationalError("Error 111 connecting to the broker. Connection refused.")

    with monkeypatch.context() as patched:
        patched.setattr("messaging.tasks.send_message.delay", broker_down)
        message = services.message_queue(candidate=CandidateFactory(), purpose="one_off", subject="Hi", body="x")
    assert _status(message) == MessageStatus.QUEUED  # saved, waiting: nothing lost
    assert Message.objects.get(pk=message.pk).dispatched_at is None
    assert services.messages_sweep()["dispatched"] == 1
    assert wait_for(lambda: _status(message) == MessageStatus.SENT, timeout=TIMEOUT), workers.workers[0].log()
