"""Input validation for the candidate workspace's HTML views. Writes go through candidates.services."""

from __future__ import annotations

from typing import Any

from django import forms
from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.exceptions import ValidationError
from django.core.validators import URLValidator
from django.db.models import Q, QuerySet
from django.utils.translation import gettext_lazy as _

from accounts.models import Role

from .models import Candidate, ConsentChannel, ConsentPurpose, LegalBasis
from .normalize import normalize_phone
from .services import NOTE_MAX_LENGTH
from .services.resumes import ACCEPTED_EXTENSIONS, CONTENT_TYPES

SORT_CHOICES = [
    ("", _("Most relevant / newest")),
    ("name", _("Name (A to Z)")),
    ("-name", _("Name (Z to A)")),
    ("-created", _("Newest first")),
    ("created", _("Oldest first")),
    ("-last_activity", _("Recent activity first")),
    ("last_activity", _("Oldest activity first")),
]


def owner_choices() -> QuerySet[Any]:
    """Who may own a person: active admins and recruiters."""
    return (
        get_user_model()
        .objects.filter(is_active=True)
        .filter(Q(role__in=[Role.ADMIN, Role.RECRUITER]) | Q(is_superuser=True))
        .order_by("last_name", "first_name", "email")
    )


class CandidateFilterForm(forms.Form):
    q = forms.CharField(label=_("Search"), required=False, max_length=200)
    tag = forms.CharField(label=_("Tag"), required=False, max_length=60)
    source = forms.CharField(label=_("Source"), required=False, max_length=100)
    owner: forms.ModelChoiceField[Any] = forms.ModelChoiceField(
        label=_("Owner"), queryset=None, required=False, empty_label=_("Anyone")
    )
    created_from = forms.DateField(
        label=_("Created from"), required=False, widget=forms.DateInput(attrs={"type": "date"})
    )
    created_to = forms.DateField(label=_("Created to"), required=False, widget=forms.DateInput(attrs={"type": "date"}))
    sort = forms.ChoiceField(label=_("Sort by"), choices=SORT_CHOICES, required=False)

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["owner"].queryset = owner_choices()  # type: ignore[attr-defined]
        self.fields["q"].widget.attrs.update({"type": "search", "autocomplete": "off"})

    def selector_arguments(self) -> dict[str, Any]:
        """The cleaned filters as keyword arguments of selectors.candidate_list (invalid ones are dropped)."""
        data = self.cleaned_data if self.is_valid() else {}
        owner = data.get("owner")
        return {
            "query": data.get("q") or "",
            "tag": data.get("tag") or "",
            "source": data.get("source") or "",
            "owner_id": owner.pk if owner else None,
            "created_after": data.get("created_from"),
            "created_before": data.get("created_to"),
            "ordering": data.get("sort") or "",
        }


class CandidateForm(forms.Form):
    """The profile fields a recruiter types. E-mail and phone are normalized and checked by the service."""

    first_name = forms.CharField(label=_("First name"), max_length=150, required=False)
    last_name = forms.CharField(label=_("Last name"), max_length=150, required=False)
    email = forms.EmailField(label=_("E-mail"), max_length=254, required=False)
    phone = forms.CharField(
        label=_("Phone"), max_length=40, required=False, help_text=_("Any format; French numbers need no prefix.")
    )
    city = forms.CharField(label=_("City"), max_length=120, required=False)
    country = forms.CharField(
        label=_("Country"), max_length=2, min_length=2, required=False, help_text=_("ISO 3166 code, e.g. FR")
    )
    headline = forms.CharField(label=_("Headline"), max_length=255, required=False)
    preferred_language = forms.ChoiceField(
        label=_("Language for e-mails"),
        choices=[("", _("Not known (read from the CV)")), *settings.LANGUAGES],
        required=False,
    )
    current_title = forms.CharField(label=_("Current title"), max_length=200, required=False)
    current_employer = forms.CharField(label=_("Current employer"), max_length=200, required=False)
    years_experience = forms.DecimalField(
        label=_("Years of experience"), max_digits=4, decimal_places=1, min_value=0, required=False
    )
    links = forms.CharField(
        label=_("Links"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("One address per line."),
    )
    source = forms.CharField(label=_("Source"), max_length=100, required=False)
    source_medium = forms.CharField(label=_("Medium"), max_length=100, required=False)
    source_campaign = forms.CharField(label=_("Campaign"), max_length=100, required=False)
    owner: forms.ModelChoiceField[Any] = forms.ModelChoiceField(
        label=_("Owner"), queryset=None, required=False, empty_label=_("Nobody")
    )
    do_not_contact = forms.BooleanField(label=_("Do not contact"), required=False)

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["owner"].queryset = owner_choices()  # type: ignore[attr-defined]
        self.fields["email"].widget.attrs["autocomplete"] = "off"

    @classmethod
    def initial_from(cls, candidate: Candidate) -> dict[str, Any]:
        initial: dict[str, Any] = {name: getattr(candidate, name) for name in cls.base_fields if name != "links"}
        initial["links"] = "\n".join(
            str(link.get("url", "")) if isinstance(link, dict) else str(link) for link in candidate.links or []
        )
        initial["owner"] = candidate.owner_id
        return initial

    def clean_country(self) -> str:
        country = self.cleaned_data["country"].strip().upper()
        if country and not country.isalpha():
            raise ValidationError(_("Use a two-letter country code, e.g. FR."))
        return country

    def clean_links(self) -> list[dict[str, str]]:
        validate = URLValidator(schemes=["http", "https"])
        links = []
        for line in self.cleaned_data["links"].splitlines():
            url = line.strip()
            if not url:
                continue
            try:
                validate(url)
            except ValidationError as invalid:
                raise ValidationError(_("“%(url)s” is not a web address."), params={"url": url}) from invalid
            links.append({"label": "", "url": url})
        return links

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        phone = data.get("phone", "")
        if phone and not normalize_phone(phone, default_region=data.get("country") or "FR"):
            self.add_error("phone", _("This phone number is not valid."))
        if not (data.get("first_name") or data.get("last_name") or data.get("email")) and not self.errors:
            raise ValidationError(_("Give at least a name or an e-mail address."))
        return data


class CandidateCreateForm(CandidateForm):
    """Creation asks for the essentials; the rest is edited on the profile afterwards."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        for name in (
            "years_experience",
            "links",
            "do_not_contact",
            "source_medium",
            "source_campaign",
            "preferred_language",
        ):
            del self.fields[name]


class NoteForm(forms.Form):
    text = forms.CharField(label=_("Note"), max_length=NOTE_MAX_LENGTH, widget=forms.Textarea(attrs={"rows": 3}))


class TagForm(forms.Form):
    name = forms.CharField(label=_("Tag"), max_length=60)


class ConsentRecordForm(forms.Form):
    purpose = forms.ChoiceField(label=_("Purpose"), choices=ConsentPurpose.choices)
    legal_basis = forms.ChoiceField(label=_("Legal basis"), choices=LegalBasis.choices, initial=LegalBasis.CONSENT)
    text_version = forms.CharField(
        label=_("Text version"), max_length=60, help_text=_("The version of the notice the person agreed to.")
    )
    proof = forms.CharField(
        label=_("How it was obtained"),
        max_length=500,
        required=False,
        widget=forms.Textarea(attrs={"rows": 2}),
        help_text=_("E.g. “phone call on 3 March, confirmed by e-mail”."),
    )


class ConsentWithdrawForm(forms.Form):
    channel = forms.ChoiceField(
        label=_("Withdrawn through"), choices=ConsentChannel.choices, initial=ConsentChannel.RECRUITER
    )


class ResumeUploadForm(forms.Form):
    """A CV file. Size and type are checked by resume_upload (from the content, not the name); the accept
    attribute only helps the file picker."""

    file = forms.FileField(
        label=_("CV file"),
        widget=forms.FileInput(attrs={"accept": ",".join((*ACCEPTED_EXTENSIONS, *CONTENT_TYPES.values()))}),
        error_messages={"required": _("Choose a file to upload."), "empty": _("The file is empty.")},
    )

    def __init__(self, *args: Any, max_bytes: int, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["file"].help_text = _(
            "PDF, Word (.docx), OpenDocument (.odt), RTF or text file, %(size)d MB at most."
        ) % {"size": max_bytes // (1024 * 1024)}
