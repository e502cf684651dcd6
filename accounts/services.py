"""Every write on users, teams and the audit log. Views, commands and tasks call these and nothing else."""

from __future__ import annotations

import logging
from typing import Any

from django.conf import settings
from django.contrib.auth.tokens import default_token_generator
from django.core.exceptions import ValidationError
from django.core.mail import send_mail
from django.db import IntegrityError, models, transaction
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.encoding import force_bytes
from django.utils.http import urlsafe_base64_encode
from django.utils.translation import gettext_lazy as _

from .models import AuditAction, AuditLogEntry, Role, Team, User

logger = logging.getLogger(__name__)


def audit_log_record(
    *,
    action: AuditAction | str,
    actor: Any = None,
    target: models.Model | None = None,
    target_type: str = "",
    target_id: str | int = "",
    ip_address: str | None = None,
    details: dict[str, Any] | None = None,
) -> AuditLogEntry:
    """Append one entry to the audit log. ``target`` may be a model instance or a (type, id) pair; never
    put names or e-mails in ``details``: the log outlives erasures."""
    if target is not None:
        target_type = target._meta.label_lower
        target_id = target.pk
    if actor is not None and not getattr(actor, "is_authenticated", False):
        actor = None
    return AuditLogEntry.objects.create(
        action=str(action),
        actor=actor,
        target_type=target_type,
        target_id=str(target_id) if target_id != "" else "",
        ip_address=ip_address or None,
        details=details or {},
    )


def client_ip(request: Any) -> str | None:
    """The client's address, as django-axes resolved it (it honours the configured proxy count)."""
    from axes.helpers import get_client_ip_address

    return get_client_ip_address(request) or None


def user_set_language(*, user: Any, language: str) -> Any:
    if language in dict(settings.LANGUAGES) and user.preferred_language != language:
        user.preferred_language = language
        user.save(update_fields=["preferred_language"])
    return user


def user_update_profile(
    *, user: User, first_name: str, last_name: str, preferred_language: str, email_signature: str | None = None
) -> User:
    if preferred_language not in dict(settings.LANGUAGES):
        raise ValidationError({"preferred_language": _("Choose one of the available languages.")})
    user.first_name = first_name.strip()
    user.last_name = last_name.strip()
    user.preferred_language = preferred_language
    fields = ["first_name", "last_name", "preferred_language"]
    if email_signature is not None:
        user.email_signature = email_signature.strip()
        fields.append("email_signature")
    user.save(update_fields=fields)
    return user


# --- Passwords -----------------------------------------------------------------------------------------------


def user_set_password(*, user: User, password: str, ip_address: str | None = None, via: str = "change") -> User:
    """Set a new password (already validated by the form) and record it. ``via`` says how: ``change`` (the
    signed-in user), ``reset`` (a link sent by e-mail) or ``invitation`` (first password of an invited user)."""
    from axes.utils import reset as axes_reset

    with transaction.atomic():
        user.set_password(password)
        user.save(update_fields=["password"])
        audit_log_record(
            action=AuditAction.PASSWORD_CHANGED, actor=user, target=user, ip_address=ip_address, details={"via": via}
        )
    # Whoever proved they own the mailbox (or knew the old password) should not stay locked out by failures
    # that were perhaps theirs.
    axes_reset(username=user.email)
    return user


def password_reset_request(*, email: str, ip_address: str | None = None) -> None:
    """Send a reset link to the active account with this e-mail, if there is one.

    The caller must answer the same way whether or not an account exists, so the form cannot be used to find
    out who has an account. The audit entry names the account when there is one, never the typed address.
    """
    user = User.objects.filter(email__iexact=email.strip(), is_active=True).first()
    audit_log_record(action=AuditAction.PASSWORD_RESET_REQUESTED, target=user, ip_address=ip_address)
    if user is None:
        return
    try:
        _send_password_link(
            user=user,
            subject_template="accounts/emails/password_reset_subject.txt",
            body_template="accounts/emails/password_reset_body.txt",
        )
    except Exception:
        # As Django's own reset form: an unreachable mail server must not turn the page into an error that
        # tells the visitor this address has an account.
        logger.exception("Could not send a password reset e-mail to user %s", user.pk)


def password_link(*, user: User) -> str:
    """An absolute link to the set-password page, valid until the password changes or the reset timeout."""
    path = reverse(
        "accounts:password_reset_confirm",
        kwargs={
            "uidb64": urlsafe_base64_encode(force_bytes(user.pk)),
            "token": default_token_generator.make_token(user),
        },
    )
    # SITE_URL rather than the request's Host header: a forged Host must never end up in a reset e-mail.
    return settings.SITE_URL.rstrip("/") + path


def user_email_send(
    *, user: Any, subject_template: str, body_template: str, context: dict[str, Any], html_template: str = ""
) -> None:
    """A plain-text e-mail to a user of the product (not a candidate: those go through messaging), written in
    the user's language, with an HTML alternative when ``html_template`` is given. The subject template's lines
    are joined into one header line."""
    with translation.override(getattr(user, "preferred_language", "") or settings.LANGUAGE_CODE):
        full_context = {"user": user, "company_name": settings.COMPANY_NAME, "site_url": settings.SITE_URL, **context}
        subject = " ".join(render_to_string(subject_template, full_context).split())
        body = render_to_string(body_template, full_context)
        html = render_to_string(html_template, full_context) if html_template else None
    send_mail(subject, body, settings.DEFAULT_FROM_EMAIL, [user.email], html_message=html)


def _send_password_link(
    *, user: User, subject_template: str, body_template: str, context: dict[str, Any] | None = None
) -> None:
    # The link is made in the user's language too: nothing in it depends on it, but it keeps one code path.
    user_email_send(
        user=user,
        subject_template=subject_template,
        body_template=body_template,
        context={
            "link": password_link(user=user),
            "valid_hours": settings.PASSWORD_RESET_TIMEOUT // 3600,
            **(context or {}),
        },
    )


# --- Users (administration) ----------------------------------------------------------------------------------


def user_invite(
    *,
    email: str,
    first_name: str,
    last_name: str,
    role: Role | str,
    team: Team | None,
    invited_by: User,
    preferred_language: str | None = None,
    ip_address: str | None = None,
) -> User:
    """Create an active account without a usable password and e-mail its owner a link to choose one.

    The link is the password-reset confirmation page with Django's default token generator, so it stops
    working once used. The e-mail leaves after commit: no invitation for an account that was rolled back.
    """
    email = User.objects.normalize_email(email.strip()).lower()
    if role not in Role.values:
        raise ValidationError({"role": _("Choose a valid role.")})
    language = preferred_language or settings.LANGUAGE_CODE
    if language not in dict(settings.LANGUAGES):
        raise ValidationError({"preferred_language": _("Choose one of the available languages.")})
    duplicate = ValidationError({"email": _("A user with this e-mail address already exists.")})
    if User.objects.filter(email__iexact=email).exists():
        raise duplicate
    try:
        with transaction.atomic():
            user = User.objects.create_user(
                email=email,
                password=None,  # create_user stores an unusable password
                first_name=first_name.strip(),
                last_name=last_name.strip(),
                role=str(role),
                team=team,
                invited_by=invited_by,
                preferred_language=language,
            )
            audit_log_record(
                action=AuditAction.USER_INVITED,
                actor=invited_by,
                target=user,
                ip_address=ip_address,
                details={"role": str(role), "team": team.pk if team else None},
            )
            # robust: a mail server failure is logged and leaves the account created; the invitation can be resent.
            transaction.on_commit(lambda: _send_invitation(user=user, invited_by=invited_by), robust=True)
    except IntegrityError as clash:  # another admin invited the same address at the same moment
        raise duplicate from clash
    return user


def user_invite_resend(*, user: User, actor: User) -> User:
    """Send the invitation again to someone who has not chosen a password yet (a lost or expired link)."""
    if user.has_usable_password():
        raise ValidationError(_("This user has already chosen a password."), code="already_joined")
    if not user.is_active:
        raise ValidationError(_("This user is deactivated."), code="inactive")
    transaction.on_commit(lambda: _send_invitation(user=user, invited_by=actor), robust=True)
    return user


def _send_invitation(*, user: User, invited_by: User) -> None:
    _send_password_link(
        user=user,
        subject_template="accounts/emails/invitation_subject.txt",
        body_template="accounts/emails/invitation_body.txt",
        context={"invited_by": invited_by},
    )


def _locked(user: User) -> User:
    return User.objects.select_for_update(of=("self",)).select_related("team").get(pk=user.pk)


def user_change_role(*, user: User, role: Role | str, actor: User, ip_address: str | None = None) -> User:
    if role not in Role.values:
        raise ValidationError({"role": _("Choose a valid role.")})
    if user.pk == actor.pk:
        # Keeps the workspace from losing its last administrator by a slip of the mouse.
        raise ValidationError({"role": _("You cannot change your own role.")})
    with transaction.atomic():
        locked = _locked(user)
        old_role = locked.role
        if old_role == str(role):
            return locked
        locked.role = str(role)
        locked.save(update_fields=["role"])
        audit_log_record(
            action=AuditAction.ROLE_CHANGED,
            actor=actor,
            target=locked,
            ip_address=ip_address,
            details={"old": old_role, "new": str(role)},
        )
    return locked


def user_change_team(*, user: User, team: Team | None, actor: User, ip_address: str | None = None) -> User:
    with transaction.atomic():
        locked = _locked(user)
        old_team = locked.team
        if (old_team.pk if old_team else None) == (team.pk if team else None):
            return locked
        locked.team = team
        locked.save(update_fields=["team"])
        audit_log_record(
            action=AuditAction.TEAM_CHANGED,
            actor=actor,
            target=locked,
            ip_address=ip_address,
            details={
                "old": old_team.pk if old_team else None,
                "new": team.pk if team else None,
                # Team names are not personal data, and the ids alone would be unreadable once a team is renamed.
                "old_name": old_team.name if old_team else "",
                "new_name": team.name if team else "",
            },
        )
    return locked


def user_deactivate(*, user: User, actor: User, ip_address: str | None = None) -> User:
    """Deactivated users can no longer log in, and their open sessions stop working at the next request
    (the authentication backend refuses inactive users)."""
    if user.pk == actor.pk:
        raise ValidationError(_("You cannot deactivate your own account."), code="self_deactivation")
    with transaction.atomic():
        locked = _locked(user)
        if not locked.is_active:
            return locked
        locked.is_active = False
        locked.deactivated_at = timezone.now()
        locked.save(update_fields=["is_active", "deactivated_at"])
        audit_log_record(action=AuditAction.USER_DEACTIVATED, actor=actor, target=locked, ip_address=ip_address)
    return locked


def user_reactivate(*, user: User, actor: User, ip_address: str | None = None) -> User:
    with transaction.atomic():
        locked = _locked(user)
        if locked.is_active:
            return locked
        locked.is_active = True
        locked.deactivated_at = None
        locked.save(update_fields=["is_active", "deactivated_at"])
        audit_log_record(action=AuditAction.USER_REACTIVATED, actor=actor, target=locked, ip_address=ip_address)
    return locked


# --- Teams ---------------------------------------------------------------------------------------------------


def _team_name_taken(*, name: str, exclude_pk: int | None = None) -> bool:
    teams = Team.objects.filter(name__iexact=name)
    if exclude_pk is not None:
        teams = teams.exclude(pk=exclude_pk)
    return teams.exists()


def team_create(*, name: str, description: str = "") -> Team:
    name = name.strip()
    if _team_name_taken(name=name):
        raise ValidationError({"name": _("A team with this name already exists.")})
    try:
        with transaction.atomic():
            return Team.objects.create(name=name, description=description.strip())
    except IntegrityError as clash:
        raise ValidationError({"name": _("A team with this name already exists.")}) from clash


def team_update(*, team: Team, name: str, description: str) -> Team:
    name = name.strip()
    if _team_name_taken(name=name, exclude_pk=team.pk):
        raise ValidationError({"name": _("A team with this name already exists.")})
    team.name = name
    team.description = description.strip()
    try:
        with transaction.atomic():
            team.save(update_fields=["name", "description"])
    except IntegrityError as clash:
        raise ValidationError({"name": _("A team with this name already exists.")}) from clash
    return team
