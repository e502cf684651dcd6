"""Writing jobs and their pipelines: create, edit, publish, pause, close, reopen; stages added, renamed,
reordered and removed (with their applications moved)."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

import nh3
from django.db import transaction
from django.db.models import F, Max
from django.utils import timezone
from django.utils.text import slugify
from django.utils.translation import gettext as _

from ..models import (
    ApplicationStatus,
    Job,
    JobStatus,
    PipelineTemplate,
    PipelineTemplateStage,
    Stage,
    StageKind,
    StageTransition,
)
from .reviews import review_notifications_create

DESCRIPTION_TAGS = {"p", "br", "strong", "em", "b", "i", "u", "ul", "ol", "li", "h2", "h3", "h4", "a", "blockquote"}

# The pipeline every new installation starts with (names in the site's first language, French).
DEFAULT_PIPELINE = [
    ("Candidature reçue", StageKind.APPLIED, None),
    ("Présélection", StageKind.SCREEN, 5),
    ("Revue manager", StageKind.REVIEW, 5),
    ("Entretien", StageKind.INTERVIEW, 10),
    ("Offre", StageKind.OFFER, 7),
    ("Embauché", StageKind.HIRED, None),
]

JOB_FIELDS = frozenset(
    {
        "title",
        "description",
        "department",
        "city",
        "country",
        "remote_policy",
        "contract_type",
        "salary_min",
        "salary_max",
        "salary_currency",
        "salary_period",
        "show_salary",
        "language",
        "openings",
        "confidential",
        "closing_date",
        "min_years_experience",
        "education_level",
    }
)


class JobError(ValueError):
    def __init__(self, message: str, *, field: str = "") -> None:
        super().__init__(message)
        self.message = message
        self.field = field


def sanitize_description(html: str) -> str:
    return nh3.clean(
        html,
        tags=DESCRIPTION_TAGS,
        attributes={"a": {"href", "title"}},
        url_schemes={"http", "https", "mailto"},
        link_rel="noopener noreferrer nofollow",
    )


def _unique_slug(title: str, *, exclude_pk: int | None = None) -> str:
    base = slugify(title)[:200] or "job"
    slug = base
    number = 2
    taken = Job.objects.filter(slug__startswith=base)
    if exclude_pk is not None:
        taken = taken.exclude(pk=exclude_pk)
    existing = set(taken.values_list("slug", flat=True))
    while slug in existing:
        slug = f"{base}-{number}"
        number += 1
    return slug


def _validate(fields: dict[str, Any]) -> None:
    if "title" in fields and not str(fields["title"]).strip():
        raise JobError(_("Give the job a title."), field="title")
    low, high = fields.get("salary_min"), fields.get("salary_max")
    if low is not None and high is not None and low > high:
        raise JobError(_("The lowest salary is above the highest."), field="salary_max")
    if "openings" in fields and (fields["openings"] or 0) < 1:
        raise JobError(_("A job has at least one opening."), field="openings")


def pipeline_default() -> PipelineTemplate:
    """The default pipeline template, created the first time it is needed."""
    template = PipelineTemplate.objects.filter(is_default=True).first()
    if template is not None:
        return template
    with transaction.atomic():
        template, created = PipelineTemplate.objects.get_or_create(
            name=_("Standard pipeline"), defaults={"is_default": True}
        )
        if created:
            PipelineTemplateStage.objects.bulk_create(
                [
                    PipelineTemplateStage(template=template, name=name, kind=kind, position=index, target_days=days)
                    for index, (name, kind, days) in enumerate(DEFAULT_PIPELINE)
                ]
            )
    return template


@transaction.atomic
def job_create(
    *,
    title: str,
    actor: Any = None,
    pipeline: PipelineTemplate | None = None,
    hiring_managers: Iterable[Any] = (),
    recruiters: Iterable[Any] = (),
    **fields: Any,
) -> Job:
    """A new job, in draft, with its own copy of a pipeline template (the default one unless named)."""
    unknown = set(fields) - JOB_FIELDS
    if unknown:
        raise TypeError(", ".join(sorted(unknown)))
    fields["title"] = title.strip()
    _validate(fields)
    if "description" in fields:
        fields["description"] = sanitize_description(fields["description"] or "")
    job = Job.objects.create(
        slug=_unique_slug(title), created_by=actor if getattr(actor, "is_authenticated", False) else None, **fields
    )
    template = pipeline or pipeline_default()
    Stage.objects.bulk_create(
        [
            Stage(
                job=job,
                name=stage.name,
                kind=stage.kind,
                position=stage.position,
                email_template_id=stage.email_template_id,
                target_days=stage.target_days,
            )
            for stage in template.stages.order_by("position")
        ]
    )
    if not job.stages.filter(kind=StageKind.APPLIED).exists():
        Stage.objects.filter(job=job).update(position=F("position") + 1)
        Stage.objects.create(job=job, name=_("Applied"), kind=StageKind.APPLIED, position=0)
    job.hiring_managers.set(list(hiring_managers))
    team = list(recruiters) or ([actor] if getattr(actor, "is_authenticated", False) else [])
    job.recruiters.set(team)
    return job


@transaction.atomic
def job_update(*, job: Job, actor: Any = None, **fields: Any) -> Job:
    unknown = set(fields) - JOB_FIELDS - {"hiring_managers", "recruiters"}
    if unknown:
        raise TypeError(", ".join(sorted(unknown)))
    managers = fields.pop("hiring_managers", None)
    recruiters = fields.pop("recruiters", None)
    _validate(fields)
    if "description" in fields:
        fields["description"] = sanitize_description(fields["description"] or "")
    for name, value in fields.items():
        setattr(job, name, value.strip() if isinstance(value, str) and name != "description" else value)
    job.save()
    if managers is not None:
        job.hiring_managers.set(list(managers))
    if recruiters is not None:
        job.recruiters.set(list(recruiters))
    return job


_TRANSITIONS = {
    "publish": ({JobStatus.DRAFT, JobStatus.PAUSED}, JobStatus.PUBLISHED),
    "pause": ({JobStatus.PUBLISHED}, JobStatus.PAUSED),
    "close": ({JobStatus.DRAFT, JobStatus.PUBLISHED, JobStatus.PAUSED}, JobStatus.CLOSED),
    "reopen": ({JobStatus.CLOSED}, JobStatus.PUBLISHED),
}


@transaction.atomic
def job_set_status(*, job: Job, action: str, actor: Any = None) -> Job:
    """publish, pause, close or reopen. A move the job's status does not allow is refused with a reason."""
    allowed, target = _TRANSITIONS[action]
    locked = Job.objects.select_for_update().get(pk=job.pk)
    if locked.status not in allowed:
        raise JobError(
            _("A job that is “%(status)s” cannot be changed that way.") % {"status": locked.get_status_display()}
        )
    if target == JobStatus.PUBLISHED and not locked.title.strip():
        raise JobError(_("Give the job a title before publishing it."), field="title")
    now = timezone.now()
    locked.status = target
    if target == JobStatus.PUBLISHED:
        locked.published_at = locked.published_at if action == "publish" and locked.published_at else now
        locked.closed_at = None
    if target == JobStatus.CLOSED:
        locked.closed_at = now
    locked.save(update_fields=["status", "published_at", "closed_at", "updated_at"])
    return locked


# --- Stages ----------------------------------------------------------------------------------------------------


@transaction.atomic
def stage_add(*, job: Job, name: str, kind: StageKind | str, target_days: int | None = None) -> Stage:
    if not name.strip():
        raise JobError(_("Give the stage a name."), field="name")
    # Before the closing stages (hired), so a new step lands in the working part of the pipeline.
    closing = job.stages.filter(kind__in=[StageKind.HIRED, StageKind.REJECTED]).order_by("position").first()
    if closing is not None:
        position = closing.position
        job.stages.filter(position__gte=position).update(position=F("position") + 1)
    else:
        position = (job.stages.aggregate(last=Max("position"))["last"] or 0) + 1
    return Stage.objects.create(job=job, name=name.strip(), kind=str(kind), position=position, target_days=target_days)


@transaction.atomic
def stage_update(*, stage: Stage, **fields: Any) -> Stage:
    if (
        "kind" in fields
        and stage.kind == StageKind.APPLIED
        and fields["kind"] != StageKind.APPLIED
        and not stage.job.stages.filter(kind=StageKind.APPLIED).exclude(pk=stage.pk).exists()
    ):
        raise JobError(_("A pipeline keeps one “applied” stage: new applications arrive there."), field="kind")
    for name in ("name", "kind", "target_days", "email_template"):
        if name in fields:
            setattr(stage, name, fields[name].strip() if name == "name" else fields[name])
    if not stage.name:
        raise JobError(_("Give the stage a name."), field="name")
    stage.save()
    return stage


@transaction.atomic
def stages_reorder(*, job: Job, stage_ids: list[int]) -> list[Stage]:
    stages = {stage.pk: stage for stage in job.stages.select_for_update()}
    if sorted(stage_ids) != sorted(stages):
        raise JobError(_("The stages sent do not match the job's pipeline; reload the page."))
    for position, pk in enumerate(stage_ids):
        stages[pk].position = position
    Stage.objects.bulk_update(stages.values(), ["position"])
    return [stages[pk] for pk in stage_ids]


@transaction.atomic
def stage_remove(*, stage: Stage, move_to: Stage, actor: Any = None) -> int:
    """Remove a stage, moving its applications to ``move_to`` first (recorded as transitions). Returns how many
    applications moved. The last "applied" stage cannot go: new applications land there."""
    from ..models import Application

    if move_to.job_id != stage.job_id or move_to.pk == stage.pk:
        raise JobError(_("Choose another stage of the same job for its applications."), field="move_to")
    if stage.kind == StageKind.APPLIED and not stage.job.stages.filter(kind=StageKind.APPLIED).exclude(pk=stage.pk):
        raise JobError(_("A pipeline keeps one “applied” stage: new applications arrive there."))
    applications = list(Application.objects.select_for_update().filter(stage=stage))
    now = timezone.now()
    entries = StageTransition.objects.bulk_create(
        [
            StageTransition(
                application=application,
                from_stage=stage,
                to_stage=move_to,
                from_status=application.status,
                to_status=application.status,
                actor=actor if getattr(actor, "is_authenticated", False) else None,
                occurred_at=now,
            )
            for application in applications
        ]
    )
    Application.objects.filter(stage=stage).update(stage=move_to, stage_entered_at=now)
    # Entering a review stage this way is entering it all the same: its hiring managers are told, as after a move.
    for entry in entries:
        review_notifications_create(entry=entry)
    stage.delete()
    return len(applications)


def job_hired_count(job: Job) -> int:
    from ..models import Application

    return Application.objects.filter(job=job, status=ApplicationStatus.HIRED).count()
