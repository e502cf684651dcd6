"""Forms of the hiring-manager reviews: the review queue's filters, scorecard criteria and the scorecard itself."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any, cast

from django import forms
from django.utils.translation import gettext_lazy as _

from .models import Job, Recommendation, ScorecardCriterion, StageKind

# The 1-4 scale: no middle value, so that every rating takes a side.
RATINGS = (
    (1, _("Strong no")),
    (2, _("No")),
    (3, _("Yes")),
    (4, _("Strong yes")),
)
RATING_LABELS = dict(RATINGS)
ALL_STAGES = "all"


class ReviewQueueFilterForm(forms.Form):
    stage = forms.ChoiceField(label=_("Stage"), required=False)
    job = forms.TypedChoiceField(label=_("Job"), required=False, coerce=int, empty_value=None)
    todo = forms.BooleanField(label=_("Only those waiting for my scorecard"), required=False)

    def __init__(self, *args: Any, jobs: Iterable[Job] = (), **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        cast(forms.ChoiceField, self.fields["stage"]).choices = [
            ("", _("Review stages")),
            *[(value, label) for value, label in StageKind.choices if value != StageKind.REVIEW],
            (ALL_STAGES, _("Every stage")),
        ]
        cast(forms.ChoiceField, self.fields["job"]).choices = [
            ("", _("Every job")),
            *[(job.pk, job.title) for job in jobs],
        ]

    def filters(self) -> dict[str, Any]:
        """The selector's arguments; an invalid filter falls back to the default view rather than an error."""
        data = self.cleaned_data if self.is_valid() else {}
        stage = data.get("stage") or StageKind.REVIEW
        return {
            "stage_kind": "" if stage == ALL_STAGES else stage,
            "job_id": data.get("job"),
            "todo_only": bool(data.get("todo")),
        }


class CriterionForm(forms.Form):
    label = forms.CharField(
        label=_("Criterion"),
        max_length=200,
        help_text=_("What the reviewers rate, e.g. “Python skills” or “Explains clearly”."),
    )


class ScorecardForm(forms.Form):
    """One radio group per criterion of the job (``criterion_<id>``), the overall recommendation and notes."""

    recommendation = forms.ChoiceField(
        label=_("Overall recommendation"), choices=Recommendation.choices, widget=forms.RadioSelect
    )
    notes = forms.CharField(
        label=_("Notes"),
        required=False,
        max_length=10_000,
        widget=forms.Textarea(attrs={"rows": 6}),
        help_text=_("What you saw that supports your ratings. The candidate may ask for their data: write facts."),
    )

    def __init__(self, *args: Any, criteria: Iterable[ScorecardCriterion] = (), **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.criteria = list(criteria)
        rated = {
            f"criterion_{criterion.pk}": forms.TypedChoiceField(
                label=criterion.label,
                choices=RATINGS,
                coerce=int,
                widget=forms.RadioSelect,
                error_messages={"required": _("Rate this criterion from 1 to 4.")},
            )
            for criterion in self.criteria
        }
        # Criteria first, in the job's order, then the recommendation and the notes.
        self.fields = {**rated, **self.fields}
        self.fields["recommendation"].error_messages["required"] = _("Choose an overall recommendation.")

    def criterion_fields(self) -> list[forms.BoundField]:
        return [self[f"criterion_{criterion.pk}"] for criterion in self.criteria]

    def ratings(self) -> dict[int | str, int]:
        return {criterion.pk: self.cleaned_data[f"criterion_{criterion.pk}"] for criterion in self.criteria}
