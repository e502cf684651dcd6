"""Template helpers of the recruiter workspace."""

from __future__ import annotations

from typing import Any, cast

from django import template
from django.utils.html import format_html, format_html_join
from django.utils.safestring import SafeString
from django.utils.translation import get_language
from django.utils.translation import gettext as _

from ..models import RejectionReason, StageKind

register = template.Library()


def _render_cache(context: template.Context, key: str) -> dict[Any, SafeString]:
    """A dictionary that lives as long as one rendering of the page."""
    state: Any = context.render_context
    if key not in state:
        state[key] = {}
    return cast(dict[Any, SafeString], state[key])


CLOSING_KINDS = (StageKind.HIRED, StageKind.REJECTED)


@register.simple_tag(takes_context=True)
def stage_options(context: template.Context, stages: list[Any], current_id: int) -> SafeString:
    """The <option>s of a card's "Move to" select (working stages; the card's own selected). Built once per
    stage and render, not once per card: a board of a thousand cards renders a handful of these."""
    cache = _render_cache(context, "ats_stage_options")
    key = (id(stages), current_id)
    if key not in cache:
        cache[key] = format_html_join(
            "",
            '<option value="{}"{}>{}</option>',
            (
                (stage.pk, " selected" if stage.pk == current_id else "", stage.name)
                for stage in stages
                if stage.kind not in CLOSING_KINDS
            ),
        )
    return cache[key]


@register.filter
def reason_label(reason: RejectionReason | None) -> str:
    if reason is None:
        return ""
    if (get_language() or "fr").startswith("en") and reason.label_en:
        return reason.label_en
    return reason.label_fr


@register.filter
def answer_for(answers: dict[str, Any], question_id: int) -> Any:
    return (answers or {}).get(str(question_id), "")


@register.simple_tag(takes_context=True)
def score_badge(context: template.Context, score: int | None) -> SafeString:
    if score is None:
        return SafeString("")
    cache = _render_cache(context, "ats_score_badges")
    if score not in cache:
        cache[score] = _score_badge(score)
    return cache[score]


def _score_badge(score: int) -> SafeString:
    level = "success" if score >= 70 else "warning" if score >= 40 else "muted"
    label = _("Score: %(score)d out of 100") % {"score": score}
    return format_html(
        '<span class="badge badge-{} score">'
        '<span class="visually-hidden">{}</span><span aria-hidden="true">{}</span></span>',
        level,
        label,
        score,
    )


# Sources the product itself writes, in words; anything else (a ?ref= or utm_source value) is shown as given.
_SOURCE_LABELS = {
    "career_site": lambda: _("Career site"),
    "recruiter": lambda: _("Added by a recruiter"),
    "demo": lambda: _("Demo data"),
}


@register.filter
def source_label(value: str) -> str:
    """An application's source, readable: "career_site" → "Career site"."""
    label = _SOURCE_LABELS.get(str(value or ""))
    return label() if label else str(value or "")
