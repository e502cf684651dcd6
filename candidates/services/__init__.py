"""Every write to the person: create, timeline, consent, tags, search document."""

from __future__ import annotations

import datetime
from collections.abc import Iterable
from typing import Any

import phonenumbers
from django.conf import settings
from django.contrib.postgres.search import SearchVector
from django.db import connection, transaction
from django.db.models import Value
from django.utils import timezone
from django.utils.translation import gettext as _

from ..models import (
    Activity,
    ActivityKind,
    Candidate,
    Consent,
    ConsentChannel,
    ConsentPurpose,
    LegalBasis,
    Tag,
)
from ..normalize import fold, normalize_email, normalize_phone
from ..selectors import candidate_find_duplicate

NOTE_MAX_LENGTH = 10_000


class CandidateError(ValueError):
    """A write refused for a reason a person can read. ``field`` names the input at fault (a form shows the
    message next to it); ``duplicate`` is the person who already owns an e-mail address or phone number."""

    def __init__(self, message: str, *, field: str = "", duplicate: Candidate | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.field = field
        self.duplicate = duplicate


def _lock_identity(*, email: str, phone: str) -> None:
    """Serialize writers of the same e-mail or phone until commit, so two applications arriving at once cannot
    both miss each other in the duplicate check and create the same person twice (a row lock cannot help:
    there is no row yet). Keys are taken in sorted order so two writers never wait on each other in a cycle."""
    keys = sorted(f"candidate-identity:{key}" for key in (email, phone) if key)
    if not keys:
        return
    with connection.cursor() as cursor:
        for key in keys:
            cursor.execute("SELECT pg_advisory_xact_lock(hashtextextended(%s, 0))", [key])


def _duplicate_error(duplicate: Candidate, *, email: str) -> CandidateError:
    if email and (duplicate.email == email or email in duplicate.other_emails):
        return CandidateError(
            _("A candidate with this e-mail address already exists."), field="email", duplicate=duplicate
        )
    return CandidateError(_("A candidate with this phone number already exists."), field="phone", duplicate=duplicate)


def activity_record(
    *,
    candidate: Candidate,
    kind: ActivityKind | str,
    actor: Any = None,
    payload: dict[str, Any] | None = None,
    occurred_at: datetime.datetime | None = None,
) -> Activity:
    """Append one touchpoint to the candidate's timeline and move ``last_activity_at`` forward."""
    moment = occurred_at or timezone.now()
    activity = Activity.objects.create(
        candidate=candidate,
        kind=str(kind),
        actor=actor if getattr(actor, "is_authenticated", False) else None,
        payload=payload or {},
        occurred_at=moment,
    )
    # Only ever forward, even when an older event arrives late (a webhook replayed hours later).
    Candidate.objects.filter(pk=candidate.pk).exclude(last_activity_at__gte=moment).update(last_activity_at=moment)
    return activity


def activities_record_bulk(
    *,
    entries: Iterable[tuple[int, ActivityKind | str, int | None, dict[str, Any]]],
    occurred_at: datetime.datetime | None = None,
) -> int:
    """Append many touchpoints at once (candidate id, kind, actor id, payload): a campaign step or a batch of
    sent e-mails writes its timeline in two queries, not two per person."""
    moment = occurred_at or timezone.now()
    rows = [
        Activity(candidate_id=candidate_id, kind=str(kind), actor_id=actor_id, payload=payload, occurred_at=moment)
        for candidate_id, kind, actor_id, payload in entries
    ]
    if not rows:
        return 0
    Activity.objects.bulk_create(rows, batch_size=1000)
    Candidate.objects.filter(pk__in={row.candidate_id for row in rows}).exclude(last_activity_at__gte=moment).update(
        last_activity_at=moment
    )
    return len(rows)


@transaction.atomic
def candidate_create(
    *,
    first_name: str = "",
    last_name: str = "",
    email: str = "",
    phone: str = "",
    phone_region: str = "FR",
    city: str = "",
    country: str = "",
    headline: str = "",
    current_title: str = "",
    current_employer: str = "",
    source: str = "",
    source_medium: str = "",
    source_campaign: str = "",
    preferred_language: str = "",
    owner: Any = None,
    actor: Any = None,
) -> Candidate:
    """Create a person. Refuses when the normalized e-mail or phone already belongs to someone: callers
    that want "find or create" use :func:`candidate_get_or_create`."""
    email = normalize_email(email)
    normalized_phone = normalize_phone(phone, default_region=country or phone_region)
    if not (first_name.strip() or last_name.strip() or email):
        raise CandidateError(_("A candidate needs at least a name or an e-mail address."))
    _lock_identity(email=email, phone=normalized_phone)
    duplicate = candidate_find_duplicate(email=email, phone=normalized_phone)
    if duplicate is not None:
        raise _duplicate_error(duplicate, email=email)
    candidate = Candidate.objects.create(
        first_name=first_name.strip(),
        last_name=last_name.strip(),
        email=email,
        phone=normalized_phone,
        city=city.strip(),
        country=country.strip().upper()[:2],
        headline=headline.strip(),
        current_title=current_title.strip(),
        current_employer=current_employer.strip(),
        source=source.strip(),
        source_medium=source_medium.strip(),
        source_campaign=source_campaign.strip(),
        preferred_language=preferred_language if preferred_language in dict(settings.LANGUAGES) else "",
        owner=owner,
    )
    activity_record(candidate=candidate, kind=ActivityKind.CREATED, actor=actor, payload={"source": candidate.source})
    candidate_refresh_search_document(candidate=candidate)
    return candidate


@transaction.atomic
def candidate_get_or_create(*, email: str = "", phone: str = "", **fields: Any) -> tuple[Candidate, bool]:
    """Find the person by normalized e-mail, then phone; create them when nobody matches. The row of a match
    is locked so two applications arriving at once cannot both create the same person."""
    region = fields.get("country") or fields.get("phone_region") or "FR"
    normalized_email = normalize_email(email)
    normalized_phone = normalize_phone(phone, default_region=region)
    _lock_identity(email=normalized_email, phone=normalized_phone)
    existing = candidate_find_duplicate(email=normalized_email, phone=normalized_phone, lock=True)
    if existing is not None:
        return existing, False
    return candidate_create(email=email, phone=phone, **fields), True


# What a person may change on a profile through candidate_update. Identity keys (email, phone) are normalized
# and checked for duplicates; the rest is stored as given (text trimmed).
UPDATABLE_FIELDS = frozenset(
    {
        "first_name",
        "last_name",
        "email",
        "phone",
        "city",
        "country",
        "headline",
        "preferred_language",
        "current_title",
        "current_employer",
        "years_experience",
        "links",
        "source",
        "source_medium",
        "source_campaign",
        "owner",
        "do_not_contact",
    }
)


@transaction.atomic
def candidate_update(*, candidate: Candidate, actor: Any = None, **fields: Any) -> Candidate:
    """Change profile fields. E-mail and phone are normalized (the phone in the candidate's country, France by
    default); an e-mail or phone that belongs to someone else is refused. Records an UPDATED activity naming
    the fields that really changed (none: nothing is written) and refreshes the search document. Returns the
    saved candidate (a fresh, locked copy: the instance passed in is left as it was)."""
    unknown = set(fields) - UPDATABLE_FIELDS
    if unknown:
        raise CandidateError(f"Unknown candidate fields: {', '.join(sorted(unknown))}")
    locked = Candidate.objects.select_for_update().get(pk=candidate.pk)
    values = dict(fields)
    for name, value in values.items():
        if isinstance(value, str):
            values[name] = value.strip()
    if "country" in values:
        values["country"] = (values["country"] or "").upper()[:2]
    if "email" in values:
        values["email"] = normalize_email(values["email"])
    if "phone" in values:
        raw_phone = values["phone"] or ""
        region = values.get("country", locked.country) or "FR"
        values["phone"] = normalize_phone(raw_phone, default_region=region)
        if raw_phone and not values["phone"]:
            raise CandidateError(_("This phone number is not valid."), field="phone")
    if "owner" in values and not (values["owner"] is None or getattr(values["owner"], "pk", None)):
        raise CandidateError("The owner must be a user or None.", field="owner")

    if not any(values.get(name, getattr(locked, name)) for name in ("first_name", "last_name", "email")):
        raise CandidateError(_("A candidate needs at least a name or an e-mail address."))

    changed = [name for name in sorted(values) if getattr(locked, name) != values[name]]
    if not changed:
        return locked
    new_email = values["email"] if "email" in changed else ""
    new_phone = values["phone"] if "phone" in changed else ""
    if new_email or new_phone:
        _lock_identity(email=new_email, phone=new_phone)
        duplicate = candidate_find_duplicate(email=new_email, phone=new_phone, exclude_pk=locked.pk)
        if duplicate is not None:
            raise _duplicate_error(duplicate, email=new_email)
    for name in changed:
        setattr(locked, name, values[name])
    locked.save(update_fields=[*changed, "updated_at"])
    activity_record(candidate=locked, kind=ActivityKind.UPDATED, actor=actor, payload={"fields": changed})
    candidate_refresh_search_document(candidate=locked)
    return locked


@transaction.atomic
def note_add(*, candidate: Candidate, author: Any, text: str) -> Activity:
    """A recruiter's note on the timeline."""
    text = text.strip()
    if not text:
        raise CandidateError(_("A note cannot be empty."), field="text")
    if len(text) > NOTE_MAX_LENGTH:
        raise CandidateError(_("A note is limited to %(limit)d characters.") % {"limit": NOTE_MAX_LENGTH}, field="text")
    return activity_record(candidate=candidate, kind=ActivityKind.NOTE, actor=author, payload={"text": text})


def _choice(value: str, allowed: list[str], message: str, field: str) -> str:
    value = str(value)
    if value not in allowed:
        raise CandidateError(message % {"value": value}, field=field)
    return value


@transaction.atomic
def consent_record(
    *,
    candidate: Candidate,
    purpose: ConsentPurpose | str,
    legal_basis: LegalBasis | str,
    text_version: str,
    channel: ConsentChannel | str,
    proof: dict[str, Any] | None = None,
    expires_at: datetime.datetime | None = None,
    actor: Any = None,
) -> Consent:
    """Add a grant to the consent ledger (previous grants stay as they were: the ledger is history)."""
    purpose = _choice(purpose, ConsentPurpose.values, "Unknown consent purpose: %(value)s", "purpose")
    legal_basis = _choice(legal_basis, LegalBasis.values, "Unknown legal basis: %(value)s", "legal_basis")
    channel = _choice(channel, ConsentChannel.values, "Unknown consent channel: %(value)s", "channel")
    text_version = (text_version or "").strip()
    if not text_version:
        raise CandidateError(_("The version of the text the person saw is required."), field="text_version")
    consent = Consent.objects.create(
        candidate=candidate,
        purpose=purpose,
        legal_basis=legal_basis,
        text_version=text_version,
        channel=channel,
        proof=proof or {},
        expires_at=expires_at,
        recorded_by=actor if getattr(actor, "is_authenticated", False) else None,
    )
    activity_record(
        candidate=candidate,
        kind=ActivityKind.CONSENT_GRANTED,
        actor=actor,
        payload={"purpose": consent.purpose, "legal_basis": consent.legal_basis, "text_version": text_version},
        occurred_at=consent.granted_at,
    )
    return consent


@transaction.atomic
def consent_withdraw(
    *, candidate: Candidate, purpose: ConsentPurpose | str, channel: ConsentChannel | str, actor: Any = None
) -> int:
    """Withdraw every active grant for this purpose. Returns how many grants were withdrawn (0 is fine:
    withdrawing twice is not an error)."""
    purpose = _choice(purpose, ConsentPurpose.values, "Unknown consent purpose: %(value)s", "purpose")
    channel = _choice(channel, ConsentChannel.values, "Unknown consent channel: %(value)s", "channel")
    now = timezone.now()
    count = Consent.objects.filter(candidate=candidate, purpose=purpose, withdrawn_at__isnull=True).update(
        withdrawn_at=now, withdrawal_channel=channel
    )
    if count:
        activity_record(
            candidate=candidate,
            kind=ActivityKind.CONSENT_WITHDRAWN,
            actor=actor,
            payload={"purpose": purpose, "channel": channel},
            occurred_at=now,
        )
    return count


def tag_get_or_create(*, name: str) -> Tag:
    name = " ".join(name.split())[:60]
    normalized = fold(name)[:60]
    if not normalized:
        raise CandidateError(_("A tag needs a name."), field="name")
    tag, _created = Tag.objects.get_or_create(normalized=normalized, defaults={"name": name})
    return tag


@transaction.atomic
def candidate_tag(*, candidate: Candidate, names: Iterable[str], actor: Any = None) -> list[Tag]:
    added = []
    for name in names:
        tag = tag_get_or_create(name=name)
        if not candidate.tags.filter(pk=tag.pk).exists():
            candidate.tags.add(tag)
            added.append(tag)
    if added:
        activity_record(
            candidate=candidate, kind=ActivityKind.TAGGED, actor=actor, payload={"tags": [t.name for t in added]}
        )
        candidate_refresh_search_document(candidate=candidate)
    return added


@transaction.atomic
def candidate_untag(*, candidate: Candidate, names: Iterable[str], actor: Any = None) -> list[Tag]:
    """Remove tags by name (folded like :func:`tag_get_or_create`: "Sénior" removes "senior"). Tags the
    person does not carry are ignored. The tag itself stays: other people may carry it."""
    folded = {fold(" ".join(name.split()))[:60] for name in names} - {""}
    removed = list(candidate.tags.filter(normalized__in=folded).order_by("name"))
    if removed:
        candidate.tags.remove(*removed)
        # No kind of its own: the timeline shows it as a profile change (payload "tags_removed").
        activity_record(
            candidate=candidate,
            kind=ActivityKind.UPDATED,
            actor=actor,
            payload={"fields": ["tags"], "tags_removed": [tag.name for tag in removed]},
        )
        candidate_refresh_search_document(candidate=candidate)
    return removed


def _phone_national_digits(phone: str) -> str:
    """ "+33612345678" → "0612345678": how people type a number they search for."""
    if not phone:
        return ""
    try:
        number = phonenumbers.parse(phone, None)
    except phonenumbers.NumberParseException:
        return ""
    national = phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.NATIONAL)
    return "".join(character for character in national if character.isdigit())


def candidate_search_text(candidate: Candidate) -> dict[str, str]:
    """The words a recruiter may search a person by, accent-folded, by weight (A strongest)."""
    skills = " ".join(f"{skill.label_fr} {skill.label_en}" for skill in candidate.skills.all())
    tags = " ".join(tag.name for tag in candidate.tags.all())
    resume = candidate.resumes.filter(is_current=True).values_list("text", flat=True).first() or ""
    phone = f"{candidate.phone} {_phone_national_digits(candidate.phone)}"
    return {
        "A": fold(f"{candidate.first_name} {candidate.last_name} {candidate.email} {phone}"),
        "B": fold(f"{candidate.current_title} {candidate.headline} {skills} {tags}"),
        "C": fold(f"{candidate.current_employer} {candidate.city}"),
        "D": fold(resume[:200_000]),
    }


def candidate_refresh_search_document(*, candidate: Candidate) -> None:
    parts = candidate_search_text(candidate)
    vector = (
        SearchVector(Value(parts["A"]), config="simple", weight="A")
        + SearchVector(Value(parts["B"]), config="simple", weight="B")
        + SearchVector(Value(parts["C"]), config="simple", weight="C")
        + SearchVector(Value(parts["D"]), config="simple", weight="D")
    )
    Candidate.objects.filter(pk=candidate.pk).update(search_document=vector)
