from __future__ import annotations

from typing import Any

from django import forms
from django.conf import settings
from django.contrib.auth.forms import AuthenticationForm
from django.utils.translation import gettext_lazy as _

from . import selectors
from .models import AuditAction, Role, User


class LoginForm(AuthenticationForm):
    """Django's login form with the e-mail as the identifier. The field keeps the name ``username``, which is
    what django-axes reads (settings.AXES_USERNAME_FORM_FIELD)."""

    username = forms.EmailField(
        label=_("E-mail address"),
        max_length=254,
        widget=forms.EmailInput(attrs={"autofocus": True, "autocomplete": "email"}),
    )

    error_messages = {
        **AuthenticationForm.error_messages,
        "invalid_login": _("This e-mail address and password do not match an active account."),
    }

    def clean_username(self) -> str:
        # Addresses are stored lower-case (UserManager); people type them any way.
        return self.cleaned_data["username"].strip().lower()


class PasswordResetRequestForm(forms.Form):
    email = forms.EmailField(
        label=_("E-mail address"),
        max_length=254,
        widget=forms.EmailInput(attrs={"autocomplete": "email", "autofocus": True}),
    )


class ProfileForm(forms.Form):
    first_name = forms.CharField(label=_("First name"), max_length=150, required=False)
    last_name = forms.CharField(label=_("Last name"), max_length=150, required=False)
    preferred_language = forms.ChoiceField(
        label=_("Language"),
        choices=settings.LANGUAGES,
        help_text=_("The language of the interface and of the e-mails you receive."),
    )
    email_signature = forms.CharField(
        label=_("E-mail signature"),
        max_length=1000,
        required=False,
        widget=forms.Textarea(attrs={"rows": 4}),
        help_text=_("Ends the e-mails you send to candidates."),
    )

    def __init__(self, *args: Any, user: User, **kwargs: Any) -> None:
        kwargs.setdefault(
            "initial",
            {
                "first_name": user.first_name,
                "last_name": user.last_name,
                "preferred_language": user.preferred_language,
                "email_signature": user.email_signature,
            },
        )
        super().__init__(*args, **kwargs)
        self.fields["first_name"].widget.attrs["autocomplete"] = "given-name"
        self.fields["last_name"].widget.attrs["autocomplete"] = "family-name"


def _team_field(**kwargs: Any) -> forms.ModelChoiceField:
    return forms.ModelChoiceField(
        label=_("Team"), queryset=selectors.team_choices(), required=False, empty_label=_("No team"), **kwargs
    )


class UserInviteForm(forms.Form):
    email = forms.EmailField(label=_("E-mail address"), max_length=254)
    first_name = forms.CharField(label=_("First name"), max_length=150, required=False)
    last_name = forms.CharField(label=_("Last name"), max_length=150, required=False)
    role = forms.ChoiceField(label=_("Role"), choices=Role.choices, initial=Role.RECRUITER)
    team = _team_field()
    preferred_language = forms.ChoiceField(
        label=_("Language"), choices=settings.LANGUAGES, help_text=_("The language of the invitation e-mail.")
    )

    def clean_email(self) -> str:
        email = self.cleaned_data["email"].strip().lower()
        if User.objects.filter(email__iexact=email).exists():
            raise forms.ValidationError(_("A user with this e-mail address already exists."), code="duplicate")
        return email


class UserEditForm(forms.Form):
    role = forms.ChoiceField(label=_("Role"), choices=Role.choices)
    team = _team_field()


class TeamForm(forms.Form):
    name = forms.CharField(label=_("Name"), max_length=120)
    description = forms.CharField(label=_("Description"), required=False, widget=forms.Textarea(attrs={"rows": 3}))


STATUS_CHOICES = [
    ("", _("All")),
    (selectors.ACTIVE, _("Active")),
    (selectors.INVITED, _("Invited, no password yet")),
    (selectors.INACTIVE, _("Deactivated")),
]


class UserFilterForm(forms.Form):
    q = forms.CharField(label=_("Search"), required=False, widget=forms.TextInput(attrs={"type": "search"}))
    role = forms.ChoiceField(label=_("Role"), choices=[("", _("All")), *Role.choices], required=False)
    status = forms.ChoiceField(label=_("Status"), choices=STATUS_CHOICES, required=False)


class DateInput(forms.DateInput):
    input_type = "date"

    def __init__(self, attrs: dict[str, Any] | None = None) -> None:
        # The HTML date input always speaks ISO 8601, whatever the interface language.
        super().__init__(attrs=attrs, format="%Y-%m-%d")


class AuditLogFilterForm(forms.Form):
    action = forms.ChoiceField(label=_("Action"), choices=[("", _("All")), *AuditAction.choices], required=False)
    actor = forms.ModelChoiceField(
        label=_("Actor"), queryset=User.objects.order_by("email"), required=False, empty_label=_("Anyone")
    )
    date_from = forms.DateField(label=_("From"), required=False, widget=DateInput, input_formats=["%Y-%m-%d"])
    date_to = forms.DateField(label=_("To"), required=False, widget=DateInput, input_formats=["%Y-%m-%d"])

    def clean(self) -> dict[str, Any]:
        cleaned = super().clean() or {}
        date_from, date_to = cleaned.get("date_from"), cleaned.get("date_to")
        if date_from and date_to and date_from > date_to:
            self.add_error("date_to", _("The end date must not be before the start date."))
        return cleaned
