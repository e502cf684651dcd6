"""Normalisation of the keys used to recognise a person: e-mail addresses, phone numbers, free text."""

from __future__ import annotations

import unicodedata
from typing import Any

import phonenumbers
from django.core.exceptions import ValidationError
from django.core.validators import URLValidator

_WEB_ADDRESS = URLValidator(schemes=["http", "https"])


def normalize_email(value: str | None) -> str:
    return (value or "").strip().lower()


def normalize_phone(value: str | None, *, default_region: str = "FR") -> str:
    """E.164 form ("+33612345678"), or "" when the number is not a valid one."""
    if not value or not value.strip():
        return ""
    try:
        number = phonenumbers.parse(value, default_region.upper() or None)
    except phonenumbers.NumberParseException:
        return ""
    if not phonenumbers.is_valid_number(number):
        return ""
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)


def fold(text: str | None) -> str:
    """Lower-case and strip accents, so "Gestion de Projet", "gestion de projet" and "GESTION DE PROJÉT" meet.

    Used for tags, skill aliases and the search document (the embedded PostgreSQL has no unaccent)."""
    decomposed = unicodedata.normalize("NFKD", text or "")
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold().strip()


def web_address(value: Any) -> str:
    """``value`` when it is an http(s) web address, else "": what may be written in a page as a link."""
    if not isinstance(value, str) or not value:
        return ""
    try:
        _WEB_ADDRESS(value)
    except ValidationError:
        return ""
    return value


def parsed_links(basics: Any) -> list[dict[str, str]]:
    """A parsed CV's web site and profiles ("basics.url", "basics.profiles") as a person's links, ``{label, url}``:
    web addresses only, each once."""
    if not isinstance(basics, dict):
        return []
    found = [("", basics.get("url"))]
    profiles = basics.get("profiles")
    for profile in profiles if isinstance(profiles, list) else []:
        if isinstance(profile, dict):
            found.append((str(profile.get("network") or ""), profile.get("url")))
    links: list[dict[str, str]] = []
    for label, value in found:
        url = web_address(value)
        if url and all(link["url"] != url for link in links):
            links.append({"label": label, "url": url})
    return links
