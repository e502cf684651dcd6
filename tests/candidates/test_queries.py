"""The number of queries of list pages does not grow with the number of rows (shared/STYLE.md, Tests)."""

from __future__ import annotations

import pytest
from django.urls import reverse
from rest_framework.test import APIClient

from candidates.services import candidate_refresh_search_document
from tests.factories import CandidateFactory, RecruiterFactory, TagFactory

pytestmark = pytest.mark.django_db

# Session, user, count, filter form's owners, page, tags prefetch.
LIST_PAGE_QUERIES = 6
# The fragment has no filter form.
LIST_FRAGMENT_QUERIES = 5
# Count, page, tags prefetch (force_authenticate: no session nor token lookup).
API_LIST_QUERIES = 3


def people(count):
    owner = RecruiterFactory()
    tags = [TagFactory(name="python"), TagFactory(name="senior")]
    for candidate in CandidateFactory.create_batch(count, owner=owner, source="LinkedIn"):
        candidate.tags.add(*tags)
        candidate_refresh_search_document(candidate=candidate)


@pytest.mark.parametrize("count", [10, 60])
@pytest.mark.parametrize("params", [{}, {"q": "lyon", "sort": "name"}, {"tag": "python", "source": "linkedin"}])
def test_list_page_queries_do_not_grow(recruiter_client, django_assert_num_queries, count, params):
    people(count)
    with django_assert_num_queries(LIST_PAGE_QUERIES):
        response = recruiter_client.get(reverse("candidates:list"), params)
    assert response.status_code == 200
    assert len(response.context["page"].object_list) == min(count, 50)


@pytest.mark.parametrize("count", [10, 60])
def test_list_fragment_queries_do_not_grow(recruiter_client, django_assert_num_queries, count):
    people(count)
    with django_assert_num_queries(LIST_FRAGMENT_QUERIES):
        response = recruiter_client.get(reverse("candidates:list"), {"q": "lyon"}, HTTP_HX_REQUEST="true")
    assert response.status_code == 200
    assert len(response.context["page"].object_list) == min(count, 50)


@pytest.mark.parametrize("count", [10, 60])
def test_api_list_queries_do_not_grow(django_assert_num_queries, count):
    people(count)
    client = APIClient()
    client.force_authenticate(RecruiterFactory())
    with django_assert_num_queries(API_LIST_QUERIES):
        response = client.get(reverse("api:candidate-list"))
    assert response.status_code == 200
