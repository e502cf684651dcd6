"""The Django admin stays usable for the e-mail-login user model, and the audit log is read-only there."""

from __future__ import annotations

import pytest
from django.contrib.admin.sites import site
from django.urls import reverse

from accounts.models import AuditAction, AuditLogEntry, Team, User
from accounts.services import audit_log_record

pytestmark = pytest.mark.django_db


def test_user_admin_pages_load(admin_client, member):
    for url in (
        reverse("admin:accounts_user_changelist"),
        reverse("admin:accounts_user_changelist") + "?q=camille",
        reverse("admin:accounts_user_add"),
        reverse("admin:accounts_user_change", args=[member.pk]),
        reverse("admin:accounts_team_changelist"),
        reverse("admin:accounts_auditlogentry_changelist"),
    ):
        assert admin_client.get(url).status_code == 200, url


def test_a_user_can_be_created_from_the_admin(admin_client):
    response = admin_client.post(
        reverse("admin:accounts_user_add"),
        {
            "email": "created@example.com",
            "usable_password": "true",
            "password1": "a-long-enough-passphrase-1",
            "password2": "a-long-enough-passphrase-1",
            "role": "recruiter",
            "team": "",
        },
    )

    assert response.status_code == 302, response.context["adminform"].form.errors
    assert User.objects.get(email="created@example.com").check_password("a-long-enough-passphrase-1")


def test_team_admin_creates_a_team(admin_client):
    admin_client.post(
        reverse("admin:accounts_team_add"),
        {"name": "Ops", "description": "", "created_at_0": "2026-01-01", "created_at_1": "10:00"},
    )

    assert Team.objects.filter(name="Ops").exists()


def test_audit_log_admin_is_read_only(admin_client, rf, admin_user):
    entry = audit_log_record(action=AuditAction.LOGIN, actor=admin_user)
    model_admin = site._registry[AuditLogEntry]
    request = rf.get("/")
    request.user = admin_user

    assert model_admin.has_add_permission(request) is False
    assert model_admin.has_change_permission(request, entry) is False
    assert model_admin.has_delete_permission(request, entry) is False
    assert model_admin.has_view_permission(request, entry) is True
    assert admin_client.get(reverse("admin:accounts_auditlogentry_change", args=[entry.pk])).status_code == 200
    assert admin_client.get(reverse("admin:accounts_auditlogentry_add")).status_code == 403
    assert (
        admin_client.post(reverse("admin:accounts_auditlogentry_delete", args=[entry.pk]), {"post": "yes"}).status_code
        == 403
    )
    assert AuditLogEntry.objects.filter(pk=entry.pk).exists()
