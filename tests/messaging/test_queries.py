"""Lists cost the same number of queries whatever their length: messages, outbox, templates, the conversation
panel and the API list. Each test counts with few rows, then with many, and the count must not move."""

from __future__ import annotations

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from rest_framework.authtoken.models import Token
from rest_framework.test import APIClient

from tests.factories import CandidateFactory, RecruiterFactory
from tests.messaging.factories import MessageFactory, OutboxEmailFactory, template_make

pytestmark = pytest.mark.django_db

# Session, user, then the page's own queries (count for the paginator, rows).
PAGE_QUERIES = {
    "message_list": 4,
    "outbox": 4,
    "template_list": 3,
    "conversation": 5,
}


def queries(client, url: str, **headers) -> int:
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url, **headers)
    assert response.status_code == 200
    return len(captured)


def test_message_list(recruiter_client, django_assert_num_queries):
    author = RecruiterFactory()
    template = template_make()
    MessageFactory.create_batch(2, created_by=author, template_version=template.current_version)
    url = reverse("messaging:message_list")
    with django_assert_num_queries(PAGE_QUERIES["message_list"]):
        recruiter_client.get(url)
    MessageFactory.create_batch(30, created_by=RecruiterFactory(), template_version=template.current_version)
    MessageFactory.create_batch(10, direction="inbound", status="received")
    with django_assert_num_queries(PAGE_QUERIES["message_list"]):
        recruiter_client.get(url)


def test_outbox_list(recruiter_client, django_assert_num_queries):
    OutboxEmailFactory.create_batch(2)
    with django_assert_num_queries(PAGE_QUERIES["outbox"]):
        recruiter_client.get(reverse("messaging:outbox"))
    OutboxEmailFactory.create_batch(40)
    with django_assert_num_queries(PAGE_QUERIES["outbox"]):
        recruiter_client.get(reverse("messaging:outbox"))


def test_template_list(admin_client_, django_assert_num_queries):
    with django_assert_num_queries(PAGE_QUERIES["template_list"]):
        admin_client_.get(reverse("messaging:template_list"))
    for number in range(15):
        template_make(name=f"Modèle {number}")
    with django_assert_num_queries(PAGE_QUERIES["template_list"]):
        admin_client_.get(reverse("messaging:template_list"))


def test_conversation_panel(recruiter_client, django_assert_num_queries):
    candidate = CandidateFactory()
    template = template_make()
    url = reverse("messaging:conversation", kwargs={"pk": candidate.pk})
    MessageFactory(candidate=candidate, created_by=RecruiterFactory())
    with django_assert_num_queries(PAGE_QUERIES["conversation"]):
        recruiter_client.get(url, HTTP_HX_REQUEST="true")
    for _number in range(20):
        MessageFactory(candidate=candidate, created_by=RecruiterFactory(), template_version=template.current_version)
    replied = MessageFactory(candidate=candidate)
    MessageFactory(candidate=candidate, direction="inbound", status="received", in_reply_to=replied)
    with django_assert_num_queries(PAGE_QUERIES["conversation"]):
        recruiter_client.get(url, HTTP_HX_REQUEST="true")


def test_api_message_list(recruiter):
    client = APIClient()
    client.credentials(HTTP_AUTHORIZATION=f"Token {Token.objects.create(user=recruiter).key}")
    template = template_make()
    MessageFactory.create_batch(2, template_version=template.current_version)
    few = queries(client, reverse("api:message-list"))
    MessageFactory.create_batch(30, template_version=template.current_version, created_by=RecruiterFactory())
    assert queries(client, reverse("api:message-list")) == few


def test_api_template_list(recruiter):
    client = APIClient()
    client.credentials(HTTP_AUTHORIZATION=f"Token {Token.objects.create(user=recruiter).key}")
    few = queries(client, reverse("api:template-list"))
    for number in range(10):
        template_make(name=f"Modèle {number}")
    assert queries(client, reverse("api:template-list")) == few
