from __future__ import annotations

import datetime

import pytest
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from tests.factories import ActivityFactory, CandidateFactory

pytestmark = pytest.mark.django_db


def add_candidates_with_activities(count: int, actor) -> None:
    for candidate in CandidateFactory.create_batch(count):
        ActivityFactory(candidate=candidate, actor=actor)


def test_recruiter_sees_totals_and_latest_activities(recruiter_client, recruiter):
    add_candidates_with_activities(12, recruiter)
    old = CandidateFactory()
    old.created_at = timezone.now() - datetime.timedelta(days=30)
    old.save(update_fields=["created_at"])

    response = recruiter_client.get(reverse("core:dashboard"))

    assert response.status_code == 200
    summary = response.context["summary"]
    assert summary["candidates_total"] == 13
    assert summary["candidates_new_this_week"] == 12
    assert len(summary["recent_activities"]) == 10
    html = response.content.decode()
    assert 'data-testid="recent-activities"' in html
    assert html.count('class="timeline-item"') == 10
    assert reverse("candidates:detail", args=[summary["recent_activities"][0].candidate_id]) in html


def test_empty_dashboard_says_so(recruiter_client):
    response = recruiter_client.get(reverse("core:dashboard"))

    assert response.status_code == 200
    assert response.context["summary"]["candidates_total"] == 0
    assert 'class="empty-state"' in response.content.decode()


def test_hiring_manager_sees_a_welcome_and_no_candidate_figures(manager_client, recruiter):
    add_candidates_with_activities(3, recruiter)

    response = manager_client.get(reverse("core:dashboard"))

    assert response.status_code == 200
    html = response.content.decode()
    assert 'data-testid="hiring-manager-welcome"' in html
    assert 'data-testid="candidates-total"' not in html
    assert response.context["summary"] is None


def test_query_count_does_not_grow_with_candidates(recruiter_client, recruiter, django_assert_num_queries):
    from django.db import connection

    add_candidates_with_activities(3, recruiter)
    with CaptureQueriesContext(connection) as few:
        assert recruiter_client.get(reverse("core:dashboard")).status_code == 200

    add_candidates_with_activities(27, recruiter)
    with django_assert_num_queries(len(few.captured_queries)):
        response = recruiter_client.get(reverse("core:dashboard"))
    assert response.context["summary"]["candidates_total"] == 30
