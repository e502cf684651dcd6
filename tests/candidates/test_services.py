from __future__ import annotations

import datetime

import pytest
from django.utils import timezone

from candidates import selectors, services
from candidates.models import Activity, ActivityKind, Candidate, Consent, Tag
from tests.factories import CandidateFactory, RecruiterFactory, TagFactory

pytestmark = pytest.mark.django_db


def make(**fields):
    fields.setdefault("first_name", "Camille")
    fields.setdefault("last_name", "Martin")
    return services.candidate_create(**fields)


# --- Duplicate detection -------------------------------------------------------------------------------------


@pytest.mark.parametrize("typed", ["camille@example.org", "  Camille@Example.ORG ", "CAMILLE@EXAMPLE.ORG"])
def test_create_refuses_same_email_whatever_the_case_and_spaces(typed):
    first = make(email="camille@example.org")
    with pytest.raises(services.CandidateError) as refused:
        make(email=typed)
    assert refused.value.field == "email"
    assert refused.value.duplicate == first
    assert Candidate.objects.count() == 1


@pytest.mark.parametrize("typed", ["06 12 34 56 78", "+33 6 12 34 56 78", "0033612345678", "06.12.34.56.78"])
def test_create_refuses_same_phone_in_other_formats(typed):
    first = make(phone="+33612345678")
    assert first.phone == "+33612345678"
    with pytest.raises(services.CandidateError) as refused:
        make(first_name="Other", phone=typed)
    assert refused.value.field == "phone"
    assert refused.value.duplicate == first
    assert Candidate.objects.count() == 1


def test_duplicate_found_through_other_emails():
    first = CandidateFactory(email="a@example.org", other_emails=["old@example.org"])
    assert selectors.candidate_find_duplicate(email="old@example.org") == first
    assert selectors.candidate_find_duplicate(email="old@example.org", exclude_pk=first.pk) is None


def test_get_or_create_reuses_the_person():
    first, created = services.candidate_get_or_create(email="Lea@Example.org", first_name="Léa")
    again, created_again = services.candidate_get_or_create(email=" lea@example.org", first_name="Someone else")
    by_phone, created_by_phone = services.candidate_get_or_create(phone="06 11 22 33 44", first_name="Léa")
    same_phone, created_same_phone = services.candidate_get_or_create(phone="+33611223344", first_name="Léa")
    assert created and not created_again
    assert again == first
    assert created_by_phone and not created_same_phone
    assert same_phone == by_phone
    assert Candidate.objects.count() == 2
    assert first.activities.filter(kind=ActivityKind.CREATED).count() == 1


def test_create_needs_a_name_or_an_email():
    with pytest.raises(services.CandidateError):
        services.candidate_create(first_name=" ", phone="0612345678")
    assert not Candidate.objects.exists()


# --- Update --------------------------------------------------------------------------------------------------


def test_update_normalizes_and_records_changed_fields():
    recruiter = RecruiterFactory()
    candidate = make(email="camille@example.org")
    updated = services.candidate_update(
        candidate=candidate, actor=recruiter, email=" Camille.M@Example.org ", phone="06 98 76 54 32", city="Lyon"
    )
    assert updated.email == "camille.m@example.org"
    assert updated.phone == "+33698765432"
    activity = candidate.activities.get(kind=ActivityKind.UPDATED)
    assert activity.payload == {"fields": ["city", "email", "phone"]}
    assert activity.actor == recruiter
    assert selectors.candidate_list(user=recruiter, query="lyon").get() == candidate


def test_update_without_change_writes_nothing():
    candidate = make(email="camille@example.org", city="Lyon")
    services.candidate_update(candidate=candidate, email="CAMILLE@example.org", city="Lyon")
    assert not candidate.activities.filter(kind=ActivityKind.UPDATED).exists()


def test_update_refuses_someone_elses_email_and_changes_nothing():
    other = make(email="taken@example.org")
    candidate = make(first_name="Jean", email="jean@example.org")
    with pytest.raises(services.CandidateError) as refused:
        services.candidate_update(candidate=candidate, email="Taken@example.org", city="Paris")
    assert refused.value.field == "email"
    assert refused.value.duplicate == other
    candidate.refresh_from_db()
    assert (candidate.email, candidate.city) == ("jean@example.org", "")
    assert not candidate.activities.filter(kind=ActivityKind.UPDATED).exists()


def test_update_refuses_someone_elses_phone_and_an_invalid_phone():
    make(phone="+33612345678")
    candidate = make(first_name="Jean", email="jean@example.org")
    with pytest.raises(services.CandidateError) as duplicate:
        services.candidate_update(candidate=candidate, phone="06 12 34 56 78")
    assert duplicate.value.field == "phone"
    with pytest.raises(services.CandidateError) as invalid:
        services.candidate_update(candidate=candidate, phone="12")
    assert invalid.value.field == "phone"


def test_update_refuses_unknown_fields():
    candidate = make()
    with pytest.raises(services.CandidateError):
        services.candidate_update(candidate=candidate, anonymized_at=timezone.now())


# --- Notes and timeline --------------------------------------------------------------------------------------


def test_note_add():
    recruiter = RecruiterFactory()
    candidate = make()
    note = services.note_add(candidate=candidate, author=recruiter, text="  Called, available in May. ")
    assert (note.kind, note.actor, note.payload) == (
        ActivityKind.NOTE,
        recruiter,
        {"text": "Called, available in May."},
    )
    with pytest.raises(services.CandidateError):
        services.note_add(candidate=candidate, author=recruiter, text="   ")
    assert candidate.activities.filter(kind=ActivityKind.NOTE).count() == 1


def test_timeline_newest_first_and_last_activity_only_moves_forward():
    candidate = make()
    now = timezone.now()
    services.activity_record(candidate=candidate, kind=ActivityKind.NOTE, occurred_at=now + datetime.timedelta(hours=1))
    # A webhook replayed late: older than what we already know.
    late = services.activity_record(
        candidate=candidate, kind=ActivityKind.EMAIL_OPENED, occurred_at=now - datetime.timedelta(days=2)
    )
    candidate.refresh_from_db()
    assert candidate.last_activity_at == now + datetime.timedelta(hours=1)
    kinds = [activity.kind for activity in selectors.candidate_timeline(candidate=candidate)]
    assert kinds == [ActivityKind.NOTE, ActivityKind.CREATED, ActivityKind.EMAIL_OPENED]
    assert late.occurred_at < candidate.last_activity_at


# --- Consent ledger ------------------------------------------------------------------------------------------


def grant(candidate, purpose="talent_pool", version="pool-v1", **extra):
    return services.consent_record(
        candidate=candidate, purpose=purpose, legal_basis="consent", text_version=version, channel="recruiter", **extra
    )


def test_consent_grant_withdraw_regrant_keeps_history():
    recruiter = RecruiterFactory()
    candidate = make()
    first = grant(candidate, actor=recruiter)
    assert selectors.consent_active(candidate=candidate, purpose="talent_pool")
    assert not selectors.consent_active(candidate=candidate, purpose="marketing")

    assert services.consent_withdraw(candidate=candidate, purpose="talent_pool", channel="email", actor=recruiter) == 1
    assert not selectors.consent_active(candidate=candidate, purpose="talent_pool")
    assert services.consent_withdraw(candidate=candidate, purpose="talent_pool", channel="email") == 0

    second = grant(candidate, version="pool-v2")
    assert selectors.consent_active(candidate=candidate, purpose="talent_pool")

    first.refresh_from_db()
    assert first.withdrawn_at is not None and first.withdrawal_channel == "email"
    assert first.recorded_by == recruiter
    assert Consent.objects.filter(candidate=candidate).count() == 2

    states = {state.purpose: state for state in selectors.candidate_consent_states(candidate=candidate)}
    assert list(states) == ["application", "talent_pool", "marketing"]
    assert states["talent_pool"].active == second
    assert states["talent_pool"].history == [second, first]
    assert states["marketing"].active is None and states["marketing"].history == []

    kinds = list(candidate.activities.order_by("occurred_at", "id").values_list("kind", flat=True))
    assert kinds == ["created", "consent_granted", "consent_withdrawn", "consent_granted"]


def test_expired_consent_is_not_active():
    candidate = make()
    grant(candidate, expires_at=timezone.now() - datetime.timedelta(days=1))
    assert not selectors.consent_active(candidate=candidate, purpose="talent_pool")
    state = selectors.candidate_consent_states(candidate=candidate)[1]
    assert state.active is None and len(state.history) == 1


@pytest.mark.parametrize(
    "overrides",
    [{"purpose": "spam"}, {"legal_basis": "because"}, {"channel": "pigeon"}, {"text_version": "  "}],
)
def test_consent_record_refuses_bad_input(overrides):
    candidate = make()
    arguments = {"purpose": "marketing", "legal_basis": "consent", "text_version": "v1", "channel": "recruiter"}
    with pytest.raises(services.CandidateError):
        services.consent_record(candidate=candidate, **(arguments | overrides))
    assert not Consent.objects.exists()


def test_consent_withdraw_refuses_unknown_purpose():
    with pytest.raises(services.CandidateError):
        services.consent_withdraw(candidate=make(), purpose="spam", channel="recruiter")


# --- Tags ----------------------------------------------------------------------------------------------------


def test_tags_fold_accents_and_case():
    candidate = make()
    added = services.candidate_tag(candidate=candidate, names=["Sénior", "SENIOR", " senior "])
    assert [tag.name for tag in added] == ["Sénior"]
    assert Tag.objects.get().normalized == "senior"
    assert services.candidate_tag(candidate=candidate, names=["senior"]) == []
    assert candidate.activities.filter(kind=ActivityKind.TAGGED).count() == 1


def test_untag_by_any_spelling_keeps_the_tag():
    recruiter = RecruiterFactory()
    candidate = make()
    other = make(first_name="Other", email="other@example.org")
    services.candidate_tag(candidate=candidate, names=["Sénior", "Java"])
    services.candidate_tag(candidate=other, names=["senior"])
    removed = services.candidate_untag(candidate=candidate, names=["SENIOR", "not carried"], actor=recruiter)
    assert [tag.name for tag in removed] == ["Sénior"]
    assert list(candidate.tags.values_list("name", flat=True)) == ["Java"]
    assert list(other.tags.values_list("name", flat=True)) == ["Sénior"]
    activity = candidate.activities.get(kind=ActivityKind.UPDATED)
    assert activity.payload == {"fields": ["tags"], "tags_removed": ["Sénior"]}
    assert services.candidate_untag(candidate=candidate, names=["senior"]) == []
    assert not selectors.candidate_list(user=recruiter, query="senior").filter(pk=candidate.pk).exists()


# --- Search --------------------------------------------------------------------------------------------------


@pytest.fixture
def people():
    recruiter = RecruiterFactory()
    lefevre = make(first_name="Hélène", last_name="Lefèvre", email="helene@example.org", phone="0612345678")
    services.candidate_update(candidate=lefevre, current_title="Chef de projet")
    other = make(first_name="Marc", last_name="Dupont", email="marc@example.org")
    services.candidate_tag(candidate=other, names=["Développeur Python"])
    return recruiter, lefevre, other


@pytest.mark.parametrize("query", ["lefevre", "Lefèvre", "LEFEVRE", "lef", "helene lefevre", "chef de projet"])
def test_search_finds_accented_names_and_titles(people, query):
    recruiter, lefevre, _other = people
    assert list(selectors.candidate_list(user=recruiter, query=query)) == [lefevre]


@pytest.mark.parametrize("query", ["developpeur", "python", "Développeur Python"])
def test_search_finds_by_tag(people, query):
    recruiter, _lefevre, other = people
    assert list(selectors.candidate_list(user=recruiter, query=query)) == [other]


@pytest.mark.parametrize("query", ["06 12 34 56 78", "0612345678", "+33612345678"])
def test_search_finds_by_phone_in_any_format(people, query):
    recruiter, lefevre, _other = people
    assert list(selectors.candidate_list(user=recruiter, query=query)) == [lefevre]


@pytest.mark.parametrize("query", ["'", "&|!", "a:* | b", "\\", "()", "lefevre)'"])
def test_search_survives_query_syntax(people, query):
    recruiter, _lefevre, _other = people
    list(selectors.candidate_list(user=recruiter, query=query))


def test_list_filters(people):
    recruiter, lefevre, other = people
    Candidate.objects.filter(pk=lefevre.pk).update(source="LinkedIn", owner=recruiter)
    tag = TagFactory(name="vip")
    other.tags.add(tag)
    assert list(selectors.candidate_list(user=recruiter, source="linkedin")) == [lefevre]
    assert list(selectors.candidate_list(user=recruiter, owner_id=recruiter.pk)) == [lefevre]
    assert list(selectors.candidate_list(user=recruiter, tag="VIP")) == [other]
    assert list(selectors.candidate_list(user=recruiter, email=" HELENE@example.org")) == [lefevre]
    assert list(selectors.candidate_list(user=recruiter, ordering="name")) == [other, lefevre]
    today = timezone.localdate()
    assert selectors.candidate_list(user=recruiter, created_after=today, created_before=today).count() == 2
    assert not selectors.candidate_list(user=recruiter, created_after=today + datetime.timedelta(days=1)).exists()


def test_hiring_manager_sees_nobody(people, hiring_manager):
    assert not selectors.candidate_list(user=hiring_manager).exists()
    with pytest.raises(Candidate.DoesNotExist):
        selectors.candidate_get(user=hiring_manager, pk=people[1].pk)


def test_activity_count_is_unchanged_by_failed_create():
    make(email="x@example.org")
    before = Activity.objects.count()
    with pytest.raises(services.CandidateError):
        make(email="X@example.org")
    assert Activity.objects.count() == before


def test_language_for_e_mails_is_set_at_creation_and_edited_like_any_field(db):
    from candidates.services import candidate_create, candidate_update

    candidate = candidate_create(first_name="Ana", email="ana@example.org", preferred_language="en")
    assert candidate.preferred_language == "en"
    assert candidate_create(first_name="Bo", email="bo@example.org", preferred_language="xx").preferred_language == ""
    candidate_update(candidate=candidate, preferred_language="fr")
    candidate.refresh_from_db()
    assert candidate.preferred_language == "fr"
