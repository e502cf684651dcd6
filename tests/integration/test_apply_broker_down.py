"""An application sent on the career site while the broker is unreachable is saved whole (person, CV file,
application, consent, acknowledgement); when the broker is back, the periodic sweepers (what Celery beat runs) get
the CV read and the acknowledgement sent by a real worker. No applicant is lost.

"Unreachable" is real here: this process's Celery producer points at a closed port on loopback for the length of
the request, so every publish after the commit fails as it would with Redis stopped (connection refused).
"""

from __future__ import annotations

import socket
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from django.urls import reverse

from ats.models import Application
from candidates.models import Consent, Resume, ResumeStatus
from candidates.tasks import requeue_stuck_resumes
from messaging.models import Message, MessageStatus, Purpose
from messaging.selectors import template_default
from messaging.tasks import sweep_messages
from recruiting.celery import app as celery_app
from tests.ats.factories import make_job, make_question
from tests.integration.conftest import Worker, WorkerGroup, _reset_producer_pool, wait_for
from tests.integration.tasks import probe_client
from tests.messaging.factories import template_make
from tests.parsing.files import one_column_pdf

pytestmark = [pytest.mark.integration, pytest.mark.django_db(transaction=True)]

TIMEOUT = 45.0


def _closed_port() -> int:
    """A loopback port nothing listens on (bound, then released: connecting to it is refused)."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@contextmanager
def broker_unreachable() -> Iterator[str]:
    saved = celery_app.conf.broker_url
    url = f"redis://127.0.0.1:{_closed_port()}/0"
    celery_app.conf.broker_url = url
    _reset_producer_pool()
    try:
        yield url
    finally:
        celery_app.conf.broker_url = saved
        _reset_producer_pool()


def _start_worker(group: WorkerGroup) -> Worker:
    name = f"{group.prefix.rstrip(':')}-all"
    worker = Worker(
        name=name,
        env=group.env,
        log_path=group.log_dir / f"{name}.log",
        queues="default,parsing,email",
        include="candidates.tasks,messaging.tasks,tests.integration.tasks",
    )
    group.workers.append(worker)  # stopped by group.close()
    worker.wait_ready()
    return worker


def test_an_application_sent_while_the_broker_is_down_is_saved_and_handled_when_it_is_back(
    client, worker_group, settings, tmp_path, caplog
):
    # The worker reads the files this process stores (see tests/integration/test_parse_worker.py).
    var_dir = tmp_path / "var"
    settings.MEDIA_ROOT = var_dir / "test-media"
    settings.RATELIMIT_ENABLED = False
    if template_default(purpose=Purpose.ACKNOWLEDGEMENT) is None:  # flushed by an earlier transactional test
        template_make(
            name="Accusé de réception",
            purpose=Purpose.ACKNOWLEDGEMENT,
            is_default=True,
            subject_fr="Votre candidature « {{ job_title }} »",
            subject_en="Your application for {{ job_title }}",
        )
    job = make_job(title="Développeur Python")
    question = make_question(job, text="Permis B ?", kind="yes_no")
    group = worker_group()
    group.env["VAR_DIR"] = str(var_dir)
    # The sweeper re-queues a resume left pending this long; the beat default (10 min) would make the test wait.
    group.env["RESUME_STUCK_MINUTES"] = "0"

    with broker_unreachable() as url:
        cv = Path(tmp_path / "cv.pdf")
        cv.write_bytes(one_column_pdf())
        with cv.open("rb") as upload:
            response = client.post(
                reverse("careers:apply", kwargs={"slug": job.slug}),
                {
                    "first_name": "Zoé",
                    "last_name": "Lefèvre",
                    "email": "zoe.lefevre@example.org",
                    "cv": upload,
                    "consent_application": "on",
                    f"question_{question.pk}": "yes",
                },
                HTTP_ACCEPT_LANGUAGE="en",
            )
        assert celery_app.conf.broker_url == url  # nothing could reach the real broker during the request
    # Both sends after the commit were tried and failed (and were logged, not raised).
    warnings = [record.getMessage() for record in caplog.records if record.levelname == "WARNING"]
    assert any(text.startswith("Could not queue the parsing of resume") for text in warnings), warnings
    assert any(text.startswith("Could not queue 1 message(s)") for text in warnings), warnings

    # The applicant saw the thank-you page, and everything is saved.
    assert response.status_code == 302
    assert response["Location"] == reverse("careers:thanks", kwargs={"slug": job.slug})
    application = Application.objects.select_related("candidate").get()
    candidate = application.candidate
    assert candidate.email == "zoe.lefevre@example.org"
    assert Consent.objects.filter(candidate=candidate, purpose="application").count() == 1
    resume = Resume.objects.get(candidate=candidate)
    assert resume.status == ResumeStatus.PENDING  # waiting for the broker
    assert Path(resume.file.path).read_bytes() == cv.read_bytes()
    message = Message.objects.get(candidate=candidate, purpose=Purpose.ACKNOWLEDGEMENT)
    assert message.status == MessageStatus.QUEUED and message.dispatched_at is None  # never reached the broker
    # Nothing is on the real broker's queues for this worker group.
    assert not list(probe_client().scan_iter(match=group.prefix + "*"))

    # The broker is back: a worker starts and beat runs the two sweepers.
    worker = _start_worker(group)
    requeue_stuck_resumes.delay()
    sweep_messages.delay()

    def done() -> bool:
        return (
            Resume.objects.filter(pk=resume.pk, status__in=(ResumeStatus.PARSED, ResumeStatus.FAILED)).exists()
            and Message.objects.filter(pk=message.pk, status=MessageStatus.SENT).exists()
        )

    assert wait_for(done, timeout=TIMEOUT, interval=0.2), worker.log()
    resume.refresh_from_db()
    assert resume.status == ResumeStatus.PARSED, (resume.failure_code, worker.log())
    assert resume.attempts == 1
    message.refresh_from_db()
    assert message.status == MessageStatus.SENT and message.dispatched_at is not None
    log = worker.log()
    assert "candidates.tasks.requeue_stuck_resumes" in log and "messaging.tasks.sweep_messages" in log
    assert "candidates.tasks.parse_resume" in log
    # Still one of everything: nothing was created twice on the way.
    assert Application.objects.count() == 1 and Resume.objects.count() == 1
    assert Message.objects.filter(candidate=candidate).count() == 1
