"""Every non-trivial read of people. Scoped by the requesting user's rights."""

from __future__ import annotations

import datetime
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from django.contrib.postgres.search import SearchQuery, SearchRank
from django.db.models import F, Prefetch, Q, QuerySet
from django.utils import timezone

from accounts.models import Role

from .models import Activity, Candidate, CandidateSkill, Consent, ConsentPurpose, Resume
from .normalize import fold, normalize_email, normalize_phone, parsed_links, web_address

# Sort keys a list may ask for, by the order_by() they mean. Ties break on id so pages never overlap.
CANDIDATE_ORDERINGS: dict[str, tuple[Any, ...]] = {
    "name": ("last_name", "first_name", "id"),
    "-name": ("-last_name", "-first_name", "-id"),
    "created": ("created_at", "id"),
    "-created": ("-created_at", "-id"),
    "last_activity": (F("last_activity_at").asc(nulls_first=True), "id"),
    "-last_activity": (F("last_activity_at").desc(nulls_last=True), "-id"),
}

# A search word: starts with a letter or digit, may hold the characters of e-mails and phone numbers. Everything
# else (tsquery operators, quotes, backslashes) is dropped, so user input can never change the query's shape.
_SEARCH_WORD = re.compile(r"\w[\w.@+-]*")
_PHONE_LIKE = re.compile(r"^\+?[\d\s().-]{6,}$")
_MAX_SEARCH_WORDS = 12


def candidate_find_duplicate(
    *, email: str = "", phone: str = "", lock: bool = False, exclude_pk: int | None = None
) -> Candidate | None:
    """The person who already owns this normalized e-mail (first) or E.164 phone (then), if any."""
    queryset = Candidate.objects.filter(anonymized_at__isnull=True).order_by("created_at", "id")
    if exclude_pk is not None:
        queryset = queryset.exclude(pk=exclude_pk)
    if lock:
        queryset = queryset.select_for_update()
    if email:
        found = queryset.filter(Q(email=email) | Q(other_emails__contains=[email])).first()
        if found is not None:
            return found
    if phone:
        return queryset.filter(Q(phone=phone) | Q(other_phones__contains=[phone])).first()
    return None


def candidates_visible_to(user: Any) -> QuerySet[Candidate]:
    """Recruiters and admins see every person. Hiring managers reach people only through the jobs they
    hire for (ats), never through the candidate database."""
    if not user.is_authenticated or not user.is_active:
        return Candidate.objects.none()
    if user.is_superuser or user.role in (Role.ADMIN, Role.RECRUITER):
        return Candidate.objects.all()
    return Candidate.objects.none()


def candidate_search_query(text: str) -> SearchQuery | None:
    """A prefix query over the stored search document ("lef" finds "Lefèvre" while the recruiter types), or
    None when the text holds no searchable word. Words are folded like the document (no unaccent)."""
    words = _SEARCH_WORD.findall(fold(text))[:_MAX_SEARCH_WORDS]
    if not words:
        return None
    raw = " & ".join(f"'{word}':*" for word in words)
    return SearchQuery(raw, config="simple", search_type="raw")


def candidate_list(
    *,
    user: Any,
    query: str = "",
    tag: str = "",
    skill: str = "",
    source: str = "",
    owner_id: int | None = None,
    created_after: datetime.date | None = None,
    created_before: datetime.date | None = None,
    include_anonymized: bool = False,
    email: str = "",
    ordering: str = "",
) -> QuerySet[Candidate]:
    """People the user may see, filtered. With a query and no explicit ``ordering``, best matches come first;
    otherwise newest first. Unknown ``ordering`` values are ignored."""
    queryset = candidates_visible_to(user).select_related("owner").prefetch_related("tags")
    if not include_anonymized:
        queryset = queryset.filter(anonymized_at__isnull=True)
    default_order: tuple[Any, ...] = CANDIDATE_ORDERINGS["-created"]
    if query.strip():
        search = candidate_search_query(query)
        matches = Q(search_document=search) if search is not None else Q(pk__in=[])
        # A phone number typed in any format ("06 12 34 56 78") finds its owner, which words alone cannot.
        if _PHONE_LIKE.match(query.strip()):
            phone = normalize_phone(query)
            if phone:
                matches |= Q(phone=phone) | Q(other_phones__contains=[phone])
        queryset = queryset.filter(matches)
        if search is not None:
            queryset = queryset.annotate(rank=SearchRank(F("search_document"), search))
            default_order = ("-rank", "-created_at", "-id")
    if email.strip():
        normalized = normalize_email(email)
        queryset = queryset.filter(Q(email=normalized) | Q(other_emails__contains=[normalized]))
    if tag:
        queryset = queryset.filter(tags__normalized=fold(tag))
    if skill:
        queryset = queryset.filter(skills__slug=skill)
    if source:
        queryset = queryset.filter(source__iexact=source)
    if owner_id:
        queryset = queryset.filter(owner_id=owner_id)
    if created_after:
        queryset = queryset.filter(created_at__date__gte=created_after)
    if created_before:
        queryset = queryset.filter(created_at__date__lte=created_before)
    queryset = queryset.order_by(*CANDIDATE_ORDERINGS.get(ordering, default_order))
    return queryset.distinct() if (tag or skill) else queryset


def candidate_get(*, user: Any, pk: int) -> Candidate:
    """One person the user may see, or Candidate.DoesNotExist (a 404, never a 403 that confirms existence)."""
    return candidates_visible_to(user).select_related("owner").prefetch_related("tags").get(pk=pk)


def candidate_profile(*, user: Any, pk: int) -> Candidate:
    """Like :func:`candidate_get`, with everything a profile shows fetched once: tags, skills (with their
    source, as ``skill_links``), spoken languages."""
    return (
        candidates_visible_to(user)
        .select_related("owner")
        .prefetch_related(
            "tags",
            Prefetch(
                "skill_links",
                queryset=CandidateSkill.objects.select_related("skill").order_by("skill__label_en", "id"),
            ),
            "languages",
        )
        .get(pk=pk)
    )


def candidate_timeline(*, candidate: Candidate, limit: int = 200) -> QuerySet[Activity]:
    return candidate.activities.select_related("actor").order_by("-occurred_at", "-id")[:limit]


def candidate_resumes(*, candidate: Candidate) -> QuerySet[Resume]:
    return candidate.resumes.order_by("-is_current", "-created_at", "-id")


def consent_active(*, candidate: Candidate, purpose: ConsentPurpose | str, at: datetime.datetime | None = None) -> bool:
    moment = at or timezone.now()
    return (
        Consent.objects.filter(
            candidate=candidate, purpose=str(purpose), withdrawn_at__isnull=True, granted_at__lte=moment
        )
        .filter(Q(expires_at__isnull=True) | Q(expires_at__gt=moment))
        .exists()
    )


def candidates_with_active_consent(
    *, candidate_ids: Iterable[int], purposes: Iterable[ConsentPurpose | str], at: datetime.datetime | None = None
) -> set[int]:
    """Of these people, those with a grant in force for any of these purposes: one query for a whole batch."""
    moment = at or timezone.now()
    return set(
        Consent.objects.filter(
            candidate_id__in=list(candidate_ids),
            purpose__in=[str(purpose) for purpose in purposes],
            withdrawn_at__isnull=True,
            granted_at__lte=moment,
        )
        .filter(Q(expires_at__isnull=True) | Q(expires_at__gt=moment))
        .values_list("candidate_id", flat=True)
    )


@dataclass
class ConsentState:
    """Where one purpose stands for one person: the grant in force (if any) and every grant, newest first."""

    purpose: str
    label: str
    active: Consent | None = None
    history: list[Consent] = field(default_factory=list)

    @property
    def is_active(self) -> bool:
        return self.active is not None

    @property
    def grant_count(self) -> int:
        return len(self.history)


def candidate_consent_states(*, candidate: Candidate, at: datetime.datetime | None = None) -> list[ConsentState]:
    """One state per purpose, in the order of ``ConsentPurpose``, from one query. The grant in force is the
    newest one neither withdrawn, expired nor dated in the future."""
    moment = at or timezone.now()
    states = {purpose: ConsentState(purpose=purpose, label=str(label)) for purpose, label in ConsentPurpose.choices}
    grants = Consent.objects.filter(candidate=candidate).select_related("recorded_by").order_by("-granted_at", "-id")
    for grant in grants:
        state = states.get(grant.purpose)
        if state is None:
            continue
        state.history.append(grant)
        if state.active is None and grant.granted_at <= moment and grant.is_active_at(moment):
            state.active = grant
    return list(states.values())


def dashboard_summary(*, user: Any) -> dict[str, Any]:
    visible = candidates_visible_to(user).filter(anonymized_at__isnull=True)
    since = timezone.now() - datetime.timedelta(days=7)
    return {
        "candidates_total": visible.count(),
        "candidates_new_this_week": visible.filter(created_at__gte=since).count(),
        "recent_activities": list(
            Activity.objects.filter(candidate__in=visible)
            .select_related("candidate", "actor")
            .order_by("-occurred_at", "-id")[:10]
        ),
    }


# Below this confidence the CV panel marks a parsed field "to check".
LOW_CONFIDENCE = 0.6
# Parser confidence keys shown on the panel, by the panel's sections.
_BASICS_CONFIDENCE = ("name", "email", "phone", "location")


@dataclass
class ResumePanel:
    """What the candidate page's CV section shows for the current resume."""

    resume: Resume
    basics: dict[str, Any] = field(default_factory=dict)
    work: list[dict[str, Any]] = field(default_factory=list)
    education: list[dict[str, Any]] = field(default_factory=list)
    skills: list[str] = field(default_factory=list)
    languages: list[dict[str, Any]] = field(default_factory=list)
    # The rest of the CV, shown only where the CV has it.
    summary: str = ""
    links: list[dict[str, str]] = field(default_factory=list)
    certificates: list[dict[str, Any]] = field(default_factory=list)
    projects: list[dict[str, Any]] = field(default_factory=list)
    volunteer: list[dict[str, Any]] = field(default_factory=list)
    awards: list[dict[str, Any]] = field(default_factory=list)
    publications: list[dict[str, Any]] = field(default_factory=list)
    interests: list[str] = field(default_factory=list)
    to_check: set[str] = field(default_factory=set)

    @property
    def is_waiting(self) -> bool:
        return not self.resume.is_final

    @property
    def has_protected_attributes(self) -> bool:
        return bool(self.resume.protected_attributes)


def _dicts(value: Any) -> list[dict[str, Any]]:
    return [item for item in value if isinstance(item, dict)] if isinstance(value, list) else []


def _with_web_links(items: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Items whose ``url`` is kept only when it is an http(s) address (the template links it)."""
    return [{**item, "url": web_address(item.get("url"))} for item in items]


def resume_current(*, candidate: Candidate) -> Resume | None:
    return candidate.resumes.filter(is_current=True).first()


def resume_panel(*, candidate: Candidate) -> ResumePanel | None:
    """The current resume and, once parsed, its profile as the page shows it. Protected attributes found in the
    CV (photo, date of birth…) are never part of it: only the fact that some were hidden."""
    resume = resume_current(candidate=candidate)
    if resume is None:
        return None
    panel = ResumePanel(resume=resume)
    if resume.status != "parsed" or not isinstance(resume.parsed, dict):
        return panel
    parsed = resume.parsed
    basics: dict[str, Any] = parsed["basics"] if isinstance(parsed.get("basics"), dict) else {}
    location: dict[str, Any] = basics["location"] if isinstance(basics.get("location"), dict) else {}
    panel.basics = {
        "name": basics.get("name") or "",
        "label": basics.get("label") or "",
        "email": basics.get("email") or "",
        "phone": basics.get("phone") or "",
        "location": ", ".join(str(part) for part in (location.get("city"), location.get("countryCode")) if part),
    }
    panel.work = _dicts(parsed.get("work"))
    panel.education = _dicts(parsed.get("education"))
    panel.skills = [str(item.get("name")) for item in _dicts(parsed.get("skills")) if item.get("name")]
    panel.languages = _dicts(parsed.get("languages"))
    panel.summary = str(basics.get("summary") or "")
    panel.links = parsed_links(basics)
    panel.certificates = _dicts(parsed.get("certificates"))
    panel.projects = _dicts(parsed.get("projects"))
    panel.volunteer = _dicts(parsed.get("volunteer"))
    panel.awards = _dicts(parsed.get("awards"))
    panel.publications = _with_web_links(_dicts(parsed.get("publications")))
    panel.interests = [str(item.get("name")) for item in _dicts(parsed.get("interests")) if item.get("name")]
    confidence = resume.confidence if isinstance(resume.confidence, dict) else {}
    for key in (*_BASICS_CONFIDENCE, "work", "education", "skills", "languages"):
        value = confidence.get(key)
        present = bool(panel.basics.get(key)) if key in _BASICS_CONFIDENCE else bool(getattr(panel, key))
        if present and isinstance(value, int | float) and value < LOW_CONFIDENCE:
            panel.to_check.add(key)
    return panel


def resume_for_candidate(*, candidate: Candidate, pk: int) -> Resume:
    """One of this person's resumes (the person already checked against the user's rights), or
    Resume.DoesNotExist."""
    return candidate.resumes.get(pk=pk)
