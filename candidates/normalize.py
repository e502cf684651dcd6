"""Normalisation of the keys used to recognise a person: e-mail addresses, phone numbers, free text."""

from __future__ import annotations

import unicodedata

import phonenumbers


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
