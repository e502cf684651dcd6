from __future__ import annotations

import pytest
from axes.models import AccessAttempt
from django.contrib.auth import SESSION_KEY
from django.core import mail
from django.urls import reverse

from accounts.models import AuditAction, AuditLogEntry
from tests.factories import UserFactory

from .conftest import link_from, log_in

pytestmark = pytest.mark.django_db

RESET_URL = "/accounts/password/reset/"
NEW_PASSWORD = "a-brand-new-passphrase-7"


def _request_reset(client, email: str, **extra):
    return client.post(RESET_URL, {"email": email}, **extra)


def _choose_password(client, link: str, password: str = NEW_PASSWORD):
    """Follow an e-mailed link the way a browser does: the token moves to the session, then the form posts."""
    response = client.get(link)
    assert response.status_code == 302, response.status_code
    form_url = response["Location"]
    assert form_url.endswith("/set-password/")
    return client.post(form_url, {"new_password1": password, "new_password2": password})


def test_reset_request_sends_a_link_in_the_users_language(client, member, settings):
    settings.COMPANY_NAME = "Acme"
    member.preferred_language = "en"
    member.save(update_fields=["preferred_language"])

    response = _request_reset(client, "Camille.Martin@example.com")

    assert response.status_code == 302
    assert response["Location"] == reverse("accounts:password_reset_done")
    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert message.to == [member.email]
    assert message.subject == "Choose a new password for Acme"
    assert "\n" not in message.subject
    assert "Someone asked to reset the password" in message.body
    assert link_from(message.body).startswith("/accounts/password/reset/")
    entry = AuditLogEntry.objects.get()
    assert (entry.action, entry.target_id, entry.ip_address) == (
        AuditAction.PASSWORD_RESET_REQUESTED,
        str(member.pk),
        "127.0.0.1",
    )
    assert member.email not in str(entry.details)


def test_reset_link_sets_the_new_password_once(client, member):
    _request_reset(client, member.email)
    link = link_from(mail.outbox[0].body)

    response = _choose_password(client, link)

    assert response.status_code == 302
    assert response["Location"] == reverse("accounts:password_reset_complete")
    member.refresh_from_db()
    assert member.check_password(NEW_PASSWORD)
    assert SESSION_KEY not in client.session  # the user logs in themself, with the new password
    entry = AuditLogEntry.objects.get(action=AuditAction.PASSWORD_CHANGED)
    assert (entry.actor, entry.target_id, entry.details) == (member, str(member.pk), {"via": "reset"})
    assert log_in(client, email=member.email, password=NEW_PASSWORD).status_code == 302

    # Used once: the password changed, so the token no longer matches.
    client.logout()
    response = client.get(link, follow=True)
    assert response.context["validlink"] is False


def test_unknown_address_gets_the_same_answer_and_no_email(client, member):
    response = _request_reset(client, "nobody@example.com")

    assert response.status_code == 302
    assert response["Location"] == reverse("accounts:password_reset_done")
    assert mail.outbox == []
    entry = AuditLogEntry.objects.get()
    assert (entry.action, entry.target_type, entry.target_id, entry.details) == (
        AuditAction.PASSWORD_RESET_REQUESTED,
        "",
        "",
        {},
    )


def test_deactivated_user_gets_no_reset_email(client):
    user = UserFactory(is_active=False)

    _request_reset(client, user.email)

    assert mail.outbox == []


def test_invalid_reset_form_shows_the_error_next_to_the_field(client):
    response = _request_reset(client, "not-an-address")

    assert response.status_code == 200
    assert 'aria-describedby="id_email_error"' in response.content.decode()
    assert mail.outbox == []
    assert not AuditLogEntry.objects.exists()


def test_mismatched_new_passwords_change_nothing(client, member):
    _request_reset(client, member.email)
    response = client.get(link_from(mail.outbox[0].body))
    response = client.post(response["Location"], {"new_password1": NEW_PASSWORD, "new_password2": "something-else-9"})

    assert response.status_code == 200
    assert response.context["form"].errors["new_password2"]
    member.refresh_from_db()
    assert not member.check_password(NEW_PASSWORD)
    assert not AuditLogEntry.objects.filter(action=AuditAction.PASSWORD_CHANGED).exists()


def test_choosing_a_new_password_lifts_a_lockout(client, member):
    for _attempt in range(5):
        log_in(client, email=member.email, password="wrong-password")
    assert AccessAttempt.objects.filter(username=member.email).exists()

    _request_reset(client, member.email)
    _choose_password(client, link_from(mail.outbox[0].body))

    assert not AccessAttempt.objects.filter(username=member.email).exists()
    assert log_in(client, email=member.email, password=NEW_PASSWORD).status_code == 302


def test_password_change_keeps_the_session_and_is_recorded(client, member, password):
    client.force_login(member)

    response = client.post(
        reverse("accounts:password_change"),
        {"old_password": password, "new_password1": NEW_PASSWORD, "new_password2": NEW_PASSWORD},
    )

    assert response.status_code == 302
    assert response["Location"] == reverse("accounts:profile")
    member.refresh_from_db()
    assert member.check_password(NEW_PASSWORD)
    assert client.get(reverse("accounts:profile")).status_code == 200  # still signed in
    entry = AuditLogEntry.objects.get(action=AuditAction.PASSWORD_CHANGED)
    assert (entry.actor, entry.details) == (member, {"via": "change"})


def test_password_change_with_a_wrong_old_password_changes_nothing(client, member, password):
    client.force_login(member)

    response = client.post(
        reverse("accounts:password_change"),
        {"old_password": "not-my-password", "new_password1": NEW_PASSWORD, "new_password2": NEW_PASSWORD},
    )

    assert response.status_code == 200
    assert "old_password" in response.context["form"].errors
    assert 'aria-describedby="id_old_password_error"' in response.content.decode()
    member.refresh_from_db()
    assert member.check_password(password)
    assert not AuditLogEntry.objects.filter(action=AuditAction.PASSWORD_CHANGED).exists()


def test_password_change_refuses_a_weak_password(client, member, password):
    client.force_login(member)

    response = client.post(
        reverse("accounts:password_change"),
        {"old_password": password, "new_password1": "short", "new_password2": "short"},
    )

    assert response.status_code == 200
    assert "new_password2" in response.context["form"].errors
    member.refresh_from_db()
    assert member.check_password(password)


def test_a_link_stops_working_when_the_account_is_deactivated(client, member):
    _request_reset(client, member.email)
    member.is_active = False
    member.save(update_fields=["is_active"])

    response = client.get(link_from(mail.outbox[0].body), follow=True)

    assert response.context["validlink"] is False


def test_an_unreachable_mail_server_does_not_reveal_the_account(client, member, settings):
    settings.EMAIL_BACKEND = "tests.accounts.test_passwords.BrokenBackend"

    response = _request_reset(client, member.email)

    assert response.status_code == 302
    assert response["Location"] == reverse("accounts:password_reset_done")


class BrokenBackend:
    def __init__(self, *args, **kwargs):
        pass

    def send_messages(self, messages):
        raise ConnectionRefusedError("mail server down")
