"""Readable labels for stored codes (timeline payloads keep codes, so they read right in every language)."""

from __future__ import annotations

from collections.abc import Iterable

from django import template
from django.core.exceptions import FieldDoesNotExist

from candidates.models import Candidate, ConsentChannel, ConsentPurpose, LegalBasis

register = template.Library()


def _label(choices: type[ConsentPurpose | LegalBasis | ConsentChannel], value: object) -> str:
    return str(dict(choices.choices).get(str(value), value or ""))


@register.filter
def purpose_label(value: object) -> str:
    return _label(ConsentPurpose, value)


@register.filter
def legal_basis_label(value: object) -> str:
    return _label(LegalBasis, value)


@register.filter
def channel_label(value: object) -> str:
    return _label(ConsentChannel, value)


@register.filter
def field_labels(names: Iterable[str] | None) -> str:
    """["email", "current_title"] → "e-mail, current title" (a field since renamed shows its code)."""
    labels = []
    for name in names or []:
        try:
            labels.append(str(getattr(Candidate._meta.get_field(name), "verbose_name", name)))
        except FieldDoesNotExist:
            labels.append(str(name))
    return ", ".join(labels)
