"""Input validation for the recruiter workspace's HTML views. Writes go through ats.services."""

from __future__ import annotations

import datetime
import re
import zoneinfo
from typing import Any

from django import forms
from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.exceptions import ValidationError
from django.db.models import Q, QuerySet
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from accounts.models import Role
from candidates.services import NOTE_MAX_LENGTH
from messaging.selectors import template_list, templates_for_sending

from .models import (
    ApplicationStatus,
    ContractType,
    EducationLevel,
    Job,
    JobStatus,
    PipelineTemplate,
    QuestionKind,
    RejectionReason,
    RemotePolicy,
    SalaryPeriod,
    Stage,
    StageKind,
)
from .selectors_workspace import APPLICATION_ORDERINGS, ApplicationFilters, rejection_reasons_active, skills_resolve
from .services.requirements import CEFR_LEVELS

DATE_INPUT = forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d")


def _users(*roles: str) -> QuerySet[Any]:
    query = Q(role__in=roles)
    if Role.ADMIN in roles:
        query |= Q(is_superuser=True)
    return get_user_model().objects.filter(is_active=True).filter(query).order_by("last_name", "first_name", "email")


def _lines(text: str) -> list[str]:
    return [part.strip() for part in re.split(r"[\n,;]", text or "") if part.strip()]


class JobFilterForm(forms.Form):
    status = forms.ChoiceField(label=_("Status"), choices=[("", _("Any status")), *JobStatus.choices], required=False)


class JobForm(forms.Form):
    """Every field of a job, its team and its requirements."""

    title = forms.CharField(label=_("Title"), max_length=200)
    description = forms.CharField(
        label=_("Description"),
        required=False,
        widget=forms.Textarea(
            attrs={
                "rows": 10,
                # static/js/richtext.js turns it into an editor with a toolbar; these are its labels.
                "data-rich-text": "",
                "data-label-toolbar": _("Formatting"),
                "data-label-bold": _("Bold"),
                "data-label-italic": _("Italics"),
                "data-label-heading": _("Heading"),
                "data-label-paragraph": _("Paragraph"),
                "data-label-bullets": _("Bulleted list"),
                "data-label-numbers": _("Numbered list"),
                "data-label-link": _("Link"),
                "data-label-link-prompt": _("Address of the link (https://…)"),
                "data-label-clear": _("Remove the formatting"),
            }
        ),
        help_text=_(
            "Headings, bold, italics, lists and links are kept (the toolbar writes them; without it, simple HTML). "
            "Anything else is removed when the job is saved."
        ),
    )
    department = forms.CharField(label=_("Department"), max_length=120, required=False)
    city = forms.CharField(label=_("City"), max_length=120, required=False)
    country = forms.CharField(
        label=_("Country"), max_length=2, min_length=2, required=False, initial="FR", help_text=_("ISO code, e.g. FR")
    )
    remote_policy = forms.ChoiceField(label=_("Remote work"), choices=RemotePolicy.choices, initial=RemotePolicy.ONSITE)
    contract_type = forms.ChoiceField(label=_("Contract"), choices=ContractType.choices, initial=ContractType.PERMANENT)
    salary_min = forms.IntegerField(label=_("Salary from"), min_value=0, required=False)
    salary_max = forms.IntegerField(label=_("Salary up to"), min_value=0, required=False)
    salary_currency = forms.CharField(label=_("Currency"), max_length=3, min_length=3, initial="EUR")
    salary_period = forms.ChoiceField(label=_("Salary period"), choices=SalaryPeriod.choices, initial=SalaryPeriod.YEAR)
    show_salary = forms.BooleanField(label=_("Show the salary on the career site"), required=False)
    language = forms.ChoiceField(label=_("Language of the posting"), choices=settings.LANGUAGES, initial="fr")
    openings = forms.IntegerField(label=_("Openings"), min_value=1, max_value=999, initial=1)
    confidential = forms.BooleanField(
        label=_("Confidential"),
        required=False,
        help_text=_("Hidden from the career site and from recruiters who are not on the job."),
    )
    closing_date = forms.DateField(label=_("Closing date"), required=False, widget=DATE_INPUT)
    hiring_managers: forms.ModelMultipleChoiceField[Any] = forms.ModelMultipleChoiceField(
        label=_("Hiring managers"), queryset=None, required=False, widget=forms.CheckboxSelectMultiple
    )
    recruiters: forms.ModelMultipleChoiceField[Any] = forms.ModelMultipleChoiceField(
        label=_("Recruiters"), queryset=None, required=False, widget=forms.CheckboxSelectMultiple
    )
    must_have_skills = forms.CharField(
        label=_("Must-have skills"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("One skill per line (or separated by commas), as named in the skills list, e.g. Python."),
    )
    nice_to_have_skills = forms.CharField(
        label=_("Nice-to-have skills"), required=False, widget=forms.Textarea(attrs={"rows": 3})
    )
    min_years_experience = forms.IntegerField(
        label=_("Minimum years of experience"), min_value=0, max_value=60, required=False
    )
    languages = forms.CharField(
        label=_("Languages"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 2}),
        help_text=_("One per line: a language code and a CEFR level (A1 to C2), e.g. “en B2”."),
    )
    education_level = forms.TypedChoiceField(
        label=_("Education level"), choices=EducationLevel.choices, coerce=int, initial=EducationLevel.NONE
    )

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["hiring_managers"].queryset = _users(Role.HIRING_MANAGER)  # type: ignore[attr-defined]
        self.fields["recruiters"].queryset = _users(Role.RECRUITER, Role.ADMIN)  # type: ignore[attr-defined]
        self.must_have: list[Any] = []
        self.nice_to_have: list[Any] = []
        self.language_levels: list[tuple[str, str]] = []

    FIELDSETS: tuple[tuple[Any, tuple[str, ...]], ...] = (
        (
            _("The job"),
            (
                "title",
                "description",
                "department",
                "city",
                "country",
                "remote_policy",
                "contract_type",
                "language",
                "openings",
                "closing_date",
                "confidential",
            ),
        ),
        (_("Salary"), ("salary_min", "salary_max", "salary_currency", "salary_period", "show_salary")),
        (_("Team"), ("hiring_managers", "recruiters")),
        (
            _("Requirements (used to rank applications)"),
            ("must_have_skills", "nice_to_have_skills", "min_years_experience", "languages", "education_level"),
        ),
    )

    def fieldsets(self) -> list[tuple[Any, list[Any]]]:
        return [(legend, [self[name] for name in names]) for legend, names in self.FIELDSETS]

    @classmethod
    def initial_from(cls, job: Job, requirements: dict[str, Any]) -> dict[str, Any]:
        fields = set(cls.base_fields) - {"hiring_managers", "recruiters", *requirements}
        initial: dict[str, Any] = {name: getattr(job, name) for name in fields}
        initial["hiring_managers"] = list(job.hiring_managers.values_list("pk", flat=True))
        initial["recruiters"] = list(job.recruiters.values_list("pk", flat=True))
        return {**initial, **requirements}

    def clean_country(self) -> str:
        country = self.cleaned_data["country"].strip().upper()
        if country and not country.isalpha():
            raise ValidationError(_("Use a two-letter country code, e.g. FR."))
        return country

    def clean_salary_currency(self) -> str:
        currency = self.cleaned_data["salary_currency"].strip().upper()
        if not currency.isalpha():
            raise ValidationError(_("Use a three-letter currency code, e.g. EUR."))
        return currency

    def _skills(self, name: str) -> list[Any]:
        skills, unknown = skills_resolve(_lines(self.cleaned_data.get(name, "")))
        if unknown:
            self.add_error(
                name, _("Not in the skills list: %(names)s. Check the spelling.") % {"names": ", ".join(unknown)}
            )
        return skills

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        self.must_have = self._skills("must_have_skills")
        self.nice_to_have = self._skills("nice_to_have_skills")
        for line in (data.get("languages") or "").splitlines():
            parts = line.replace(":", " ").split()
            if not parts:
                continue
            if len(parts) != 2 or parts[1].upper() not in CEFR_LEVELS:
                self.add_error(
                    "languages",
                    _("“%(line)s”: write a language code and a level, e.g. “en B2”.") % {"line": line.strip()},
                )
                break
            self.language_levels.append((parts[0], parts[1].upper()))
        low, high = data.get("salary_min"), data.get("salary_max")
        if low is not None and high is not None and low > high:
            self.add_error("salary_max", _("The lowest salary is above the highest."))
        return data

    def job_fields(self) -> dict[str, Any]:
        """The cleaned values the job services take (requirements apart)."""
        data = dict(self.cleaned_data)
        for name in ("must_have_skills", "nice_to_have_skills", "languages"):
            data.pop(name, None)
        return data


class JobCreateForm(JobForm):
    """A new job also chooses the pipeline template it starts from (a copy: editing it later changes only the
    job's own pipeline)."""

    pipeline: forms.ModelChoiceField[Any] = forms.ModelChoiceField(
        label=_("Pipeline"),
        queryset=PipelineTemplate.objects.none(),
        required=False,
        empty_label=_("The default pipeline"),
        help_text=_("The job gets its own copy, which its recruiters can change."),
    )

    FIELDSETS: tuple[tuple[Any, tuple[str, ...]], ...] = (*JobForm.FIELDSETS, (_("Pipeline"), ("pipeline",)))

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["pipeline"].queryset = PipelineTemplate.objects.order_by("-is_default", "name")  # type: ignore[attr-defined]


class StageForm(forms.Form):
    name = forms.CharField(label=_("Name"), max_length=80)
    kind = forms.ChoiceField(label=_("Kind"), choices=StageKind.choices, initial=StageKind.SCREEN)
    target_days = forms.IntegerField(
        label=_("Target days in stage"),
        min_value=1,
        max_value=365,
        required=False,
        help_text=_("Applications waiting longer are marked as stale."),
    )
    email_template: forms.ModelChoiceField[Any] = forms.ModelChoiceField(
        label=_("Automatic e-mail"),
        queryset=None,
        required=False,
        empty_label=_("None"),
        help_text=_("Sent to the candidate when they reach this stage."),
    )

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["email_template"].queryset = templates_for_sending()  # type: ignore[attr-defined]


class StageRemoveForm(forms.Form):
    move_to: forms.ModelChoiceField[Any] = forms.ModelChoiceField(
        label=_("Move its applications to"), queryset=None, empty_label=None
    )

    def __init__(self, *args: Any, job: Job, exclude: Stage | None = None, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        stages = job.stages.order_by("position")
        if exclude is not None:
            stages = stages.exclude(pk=exclude.pk)
        self.fields["move_to"].queryset = stages  # type: ignore[attr-defined]


class QuestionForm(forms.Form):
    text = forms.CharField(label=_("Question"), max_length=300)
    kind = forms.ChoiceField(label=_("Kind"), choices=QuestionKind.choices, initial=QuestionKind.TEXT)
    choices = forms.CharField(
        label=_("Answers offered"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("For a choice question: one answer per line."),
    )
    required = forms.BooleanField(label=_("Required"), required=False, initial=True)
    knockout_answer = forms.CharField(
        label=_("Answer that flags"),
        max_length=200,
        required=False,
        help_text=_(
            "An application giving this answer is flagged for your attention (never rejected by itself). "
            "For a yes/no question: yes or no."
        ),
    )

    def choice_list(self) -> list[str]:
        return [line.strip() for line in (self.cleaned_data.get("choices") or "").splitlines() if line.strip()]


FLAGGED_CHOICES = [("", _("Flagged or not")), ("yes", _("Flagged only")), ("no", _("Not flagged"))]
STATUS_CHOICES = [
    ("active", _("In progress")),
    ("closed", _("Closed (rejected, withdrawn, hired)")),
    ("all", _("All")),
    *[(value, label) for value, label in ApplicationStatus.choices if value != ApplicationStatus.ACTIVE],
]
SORT_CHOICES = [
    ("date", _("Newest first")),
    ("oldest", _("Oldest first")),
    ("score", _("Best score first")),
    ("stage_time", _("Longest in stage first")),
]


class ApplicationFilterForm(forms.Form):
    """The filters of the board and of the list (GET). Invalid values are dropped, never a reason for an error
    page."""

    q = forms.CharField(label=_("Name or e-mail"), max_length=100, required=False)
    stage = forms.TypedChoiceField(label=_("Stage"), coerce=int, empty_value=None, required=False)
    skills = forms.CharField(
        label=_("Skills"), max_length=300, required=False, help_text=_("Separated by commas; all are required.")
    )
    source = forms.ChoiceField(label=_("Source"), required=False)
    score_min = forms.IntegerField(label=_("Score from"), min_value=0, max_value=100, required=False)
    score_max = forms.IntegerField(label=_("Score up to"), min_value=0, max_value=100, required=False)
    tags = forms.CharField(label=_("Tags"), max_length=200, required=False, help_text=_("Separated by commas."))
    flagged = forms.ChoiceField(label=_("Flagged"), choices=FLAGGED_CHOICES, required=False)
    status = forms.ChoiceField(label=_("Applications"), choices=STATUS_CHOICES, required=False, initial="active")
    sort = forms.ChoiceField(label=_("Sort by"), choices=SORT_CHOICES, required=False, initial="date")

    def __init__(self, *args: Any, stages: list[Stage], sources: list[str], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["stage"].choices = [("", _("Every stage")), *[(stage.pk, stage.name) for stage in stages]]  # type: ignore[attr-defined]
        self.fields["source"].choices = [("", _("Any source")), *[(source, source) for source in sources]]  # type: ignore[attr-defined]
        self.fields["q"].widget.attrs.update({"type": "search", "autocomplete": "off"})
        self.unknown_skills: list[str] = []

    def filters(self) -> ApplicationFilters:
        data: dict[str, Any] = {}
        if self.is_bound:
            self.is_valid()
            data = {name: value for name, value in self.cleaned_data.items() if name not in self.errors}
        skills, self.unknown_skills = skills_resolve(_lines(data.get("skills") or ""))
        flagged = {"yes": True, "no": False}.get(data.get("flagged") or "")
        sort = data.get("sort") or "date"
        return ApplicationFilters(
            stage_id=data.get("stage"),
            skills=tuple(skill.slug for skill in skills) + (("-unknown-",) if self.unknown_skills else ()),
            source=data.get("source") or "",
            score_min=data.get("score_min"),
            score_max=data.get("score_max"),
            tags=tuple(_lines(data.get("tags") or "")),
            flagged=flagged,
            status=data.get("status") or "active",
            query=data.get("q") or "",
            sort=sort if sort in APPLICATION_ORDERINGS else "date",
        )

    @property
    def is_filtered(self) -> bool:
        if not self.is_bound:
            return False
        return any(
            self.data.get(name)
            for name in ("q", "stage", "skills", "source", "score_min", "score_max", "tags", "flagged")
        ) or (self.data.get("status", "active") not in ("", "active"))


DELAY_NOW = "now"
DELAY_HOUR = "hour"
DELAY_TOMORROW = "tomorrow"
DELAY_CHOICES = [
    (DELAY_NOW, _("Now")),
    (DELAY_HOUR, _("In one hour")),
    (DELAY_TOMORROW, _("Tomorrow morning (9:00)")),
]


def email_delay(choice: str, *, now: datetime.datetime | None = None) -> datetime.timedelta | None:
    """The pause before a rejection e-mail goes: none, an hour, or until 9:00 tomorrow (the site's time zone)."""
    moment = now or timezone.now()
    if choice == DELAY_HOUR:
        return datetime.timedelta(hours=1)
    if choice == DELAY_TOMORROW:
        zone = zoneinfo.ZoneInfo(settings.TIME_ZONE)
        local = moment.astimezone(zone)
        tomorrow = datetime.datetime.combine(local.date() + datetime.timedelta(days=1), datetime.time(9, 0), zone)
        return tomorrow - moment
    return None


class RejectForm(forms.Form):
    reason: forms.ModelChoiceField[Any] = forms.ModelChoiceField(
        label=_("Reason"),
        queryset=None,
        empty_label=_("Choose a reason"),
        error_messages={"required": _("Choose a reason."), "invalid_choice": _("Choose a reason.")},
    )
    send_email = forms.BooleanField(label=_("Send the rejection e-mail"), required=False, initial=True)
    delay = forms.ChoiceField(label=_("Send it"), choices=DELAY_CHOICES, initial=DELAY_HOUR, required=False)

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["reason"].queryset = rejection_reasons_active()  # type: ignore[attr-defined]
        self.fields["reason"].label_from_instance = reason_label  # type: ignore[attr-defined]


def reason_label(reason: RejectionReason) -> str:
    from django.utils.translation import get_language

    return reason.label_en if (get_language() or "fr").startswith("en") and reason.label_en else reason.label_fr


class MoveForm(forms.Form):
    stage: forms.ModelChoiceField[Any] = forms.ModelChoiceField(
        label=_("Move to"), queryset=None, empty_label=None, error_messages={"invalid_choice": _("Choose a stage.")}
    )

    def __init__(self, *args: Any, job: Job, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["stage"].queryset = job.stages.exclude(  # type: ignore[attr-defined]
            kind__in=[StageKind.HIRED, StageKind.REJECTED]
        ).order_by("position")


class BoardMoveForm(forms.Form):
    application = forms.IntegerField(min_value=1)
    stage = forms.IntegerField(min_value=1)


BULK_MOVE = "move"
BULK_REJECT = "reject"
BULK_EMAIL = "email"


class BulkActionForm(forms.Form):
    action = forms.ChoiceField(
        label=_("Action"),
        choices=[(BULK_MOVE, _("Move to a stage")), (BULK_REJECT, _("Reject")), (BULK_EMAIL, _("Send an e-mail"))],
    )
    applications = forms.TypedMultipleChoiceField(
        coerce=int, choices=[], error_messages={"required": _("Select at least one application.")}
    )
    stage = forms.TypedChoiceField(label=_("Stage"), coerce=int, empty_value=None, required=False)
    reason: forms.ModelChoiceField[Any] = forms.ModelChoiceField(
        label=_("Reason"), queryset=None, required=False, empty_label=_("Choose a reason")
    )
    send_email = forms.BooleanField(label=_("Send the rejection e-mail"), required=False, initial=True)
    delay = forms.ChoiceField(label=_("Send it"), choices=DELAY_CHOICES, initial=DELAY_HOUR, required=False)
    template: forms.ModelChoiceField[Any] = forms.ModelChoiceField(
        label=_("E-mail template"), queryset=None, required=False, empty_label=_("Choose a template")
    )
    token = forms.CharField(max_length=64, required=False, widget=forms.HiddenInput)

    def __init__(self, *args: Any, job: Job, stages: list[Stage], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["stage"].choices = [  # type: ignore[attr-defined]
            ("", _("Choose a stage")),
            *[(stage.pk, stage.name) for stage in stages if stage.kind not in (StageKind.HIRED, StageKind.REJECTED)],
        ]
        self.fields["reason"].queryset = rejection_reasons_active()  # type: ignore[attr-defined]
        self.fields["reason"].label_from_instance = reason_label  # type: ignore[attr-defined]
        self.fields["template"].queryset = templates_for_sending()  # type: ignore[attr-defined]
        # Ids are checked against the job by the view (through the selectors); here they only need to be numbers.
        sent = self.data.getlist("applications") if hasattr(self.data, "getlist") else []
        self.fields["applications"].choices = [(value, value) for value in sent]  # type: ignore[attr-defined]

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        action = data.get("action")
        if action == BULK_MOVE and not data.get("stage"):
            self.add_error("stage", _("Choose a stage."))
        if action == BULK_REJECT and not data.get("reason"):
            self.add_error("reason", _("Choose a reason."))
        if action == BULK_EMAIL and not data.get("template"):
            self.add_error("template", _("Choose a template."))
        return data


class NoteForm(forms.Form):
    text = forms.CharField(
        label=_("Note"),
        max_length=NOTE_MAX_LENGTH,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_(
            "Mention a colleague with @ and their e-mail name or full name (e.g. @jdupont or @Jeanne Dupont): "
            "they get an e-mail."
        ),
    )


class ApplicationAddForm(forms.Form):
    """Add someone to the job: a person already in the database (picked from a search), or a new person from a
    CV received by mail (the CV and a name or an e-mail)."""

    candidate = forms.IntegerField(required=False, widget=forms.HiddenInput)
    first_name = forms.CharField(label=_("First name"), max_length=150, required=False)
    last_name = forms.CharField(label=_("Last name"), max_length=150, required=False)
    email = forms.EmailField(label=_("E-mail"), max_length=254, required=False)
    phone = forms.CharField(label=_("Phone"), max_length=40, required=False)
    cv = forms.FileField(label=_("CV file"), required=False)
    source = forms.CharField(label=_("Source"), max_length=100, required=False, initial="email")

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        if data.get("candidate"):
            return data
        if not (data.get("first_name") or data.get("last_name") or data.get("email")):
            raise ValidationError(_("Pick a person from the search, or give at least a name or an e-mail address."))
        return data


class PipelineTemplateForm(forms.Form):
    name = forms.CharField(label=_("Name"), max_length=120)
    is_default = forms.BooleanField(label=_("Default pipeline for new jobs"), required=False)


class RejectionReasonForm(forms.Form):
    label_fr = forms.CharField(label=_("Label (French)"), max_length=120)
    label_en = forms.CharField(label=_("Label (English)"), max_length=120)
    email_template: forms.ModelChoiceField[Any] = forms.ModelChoiceField(
        label=_("E-mail template"),
        queryset=None,
        required=False,
        empty_label=_("The default rejection e-mail"),
    )
    recyclable = forms.BooleanField(
        label=_("Recyclable (silver medalist)"),
        required=False,
        help_text=_("People rejected for this reason are good candidates to keep in a talent pool."),
    )
    is_active = forms.BooleanField(label=_("Active"), required=False, initial=True)
    position = forms.IntegerField(label=_("Order"), min_value=0, max_value=999, required=False)

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["email_template"].queryset = template_list(purpose="rejection", active_only=True)  # type: ignore[attr-defined]

    @staticmethod
    def initial_from(reason: RejectionReason) -> dict[str, Any]:
        return {
            "label_fr": reason.label_fr,
            "label_en": reason.label_en,
            "email_template": reason.email_template_id,
            "recyclable": reason.recyclable,
            "is_active": reason.is_active,
            "position": reason.position,
        }
