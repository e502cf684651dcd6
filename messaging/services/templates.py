"""Writing templates and the branding: validated when saved, versioned, never edited in place."""

from __future__ import annotations

from typing import Any

from django.db import transaction
from django.utils.translation import gettext as _

from ..models import Branding, Purpose, Template, TemplateVersion
from ..rendering import TemplateSyntaxError, fields_in, sanitize_html

LANGUAGES = ("fr", "en")


class TemplateError(ValueError):
    """A template refused, with every problem keyed by the form field at fault."""

    def __init__(self, errors: dict[str, list[str]]) -> None:
        super().__init__("; ".join(message for messages in errors.values() for message in messages))
        self.errors = errors


def _validate(texts: dict[str, str]) -> dict[str, list[str]]:
    errors: dict[str, list[str]] = {}
    for key, text in texts.items():
        try:
            fields_in(text)
        except TemplateSyntaxError as error:
            errors[key] = error.errors
        if key.startswith("subject") and ("\n" in text or "\r" in text):
            errors.setdefault(key, []).append(_("A subject is one line."))
    complete = [code for code in LANGUAGES if texts[f"subject_{code}"].strip() and texts[f"body_{code}"].strip()]
    if not complete:
        errors.setdefault("__all__", []).append(_("Write the subject and the body in at least one language."))
    for code in LANGUAGES:
        subject, body = texts[f"subject_{code}"].strip(), texts[f"body_{code}"].strip()
        if bool(subject) != bool(body):
            missing = f"body_{code}" if subject else f"subject_{code}"
            errors.setdefault(missing, []).append(
                _("Fill in both the subject and the body of this language, or neither.")
            )
    return errors


@transaction.atomic
def template_save(
    *,
    template: Template | None = None,
    name: str,
    purpose: Purpose | str,
    is_default: bool = False,
    is_active: bool = True,
    subject_fr: str = "",
    body_fr: str = "",
    subject_en: str = "",
    body_en: str = "",
    actor: Any = None,
) -> Template:
    """Create a template or save a new version of one. Unknown or broken merge fields, or a language with a
    subject and no body, are refused with :class:`TemplateError`; nothing is written then."""
    texts = {"subject_fr": subject_fr, "body_fr": body_fr, "subject_en": subject_en, "body_en": body_en}
    errors = _validate(texts)
    if not name.strip():
        errors.setdefault("name", []).append(_("Give the template a name."))
    if purpose not in Purpose.values:
        errors.setdefault("purpose", []).append(_("Choose a purpose."))
    if errors:
        raise TemplateError(errors)
    if template is None:
        template = Template(name=name.strip(), purpose=str(purpose))
    else:
        template = Template.objects.select_for_update().get(pk=template.pk)
    if is_default:
        Template.objects.filter(purpose=purpose, is_default=True).exclude(pk=template.pk).update(is_default=False)
    template.name = name.strip()
    template.purpose = str(purpose)
    template.is_default = is_default
    template.is_active = is_active
    template.save()
    content = {
        "subject_fr": subject_fr.strip(),
        "body_fr": sanitize_html(body_fr.strip()) if body_fr.strip() else "",
        "subject_en": subject_en.strip(),
        "body_en": sanitize_html(body_en.strip()) if body_en.strip() else "",
    }
    current = template.current_version
    if current is None or any(getattr(current, key) != value for key, value in content.items()):
        number = (current.number if current else 0) + 1
        version = TemplateVersion.objects.create(template=template, number=number, created_by=actor, **content)
        template.current_version = version
        template.save(update_fields=["current_version", "updated_at"])
    return template


@transaction.atomic
def branding_update(*, actor: Any = None, **fields: Any) -> Branding:
    branding, _created = Branding.objects.select_for_update().get_or_create(pk=1)
    allowed = {"company_name", "logo", "sender_name", "sender_email", "postal_address", "accent_color"}
    for key, value in fields.items():
        if key not in allowed:
            raise TypeError(key)
        setattr(branding, key, value)
    branding.save()
    return branding
