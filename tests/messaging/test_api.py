"""/api/v1/templates/ and /api/v1/messages/: read-only, filtered, scoped like the pages, in the OpenAPI schema."""

from __future__ import annotations

import pytest
from django.urls import reverse
from rest_framework.authtoken.models import Token
from rest_framework.test import APIClient

from messaging.models import Template
from tests.factories import CandidateFactory
from tests.messaging.factories import DeliveryEventFactory, MessageFactory, template_make

pytestmark = pytest.mark.django_db

TEMPLATES = reverse("api:template-list")
MESSAGES = reverse("api:message-list")


def client_for(user) -> APIClient:
    client = APIClient()
    client.credentials(HTTP_AUTHORIZATION=f"Token {Token.objects.create(user=user).key}")
    return client


@pytest.fixture
def api(recruiter):
    return client_for(recruiter)


@pytest.fixture
def manager_api(hiring_manager):
    return client_for(hiring_manager)


def test_templates_list_with_current_version_and_purpose_filter(api):
    Template.objects.all().delete()
    acknowledgement = template_make(name="Ack")
    rejection = template_make(name="Refus", purpose="rejection", subject_en="", body_en="")

    body = api.get(TEMPLATES).json()
    assert body["count"] == 2
    row = next(item for item in body["results"] if item["id"] == acknowledgement.pk)
    assert row["purpose"] == "acknowledgement" and row["is_marketing"] is False and row["version_count"] == 1
    assert row["current_version"]["number"] == 1
    assert row["current_version"]["subject_fr"] == "Merci {{ first_name }}"
    assert row["current_version"]["languages"] == ["fr", "en"]
    assert "body_fr" not in row["current_version"]  # bodies only in the detail

    filtered = api.get(TEMPLATES, {"purpose": "rejection"}).json()
    assert [item["id"] for item in filtered["results"]] == [rejection.pk]
    assert api.get(TEMPLATES, {"purpose": "nonsense"}).status_code == 400

    detail = api.get(reverse("api:template-detail", kwargs={"id": rejection.pk})).json()
    assert detail["current_version"]["body_fr"].startswith("<p>Bonjour")
    assert detail["current_version"]["languages"] == ["fr"]


def test_messages_list_filters_and_never_carries_the_html_body(api):
    candidate = CandidateFactory()
    sent = MessageFactory(candidate=candidate, status="sent")
    bounced = MessageFactory(candidate=candidate, status="bounced")
    inbound = MessageFactory(candidate=candidate, status="received", direction="inbound")
    other = MessageFactory(status="sent")

    body = api.get(MESSAGES).json()
    assert {item["id"] for item in body["results"]} == {sent.pk, bounced.pk, inbound.pk, other.pk}
    assert all("body_html" not in item and "body_text" not in item for item in body["results"])

    def ids(**query) -> set[int]:
        return {item["id"] for item in api.get(MESSAGES, query).json()["results"]}

    assert ids(candidate=candidate.pk) == {sent.pk, bounced.pk, inbound.pk}
    assert ids(candidate=candidate.pk, status="bounced") == {bounced.pk}
    assert ids(direction="inbound") == {inbound.pk}
    for bad in ({"status": "lost"}, {"candidate": "x"}, {"candidate": 0}, {"direction": "sideways"}):
        assert api.get(MESSAGES, bad).status_code == 400, bad


def test_message_detail_has_bodies_and_history(api):
    message = MessageFactory(body_html="<p>Bonjour</p>", body_text="Bonjour\n")
    DeliveryEventFactory(message=message, kind="delivered", description="250 OK")
    body = api.get(reverse("api:message-detail", kwargs={"id": message.pk})).json()
    assert body["body_html"] == "<p>Bonjour</p>" and body["body_text"] == "Bonjour\n"
    assert body["candidate"] == message.candidate_id
    assert [(event["kind"], event["description"]) for event in body["events"]] == [("delivered", "250 OK")]


def test_hiring_managers_get_nothing_and_404_for_any_id(manager_api):
    message = MessageFactory()
    template = template_make()
    assert manager_api.get(MESSAGES).json()["count"] == 0
    assert manager_api.get(TEMPLATES).json()["count"] == 0
    assert manager_api.get(reverse("api:message-detail", kwargs={"id": message.pk})).status_code == 404
    assert manager_api.get(reverse("api:template-detail", kwargs={"id": template.pk})).status_code == 404


def test_unknown_ids_are_404_and_anonymous_is_refused(api):
    assert api.get(reverse("api:message-detail", kwargs={"id": 999_999})).status_code == 404
    assert api.get(reverse("api:template-detail", kwargs={"id": 999_999})).status_code == 404
    assert APIClient().get(MESSAGES).status_code == 401
    assert APIClient().get(TEMPLATES).status_code == 401


def test_the_api_is_read_only(api):
    message = MessageFactory()
    assert api.post(MESSAGES, {"subject": "x"}).status_code == 405
    assert api.delete(reverse("api:message-detail", kwargs={"id": message.pk})).status_code == 405


def test_root_links_and_schema_document_the_collections(api, client):
    root = api.get(reverse("api-root")).json()
    assert root["templates"].endswith(TEMPLATES) and root["messages"].endswith(MESSAGES)

    schema = client.get(reverse("api-schema"), {"format": "json"}).json()
    assert {"/api/v1/templates/", "/api/v1/templates/{id}/", "/api/v1/messages/", "/api/v1/messages/{id}/"} <= set(
        schema["paths"]
    )
    parameters = {parameter["name"] for parameter in schema["paths"]["/api/v1/messages/"]["get"]["parameters"]}
    assert {"candidate", "status", "direction", "page"} <= parameters
    listed = schema["components"]["schemas"]["MessageOutput"]["properties"]
    assert "body_html" not in listed and "subject" in listed
    assert "body_html" in schema["components"]["schemas"]["MessageDetailOutput"]["properties"]
    assert "purpose" in {p["name"] for p in schema["paths"]["/api/v1/templates/"]["get"]["parameters"]}
