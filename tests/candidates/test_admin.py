from __future__ import annotations

import pytest
from django.urls import reverse

from candidates import services
from candidates.models import Activity, Candidate, CandidateSkill, Consent, Skill, SkillAlias, Tag
from tests.factories import SkillFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def person():
    candidate = services.candidate_create(first_name="Hélène", last_name="Lefèvre", email="h@example.org")
    services.consent_record(
        candidate=candidate, purpose="marketing", legal_basis="consent", text_version="v1", channel="recruiter"
    )
    CandidateSkill.objects.create(candidate=candidate, skill=SkillFactory(), source="parsed")
    return candidate


@pytest.mark.parametrize("model", [Candidate, Skill, Tag, Activity, Consent])
def test_admin_pages_load(admin_client_, person, model):
    info = (model._meta.app_label, model._meta.model_name)
    assert admin_client_.get(reverse("admin:{}_{}_changelist".format(*info))).status_code == 200
    first = model.objects.first()
    if first is not None:
        assert admin_client_.get(reverse("admin:{}_{}_change".format(*info), args=[first.pk])).status_code == 200


def test_ledger_and_timeline_are_read_only(admin_client_, person):
    consent = Consent.objects.get()
    assert admin_client_.get(reverse("admin:candidates_consent_add")).status_code == 403
    assert (
        admin_client_.post(reverse("admin:candidates_consent_delete", args=[consent.pk]), {"post": "yes"}).status_code
        == 403
    )
    assert admin_client_.get(reverse("admin:candidates_activity_add")).status_code == 403
    assert Consent.objects.count() == 1


def test_candidates_are_not_deleted_from_the_admin(admin_client_, person):
    response = admin_client_.post(reverse("admin:candidates_candidate_delete", args=[person.pk]), {"post": "yes"})
    assert response.status_code == 403
    assert Candidate.objects.filter(pk=person.pk).exists()


def test_tag_admin_folds_the_name(admin_client_):
    response = admin_client_.post(reverse("admin:candidates_tag_add"), {"name": "Sénior"})
    assert response.status_code == 302
    assert Tag.objects.get().normalized == "senior"
    again = admin_client_.post(reverse("admin:candidates_tag_add"), {"name": "SENIOR"})
    assert again.status_code == 200 and Tag.objects.count() == 1


def test_skill_alias_inline_is_normalized(admin_client_):
    # Not a slug of the shipped default list (migration 0003 loads it into the test database).
    skill = SkillFactory(slug="test-project-steering", label_en="Project steering", label_fr="Pilotage")
    url = reverse("admin:candidates_skill_change", args=[skill.pk])
    data = {
        "slug": skill.slug,
        "label_en": skill.label_en,
        "label_fr": skill.label_fr,
        "category": "business",
        "is_active": "on",
        "aliases-TOTAL_FORMS": "1",
        "aliases-INITIAL_FORMS": "0",
        "aliases-0-alias": "Gestion de Projét",
        "aliases-0-language": "fr",
    }
    response = admin_client_.post(url, data)
    assert response.status_code == 302, response.context["errors"] if response.context else response
    assert SkillAlias.objects.get(skill=skill).normalized == "gestion de projet"


def test_candidate_admin_normalizes_and_refuses_duplicates(admin_client_, person):
    other = services.candidate_create(first_name="Marc", email="marc@example.org")
    url = reverse("admin:candidates_candidate_change", args=[other.pk])
    data = {
        "first_name": "Marc",
        "email": " Marc@Example.org ",
        "phone": "06 12 34 56 78",
        "links": "[]",
        "other_emails": "",
        "other_phones": "",
        **{
            f"{prefix}-{key}": value
            for prefix in ("skill_links", "languages", "consents", "resumes")
            for key, value in (("TOTAL_FORMS", "0"), ("INITIAL_FORMS", "0"))
        },
    }
    response = admin_client_.post(url, data)
    assert response.status_code == 302, response.context["adminform"].form.errors
    other.refresh_from_db()
    assert (other.email, other.phone) == ("marc@example.org", "+33612345678")
    response = admin_client_.post(url, data | {"email": "H@example.org"})
    assert response.status_code == 200
    other.refresh_from_db()
    assert other.email == "marc@example.org"
