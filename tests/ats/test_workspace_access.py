"""Object rules of the workspace the access matrix cannot show with its fresh users: a hiring manager *on* a job
reads its board, list and applications but gets 403 on every decision; a recruiter not on a confidential job
gets 404 on all of it, and does not see it in the jobs list."""

from __future__ import annotations

import pytest
from django.urls import reverse

from ats.models import Application, ApplicationStatus
from tests.ats.factories import make_job, make_reason
from tests.ats.workspace_helpers import add

pytestmark = pytest.mark.django_db

READ_JOB = ["ats:job_detail", "ats:application_list"]
STAFF_JOB = ["ats:job_edit", "ats:pipeline_edit", "ats:questions", "ats:application_add"]
DECISIONS = ["ats:application_move", "ats:application_reject", "ats:application_withdraw", "ats:application_hire"]


def test_a_hiring_manager_reads_their_job_and_may_decide_nothing(client, hiring_manager):
    job = make_job()
    job.hiring_managers.add(hiring_manager)
    application = add(job)
    client.force_login(hiring_manager)

    assert make_job(title="Autre").title not in client.get(reverse("ats:job_list")).content.decode()
    for name in READ_JOB:
        assert client.get(reverse(name, kwargs={"pk": job.pk})).status_code == 200, name
    assert client.get(reverse("ats:application_detail", kwargs={"pk": application.pk})).status_code == 200
    for name in STAFF_JOB:
        assert client.get(reverse(name, kwargs={"pk": job.pk})).status_code == 403, name
    assert client.post(reverse("ats:job_status", kwargs={"pk": job.pk, "action": "close"})).status_code == 403
    assert (
        client.post(
            reverse("ats:board_move", kwargs={"pk": job.pk}),
            {"application": application.pk, "stage": job.stages.last().pk},
        ).status_code
        == 403
    )
    for name in DECISIONS:
        assert (
            client.post(reverse(name, kwargs={"pk": application.pk}), {"reason": make_reason().pk}).status_code == 403
        )
    application.refresh_from_db()
    assert application.status == ApplicationStatus.ACTIVE and application.stage.kind == "applied"


def test_a_recruiter_not_on_a_confidential_job_gets_404_everywhere(client, recruiter):
    secret = make_job(title="Direction financière", confidential=True)
    application = add(secret)
    client.force_login(recruiter)

    assert "Direction financière" not in client.get(reverse("ats:job_list")).content.decode()
    for name in [*READ_JOB, *STAFF_JOB]:
        assert client.get(reverse(name, kwargs={"pk": secret.pk})).status_code == 404, name
    assert client.get(reverse("ats:application_detail", kwargs={"pk": application.pk})).status_code == 404
    for name in DECISIONS:
        assert (
            client.post(reverse(name, kwargs={"pk": application.pk}), {"reason": make_reason().pk}).status_code == 404
        )
    assert Application.objects.get(pk=application.pk).status == ApplicationStatus.ACTIVE
    assert client.get(reverse("api:job-detail", kwargs={"id": secret.pk})).status_code == 404

    secret.recruiters.add(recruiter)
    assert client.get(reverse("ats:job_detail", kwargs={"pk": secret.pk})).status_code == 200
