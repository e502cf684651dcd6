"""Writing what admins keep for every job: pipeline templates (and their stages) and rejection reasons. Also the
one-step moves of a job's stage in its pipeline (up / down buttons, keyboard friendly)."""

from __future__ import annotations

from typing import Any

from django.db import transaction
from django.db.models import F, Max
from django.utils.translation import gettext as _

from ..models import PipelineTemplate, PipelineTemplateStage, RejectionReason, Stage, StageKind
from .jobs import JobError, stages_reorder


def _swap_order(ids: list[int], pk: int, direction: int) -> list[int]:
    index = ids.index(pk)
    target = index + direction
    if 0 <= target < len(ids):
        ids[index], ids[target] = ids[target], ids[index]
    return ids


@transaction.atomic
def stage_move(*, stage: Stage, direction: int) -> list[Stage]:
    """Move a job's stage one place up (-1) or down (+1) in its pipeline."""
    ids = list(Stage.objects.filter(job_id=stage.job_id).order_by("position", "id").values_list("pk", flat=True))
    return stages_reorder(job=stage.job, stage_ids=_swap_order(ids, stage.pk, direction))


# --- Rejection reasons -------------------------------------------------------------------------------------------

REASON_FIELDS = frozenset({"label_fr", "label_en", "email_template", "recyclable", "is_active", "position"})


@transaction.atomic
def rejection_reason_save(*, reason: RejectionReason | None = None, **fields: Any) -> RejectionReason:
    """Create a rejection reason, or change one. Both labels are required: the reason is shown in French and in
    English. Reasons in use are never deleted: switch them off (``is_active``) instead."""
    unknown = set(fields) - REASON_FIELDS
    if unknown:
        raise TypeError(", ".join(sorted(unknown)))
    target = reason or RejectionReason()
    for name in ("label_fr", "label_en"):
        if name in fields:
            fields[name] = " ".join(str(fields[name] or "").split())[:120]
    for name, value in fields.items():
        setattr(target, name, value)
    if not target.label_fr:
        raise JobError(_("Give the reason a French label."), field="label_fr")
    if not target.label_en:
        raise JobError(_("Give the reason an English label."), field="label_en")
    if reason is None and "position" not in fields:
        target.position = (RejectionReason.objects.aggregate(last=Max("position"))["last"] or 0) + 1
    target.save()
    return target


# --- Pipeline templates ------------------------------------------------------------------------------------------


@transaction.atomic
def pipeline_template_save(
    *, name: str, is_default: bool = False, template: PipelineTemplate | None = None
) -> PipelineTemplate:
    """Create a pipeline template (it starts with an "applied" stage) or rename it; making one the default
    takes the flag from the previous default."""
    name = " ".join(name.split())[:120]
    if not name:
        raise JobError(_("Give the pipeline a name."), field="name")
    clash = PipelineTemplate.objects.filter(name__iexact=name)
    if template is not None:
        clash = clash.exclude(pk=template.pk)
    if clash.exists():
        raise JobError(_("Another pipeline has this name."), field="name")
    if is_default:
        others = PipelineTemplate.objects.filter(is_default=True)
        if template is not None:
            others = others.exclude(pk=template.pk)
        others.update(is_default=False)
    elif template is not None and template.is_default:
        raise JobError(_("Make another pipeline the default first: there is always one."), field="is_default")
    created = template is None
    target = template or PipelineTemplate()
    target.name = name
    target.is_default = is_default
    target.save()
    if created:
        PipelineTemplateStage.objects.create(template=target, name=_("Applied"), kind=StageKind.APPLIED, position=0)
    return target


def _check_stage_fields(name: str, kind: str) -> tuple[str, str]:
    name = " ".join(name.split())[:80]
    if not name:
        raise JobError(_("Give the stage a name."), field="name")
    if kind not in StageKind.values:
        raise JobError(_("Choose a kind of stage."), field="kind")
    return name, kind


@transaction.atomic
def template_stage_add(
    *, template: PipelineTemplate, name: str, kind: str, target_days: int | None = None, email_template: Any = None
) -> PipelineTemplateStage:
    name, kind = _check_stage_fields(name, kind)
    closing = template.stages.filter(kind__in=[StageKind.HIRED, StageKind.REJECTED]).order_by("position").first()
    if closing is not None:
        position = closing.position
        template.stages.filter(position__gte=position).update(position=F("position") + 1)
    else:
        position = (template.stages.aggregate(last=Max("position"))["last"] or 0) + 1
    return PipelineTemplateStage.objects.create(
        template=template,
        name=name,
        kind=kind,
        position=position,
        target_days=target_days,
        email_template=email_template,
    )


@transaction.atomic
def template_stage_update(
    *, stage: PipelineTemplateStage, name: str, kind: str, target_days: int | None, email_template: Any
) -> PipelineTemplateStage:
    name, kind = _check_stage_fields(name, kind)
    if (
        stage.kind == StageKind.APPLIED
        and kind != StageKind.APPLIED
        and not stage.template.stages.filter(kind=StageKind.APPLIED).exclude(pk=stage.pk).exists()
    ):
        raise JobError(_("A pipeline keeps one “applied” stage: new applications arrive there."), field="kind")
    stage.name, stage.kind, stage.target_days, stage.email_template = name, kind, target_days, email_template
    stage.save()
    return stage


@transaction.atomic
def template_stage_remove(*, stage: PipelineTemplateStage) -> None:
    """Remove a stage from a template (jobs made from it keep their own copy)."""
    if (
        stage.kind == StageKind.APPLIED
        and not stage.template.stages.filter(kind=StageKind.APPLIED).exclude(pk=stage.pk).exists()
    ):
        raise JobError(_("A pipeline keeps one “applied” stage: new applications arrive there."))
    stage.delete()


@transaction.atomic
def template_stage_move(*, stage: PipelineTemplateStage, direction: int) -> None:
    stages = list(PipelineTemplateStage.objects.select_for_update().filter(template_id=stage.template_id))
    stages.sort(key=lambda item: (item.position, item.pk))
    ids = _swap_order([item.pk for item in stages], stage.pk, direction)
    by_id = {item.pk: item for item in stages}
    for position, pk in enumerate(ids):
        by_id[pk].position = position
    PipelineTemplateStage.objects.bulk_update(stages, ["position"])
