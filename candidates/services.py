"""Every write to the person: create, timeline, consent, tags, search document."""

from __future__ import annotations

import datetime
from collections.abc import Iterable
from typing import Any

from django.contrib.postgres.search import SearchVector
from django.db import transaction
from django.db.models import Value
from django.utils import timezone

from .models import (
    Activity,
    ActivityKind,
    Candidate,
    Consent,
    ConsentChannel,
    ConsentPurpose,
    LegalBasis,
    Tag,
)
from .normalize import fold, normalize_email, normalize_phone
from .selectors import candidate_find_duplicate


class CandidateError(ValueError):
    """A write refused for a reason a person can read."""


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
    owner: Any = None,
    actor: Any = None,
) -> Candidate:
    """Create a person. Refuses when the normalized e-mail or phone already belongs to someone: callers
    that want "find or create" use :func:`candidate_get_or_create`."""
    email = normalize_email(email)
    normalized_phone = normalize_phone(phone, default_region=country or phone_region)
    if not (first_name.strip() or last_name.strip() or email):
        raise CandidateError("A candidate needs at least a name or an e-mail address.")
    if candidate_find_duplicate(email=email, phone=normalized_phone) is not None:
        raise CandidateError("A candidate with this e-mail address or phone number already exists.")
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
    existing = candidate_find_duplicate(
        email=normalize_email(email), phone=normalize_phone(phone, default_region=region), lock=True
    )
    if existing is not None:
        return existing, False
    return candidate_create(email=email, phone=phone, **fields), True


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
    if purpose not in ConsentPurpose.values:
        raise CandidateError(f"Unknown consent purpose: {purpose}")
    if legal_basis not in LegalBasis.values:
        raise CandidateError(f"Unknown legal basis: {legal_basis}")
    if not text_version:
        raise CandidateError("The version of the text the person saw is required.")
    consent = Consent.objects.create(
        candidate=candidate,
        purpose=str(purpose),
        legal_basis=str(legal_basis),
        text_version=text_version,
        channel=str(channel),
        proof=proof or {},
        expires_at=expires_at,
        recorded_by=actor if getattr(actor, "is_authenticated", False) else None,
    )
    activity_record(
        candidate=candidate,
        kind=ActivityKind.CONSENT_GRANTED,
        actor=actor,
        payload={"purpose": consent.purpose, "legal_basis": consent.legal_basis, "text_version": text_version},
    )
    return consent


@transaction.atomic
def consent_withdraw(
    *, candidate: Candidate, purpose: ConsentPurpose | str, channel: ConsentChannel | str, actor: Any = None
) -> int:
    """Withdraw every active grant for this purpose. Returns how many grants were withdrawn (0 is fine:
    withdrawing twice is not an error)."""
    now = timezone.now()
    count = Consent.objects.filter(candidate=candidate, purpose=str(purpose), withdrawn_at__isnull=True).update(
        withdrawn_at=now, withdrawal_channel=str(channel)
    )
    if count:
        activity_record(
            candidate=candidate,
            kind=ActivityKind.CONSENT_WITHDRAWN,
            actor=actor,
            payload={"purpose": str(purpose), "channel": str(channel)},
            occurred_at=now,
        )
    return count


def tag_get_or_create(*, name: str) -> Tag:
    name = " ".join(name.split())
    if not name:
        raise CandidateError("A tag needs a name.")
    tag, _ = Tag.objects.get_or_create(normalized=fold(name)[:60], defaults={"name": name[:60]})
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


def candidate_search_text(candidate: Candidate) -> dict[str, str]:
    """The words a recruiter may search a person by, accent-folded, by weight (A strongest)."""
    skills = " ".join(
        f"{skill.label_fr} {skill.label_en}" for skill in candidate.skills.all()
    )
    tags = " ".join(tag.name for tag in candidate.tags.all())
    resume = candidate.resumes.filter(is_current=True).values_list("text", flat=True).first() or ""
    return {
        "A": fold(f"{candidate.first_name} {candidate.last_name} {candidate.email} {candidate.phone}"),
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
