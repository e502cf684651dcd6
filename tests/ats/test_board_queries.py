"""The board, the list of applications and the jobs list read in a constant number of queries, whatever the
number of applications (no query per card, per row or per job)."""

from __future__ import annotations

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from tests.ats.factories import make_job
from tests.ats.workspace_helpers import many
from tests.factories import SkillFactory, TagFactory

pytestmark = pytest.mark.django_db


def _count(client, url, **params):
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url, params)
    assert response.status_code == 200, response.content[:500]
    return len(queries), response


@pytest.mark.parametrize(
    "params",
    [
        {},
        {"status": "all", "sort": "score"},
        {"source": "linkedin", "flagged": "yes", "score_min": "10", "tags": "python"},
    ],
    ids=["plain", "all-by-score", "filtered"],
)
def test_the_board_reads_the_same_number_of_queries_for_10_and_200_applications(recruiter_client, params):
    tag = TagFactory(name="python")
    small, large = make_job(title="Petit"), make_job(title="Grand")
    many(small, 10, tags=[tag])
    many(large, 200, tags=[tag])

    small_count, _ = _count(recruiter_client, reverse("ats:job_detail", kwargs={"pk": small.pk}), **params)
    large_count, response = _count(recruiter_client, reverse("ats:job_detail", kwargs={"pk": large.pk}), **params)

    assert small_count == large_count
    assert small_count <= 12
    if not params:
        assert response.content.decode().count('id="card-') == 200


def test_the_board_with_a_skill_filter_stays_constant(recruiter_client):
    skill = SkillFactory(label_en="Django", label_fr="Django", slug="django")
    small, large = make_job(title="Petit"), make_job(title="Grand")
    many(small, 10)
    many(large, 200)
    counts = [
        _count(recruiter_client, reverse("ats:job_detail", kwargs={"pk": job.pk}), skills=skill.label_en)[0]
        for job in (small, large)
    ]
    assert counts[0] == counts[1]


def test_a_move_reads_the_same_number_of_queries_whatever_the_size(recruiter_client):
    counts = []
    for size in (10, 200):
        job = make_job(title=f"Poste {size}")
        applications = many(job, size)
        first = applications[0]
        target = job.stages.exclude(pk=first.stage_id).filter(kind="interview").first()
        with CaptureQueriesContext(connection) as queries:
            response = recruiter_client.post(
                reverse("ats:board_move", kwargs={"pk": job.pk}),
                {"application": first.pk, "stage": target.pk},
                HTTP_HX_REQUEST="true",
            )
        assert response.status_code == 200
        counts.append(len(queries))
    assert counts[0] == counts[1]


def test_the_application_list_reads_a_constant_number_of_queries(recruiter_client):
    small, large = make_job(title="Petit"), make_job(title="Grand")
    many(small, 10, tags=[TagFactory(name="senior")])
    many(large, 200, tags=[TagFactory(name="junior")])

    small_count, _ = _count(recruiter_client, reverse("ats:application_list", kwargs={"pk": small.pk}))
    large_count, response = _count(recruiter_client, reverse("ats:application_list", kwargs={"pk": large.pk}))

    assert small_count == large_count
    assert response.content.decode().count("<tr") == 51  # the header row and a page of 50


def test_the_jobs_list_reads_stage_counts_in_one_query_for_all_jobs(recruiter_client):
    for number in range(2):
        many(make_job(title=f"Poste {number}"), 3)
    few, _ = _count(recruiter_client, reverse("ats:job_list"))
    for number in range(2, 12):
        many(make_job(title=f"Poste {number}"), 3)
    more, response = _count(recruiter_client, reverse("ats:job_list"))

    assert few == more
    assert "Poste 11" in response.content.decode()
