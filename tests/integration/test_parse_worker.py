"""A CV uploaded in a transaction is read by a real worker that listens to the "parsing" queue only.

The worker consumes nothing but "parsing": the parse reaching it proves the task's route. Nothing is on that queue
before the upload's transaction commits: the task is sent after the commit. The worker shares the test's database
and its stored files.
"""

from __future__ import annotations

import uuid

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import transaction

from candidates.models import Activity, ActivityKind, Resume, ResumeStatus
from candidates.services.resumes import resume_upload
from candidates.tasks import PARSE_RESUME
from parsing.evaluation.generate import generate_cv
from parsing.evaluation.taxonomy import sample_taxonomy
from tests.factories import CandidateFactory
from tests.integration.conftest import Worker, WorkerGroup, wait_for
from tests.integration.tasks import probe_client, probe_key, record_user_email

pytestmark = [pytest.mark.integration, pytest.mark.django_db(transaction=True)]

PARSE_TIMEOUT = 30.0
DRAIN_TIMEOUT = 15.0
QUEUE = "parsing"


def start_parsing_worker(group: WorkerGroup) -> Worker:
    name = f"{group.prefix.rstrip(':')}-parsing"
    # The parsing queue alone: the test proves the parse task is routed there.
    worker = Worker(
        name=name,
        env=group.env,
        log_path=group.log_dir / f"{name}.log",
        queues=QUEUE,
        include="candidates.tasks,tests.integration.tasks",
    )
    group.workers.append(worker)  # stopped by group.close()
    worker.wait_ready()
    return worker


def drain(worker: Worker) -> None:
    """Send a marker through the parsing queue and wait until the worker (one process, one message at a time)
    has run it: whatever was queued before it has run too."""
    marker = uuid.uuid4().hex
    record_user_email.apply_async((0, marker), queue=QUEUE)
    seen = wait_for(lambda: probe_client().lrange(probe_key(marker, "seen"), 0, -1), timeout=DRAIN_TIMEOUT)
    assert seen == ["missing"], worker.log()


def queued(group: WorkerGroup, queue: str) -> int:
    return probe_client().llen(group.broker_key(queue))


def test_an_uploaded_cv_is_read_by_the_parsing_worker_after_commit(worker_group, settings, tmp_path):
    # The worker must read the files this process stores. The test settings put MEDIA_ROOT under VAR_DIR (the
    # MEDIA_ROOT variable is not read there): the worker gets a VAR_DIR of its own, this process the same folder.
    var_dir = tmp_path / "var"
    settings.MEDIA_ROOT = var_dir / "test-media"
    group = worker_group()
    group.env["VAR_DIR"] = str(var_dir)
    worker = start_parsing_worker(group)

    data, filename, labels = generate_cv(4, sample_taxonomy(), language="fr", layout="pdf_classic")
    candidate = CandidateFactory(first_name="", last_name="Ferreira-Martin", email="", phone="", city="", country="")

    with transaction.atomic():
        resume = resume_upload(candidate=candidate, uploaded_file=SimpleUploadedFile(filename, data))
        assert queued(group, QUEUE) == 0  # not before the commit
    assert resume.status == ResumeStatus.PENDING

    def parsed() -> Resume | None:
        current = Resume.objects.get(pk=resume.pk)
        return current if current.status in (ResumeStatus.PARSED, ResumeStatus.FAILED) else None

    done = wait_for(parsed, timeout=PARSE_TIMEOUT, interval=0.2)
    assert done, f"the resume is still {Resume.objects.get(pk=resume.pk).status}; worker log:\n{worker.log()}"
    assert done.status == ResumeStatus.PARSED, (done.failure_code, worker.log())
    assert done.parsed_at is not None
    assert done.attempts == 1
    assert done.parsed["basics"]["email"] == labels["email"]
    assert done.parsed["work"][0]["position"] == labels["work"][0]["position"]
    assert done.language == "fr"
    assert labels["email"] in done.text

    # The person's empty fields are filled from the CV; a filled one keeps its value.
    candidate.refresh_from_db()
    first_name = labels["name"].split()[0]
    assert candidate.first_name == first_name
    assert candidate.last_name == "Ferreira-Martin"
    assert candidate.email == labels["email"]
    assert candidate.phone == labels["phone"]
    assert candidate.city == labels["city"]
    assert candidate.country == labels["country"]
    assert candidate.current_title == labels["work"][0]["position"]
    activity = Activity.objects.get(candidate=candidate, kind=ActivityKind.RESUME_PARSED)
    assert activity.payload["resume_id"] == resume.pk
    assert {"first_name", "email", "phone", "city", "current_title"} <= set(activity.payload["fields"])
    assert "last_name" not in activity.payload["fields"]

    # Only the parsing queue was used, and it is empty now.
    assert queued(group, "default") == 0
    assert queued(group, QUEUE) == 0

    # The same file again: the stored resume is returned, no new row, no new parse.
    with transaction.atomic():
        again = resume_upload(candidate=candidate, uploaded_file=SimpleUploadedFile(filename, data))
    assert again.pk == resume.pk and again.already_stored
    drain(worker)  # anything the second upload might have queued has run by now
    assert Resume.objects.filter(candidate=candidate).count() == 1
    after = Resume.objects.get(pk=resume.pk)
    assert (after.status, after.parsed_at, after.attempts) == (ResumeStatus.PARSED, done.parsed_at, 1)
    assert Activity.objects.filter(candidate=candidate, kind=ActivityKind.RESUME_PARSED).count() == 1
    assert Activity.objects.filter(candidate=candidate, kind=ActivityKind.RESUME_UPLOADED).count() == 1
    received = [line for line in worker.log().splitlines() if f"Task {PARSE_RESUME}[" in line and "received" in line]
    assert len(received) == 1, worker.log()
