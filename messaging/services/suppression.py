"""The suppression list and a person's own e-mail choices (the no-login preferences page)."""

from __future__ import annotations

from typing import Any

from django.core.exceptions import ValidationError
from django.core.validators import validate_email
from django.db import transaction
from django.utils.translation import gettext as _

from accounts.models import AuditAction
from accounts.services import audit_log_record
from candidates.models import Candidate, ConsentChannel, ConsentPurpose, LegalBasis
from candidates.selectors import consent_active
from candidates.services import consent_record, consent_withdraw

from ..models import Message, Suppression, SuppressionReason, SuppressionScope

# The version of the preferences page's "receive newsletters again" text, recorded with the consent it gives.
RESUBSCRIBE_TEXT_VERSION = "preferences-resubscribe-v1"

SCOPE_RANK = {SuppressionScope.MARKETING: 0, SuppressionScope.ALL: 1}


@transaction.atomic
def suppression_add(
    *,
    email: str,
    scope: SuppressionScope | str,
    reason: SuppressionReason | str,
    detail: str = "",
    message: Message | None = None,
    actor: Any = None,
) -> Suppression:
    """Suppress an address. Never narrows an existing suppression: a hard bounce after an unsubscribe from
    newsletters widens it to every e-mail; an unsubscribe after a bounce leaves "every e-mail"."""
    address = email.strip().lower()
    try:
        validate_email(address)
    except ValidationError as error:
        raise ValidationError({"email": _("Enter a valid e-mail address.")}) from error
    scope = SuppressionScope(scope)
    existing = Suppression.objects.select_for_update().filter(email=address).first()
    if existing is not None:
        if SCOPE_RANK[scope] > SCOPE_RANK[SuppressionScope(existing.scope)]:
            existing.scope = scope
            existing.reason = str(reason)
            existing.detail = detail[:300]
            existing.message = message
            existing.save(update_fields=["scope", "reason", "detail", "message"])
        return existing
    suppression = Suppression.objects.create(
        email=address,
        scope=scope,
        reason=str(reason),
        detail=detail[:300],
        message=message,
        created_by=actor if getattr(actor, "is_authenticated", False) else None,
    )
    if getattr(actor, "is_authenticated", False):
        # Who stopped mail to an address, and when; never the address itself (the log outlives erasures).
        audit_log_record(
            action=AuditAction.SUPPRESSION_ADDED,
            actor=actor,
            target=suppression,
            details={"scope": str(scope), "reason": str(reason)},
        )
    return suppression


@transaction.atomic
def suppression_remove(*, suppression: Suppression, actor: Any = None) -> None:
    """Lift a suppression (an administrator, after the person asked, or a mailbox fixed after a bounce). Lifting
    one set by a bounce or a complaint is a decision someone must answer for: it is in the audit log."""
    audit_log_record(
        action=AuditAction.SUPPRESSION_REMOVED,
        actor=actor if getattr(actor, "is_authenticated", False) else None,
        target=suppression,
        details={"scope": suppression.scope, "reason": suppression.reason},
    )
    Suppression.objects.filter(pk=suppression.pk).delete()


@transaction.atomic
def preferences_update(*, candidate: Candidate, email: str, choice: str, proof: dict[str, Any] | None = None) -> str:
    """Apply a person's choice from the preferences page or a one-click unsubscribe:
    ``newsletters`` stops marketing mail (consent withdrawn, address suppressed for marketing); ``everything``
    stops all mail to the address; ``resubscribe`` lifts an unsubscribe they made themselves (never a bounce or
    a complaint) and records their consent to newsletters (``proof``: where and how they gave it). Returns the
    choice applied."""
    if choice == "newsletters":
        for purpose in (ConsentPurpose.MARKETING,):
            if consent_active(candidate=candidate, purpose=purpose):
                consent_withdraw(candidate=candidate, purpose=purpose, channel=ConsentChannel.EMAIL)
        suppression_add(email=email, scope=SuppressionScope.MARKETING, reason=SuppressionReason.UNSUBSCRIBED)
    elif choice == "everything":
        for purpose in (ConsentPurpose.MARKETING, ConsentPurpose.TALENT_POOL):
            if consent_active(candidate=candidate, purpose=purpose):
                consent_withdraw(candidate=candidate, purpose=purpose, channel=ConsentChannel.EMAIL)
        suppression_add(email=email, scope=SuppressionScope.ALL, reason=SuppressionReason.UNSUBSCRIBED)
    elif choice == "resubscribe":
        lifted, _rows = Suppression.objects.filter(
            email=email.strip().lower(), reason=SuppressionReason.UNSUBSCRIBED
        ).delete()
        # Newsletters need consent in force: the person's click on the preferences page is that consent.
        if lifted and not consent_active(candidate=candidate, purpose=ConsentPurpose.MARKETING):
            consent_record(
                candidate=candidate,
                purpose=ConsentPurpose.MARKETING,
                legal_basis=LegalBasis.CONSENT,
                text_version=RESUBSCRIBE_TEXT_VERSION,
                channel=ConsentChannel.EMAIL,
                proof=proof,
            )
    else:
        raise ValueError(choice)
    return choice
