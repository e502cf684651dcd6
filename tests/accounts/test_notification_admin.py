"""The e-mails to users (reviews, mentions, replies) can be looked up in the Django admin, who got one and what
became of it, and nothing about them can be added, changed or deleted there (``accounts.notifications`` owns
their states)."""

from __future__ import annotations

import pytest
from django.urls import reverse

from accounts.models import NotificationStatus
from ats.models import MentionNotification, ReviewNotification, StageTransition
from ats.services.collaboration import application_note_add
from messaging.models import ReplyNotification
from tests.ats.reviews_factories import make_application
from tests.factories import RecruiterFactory
from tests.messaging.factories import MessageFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def rows():
    recipient = RecruiterFactory(email="camille.admin@example.com")
    application = make_application()
    note = application_note_add(application=application, author=RecruiterFactory(), text="À revoir demain.")
    return [
        ReviewNotification.objects.create(
            transition=StageTransition.objects.filter(application=application).latest("id"),
            recipient=recipient,
            status=NotificationStatus.SENT,
            attempts=1,
        ),
        MentionNotification.objects.create(
            note=note, application=application, recipient=recipient, status=NotificationStatus.FAILED, attempts=2
        ),
        ReplyNotification.objects.create(message=MessageFactory(), recipient=recipient),
    ]


def _url(row, action: str, *args) -> str:
    return reverse(f"admin:{row._meta.app_label}_{row._meta.model_name}_{action}", args=args)


def test_each_kind_is_listed_with_recipient_status_attempts_and_dates(admin_client_, rows):
    for row in rows:
        response = admin_client_.get(_url(row, "changelist"))
        assert response.status_code == 200, row
        assert list(response.context["cl"].list_display) == [
            "recipient",
            "status",
            "attempts",
            "created_at",
            "sent_at",
        ]
        assert str(row.recipient) in response.content.decode()
        assert admin_client_.get(_url(row, "change", row.pk)).status_code == 200


def test_nothing_is_added_changed_or_deleted_there(admin_client_, rows):
    for row in rows:
        assert admin_client_.get(_url(row, "add")).status_code == 403
        response = admin_client_.post(_url(row, "change", row.pk), {"status": NotificationStatus.PENDING})
        assert response.status_code == 403
        assert admin_client_.post(_url(row, "delete", row.pk), {"post": "yes"}).status_code == 403
        assert type(row).objects.get(pk=row.pk).status == row.status
