from __future__ import annotations

import datetime

import pytest
from axes.models import AccessAttempt
from django.contrib.auth import SESSION_KEY
from django.urls import reverse

from accounts.models import AuditAction, AuditLogEntry
from tests.factories import UserFactory

from .conftest import LOGIN_URL, log_in

pytestmark = pytest.mark.django_db


def _actions() -> list[str]:
    return list(AuditLogEntry.objects.order_by("id").values_list("action", flat=True))


def test_login_page_has_labelled_email_and_password_fields(client):
    response = client.get(LOGIN_URL)

    assert response.status_code == 200
    html = response.content.decode()
    assert '<label for="id_username">' in html
    assert 'type="email"' in html
    assert '<label for="id_password">' in html
    assert reverse("accounts:password_reset") in html


def test_login_with_email_and_password_signs_in_and_records_it(client, member):
    response = log_in(client, email=member.email)

    assert response.status_code == 302
    assert response["Location"] == reverse("core:dashboard")
    assert client.session[SESSION_KEY] == str(member.pk)
    entry = AuditLogEntry.objects.get()
    assert (entry.action, entry.actor, entry.target_type, entry.target_id, entry.ip_address) == (
        AuditAction.LOGIN,
        member,
        "accounts.user",
        str(member.pk),
        "127.0.0.1",
    )


def test_login_ignores_the_case_of_the_email(client, member):
    response = log_in(client, email="  Camille.MARTIN@example.com ")

    assert response.status_code == 302
    assert client.session[SESSION_KEY] == str(member.pk)


def test_login_follows_next(client, member):
    response = client.post(
        f"{LOGIN_URL}?next=/accounts/profile/", {"username": member.email, "password": "correct-horse-battery-42"}
    )

    assert response["Location"] == "/accounts/profile/"


def test_wrong_password_shows_the_error_and_signs_nobody_in(client, member):
    response = log_in(client, email=member.email, password="wrong-password", HTTP_ACCEPT_LANGUAGE="en")

    assert response.status_code == 200
    assert SESSION_KEY not in client.session
    assert response.context["form"].errors.as_data()["__all__"][0].code == "invalid_login"
    assert "do not match an active account" in response.content.decode()
    entry = AuditLogEntry.objects.get()
    # The typed address is not kept: it may be someone else's, mistyped.
    assert (entry.action, entry.actor, entry.target_id, entry.details) == (AuditAction.LOGIN_FAILED, None, "", {})
    member.refresh_from_db()
    assert member.last_login is None


def test_invalid_email_is_shown_next_to_the_field(client, member):
    response = log_in(client, email="not-an-address", password="whatever")

    assert response.status_code == 200
    html = response.content.decode()
    assert 'id="id_username_error"' in html
    assert 'aria-describedby="id_username_error"' in html
    assert 'aria-invalid="true"' in html
    assert SESSION_KEY not in client.session


def test_five_failures_lock_the_account_out_with_a_retry_time(client, member, settings):
    settings.AXES_COOLOFF_TIME = 0.5
    for _attempt in range(4):
        assert log_in(client, email=member.email, password="wrong-password").status_code == 200

    response = log_in(client, email=member.email, password="wrong-password", HTTP_ACCEPT_LANGUAGE="en")

    assert response.status_code == 429
    # The login form was rendered, then axes' middleware replaced the response with the lockout page.
    assert "accounts/lockout.html" in [template.name for template in response.templates]
    assert response.context["cooloff_timedelta"] == datetime.timedelta(minutes=30)
    html = response.content.decode()
    assert "blocked for 30 minutes" in html
    assert "You can try again at" in html
    assert sorted(_actions()) == sorted([AuditAction.LOGIN_FAILED] * 5 + [AuditAction.LOCKED_OUT])

    # Even the right password is refused until the cool-off ends.
    response = log_in(client, email=member.email)
    assert response.status_code == 429
    assert SESSION_KEY not in client.session
    assert AuditAction.LOGIN not in _actions()


def test_a_successful_login_clears_earlier_failures(client, member):
    for _attempt in range(3):
        log_in(client, email=member.email, password="wrong-password")

    log_in(client, email=member.email)

    assert not AccessAttempt.objects.filter(username=member.email).exists()


def test_deactivated_user_cannot_log_in(client):
    user = UserFactory(is_active=False)

    response = log_in(client, email=user.email)

    assert response.status_code == 200
    assert response.context["form"].errors.as_data()["__all__"][0].code == "invalid_login"
    assert SESSION_KEY not in client.session
    assert _actions() == [AuditAction.LOGIN_FAILED]


def test_logout_is_post_only_and_recorded(client, member):
    client.force_login(member)

    assert client.get(reverse("accounts:logout")).status_code == 405
    assert SESSION_KEY in client.session
    response = client.post(reverse("accounts:logout"))

    assert response.status_code == 302
    assert response["Location"] == reverse("accounts:login")
    assert SESSION_KEY not in client.session
    entry = AuditLogEntry.objects.get(action=AuditAction.LOGOUT)
    assert (entry.actor, entry.target_id) == (member, str(member.pk))
