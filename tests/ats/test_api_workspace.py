"""/api/v1/jobs/ and /api/v1/applications/: scoped reads, job writes and the move / reject actions, calling the
same services as the pages; a hiring manager sees their jobs only and gets 404 on any other id."""

from __future__ import annotations

import pytest
from django.urls import reverse

from ats.models import Application, ApplicationStatus, Job, StageKind
from messaging.models import Message, Purpose
from tests.ats.factories import make_job, make_reason
from tests.ats.workspace_helpers import add, stage
from tests.factories import HiringManagerFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def scope(hiring_manager):
    mine = make_job(title="Mon poste")
    mine.hiring_managers.add(hiring_manager)
    theirs = make_job(title="Autre poste")
    return {"mine": mine, "theirs": theirs, "my_application": add(mine), "their_application": add(theirs)}


def test_recruiters_list_and_read_jobs_with_counts_and_requirements(recruiter_client, scope):
    response = recruiter_client.get(reverse("api:job-list"))
    assert response.status_code == 200
    rows = {row["title"]: row for row in response.json()["results"]}
    assert set(rows) == {"Mon poste", "Autre poste"} and rows["Mon poste"]["active_count"] == 1

    detail = recruiter_client.get(reverse("api:job-detail", kwargs={"id": scope["mine"].pk})).json()
    assert detail["stages"][0]["kind"] == "applied"
    assert detail["skills"] == [] and detail["languages"] == []
    assert recruiter_client.get(reverse("api:job-list"), {"status": "bogus"}).status_code == 400


def test_recruiters_create_and_change_jobs_through_the_services(recruiter_client, recruiter):
    manager = HiringManagerFactory()
    response = recruiter_client.post(
        reverse("api:job-list"),
        {
            "title": "Chaudronnier",
            "description": "<p>Bonjour</p><img src=x onerror=alert(1)>",
            "hiring_managers": [manager.pk],
        },
        content_type="application/json",
    )
    assert response.status_code == 201, response.content
    job = Job.objects.get(pk=response.json()["id"])
    assert job.status == "draft" and "<img" not in job.description and list(job.hiring_managers.all()) == [manager]
    assert list(job.recruiters.all()) == [recruiter]

    patch = recruiter_client.patch(
        reverse("api:job-detail", kwargs={"id": job.pk}),
        {"openings": 3, "city": "Brest"},
        content_type="application/json",
    )
    assert patch.status_code == 200 and (patch.json()["openings"], patch.json()["city"]) == (3, "Brest")

    bad = recruiter_client.patch(
        reverse("api:job-detail", kwargs={"id": job.pk}),
        {"salary_min": 50000, "salary_max": 40000},
        content_type="application/json",
    )
    assert bad.status_code == 400 and "salary_max" in bad.json()
    job.refresh_from_db()
    assert job.salary_min is None

    wrong_role = recruiter_client.post(
        reverse("api:job-list"), {"title": "X", "hiring_managers": [recruiter.pk]}, content_type="application/json"
    )
    assert wrong_role.status_code == 400 and not Job.objects.filter(title="X").exists()


def test_applications_are_filtered_and_moved_and_rejected_through_the_services(recruiter_client, scope):
    mine = scope["my_application"]
    url = reverse("api:application-list")
    assert {row["id"] for row in recruiter_client.get(url, {"job": scope["mine"].pk}).json()["results"]} == {mine.pk}
    assert recruiter_client.get(url, {"status": "rejected"}).json()["count"] == 0
    assert recruiter_client.get(url, {"candidate": mine.candidate_id}).json()["count"] == 1
    screen = stage(scope["mine"], StageKind.SCREEN)
    assert recruiter_client.get(url, {"stage": screen.pk}).json()["count"] == 0

    moved = recruiter_client.post(
        reverse("api:application-move", kwargs={"id": mine.pk}), {"stage": screen.pk}, content_type="application/json"
    )
    assert moved.status_code == 200 and moved.json()["stage"] == screen.pk
    assert recruiter_client.get(url, {"stage": screen.pk}).json()["count"] == 1

    other_stage = stage(scope["theirs"], StageKind.INTERVIEW)
    refused = recruiter_client.post(
        reverse("api:application-move", kwargs={"id": mine.pk}),
        {"stage": other_stage.pk},
        content_type="application/json",
    )
    assert refused.status_code == 400

    rejected = recruiter_client.post(
        reverse("api:application-reject", kwargs={"id": mine.pk}),
        {"reason": make_reason().pk, "email_delay_minutes": 30},
        content_type="application/json",
    )
    assert rejected.status_code == 200 and rejected.json()["status"] == "rejected"
    assert Message.objects.get(purpose=Purpose.REJECTION, context__application=mine.pk).send_after is not None
    again = recruiter_client.post(
        reverse("api:application-reject", kwargs={"id": mine.pk}),
        {"reason": make_reason().pk},
        content_type="application/json",
    )
    assert again.status_code == 400


def test_a_hiring_manager_sees_their_jobs_only_and_gets_404_on_other_ids(manager_client, scope):
    jobs = manager_client.get(reverse("api:job-list")).json()["results"]
    assert [row["title"] for row in jobs] == ["Mon poste"]
    applications = manager_client.get(reverse("api:application-list")).json()["results"]
    assert [row["id"] for row in applications] == [scope["my_application"].pk]
    assert manager_client.get(reverse("api:application-list"), {"job": scope["theirs"].pk}).json()["count"] == 0

    theirs = scope["their_application"]
    assert manager_client.get(reverse("api:job-detail", kwargs={"id": scope["theirs"].pk})).status_code == 404
    assert manager_client.get(reverse("api:application-detail", kwargs={"id": theirs.pk})).status_code == 404
    for action in ("api:application-move", "api:application-reject"):
        assert (
            manager_client.post(
                reverse(action, kwargs={"id": theirs.pk}), {}, content_type="application/json"
            ).status_code
            == 404
        )
        mine = manager_client.post(
            reverse(action, kwargs={"id": scope["my_application"].pk}), {}, content_type="application/json"
        )
        assert mine.status_code == 403
    assert (
        manager_client.post(reverse("api:job-list"), {"title": "X"}, content_type="application/json").status_code == 403
    )
    assert Application.objects.filter(status=ApplicationStatus.ACTIVE).count() == 2


def test_the_list_reads_a_constant_number_of_queries(recruiter_client, django_assert_max_num_queries):
    from tests.ats.workspace_helpers import many

    job = make_job()
    many(job, 60)
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    with CaptureQueriesContext(connection) as few:
        recruiter_client.get(reverse("api:application-list"), {"page_size": 5})
    with CaptureQueriesContext(connection) as more:
        recruiter_client.get(reverse("api:application-list"), {"page_size": 60})
    assert len(few) == len(more)


def test_the_schema_describes_the_jobs_and_applications_endpoints(client):
    schema = client.get(reverse("api-schema"), HTTP_ACCEPT="application/json").content.decode()
    for path in (
        "/api/v1/jobs/",
        "/api/v1/jobs/{id}/",
        "/api/v1/applications/",
        "/api/v1/applications/{id}/move/",
        "/api/v1/applications/{id}/reject/",
    ):
        assert path in schema, path


def test_the_application_api_filters_and_sorts_like_the_board(recruiter_client, scope):
    from candidates.services import candidate_tag

    job = scope["mine"]
    tagged = add(job, first_name="Tagged")
    candidate_tag(candidate=tagged.candidate, names=["python"])
    Application.objects.filter(pk=tagged.pk).update(source="linkedin", score=80)
    Application.objects.filter(pk=scope["my_application"].pk).update(score=20)
    url = reverse("api:application-list")

    def ids(**params):
        response = recruiter_client.get(url, {"job": job.pk, **params})
        assert response.status_code == 200, response.content
        return [row["id"] for row in response.json()["results"]]

    assert ids(source="linkedin") == [tagged.pk]
    assert ids(tag="python") == [tagged.pk]
    assert ids(min_score=50) == [tagged.pk]
    assert ids(max_score=50) == [scope["my_application"].pk]
    assert ids(ordering="score") == [tagged.pk, scope["my_application"].pk]
    assert recruiter_client.get(url, {"ordering": "bogus"}).status_code == 400


def test_the_careers_api_takes_the_career_sites_filters(client):
    make_job(title="Développeur Python", city="Lyon")
    make_job(title="Comptable", city="Paris")
    url = reverse("api:careers-job-list")
    titles = lambda **params: [row["title"] for row in client.get(url, params).json()["results"]]  # noqa: E731
    assert titles(q="python") == ["Développeur Python"]
    assert titles(location="Paris") == ["Comptable"]
    assert titles(contract="bogus") == []
