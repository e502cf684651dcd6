"""Applications to one popular job run side by side; a recruiter closing the job waits for those in flight.

application_submit takes a shared lock (FOR SHARE) on the job's row: two applications never wait for each other,
and job_set_status (FOR UPDATE) waits until the applications already running commit; the ones after see it closed.
"""

from __future__ import annotations

import threading
import time
from unittest import mock

import pytest
from django.db import connection, transaction
from django.utils import translation

from ats import services
from ats.models import Application, JobStatus
from tests.ats.factories import make_job

pytestmark = pytest.mark.django_db(transaction=True)


def _submit(job, email: str):
    return services.application_submit(
        job=job, first_name="Zoé", last_name="Lefèvre", email=email, consent_application=True, language="fr"
    )


def test_applications_do_not_wait_for_each_other_and_closing_waits_for_them():
    job = make_job()
    in_flight = threading.Event()
    release = threading.Event()
    outcome: dict[str, object] = {}

    def first() -> None:
        try:
            with transaction.atomic():
                _submit(job, "first@example.org")
                in_flight.set()
                release.wait(10)  # still uncommitted: its job lock is held
        finally:
            connection.close()

    def second() -> None:
        try:
            with transaction.atomic():
                with connection.cursor() as cursor:
                    cursor.execute("SET LOCAL lock_timeout = '2s'")  # fails instead of waiting for the first
                outcome["second"] = _submit(job, "second@example.org").created
        except Exception as error:  # reported by the assertion below
            outcome["second"] = error
        finally:
            connection.close()

    def close() -> None:
        try:
            services.job_set_status(job=job, action="close")
            outcome["closed_at"] = time.monotonic()
        finally:
            connection.close()

    with mock.patch("messaging.tasks.send_message.delay"):
        holder = threading.Thread(target=first)
        holder.start()
        assert in_flight.wait(10)
        other = threading.Thread(target=second)
        other.start()
        other.join(10)
        assert outcome["second"] is True  # did not wait for the first application

        closer = threading.Thread(target=close)
        closer.start()
        time.sleep(0.5)
        assert closer.is_alive()  # waiting for the application in flight
        released_at = time.monotonic()
        release.set()
        holder.join(10)
        closer.join(10)
    assert outcome["closed_at"] >= released_at
    job.refresh_from_db()
    assert job.status == JobStatus.CLOSED
    assert Application.objects.filter(job=job).count() == 2
    with translation.override("en"), pytest.raises(services.ApplicationError, match="no longer open"):
        _submit(job, "third@example.org")
