"""Stopping or letting mail go to an address by hand is in the audit log (who, when, which row; never the address)."""

from __future__ import annotations

import pytest

from accounts.models import AuditAction, AuditLogEntry
from messaging.models import Suppression
from messaging.services.suppression import suppression_add, suppression_remove
from tests.factories import AdminFactory

pytestmark = pytest.mark.django_db


def test_adding_and_lifting_a_suppression_by_hand_is_audited_without_the_address():
    admin = AdminFactory()
    suppression = suppression_add(email="Camille@Example.org", scope="all", reason="manual", actor=admin)
    suppression_remove(suppression=suppression, actor=admin)

    entries = list(AuditLogEntry.objects.filter(target_type__icontains="suppression").order_by("id"))
    assert [entry.action for entry in entries] == [AuditAction.SUPPRESSION_ADDED, AuditAction.SUPPRESSION_REMOVED]
    assert all(entry.actor == admin and entry.target_id == str(suppression.pk) for entry in entries)
    assert all("camille" not in str(entry.details).lower() for entry in entries)
    assert not Suppression.objects.exists()


def test_a_bounce_suppressing_an_address_is_not_an_admin_action():
    suppression_add(email="bounced@example.org", scope="all", reason="hard_bounce")
    assert not AuditLogEntry.objects.filter(action=AuditAction.SUPPRESSION_ADDED).exists()
