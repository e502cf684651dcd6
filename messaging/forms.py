"""Input validation for the messaging pages. Business rules stay in the services: these forms check shapes
(a colour is ``#rrggbb``, a logo is a real image), the services check meaning (merge fields, versions)."""

from __future__ import annotations

import re
import uuid
from typing import Any

from django import forms
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import UploadedFile
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from .models import Direction, MessageStatus, Purpose, SuppressionScope, Template
from .rendering import text_to_html
from .selectors import templates_for_sending

# Values a recruiter may type for the merge fields a candidate's record cannot give (the e-mail is not sent
# from an application here, so there is no job or interview to read them from).
EXTRA_FIELDS = ("job_title", "interview_date", "interview_location")

LOGO_MAX_BYTES = 1024 * 1024
# An image is recognised by its first bytes, never by its name or the browser's claim. No SVG: it can carry
# scripts, and many mail clients do not show it.
LOGO_SIGNATURES: tuple[tuple[bytes, int, str, str], ...] = (
    (b"\x89PNG\r\n\x1a\n", 0, ".png", "image/png"),
    (b"\xff\xd8\xff", 0, ".jpg", "image/jpeg"),
    (b"GIF87a", 0, ".gif", "image/gif"),
    (b"GIF89a", 0, ".gif", "image/gif"),
    (b"WEBP", 8, ".webp", "image/webp"),
)
COLOR = re.compile(r"^#[0-9a-fA-F]{6}$")


class TemplateChoiceField(forms.ModelChoiceField):
    def label_from_instance(self, obj: Template) -> str:
        return f"{obj.name} ({obj.get_purpose_display()})"


class ComposeForm(forms.Form):
    """One e-mail to one person: a template, or a subject and a message written here."""

    template = TemplateChoiceField(
        label=_("Template"),
        queryset=Template.objects.none(),
        required=False,
        empty_label=_("No template: write the e-mail"),
    )
    subject = forms.CharField(label=_("Subject"), max_length=250, required=False)
    body = forms.CharField(
        label=_("Message"),
        required=False,
        max_length=50_000,
        widget=forms.Textarea(attrs={"rows": 10}),
        help_text=_("Plain text; a blank line starts a paragraph. Merge fields such as {{ first_name }} are allowed."),
    )
    job_title = forms.CharField(label=_("Job title"), max_length=200, required=False)
    interview_date = forms.CharField(label=_("Interview date and time"), max_length=200, required=False)
    interview_location = forms.CharField(label=_("Interview place or video link"), max_length=300, required=False)
    send_at = forms.DateTimeField(
        label=_("Send at"),
        required=False,
        widget=forms.DateTimeInput(attrs={"type": "datetime-local"}, format="%Y-%m-%dT%H:%M"),
        help_text=_("Leave empty to send now."),
    )
    # Made when the form is shown: sending the same form twice (a double click, a reload) queues one e-mail.
    token = forms.UUIDField(widget=forms.HiddenInput)

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["template"].queryset = templates_for_sending()  # type: ignore[attr-defined]
        if not self.is_bound:
            self.initial.setdefault("token", uuid.uuid4())

    def clean_send_at(self) -> Any:
        send_at = self.cleaned_data.get("send_at")
        if send_at is not None and send_at < timezone.now():
            raise ValidationError(_("This time has passed: choose a later one, or leave it empty to send now."))
        return send_at

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        if data.get("template") is None and not self.has_error("subject") and not self.has_error("body"):
            if not (data.get("subject") or "").strip():
                self.add_error("subject", _("Write a subject, or choose a template."))
            if not (data.get("body") or "").strip():
                self.add_error("body", _("Write a message, or choose a template."))
        return data

    def body_html(self) -> str:
        """The message typed in the textarea, always read as plain text (a "<" is a "<", not a tag)."""
        return text_to_html(self.cleaned_data.get("body") or "")

    def extra_values(self) -> dict[str, str]:
        data = self.cleaned_data if hasattr(self, "cleaned_data") else {}
        return {name: data[name].strip() for name in EXTRA_FIELDS if (data.get(name) or "").strip()}


class MessageFilterForm(forms.Form):
    q = forms.CharField(label=_("Search"), max_length=200, required=False, help_text=_("Address or subject."))
    status = forms.ChoiceField(label=_("Status"), required=False, choices=[("", _("All")), *MessageStatus.choices])
    direction = forms.ChoiceField(label=_("Direction"), required=False, choices=[("", _("Both")), *Direction.choices])

    def selector_arguments(self) -> dict[str, str]:
        data = self.cleaned_data if self.is_valid() else {}
        return {
            "query": (data.get("q") or "").strip(),
            "status": data.get("status") or "",
            "direction": data.get("direction") or "",
        }


class SearchForm(forms.Form):
    q = forms.CharField(label=_("Search"), max_length=200, required=False)

    def query(self) -> str:
        return (self.cleaned_data.get("q") or "").strip() if self.is_valid() else ""


class TemplateForm(forms.Form):
    name = forms.CharField(label=_("Name"), max_length=120)
    purpose = forms.ChoiceField(label=_("Purpose"), choices=Purpose.choices)
    is_default = forms.BooleanField(
        label=_("Default for its purpose"),
        required=False,
        help_text=_("Used when the product sends this kind of e-mail by itself (acknowledgement, rejection…)."),
    )
    is_active = forms.BooleanField(label=_("Active"), required=False, initial=True)
    subject_fr = forms.CharField(label=_("Subject (French)"), max_length=250, required=False)
    body_fr = forms.CharField(label=_("Body (French)"), required=False, widget=forms.Textarea(attrs={"rows": 14}))
    subject_en = forms.CharField(label=_("Subject (English)"), max_length=250, required=False)
    body_en = forms.CharField(label=_("Body (English)"), required=False, widget=forms.Textarea(attrs={"rows": 14}))

    LANGUAGE_FIELDS = ("subject_fr", "body_fr", "subject_en", "body_en")

    @classmethod
    def initial_from(cls, template: Template) -> dict[str, Any]:
        initial: dict[str, Any] = {
            "name": template.name,
            "purpose": template.purpose,
            "is_default": template.is_default,
            "is_active": template.is_active,
        }
        version = template.current_version
        if version is not None:
            initial.update({key: getattr(version, key) for key in cls.LANGUAGE_FIELDS})
        return initial

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        for code in ("fr", "en"):
            body = data.get(f"body_{code}") or ""
            if body.strip() and "<" not in body:
                # Written as plain text: blank lines make paragraphs, as in a one-off e-mail.
                data[f"body_{code}"] = text_to_html(body)
        return data

    def service_arguments(self) -> dict[str, Any]:
        data = self.cleaned_data
        return {key: data.get(key) for key in ("name", "purpose", "is_default", "is_active", *self.LANGUAGE_FIELDS)}


class TemplatePreviewForm(forms.Form):
    language = forms.ChoiceField(
        label=_("Language"), choices=[("fr", _("French")), ("en", _("English"))], required=False
    )
    candidate = forms.IntegerField(label=_("Candidate id"), required=False, min_value=1, max_value=2**63 - 1)
    q = forms.CharField(label=_("Find a candidate"), max_length=200, required=False)


class BrandingForm(forms.Form):
    company_name = forms.CharField(label=_("Company name"), max_length=120, required=False)
    logo = forms.FileField(
        label=_("Logo"),
        required=False,
        help_text=_("PNG, JPEG, GIF or WebP image, 1 MB at most, shown about 40 pixels high."),
        widget=forms.ClearableFileInput(attrs={"accept": "image/png,image/jpeg,image/gif,image/webp"}),
    )
    remove_logo = forms.BooleanField(label=_("Remove the logo"), required=False)
    sender_name = forms.CharField(label=_("Sender name"), max_length=120, required=False)
    sender_email = forms.EmailField(label=_("Sender address"), required=False)
    postal_address = forms.CharField(
        label=_("Postal address"),
        max_length=300,
        required=False,
        help_text=_("Shown at the foot of marketing e-mails (required by law for newsletters)."),
    )
    accent_color = forms.CharField(
        label=_("Accent colour"),
        max_length=7,
        initial="#1d4ed8",
        help_text=_("A colour as #rrggbb, e.g. #1d4ed8."),
        widget=forms.TextInput(attrs={"type": "color"}),
    )

    def clean_accent_color(self) -> str:
        color = (self.cleaned_data.get("accent_color") or "").strip()
        if not COLOR.match(color):
            raise ValidationError(_("Give a colour as # followed by six hexadecimal digits, e.g. #1d4ed8."))
        return color.lower()

    def clean_logo(self) -> UploadedFile | None:
        logo = self.cleaned_data.get("logo")
        if not logo:
            return None
        if logo.size is not None and logo.size > LOGO_MAX_BYTES:
            raise ValidationError(_("This image is larger than 1 MB: make it smaller and send it again."))
        logo.seek(0)
        head = logo.read(16)
        logo.seek(0)
        for signature, offset, extension, _content_type in LOGO_SIGNATURES:
            if head[offset : offset + len(signature)] == signature and (offset == 0 or head[:4] == b"RIFF"):
                # The stored name is ours, never the uploaded one.
                logo.name = f"logo{extension}"
                return logo
        raise ValidationError(_("This file is not a PNG, JPEG, GIF or WebP image (SVG is not accepted)."))


class SuppressionAddForm(forms.Form):
    email = forms.EmailField(label=_("E-mail address"))
    scope = forms.ChoiceField(label=_("Stop"), choices=SuppressionScope.choices, initial=SuppressionScope.ALL)
    note = forms.CharField(
        label=_("Note"), max_length=300, required=False, help_text=_("Why, for the other administrators.")
    )
