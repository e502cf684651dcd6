"""Authentication events → audit log. Connected in AccountsConfig.ready()."""

from typing import Any

from axes.signals import user_locked_out
from django.contrib.auth.signals import user_logged_in, user_logged_out, user_login_failed
from django.dispatch import receiver

from .models import AuditAction
from .services import audit_log_record, client_ip


@receiver(user_logged_in, dispatch_uid="accounts.audit_login")
def _audit_login(sender: Any, request: Any, user: Any, **kwargs: Any) -> None:
    audit_log_record(
        action=AuditAction.LOGIN, actor=user, target=user, ip_address=client_ip(request) if request else None
    )


@receiver(user_logged_out, dispatch_uid="accounts.audit_logout")
def _audit_logout(sender: Any, request: Any, user: Any, **kwargs: Any) -> None:
    if user is not None:
        audit_log_record(
            action=AuditAction.LOGOUT, actor=user, target=user, ip_address=client_ip(request) if request else None
        )


@receiver(user_login_failed, dispatch_uid="accounts.audit_login_failed")
def _audit_login_failed(sender: Any, credentials: dict, request: Any = None, **kwargs: Any) -> None:
    # The typed e-mail is not stored: it may be someone else's address, mistyped.
    audit_log_record(action=AuditAction.LOGIN_FAILED, ip_address=client_ip(request) if request else None)


@receiver(user_locked_out, dispatch_uid="accounts.audit_locked_out")
def _audit_locked_out(sender: Any, request: Any, **kwargs: Any) -> None:
    audit_log_record(action=AuditAction.LOCKED_OUT, ip_address=client_ip(request) if request else None)
