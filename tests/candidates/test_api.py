from __future__ import annotations

import datetime

import pytest
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone
from rest_framework.authtoken.models import Token
from rest_framework.test import APIClient

from candidates import services
from candidates.models import Candidate, CandidateLanguage, CandidateSkill
from tests.factories import CandidateFactory, HiringManagerFactory, RecruiterFactory, SkillFactory

pytestmark = pytest.mark.django_db

LIST = reverse("api:candidate-list")


def detail(pk):
    return reverse("api:candidate-detail", kwargs={"id": pk})


@pytest.fixture
def api(recruiter):
    client = APIClient()
    client.credentials(HTTP_AUTHORIZATION=f"Token {Token.objects.create(user=recruiter).key}")
    return client


def test_token_from_the_management_command_authenticates(recruiter):
    call_command("drf_create_token", recruiter.email, verbosity=0)
    client = APIClient()
    client.credentials(HTTP_AUTHORIZATION=f"Token {Token.objects.get(user=recruiter).key}")
    assert client.get(LIST).status_code == 200


@pytest.mark.parametrize("url", [LIST, reverse("api-root")])
def test_anonymous_is_refused(url):
    assert APIClient().get(url).status_code in (401, 403)


def test_wrong_token_is_refused():
    client = APIClient()
    client.credentials(HTTP_AUTHORIZATION="Token not-a-token")
    assert client.get(LIST).status_code in (401, 403)


def test_list_and_pagination(api):
    CandidateFactory.create_batch(55)
    body = api.get(LIST).json()
    assert body["count"] == 55 and len(body["results"]) == 50 and body["next"]
    assert set(body["results"][0]) >= {"id", "full_name", "email", "tags", "created_at", "last_activity_at"}
    second = api.get(LIST, {"page": 2}).json()
    assert len(second["results"]) == 5 and second["next"] is None
    assert len(api.get(LIST, {"page_size": 10}).json()["results"]) == 10
    assert api.get(LIST, {"page": 99}).status_code == 404


def test_list_filters(api, recruiter):
    lefevre = services.candidate_create(
        first_name="Hélène", last_name="Lefèvre", email="h@example.org", source="Indeed"
    )
    services.candidate_tag(candidate=lefevre, names=["Sénior"])
    Candidate.objects.filter(pk=lefevre.pk).update(owner=recruiter)
    old = CandidateFactory(last_name="Ancien", created_at=timezone.now() - datetime.timedelta(days=30))
    CandidateFactory(last_name="Autre")

    def ids(**params):
        response = api.get(LIST, params)
        assert response.status_code == 200, response.content
        return [row["id"] for row in response.json()["results"]]

    assert ids(q="lefevre") == [lefevre.pk]
    assert ids(tag="senior") == [lefevre.pk]
    assert ids(source="indeed") == [lefevre.pk]
    assert ids(owner=recruiter.pk) == [lefevre.pk]
    assert ids(email="H@EXAMPLE.ORG") == [lefevre.pk]
    before = (timezone.localdate() - datetime.timedelta(days=10)).isoformat()
    assert ids(created_before=before) == [old.pk]
    assert old.pk not in ids(created_after=before)
    assert ids(ordering="name")[0] == old.pk


@pytest.mark.parametrize(
    "params", [{"created_after": "yesterday"}, {"owner": "me"}, {"ordering": "salary"}, {"q": "x" * 201}]
)
def test_invalid_filters_answer_400(api, params):
    assert api.get(LIST, params).status_code == 400


def test_detail_is_nested_and_read_only(api):
    candidate = services.candidate_create(first_name="Hélène", last_name="Lefèvre", email="h@example.org")
    services.candidate_tag(candidate=candidate, names=["Java"])
    CandidateSkill.objects.create(candidate=candidate, skill=SkillFactory(slug="python"), source="parsed", years=3)
    CandidateLanguage.objects.create(candidate=candidate, language="en", level="C1")
    services.consent_record(
        candidate=candidate, purpose="talent_pool", legal_basis="consent", text_version="pool-v1", channel="api"
    )
    body = api.get(detail(candidate.pk)).json()
    assert body["tags"] == ["Java"]
    assert body["skills"] == [
        {
            "slug": "python",
            "label_en": body["skills"][0]["label_en"],
            "label_fr": body["skills"][0]["label_fr"],
            "source": "parsed",
            "years": "3.0",
        }
    ]
    assert body["languages"] == [{"language": "en", "level": "C1", "source": "declared"}]
    consents = {row["purpose"]: row for row in body["consents"]}
    assert consents["talent_pool"]["active"] is True and consents["talent_pool"]["text_version"] == "pool-v1"
    assert consents["marketing"] == {
        "purpose": "marketing",
        "active": False,
        "legal_basis": None,
        "text_version": None,
        "channel": None,
        "granted_at": None,
        "expires_at": None,
        "grants": 0,
    }
    assert api.put(detail(candidate.pk), {}).status_code == 405
    assert api.post(LIST, {}).status_code == 405


def test_detail_of_missing_person_is_404(api):
    assert api.get(detail(10**6)).status_code == 404
    assert api.get(detail(2**70)).status_code == 404


def test_hiring_manager_gets_nothing():
    candidate = CandidateFactory()
    client = APIClient()
    client.force_authenticate(HiringManagerFactory())
    response = client.get(LIST)
    assert response.status_code == 200 and response.json()["count"] == 0
    assert client.get(detail(candidate.pk)).status_code == 404


def test_session_authentication_works_too(client):
    client.force_login(RecruiterFactory())
    CandidateFactory()
    assert client.get(LIST).json()["count"] == 1


def test_schema_documents_the_filters(client):
    response = client.get(reverse("api-schema"), {"format": "json"})
    assert response.status_code == 200
    operation = response.json()["paths"]["/api/v1/candidates/"]["get"]
    names = {parameter["name"] for parameter in operation["parameters"]}
    assert names >= {"q", "tag", "source", "owner", "created_after", "created_before", "email", "page", "page_size"}
