from __future__ import annotations

import pytest
from django.urls import reverse

from accounts.models import AuditAction, AuditLogEntry
from candidates import services
from candidates.models import ActivityKind, Candidate, Consent
from tests.factories import CandidateFactory

pytestmark = pytest.mark.django_db

HTMX = {"HTTP_HX_REQUEST": "true"}


def make(**fields):
    fields.setdefault("first_name", "Hélène")
    fields.setdefault("last_name", "Lefèvre")
    return services.candidate_create(**fields)


def test_list_page(recruiter_client):
    make(email="helene@example.org")
    response = recruiter_client.get(reverse("candidates:list"))
    assert response.status_code == 200
    content = response.content.decode()
    assert "<html" in content
    assert "Lefèvre" in content
    assert 'hx-trigger="input changed delay:300ms, search"' in content
    assert "<caption>" in content


def test_list_htmx_returns_the_fragment(recruiter_client):
    make(email="helene@example.org")
    make(first_name="Marc", last_name="Dupont", email="marc@example.org")
    response = recruiter_client.get(reverse("candidates:list"), {"q": "lefevre"}, **HTMX)
    assert response.status_code == 200
    content = response.content.decode()
    assert "<html" not in content
    assert "Lefèvre" in content and "Dupont" not in content
    assert "HX-Request" in response["Vary"]
    assert response.templates[0].name == "candidates/partials/_candidate_rows.html"


def test_list_boosted_or_history_restore_gets_the_whole_page(recruiter_client):
    response = recruiter_client.get(reverse("candidates:list"), HTTP_HX_REQUEST="true", HTTP_HX_BOOSTED="true")
    assert "<html" in response.content.decode()
    response = recruiter_client.get(
        reverse("candidates:list"), HTTP_HX_REQUEST="true", HTTP_HX_HISTORY_RESTORE_REQUEST="true"
    )
    assert "<html" in response.content.decode()


def test_list_paginates_by_50_and_keeps_filters(recruiter_client):
    CandidateFactory.create_batch(51, source="Indeed")
    response = recruiter_client.get(reverse("candidates:list"), {"source": "indeed", "sort": "name"})
    page = response.context["page"]
    assert page.paginator.count == 51 and len(page.object_list) == 50
    assert "source=indeed&amp;sort=name&amp;page=2" in response.content.decode()
    second = recruiter_client.get(reverse("candidates:list"), {"source": "indeed", "page": 2})
    assert len(second.context["page"].object_list) == 1


def test_list_sorts_by_name(recruiter_client):
    CandidateFactory(first_name="A", last_name="Zola")
    CandidateFactory(first_name="B", last_name="Agnès")
    response = recruiter_client.get(reverse("candidates:list"), {"sort": "-name"})
    assert [c.last_name for c in response.context["page"].object_list] == ["Zola", "Agnès"]
    assert 'aria-sort="descending"' in response.content.decode()


def test_detail_writes_an_audit_entry(recruiter_client, recruiter):
    candidate = make(email="helene@example.org")
    services.consent_record(
        candidate=candidate, purpose="talent_pool", legal_basis="consent", text_version="pool-v1", channel="career_site"
    )
    services.note_add(candidate=candidate, author=recruiter, text="Très motivée")
    response = recruiter_client.get(reverse("candidates:detail", args=[candidate.pk]))
    assert response.status_code == 200
    content = response.content.decode()
    assert "Très motivée" in content and "pool-v1" in content
    entry = AuditLogEntry.objects.get(action=AuditAction.PERSONAL_DATA_VIEWED)
    assert (entry.actor, entry.target_type, entry.target_id) == (recruiter, "candidates.candidate", str(candidate.pk))
    assert entry.ip_address == "127.0.0.1"


def test_detail_of_missing_person_is_404(recruiter_client):
    assert recruiter_client.get(reverse("candidates:detail", args=[999_999])).status_code == 404
    assert not AuditLogEntry.objects.filter(action=AuditAction.PERSONAL_DATA_VIEWED).exists()


def test_note_add_with_htmx_returns_form_and_timeline_item(recruiter_client, recruiter):
    candidate = make()
    response = recruiter_client.post(
        reverse("candidates:note_add", args=[candidate.pk]), {"text": "À rappeler"}, **HTMX
    )
    assert response.status_code == 200
    content = response.content.decode()
    assert 'id="note-form"' in content
    assert 'hx-swap-oob="afterbegin:#timeline"' in content and "À rappeler" in content
    note = candidate.activities.get(kind=ActivityKind.NOTE)
    assert note.actor == recruiter and note.payload == {"text": "À rappeler"}


def test_empty_note_shows_the_error_and_writes_nothing(recruiter_client):
    candidate = make()
    response = recruiter_client.post(reverse("candidates:note_add", args=[candidate.pk]), {"text": "  "}, **HTMX)
    assert response.status_code == 200
    assert 'aria-invalid="true"' in response.content.decode()
    assert "hx-swap-oob" not in response.content.decode()
    assert not candidate.activities.filter(kind=ActivityKind.NOTE).exists()


def test_note_add_without_htmx_redirects(recruiter_client):
    candidate = make()
    response = recruiter_client.post(reverse("candidates:note_add", args=[candidate.pk]), {"text": "Hello"})
    assert response.status_code == 302 and response.url == reverse("candidates:detail", args=[candidate.pk])


def test_edit_saves_and_audits(recruiter_client, recruiter):
    candidate = make(email="helene@example.org", country="FR")
    url = reverse("candidates:edit", args=[candidate.pk])
    assert recruiter_client.get(url).status_code == 200
    data = {"first_name": "Hélène", "last_name": "Lefèvre", "email": "helene@example.org", "country": "FR"}
    data |= {"phone": "06 12 34 56 78", "links": "https://example.org/helene", "city": "Nantes"}
    response = recruiter_client.post(url, data)
    assert response.status_code == 302
    candidate.refresh_from_db()
    assert (candidate.phone, candidate.city) == ("+33612345678", "Nantes")
    assert candidate.links == [{"label": "", "url": "https://example.org/helene"}]
    entry = AuditLogEntry.objects.get(action=AuditAction.PERSONAL_DATA_CHANGED)
    assert set(entry.details["fields"]) == {"phone", "links", "city"}


def test_edit_refuses_a_duplicate_with_the_error_next_to_the_field(recruiter_client):
    other = make(first_name="Marc", last_name="Dupont", email="marc@example.org")
    candidate = make(email="helene@example.org")
    url = reverse("candidates:edit", args=[candidate.pk])
    response = recruiter_client.post(url, {"first_name": "Hélène", "email": "MARC@example.org"})
    assert response.status_code == 200
    # The interface speaks French by default.
    assert response.context["form"].errors["email"] == ["Un candidat avec cette adresse e-mail existe déjà."]
    content = response.content.decode()
    assert 'id="id_email_error"' in content
    assert reverse("candidates:detail", args=[other.pk]) in content
    candidate.refresh_from_db()
    assert candidate.email == "helene@example.org"


def test_create_warns_about_a_likely_duplicate(recruiter_client):
    existing = make(phone="+33612345678")
    response = recruiter_client.post(
        reverse("candidates:create"), {"first_name": "H.", "last_name": "Lefevre", "phone": "06 12 34 56 78"}
    )
    assert response.status_code == 200
    assert "phone" in response.context["form"].errors
    assert response.context["duplicate"] == existing
    assert reverse("candidates:detail", args=[existing.pk]) in response.content.decode()
    assert Candidate.objects.count() == 1


def test_create(recruiter_client, recruiter):
    response = recruiter_client.post(
        reverse("candidates:create"),
        {"first_name": "Jeanne", "last_name": "Moreau", "email": "JEANNE@example.org", "country": "fr"},
    )
    candidate = Candidate.objects.get()
    assert response.status_code == 302 and response.url == reverse("candidates:detail", args=[candidate.pk])
    assert candidate.email == "jeanne@example.org" and candidate.country == "FR"
    assert candidate.activities.get(kind=ActivityKind.CREATED).actor == recruiter


def test_tag_add_and_remove(recruiter_client):
    candidate = make()
    response = recruiter_client.post(reverse("candidates:tag_add", args=[candidate.pk]), {"name": "Sénior"}, **HTMX)
    assert response.status_code == 200 and 'id="candidate-tags"' in response.content.decode()
    tag = candidate.tags.get()
    assert tag.name == "Sénior"
    response = recruiter_client.post(reverse("candidates:tag_remove", args=[candidate.pk, tag.pk]))
    assert response.status_code == 302
    assert not candidate.tags.exists()


def test_consent_record_and_withdraw(recruiter_client, recruiter):
    candidate = make()
    response = recruiter_client.post(
        reverse("candidates:consent_record", args=[candidate.pk]),
        {"purpose": "marketing", "legal_basis": "consent", "text_version": "news-v3", "proof": "Phone call"},
    )
    assert response.status_code == 302
    consent = Consent.objects.get()
    assert (consent.channel, consent.recorded_by, consent.proof["note"]) == ("recruiter", recruiter, "Phone call")
    response = recruiter_client.post(
        reverse("candidates:consent_withdraw", args=[candidate.pk, "marketing"]), {"channel": "email"}
    )
    assert response.status_code == 302
    consent.refresh_from_db()
    assert consent.withdrawn_at is not None and consent.withdrawal_channel == "email"


def test_consent_record_without_text_version_records_nothing(recruiter_client):
    candidate = make()
    recruiter_client.post(
        reverse("candidates:consent_record", args=[candidate.pk]), {"purpose": "marketing", "legal_basis": "consent"}
    )
    assert not Consent.objects.exists()


def test_consent_withdraw_unknown_purpose_is_404(recruiter_client):
    candidate = make()
    url = reverse("candidates:consent_withdraw", args=[candidate.pk, "spam"])
    assert recruiter_client.post(url).status_code == 404


@pytest.mark.parametrize(
    ("name", "method", "with_pk"),
    [
        ("candidates:list", "get", False),
        ("candidates:create", "get", False),
        ("candidates:detail", "get", True),
        ("candidates:edit", "get", True),
        ("candidates:note_add", "post", True),
    ],
)
def test_hiring_manager_gets_403(manager_client, name, method, with_pk):
    args = [CandidateFactory().pk] if with_pk else []
    response = getattr(manager_client, method)(reverse(name, args=args))
    assert response.status_code == 403
    assert not AuditLogEntry.objects.filter(action=AuditAction.PERSONAL_DATA_VIEWED).exists()


def test_anonymous_is_sent_to_login(client):
    response = client.get(reverse("candidates:list"))
    assert response.status_code == 302 and reverse("accounts:login") in response.url
