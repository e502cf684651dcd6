"""Forms of the public career site: the job filters and the application form.

The CV is checked here, before anything is stored: its size (without reading a byte more than the limit) and its
type from its content (``parsing.detect``), so an applicant who picked the wrong file is told next to the file
field and keeps everything else they typed.
"""

from __future__ import annotations

from typing import Any
from urllib.parse import urlsplit

from django import forms
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import UploadedFile
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from candidates.normalize import normalize_phone
from candidates.parsing_messages import failure_message
from parsing.detect import detect_type
from parsing.errors import ErrorCode, ParseError
from parsing.limits import Limits

from .models import ContractType, Job, QuestionKind, RemotePolicy

# What the file picker offers (a hint only: the type is decided from the content).
CV_ACCEPT = ",".join(
    (
        ".pdf", ".docx", ".odt", ".rtf", ".txt", "application/pdf",
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        "application/vnd.oasis.opendocument.text", "application/rtf", "text/plain",
    )
)  # fmt: skip
# Attribution carried from the job page's address into the form (hidden fields), as received.
ATTRIBUTION_FIELDS = ("utm_source", "utm_medium", "utm_campaign", "utm_term", "utm_content", "ref", "referrer")
HONEYPOT_FIELD = "website"
QUESTION_PREFIX = "question_"


def _with_count(label: Any, count: int) -> str:
    return f"{label} ({count})"


def _choices(field: forms.Field, choices: list[tuple[str, Any]]) -> None:
    assert isinstance(field, forms.ChoiceField)
    field.choices = choices


class JobFilterForm(forms.Form):
    """The career site's filters, a GET form (works without JavaScript). An unknown value (a city whose last job
    closed since the link was made) is ignored rather than shown as an error."""

    q = forms.CharField(label=_("Keywords"), required=False, max_length=100)
    location = forms.ChoiceField(label=_("Location"), required=False)
    department = forms.ChoiceField(label=_("Department"), required=False)
    contract = forms.ChoiceField(label=_("Contract"), required=False)
    remote = forms.ChoiceField(label=_("Remote work"), required=False)

    def __init__(self, *args: Any, facets: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["q"].widget.attrs.update({"type": "search", "placeholder": _("Title, skill, team…")})
        _choices(
            self.fields["location"],
            [("", _("All locations")), *((city, _with_count(city, count)) for city, count in facets.cities)],
        )
        _choices(
            self.fields["department"],
            [("", _("All departments")), *((name, _with_count(name, count)) for name, count in facets.departments)],
        )
        _choices(
            self.fields["contract"],
            [
                ("", _("All contracts")),
                *(
                    (value, _with_count(label, facets.contracts[value]))
                    for value, label in ContractType.choices
                    if facets.contracts.get(value)
                ),
            ],
        )
        _choices(
            self.fields["remote"],
            [
                ("", _("On site, hybrid or remote")),
                *(
                    (value, _with_count(label, facets.remote[value]))
                    for value, label in RemotePolicy.choices
                    if facets.remote.get(value)
                ),
            ],
        )

    def criteria(self) -> dict[str, str]:
        """The valid filters, as keyword arguments of ``careers_jobs``."""
        if not self.is_bound:
            return {}
        self.is_valid()
        data = self.cleaned_data
        return {
            "query": data.get("q", "").strip(),
            "city": data.get("location", ""),
            "department": data.get("department", ""),
            "contract": data.get("contract", ""),
            "remote": data.get("remote", ""),
        }

    @property
    def active(self) -> bool:
        return any(self.criteria().values())


def check_cv(uploaded: UploadedFile, *, max_bytes: int) -> str:
    """The CV's type ("pdf", "docx"…) from its content, or a ValidationError in plain words. Reads at most
    ``max_bytes`` (the size the browser declared is checked first), then rewinds the file for the service."""
    if uploaded.size is not None and uploaded.size > max_bytes:
        raise ValidationError(_too_large(max_bytes), code=str(ErrorCode.TOO_LARGE))
    chunks = []
    total = 0
    uploaded.seek(0)
    for chunk in uploaded.chunks():
        total += len(chunk)
        if total > max_bytes:
            raise ValidationError(_too_large(max_bytes), code=str(ErrorCode.TOO_LARGE))
        chunks.append(chunk)
    uploaded.seek(0)
    try:
        return detect_type(b"".join(chunks), uploaded.name or "", limits=Limits(max_bytes=max_bytes))
    except ParseError as error:
        raise ValidationError(failure_message(str(error.code)), code=str(error.code)) from error


def _too_large(max_bytes: int) -> str:
    megabytes = max(1, max_bytes // (1024 * 1024))
    return gettext(
        "The file is too large: the limit is %(size)d MB. Send a lighter version (a PDF export is usually small)."
    ) % {"size": megabytes}


class ApplyForm(forms.Form):
    first_name = forms.CharField(label=_("First name"), max_length=100)
    last_name = forms.CharField(label=_("Last name"), max_length=100)
    email = forms.EmailField(
        label=_("E-mail address"),
        max_length=254,
        help_text=_("We send the confirmation of your application to this address."),
    )
    phone = forms.CharField(label=_("Phone (optional)"), max_length=40, required=False)
    cv = forms.FileField(
        label=_("CV"),
        widget=forms.FileInput(attrs={"accept": CV_ACCEPT}),
        error_messages={"required": _("Choose your CV file."), "empty": _("The file is empty.")},
    )
    cover_letter = forms.CharField(
        label=_("Cover letter (optional)"),
        required=False,
        max_length=20_000,
        widget=forms.Textarea(attrs={"rows": 6}),
    )
    consent_application = forms.BooleanField(
        label=_("I agree that my data is processed to assess my application for this job."),
        error_messages={"required": _("Please accept the processing of your data for this application.")},
    )
    consent_talent_pool = forms.BooleanField(
        label=_("Keep my profile in the talent pool so you can offer me other jobs later (optional)."),
        required=False,
    )
    # A field people never see (hidden by CSS, not type=hidden: bots fill every text field they find).
    website = forms.CharField(label=_("Leave this field empty"), required=False, max_length=200)

    def __init__(self, *args: Any, job: Job, max_bytes: int, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.job = job
        self.max_bytes = max_bytes
        megabytes = self.max_megabytes = max(1, max_bytes // (1024 * 1024))
        self.fields["cv"].help_text = _(
            "PDF, Word (.docx), OpenDocument (.odt), RTF or text file, %(size)d MB at most."
        ) % {"size": megabytes}
        self.fields["first_name"].widget.attrs["autocomplete"] = "given-name"
        self.fields["last_name"].widget.attrs["autocomplete"] = "family-name"
        self.fields["email"].widget.attrs["autocomplete"] = "email"
        self.fields["phone"].widget.input_type = "tel"  # the phone keypad on a phone
        self.fields["phone"].widget.attrs["autocomplete"] = "tel"
        self.fields[HONEYPOT_FIELD].widget.attrs.update({"autocomplete": "off", "tabindex": "-1"})
        for name in ATTRIBUTION_FIELDS:
            self.fields[name] = forms.CharField(required=False, max_length=200, widget=forms.HiddenInput)
        self.questions = list(job.questions.all())
        for question in self.questions:
            self.fields[f"{QUESTION_PREFIX}{question.pk}"] = self._question_field(question)

    @staticmethod
    def _question_field(question: Any) -> forms.Field:
        required_message = {"required": _("Please answer this question.")}
        if question.kind == QuestionKind.YES_NO:
            return forms.ChoiceField(
                label=question.text,
                required=question.required,
                choices=[("yes", _("Yes")), ("no", _("No"))],
                widget=forms.RadioSelect,
                error_messages=required_message,
            )
        if question.kind == QuestionKind.CHOICE:
            return forms.ChoiceField(
                label=question.text,
                required=question.required,
                choices=[(str(choice), str(choice)) for choice in question.choices],
                widget=forms.RadioSelect,
                error_messages=required_message,
            )
        return forms.CharField(
            label=question.text,
            required=question.required,
            max_length=5000,
            widget=forms.Textarea(attrs={"rows": 3}),
            error_messages=required_message,
        )

    # --- Groups, for the template ---------------------------------------------------------------------------
    def question_fields(self) -> list[forms.BoundField]:
        return [self[f"{QUESTION_PREFIX}{question.pk}"] for question in self.questions]

    def attribution_fields(self) -> list[forms.BoundField]:
        return [self[name] for name in ATTRIBUTION_FIELDS]

    # --- Validation -------------------------------------------------------------------------------------------
    def clean_first_name(self) -> str:
        return self.cleaned_data["first_name"].strip()

    def clean_last_name(self) -> str:
        return self.cleaned_data["last_name"].strip()

    def clean_phone(self) -> str:
        phone = self.cleaned_data["phone"].strip()
        if phone and not normalize_phone(phone, default_region=self.job.country or "FR"):
            raise ValidationError(
                _("This does not look like a phone number. Write it as 06 12 34 56 78 or +44 7700 900123."),
                code="invalid",
            )
        return phone

    def clean_cv(self) -> UploadedFile:
        uploaded = self.cleaned_data["cv"]
        check_cv(uploaded, max_bytes=self.max_bytes)
        return uploaded

    def clean_referrer(self) -> str:
        # A host name only (never a full address with its query string, which may carry someone's data).
        value = self.cleaned_data["referrer"].strip()
        return (urlsplit(value if "//" in value else f"//{value}").hostname or "")[:200]

    @property
    def is_bot(self) -> bool:
        """The honeypot was filled in: no person sees that field."""
        return bool(str(self.data.get(HONEYPOT_FIELD, "")).strip())

    def answers(self) -> dict[str, str]:
        return {
            str(question.pk): self.cleaned_data.get(f"{QUESTION_PREFIX}{question.pk}") or ""
            for question in self.questions
        }

    def attribution(self) -> dict[str, str]:
        return {name: value for name in ATTRIBUTION_FIELDS if (value := (self.cleaned_data.get(name) or "").strip())}

    def source(self) -> str:
        attribution = self.attribution()
        return (attribution.get("ref") or attribution.get("utm_source") or "career_site")[:100]

    def first_error_field(self) -> str | None:
        """The first field (in the page's order) with an error: it gets the focus when the page comes back."""
        for name in self.fields:
            if name in self.errors:
                return name
        return None
