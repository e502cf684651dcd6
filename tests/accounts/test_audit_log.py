from __future__ import annotations

import datetime

import pytest
from django.db import DatabaseError, connection, transaction
from django.urls import reverse
from django.utils import timezone

from accounts.models import AuditAction, AuditLogEntry
from accounts.services import audit_log_record
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db


def _entry_on(day: datetime.date, **fields) -> AuditLogEntry:
    moment = timezone.make_aware(datetime.datetime.combine(day, datetime.time(12, 0)))
    return AuditLogEntry.objects.create(created_at=moment, **fields)


def test_the_model_refuses_update_and_delete():
    entry = audit_log_record(action=AuditAction.LOGIN)

    entry.action = AuditAction.LOGOUT
    with pytest.raises(ValueError, match="append-only"):
        entry.save()
    with pytest.raises(ValueError, match="append-only"):
        entry.delete()
    entry.refresh_from_db()
    assert entry.action == AuditAction.LOGIN


@pytest.mark.parametrize(
    "statement",
    [
        "UPDATE accounts_auditlogentry SET action = 'logout' WHERE id = %s",
        "DELETE FROM accounts_auditlogentry WHERE id = %s",
    ],
)
def test_the_database_refuses_update_and_delete(statement):
    entry = audit_log_record(action=AuditAction.LOGIN)

    with pytest.raises(DatabaseError, match="append-only"), transaction.atomic(), connection.cursor() as cursor:
        cursor.execute(statement, [entry.pk])

    entry.refresh_from_db()
    assert entry.action == AuditAction.LOGIN


def test_queryset_update_is_refused_by_the_database_too():
    audit_log_record(action=AuditAction.LOGIN)

    with pytest.raises(DatabaseError), transaction.atomic():
        AuditLogEntry.objects.update(action=AuditAction.LOGOUT)

    assert list(AuditLogEntry.objects.values_list("action", flat=True)) == [AuditAction.LOGIN]


def test_the_viewer_filters_by_action_actor_and_dates(admin_client, admin_user):
    someone = UserFactory()
    old = _entry_on(datetime.date(2026, 1, 10), action=AuditAction.LOGIN, actor=someone)
    middle = _entry_on(datetime.date(2026, 2, 10), action=AuditAction.ROLE_CHANGED, actor=admin_user)
    recent = _entry_on(datetime.date(2026, 3, 10), action=AuditAction.LOGIN, actor=admin_user)
    url = reverse("accounts:audit_log")

    def listed(**filters):
        return list(admin_client.get(url, filters).context["page"])

    assert listed(action=AuditAction.LOGIN, date_from="2026-01-01", date_to="2026-06-30") == [recent, old]
    assert listed(actor=someone.pk) == [old]
    assert listed(date_from="2026-02-10", date_to="2026-02-10") == [middle]
    assert listed(date_from="2026-02-11", date_to="2026-06-30") == [recent]
    assert listed(date_to="2026-02-09") == [old]


def test_an_invalid_filter_is_shown_and_the_others_still_apply(admin_client):
    logout = _entry_on(datetime.date(2026, 1, 10), action=AuditAction.LOGOUT)

    response = admin_client.get(reverse("accounts:audit_log"), {"action": AuditAction.LOGOUT, "date_from": "soon"})

    assert "date_from" in response.context["filters"].errors
    assert 'aria-describedby="id_date_from_error"' in response.content.decode()
    assert list(response.context["page"]) == [logout]


def test_an_end_date_before_the_start_date_is_refused(admin_client):
    response = admin_client.get(reverse("accounts:audit_log"), {"date_from": "2026-03-01", "date_to": "2026-01-01"})

    assert "date_to" in response.context["filters"].errors


@pytest.mark.parametrize("rows", [3, 60])
def test_the_viewer_is_paginated_with_constant_queries(admin_client, django_assert_num_queries, rows):
    actors = UserFactory.create_batch(3)
    for number in range(rows):
        audit_log_record(action=AuditAction.LOGIN, actor=actors[number % 3], target=actors[0], details={"n": number})

    # session, signed-in user, actor choices for the filter, page count, page rows, the target users.
    with django_assert_num_queries(6):
        response = admin_client.get(reverse("accounts:audit_log"))

    assert response.status_code == 200
    assert reverse("accounts:user_edit", args=[actors[0].pk]) in response.content.decode()
    # Plus the admin's own login entry.
    assert len(response.context["page"].object_list) == min(rows + 1, 50)
