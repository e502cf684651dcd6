"""Rendering one message for one person: merge values, language, layout, text part, and the marketing
sending window in the person's time zone."""

from __future__ import annotations

import datetime
import zoneinfo
from collections.abc import Mapping
from dataclasses import dataclass
from email.utils import formataddr
from functools import lru_cache
from typing import Any

import phonenumbers
from django.conf import settings
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext as _
from phonenumbers import timezone as phone_timezones

from candidates.models import Candidate

from ..conf import messaging_settings
from ..models import (
    Branding,
    TemplateVersion,
)
from ..rendering import MissingFieldError, TemplateSyntaxError, fields_in, html_to_text, render, sanitize_html
from .addresses import _absolute, preferences_url


class MessagingError(ValueError):
    """A message refused for a reason a person can read; ``field`` names the input at fault."""

    def __init__(self, message: str, *, field: str = "", others: dict[str, str] | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.field = field
        # Further problems in other fields, found at the same time: a form shows them all at once.
        self.others = others or {}


# --- Who, in which language, from whom ------------------------------------------------------------------------


def branding_get() -> Branding:
    branding = Branding.objects.filter(pk=1).first()
    return branding if branding is not None else Branding(pk=1)


def recipient_language(candidate: Candidate) -> str:
    """The language to write to this person in: theirs if known (from their CV), else the site's."""
    language = (candidate.preferred_language or "").lower()[:2]
    if language in ("fr", "en"):
        return language
    return settings.LANGUAGE_CODE[:2]


def sender_address(branding: Branding) -> str:
    email = branding.sender_email or settings.DEFAULT_FROM_EMAIL
    name = branding.sender_name or branding.company_name or settings.COMPANY_NAME
    return formataddr((name, email))


def merge_values(
    *, candidate: Candidate, sender: Any = None, branding: Branding, extra: Mapping[str, str] | None = None
) -> dict[str, str]:
    company = branding.company_name or settings.COMPANY_NAME
    values = {
        "first_name": candidate.first_name,
        "last_name": candidate.last_name,
        "full_name": f"{candidate.first_name} {candidate.last_name}".strip(),
        "email": candidate.email,
        "company": company,
    }
    if candidate.email and candidate.pk:
        link = preferences_url(candidate_id=candidate.pk, email=candidate.email)
        values["portal_url"] = link
        values["unsubscribe_url"] = link
    if sender is not None and getattr(sender, "is_authenticated", False):
        name = sender.get_full_name() or sender.email
        values["recruiter_name"] = name
        values["recruiter_email"] = sender.email
        values["recruiter_signature"] = getattr(sender, "email_signature", "") or f"{name}\n{company}"
    for key, value in (extra or {}).items():
        values[key] = "" if value is None else str(value)
    return values


# --- Rendering ------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Outgoing:
    subject: str
    html: str
    text: str
    language: str


def _pick_language(version: TemplateVersion, wanted: str) -> str:
    available = version.languages()
    if wanted in available:
        return wanted
    if not available:
        raise MessagingError(_("This template has no text yet."), field="template")
    return available[0]


def compose(
    *,
    candidate: Candidate,
    values: Mapping[str, str],
    branding: Branding,
    version: TemplateVersion | None = None,
    subject: str = "",
    body: str = "",
    language: str = "",
    is_marketing: bool = False,
) -> Outgoing:
    """Render one message: template version (in the recipient's language, or the other one) or a subject and
    body written for this message. Raises :class:`MessagingError` for a broken or unfilled merge field."""
    wanted = language or recipient_language(candidate)
    if version is not None:
        language = _pick_language(version, wanted)
        subject = getattr(version, f"subject_{language}")
        body = getattr(version, f"body_{language}")
    else:
        language = wanted
        problems: dict[str, str] = {}
        for key, text, empty in (("subject", subject, _("Write a subject.")), ("body", body, _("Write a message."))):
            if not text.strip():
                problems[key] = empty
                continue
            try:
                fields_in(text)
            except TemplateSyntaxError as error:
                problems[key] = " ".join(error.errors)
        if problems:
            field, message = next(iter(problems.items()))
            raise MessagingError(message, field=field, others={k: v for k, v in problems.items() if k != field})
        body = sanitize_html(body)  # HTML: a form with a plain textarea converts with rendering.text_to_html
    one_line = {key: " ".join(value.split()) for key, value in values.items()}
    try:
        # A subject is one header line: a line break typed in it (or in a value) would be a header injection.
        rendered_subject = " ".join(render(subject, one_line, escape=False).split())
        rendered_body = render(body, values, escape=True)
    except MissingFieldError as error:
        raise MessagingError(
            _("No value for %(fields)s for this recipient: give it one, or add a default in the template.")
            % {"fields": ", ".join("{{ " + name + " }}" for name in error.names)},
            field="template" if version is not None else "body",
        ) from error
    layout = {
        "body": rendered_body,
        "branding": branding,
        "company": values.get("company", ""),
        "logo_url": _absolute(reverse("messaging:logo")) if branding.logo else "",
        "unsubscribe_url": values.get("unsubscribe_url", "") if is_marketing else "",
        "language": language,
        "subject": rendered_subject,
    }
    with translation.override(language):
        html = render_to_string("messaging/email/layout.html", layout)
        text = html_to_text(rendered_body)
        if is_marketing and layout["unsubscribe_url"]:
            text += "\n-- \n" + _("Stop receiving these e-mails: %(url)s") % {"url": layout["unsubscribe_url"]}
            if branding.postal_address:
                text += "\n" + branding.postal_address
            text += "\n"
    return Outgoing(subject=rendered_subject.strip(), html=html, text=text, language=language)


# --- Sending windows -------------------------------------------------------------------------------------------


@lru_cache(maxsize=512)
def _zone_for_region(region: str) -> str:
    example = phonenumbers.example_number_for_type(region, phonenumbers.PhoneNumberType.FIXED_LINE)
    zones = phone_timezones.time_zones_for_geographical_number(example) if example else ()
    return zones[0] if zones and zones[0] != "Etc/Unknown" else ""


def recipient_time_zone(candidate: Candidate) -> zoneinfo.ZoneInfo:
    """The person's time zone, as well as we can tell: from their phone number, else their country."""
    name = ""
    if candidate.phone:
        try:
            zones = phone_timezones.time_zones_for_number(phonenumbers.parse(candidate.phone))
            name = zones[0] if zones and zones[0] != "Etc/Unknown" else ""
        except phonenumbers.NumberParseException:
            name = ""
    if not name and candidate.country:
        name = _zone_for_region(candidate.country.upper())
    try:
        return zoneinfo.ZoneInfo(name or settings.TIME_ZONE)
    except (zoneinfo.ZoneInfoNotFoundError, ValueError):
        return zoneinfo.ZoneInfo(settings.TIME_ZONE)


def next_window_start(candidate: Candidate, moment: datetime.datetime) -> datetime.datetime:
    """``moment`` if it falls inside the marketing window in the person's time zone, else the window's next
    opening. No newsletter at 3 a.m."""
    start_hour, end_hour = messaging_settings().marketing_hours
    zone = recipient_time_zone(candidate)
    local = moment.astimezone(zone)
    if start_hour <= local.hour < end_hour:
        return moment
    day = local.date() if local.hour < start_hour else local.date() + datetime.timedelta(days=1)
    opening = datetime.datetime.combine(day, datetime.time(start_hour), tzinfo=zone)
    return opening.astimezone(datetime.UTC)
