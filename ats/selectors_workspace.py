"""Reads of the recruiter workspace: the pipeline board, the application list, per-stage counts, the application
page. Built on ats.selectors' scoping (jobs_visible_to, applications_visible_to): a user never reads a row they
may not see, and every page reads in a constant number of queries whatever the number of applications.
"""

from __future__ import annotations

import datetime
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from django.db.models import Count, Exists, F, OuterRef, Prefetch, Q, QuerySet
from django.utils import timezone

from accounts.models import Role
from candidates.models import Activity, Candidate, CandidateSkill, Skill, SkillAlias, Tag
from candidates.normalize import fold

from .models import Application, ApplicationStatus, Job, RejectionReason, Stage
from .selectors import _role, applications_visible_to

# Sort keys of the board and the list, by the order_by() they mean. Ties break on id so pages never overlap.
APPLICATION_ORDERINGS: dict[str, tuple[Any, ...]] = {
    "score": (F("score").desc(nulls_last=True), "-created_at", "-id"),
    "date": ("-created_at", "-id"),
    "oldest": ("created_at", "id"),
    "stage_time": ("stage_entered_at", "id"),
}
DEFAULT_ORDERING = "date"

# The columns a card needs, and nothing else (answers, cover letters and score breakdowns stay in the database).
_CARD_FIELDS = (
    "id",
    "job_id",
    "stage_id",
    "status",
    "source",
    "flagged",
    "score",
    "stage_entered_at",
    "created_at",
    "rejected_at",
    "candidate__id",
    "candidate__first_name",
    "candidate__last_name",
    "candidate__current_title",
    "candidate__current_employer",
    "candidate__email",
)


def is_staff(user: Any) -> bool:
    return _role(user) in (Role.ADMIN, Role.RECRUITER)


@dataclass(frozen=True)
class ApplicationFilters:
    """What the board and the list may be filtered and sorted by. Empty values filter nothing."""

    stage_id: int | None = None
    skills: tuple[str, ...] = ()  # skill slugs: the person has every one of them
    source: str = ""
    score_min: int | None = None
    score_max: int | None = None
    tags: tuple[str, ...] = ()  # tag names: the person carries every one of them
    flagged: bool | None = None
    # "active" (in progress only, the default), "closed" (rejected, withdrawn, hired) or "all".
    status: str = "active"
    query: str = ""  # a name or an e-mail, part of a word is enough
    sort: str = DEFAULT_ORDERING


def filter_applications(queryset: QuerySet[Application], filters: ApplicationFilters) -> QuerySet[Application]:
    if filters.stage_id:
        queryset = queryset.filter(stage_id=filters.stage_id)
    if filters.status == "active":
        queryset = queryset.filter(status=ApplicationStatus.ACTIVE)
    elif filters.status == "closed":
        queryset = queryset.exclude(status=ApplicationStatus.ACTIVE)
    elif filters.status in ApplicationStatus.values:
        queryset = queryset.filter(status=filters.status)
    for slug in filters.skills:
        # Exists rather than a join: a person with the skill twice (parsed and declared) is still one card.
        queryset = queryset.filter(
            Exists(CandidateSkill.objects.filter(candidate_id=OuterRef("candidate_id"), skill__slug=slug))
        )
    for tag in filters.tags:
        queryset = queryset.filter(
            Exists(
                Candidate.tags.through.objects.filter(candidate_id=OuterRef("candidate_id"), tag__normalized=fold(tag))
            )
        )
    if filters.source:
        queryset = queryset.filter(source__iexact=filters.source)
    if filters.score_min is not None:
        queryset = queryset.filter(score__gte=filters.score_min)
    if filters.score_max is not None:
        queryset = queryset.filter(score__lte=filters.score_max)
    if filters.flagged is not None:
        queryset = queryset.filter(flagged=filters.flagged)
    if filters.query.strip():
        for word in filters.query.split()[:5]:
            queryset = queryset.filter(
                Q(candidate__first_name__icontains=word)
                | Q(candidate__last_name__icontains=word)
                | Q(candidate__email__icontains=word)
            )
    return queryset.order_by(*APPLICATION_ORDERINGS.get(filters.sort, APPLICATION_ORDERINGS[DEFAULT_ORDERING]))


def applications_for_job(*, user: Any, job: Job, filters: ApplicationFilters) -> QuerySet[Application]:
    """The job's applications the user may see, filtered and sorted, with what a card or a row shows: the
    person (one join) and their tags (one prefetch query for the whole list)."""
    queryset = (
        applications_visible_to(user)
        .filter(job=job)
        .select_related("candidate")
        .only(*_CARD_FIELDS)
        .prefetch_related(Prefetch("candidate__tags", queryset=Tag.objects.only("id", "name").order_by("name")))
    )
    return filter_applications(queryset, filters)


def mark_time_in_stage(
    applications: Iterable[Application], stages: dict[int, Stage], now: datetime.datetime | None = None
) -> None:
    """Set ``days_in_stage`` and ``is_stale`` (over the stage's target) on each application, in Python."""
    moment = now or timezone.now()
    for application in applications:
        days = max((moment - application.stage_entered_at).days, 0)
        target = stages[application.stage_id].target_days if application.stage_id in stages else None
        application.days_in_stage = days  # type: ignore[attr-defined]
        application.is_stale = bool(  # type: ignore[attr-defined]
            target and days > target and application.status == ApplicationStatus.ACTIVE
        )


@dataclass
class Column:
    stage: Stage
    cards: list[Application] = field(default_factory=list)

    @property
    def count(self) -> int:
        return len(self.cards)

    @property
    def stale_count(self) -> int:
        return sum(1 for card in self.cards if getattr(card, "is_stale", False))


@dataclass
class Board:
    job: Job
    stages: list[Stage]
    columns: list[Column]

    @property
    def total(self) -> int:
        return sum(column.count for column in self.columns)

    def column(self, stage_id: int) -> Column | None:
        return next((column for column in self.columns if column.stage.pk == stage_id), None)


def job_stages(*, job: Job) -> list[Stage]:
    return list(job.stages.select_related("email_template").order_by("position", "id"))


def board_get(
    *,
    user: Any,
    job: Job,
    filters: ApplicationFilters,
    stage_ids: Iterable[int] | None = None,
    stages: list[Stage] | None = None,
) -> Board:
    """The pipeline board: one column per stage, in order, with its cards. Three queries (stages, applications
    with their people, tags) whatever the number of applications. ``stage_ids`` limits the columns filled (the
    two columns a move changes)."""
    stages = stages if stages is not None else job_stages(job=job)
    by_id = {stage.pk: stage for stage in stages}
    wanted = set(stage_ids) if stage_ids is not None else None
    columns = [Column(stage=stage) for stage in stages if wanted is None or stage.pk in wanted]
    if not columns:
        return Board(job=job, stages=stages, columns=[])
    queryset = applications_for_job(user=user, job=job, filters=filters)
    if wanted is not None:
        queryset = queryset.filter(stage_id__in=wanted)
    cards = list(queryset)
    mark_time_in_stage(cards, by_id)
    index = {column.stage.pk: column for column in columns}
    for card in cards:
        column = index.get(card.stage_id)
        if column is not None:
            column.cards.append(card)
    return Board(job=job, stages=stages, columns=columns)


def job_sources(*, job: Job) -> list[str]:
    """The distinct sources of the job's applications, for the source filter."""
    return sorted(
        {source for source in Application.objects.filter(job=job).values_list("source", flat=True).distinct() if source}
    )


@dataclass
class StageCount:
    stage: Stage
    count: int


def stage_counts_for_jobs(*, jobs: Iterable[Job]) -> dict[int, list[StageCount]]:
    """For each job, its stages in order with the number of applications in progress at each: two queries for
    any number of jobs (their stages, then one grouped count)."""
    job_ids = [job.pk for job in jobs]
    if not job_ids:
        return {}
    counts = {
        (row["job_id"], row["stage_id"]): row["total"]
        for row in Application.objects.filter(job_id__in=job_ids, status=ApplicationStatus.ACTIVE)
        .values("job_id", "stage_id")
        .annotate(total=Count("id"))
        .order_by()
    }
    result: dict[int, list[StageCount]] = defaultdict(list)
    for stage in Stage.objects.filter(job_id__in=job_ids).order_by("job_id", "position", "id"):
        result[stage.job_id].append(StageCount(stage=stage, count=counts.get((stage.job_id, stage.pk), 0)))
    return dict(result)


def application_detail_get(*, user: Any, pk: int) -> Application:
    """One application with what its page shows, or Http404 (through ats.selectors.application_get)."""
    from .selectors import application_get

    application = application_get(user=user, pk=pk)
    # The person's profile pieces the page shows, fetched once.
    prefetched = (
        Candidate.objects.filter(pk=application.candidate_id)
        .select_related("owner")
        .prefetch_related(
            "tags",
            Prefetch(
                "skill_links",
                queryset=CandidateSkill.objects.select_related("skill").order_by("skill__label_en", "id"),
            ),
            "languages",
        )
        .get()
    )
    application.candidate = prefetched
    return application


def other_applications(*, user: Any, application: Application) -> list[Application]:
    """The same person's other applications that this user may see."""
    return list(
        applications_visible_to(user)
        .filter(candidate_id=application.candidate_id)
        .exclude(pk=application.pk)
        .select_related("job", "stage")
        .order_by("-created_at", "-id")
    )


def candidate_applications(*, user: Any, candidate_id: int) -> list[Application]:
    return list(
        applications_visible_to(user)
        .filter(candidate_id=candidate_id)
        .select_related("job", "stage", "rejection_reason")
        .order_by("-created_at", "-id")
    )


def application_timeline(*, user: Any, application: Application, limit: int = 200) -> list[Activity]:
    """The person's whole timeline for recruiters and admins. A hiring manager sees only what concerns this
    application (its moves, decisions and the notes written on it), never the person's other dealings."""
    activities = application.candidate.activities.select_related("actor").order_by("-occurred_at", "-id")
    if not is_staff(user):
        activities = activities.filter(payload__application=application.pk)
    return list(activities[:limit])


def rejection_reasons_active() -> QuerySet[RejectionReason]:
    return RejectionReason.objects.filter(is_active=True).order_by("position", "id")


def rejection_email_pending(*, application: Application) -> bool:
    """Whether a rejection e-mail for this application waits to be sent (so "Undo" still stops it)."""
    from messaging.models import Message, MessageStatus, Purpose

    return Message.objects.filter(
        context__application=application.pk, purpose=Purpose.REJECTION, status=MessageStatus.QUEUED
    ).exists()


def skills_resolve(names: Iterable[str]) -> tuple[list[Skill], list[str]]:
    """Skills of the taxonomy named by their French or English label, identifier or an alias (case and accents
    ignored); and the names that match nothing."""
    wanted = [" ".join(name.split()) for name in names if name.strip()]
    if not wanted:
        return [], []
    folded = {fold(name): name for name in wanted}
    found: dict[str, Skill] = {}
    for skill in Skill.objects.filter(is_active=True).only("id", "slug", "label_fr", "label_en"):
        for key in (fold(skill.label_fr), fold(skill.label_en), skill.slug):
            if key in folded and folded[key] not in found:
                found[folded[key]] = skill
    missing = [name for key, name in folded.items() if name not in found]
    if missing:
        aliases = SkillAlias.objects.filter(
            normalized__in=[fold(name) for name in missing], skill__is_active=True
        ).select_related("skill")
        for alias in aliases:
            name = folded.get(alias.normalized)
            if name and name not in found:
                found[name] = alias.skill
    skills: list[Skill] = []
    unknown: list[str] = []
    for name in wanted:
        match = found.get(name)
        if match is None:
            unknown.append(name)
        elif match not in skills:
            skills.append(match)
    return skills, unknown


def job_requirements_initial(job: Job) -> dict[str, Any]:
    """The job's requirements as a form shows them (labels one per line, "en B2" per line)."""
    must: list[str] = []
    nice: list[str] = []
    for link in job.skill_requirements.select_related("skill").order_by("skill__label_en"):
        (must if link.required else nice).append(link.skill.label_fr or link.skill.label_en)
    languages = [f"{item.language} {item.level}" for item in job.language_requirements.order_by("language")]
    return {
        "must_have_skills": "\n".join(must),
        "nice_to_have_skills": "\n".join(nice),
        "languages": "\n".join(languages),
    }
