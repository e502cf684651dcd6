from __future__ import annotations

import pytest
from django.contrib.auth import SESSION_KEY
from django.core import mail
from django.core.exceptions import ValidationError
from django.urls import reverse

from accounts import services
from accounts.models import AuditAction, AuditLogEntry, Role, User
from tests.factories import HiringManagerFactory, RecruiterFactory, TeamFactory, UserFactory

from .conftest import link_from, log_in

pytestmark = pytest.mark.django_db

NEW_PASSWORD = "welcome-aboard-passphrase-3"


# --- List --------------------------------------------------------------------------------------------------


def test_user_list_shows_role_team_and_state(admin_client):
    team = TeamFactory(name="Tech")
    RecruiterFactory(first_name="Alice", last_name="Aubert", team=team)
    UserFactory(first_name="Bruno", last_name="Bernard", is_active=False)

    response = admin_client.get(reverse("accounts:user_list"), HTTP_ACCEPT_LANGUAGE="en")

    assert response.status_code == 200
    html = response.content.decode()
    assert "Alice Aubert" in html
    assert "Tech" in html
    assert "Deactivated" in html
    assert "Recruiter" in html


@pytest.mark.parametrize("rows", [2, 40])
def test_user_list_runs_a_constant_number_of_queries(admin_client, django_assert_num_queries, rows):
    teams = [TeamFactory() for _team in range(3)]
    for number in range(rows):
        UserFactory(team=teams[number % 3])

    # session, signed-in user, page count, page rows.
    with django_assert_num_queries(4):
        response = admin_client.get(reverse("accounts:user_list"))
    assert response.status_code == 200


def test_user_list_is_paginated_and_filtered(admin_client):
    for _number in range(55):
        RecruiterFactory()
    HiringManagerFactory(email="manager@example.com")

    first = admin_client.get(reverse("accounts:user_list"))
    second = admin_client.get(reverse("accounts:user_list"), {"page": 2})
    managers = admin_client.get(reverse("accounts:user_list"), {"role": Role.HIRING_MANAGER})
    searched = admin_client.get(reverse("accounts:user_list"), {"q": "MANAGER@"})

    assert len(first.context["page"].object_list) == 50
    assert len(second.context["page"].object_list) == 7  # 55 + the manager + the admin, 50 on page one
    assert [user.email for user in managers.context["page"]] == ["manager@example.com"]
    assert [user.email for user in searched.context["page"]] == ["manager@example.com"]
    assert "page=2" in first.content.decode()


def test_invited_filter_lists_people_without_a_password(admin_client, admin_user):
    invited = services.user_invite(
        email="new@example.com", first_name="", last_name="", role=Role.RECRUITER, team=None, invited_by=admin_user
    )

    response = admin_client.get(reverse("accounts:user_list"), {"status": "invited"})

    assert list(response.context["page"]) == [invited]


# --- Invite ------------------------------------------------------------------------------------------------


def test_invitation_end_to_end(client, admin_user, django_capture_on_commit_callbacks):
    team = TeamFactory(name="Sales")
    client.force_login(admin_user)

    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            reverse("accounts:user_invite"),
            {
                "email": "Nadia.Benali@Example.com",
                "first_name": "Nadia",
                "last_name": "Benali",
                "role": Role.HIRING_MANAGER,
                "team": team.pk,
                "preferred_language": "en",
            },
        )

    assert response.status_code == 302
    assert response["Location"] == reverse("accounts:user_list")
    invited = User.objects.get(email="nadia.benali@example.com")
    assert (invited.role, invited.team, invited.invited_by, invited.is_active) == (
        Role.HIRING_MANAGER,
        team,
        admin_user,
        True,
    )
    assert not invited.has_usable_password()
    entry = AuditLogEntry.objects.get(action=AuditAction.USER_INVITED)
    assert (entry.actor, entry.target_id, entry.details) == (
        admin_user,
        str(invited.pk),
        {"role": Role.HIRING_MANAGER, "team": team.pk},
    )
    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert message.to == ["nadia.benali@example.com"]
    assert message.subject.startswith("You are invited to join")
    assert "nadia.benali@example.com" in message.body

    # The invited person follows the link, chooses a password and logs in.
    client.post(reverse("accounts:logout"))
    link = link_from(message.body)
    form_page = client.get(link, follow=True)
    assert form_page.context["validlink"] is True
    assert "accounts/password_reset_confirm.html" in [template.name for template in form_page.templates]
    response = client.post(
        form_page.redirect_chain[-1][0], {"new_password1": NEW_PASSWORD, "new_password2": NEW_PASSWORD}
    )
    assert response["Location"] == reverse("accounts:password_reset_complete")
    invited.refresh_from_db()
    assert invited.check_password(NEW_PASSWORD)
    assert AuditLogEntry.objects.get(action=AuditAction.PASSWORD_CHANGED).details == {"via": "invitation"}
    assert log_in(client, email="nadia.benali@example.com", password=NEW_PASSWORD).status_code == 302
    assert client.session[SESSION_KEY] == str(invited.pk)


def test_invitation_to_an_existing_address_is_a_form_error(admin_client, member, django_capture_on_commit_callbacks):
    users_before = User.objects.count()

    with django_capture_on_commit_callbacks(execute=True):
        response = admin_client.post(
            reverse("accounts:user_invite"),
            {"email": "CAMILLE.martin@example.com", "role": Role.RECRUITER, "preferred_language": "fr"},
            HTTP_ACCEPT_LANGUAGE="en",
        )

    assert response.status_code == 200
    assert response.context["form"].errors["email"] == ["A user with this e-mail address already exists."]
    assert 'aria-describedby="id_email_error"' in response.content.decode()
    assert User.objects.count() == users_before
    assert mail.outbox == []
    assert not AuditLogEntry.objects.filter(action=AuditAction.USER_INVITED).exists()


def test_invite_service_refuses_a_duplicate_too(admin_user, member):
    with pytest.raises(ValidationError) as refused:
        services.user_invite(
            email=member.email.upper(),
            first_name="",
            last_name="",
            role=Role.RECRUITER,
            team=None,
            invited_by=admin_user,
        )
    assert "email" in refused.value.error_dict


def test_invitation_can_be_sent_again_until_the_password_is_chosen(
    admin_client, admin_user, member, django_capture_on_commit_callbacks
):
    invited = services.user_invite(
        email="late@example.com", first_name="", last_name="", role=Role.RECRUITER, team=None, invited_by=admin_user
    )

    with django_capture_on_commit_callbacks(execute=True):
        admin_client.post(reverse("accounts:user_invite_resend", args=[invited.pk]))
        admin_client.post(reverse("accounts:user_invite_resend", args=[member.pk]))

    assert [message.to for message in mail.outbox] == [["late@example.com"]]


# --- Role and team -----------------------------------------------------------------------------------------


def test_changing_role_and_team_is_recorded_with_old_and_new_values(admin_client, admin_user):
    old_team, new_team = TeamFactory(name="Old"), TeamFactory(name="New")
    user = RecruiterFactory(team=old_team)

    response = admin_client.post(
        reverse("accounts:user_edit", args=[user.pk]), {"role": Role.HIRING_MANAGER, "team": new_team.pk}
    )

    assert response.status_code == 302
    user.refresh_from_db()
    assert (user.role, user.team) == (Role.HIRING_MANAGER, new_team)
    role_entry = AuditLogEntry.objects.get(action=AuditAction.ROLE_CHANGED)
    assert (role_entry.actor, role_entry.target_id, role_entry.details) == (
        admin_user,
        str(user.pk),
        {"old": Role.RECRUITER, "new": Role.HIRING_MANAGER},
    )
    team_entry = AuditLogEntry.objects.get(action=AuditAction.TEAM_CHANGED)
    assert team_entry.details == {"old": old_team.pk, "new": new_team.pk, "old_name": "Old", "new_name": "New"}


def test_saving_unchanged_values_writes_no_audit_entry(admin_client):
    user = RecruiterFactory()
    entries_before = AuditLogEntry.objects.count()

    admin_client.post(reverse("accounts:user_edit", args=[user.pk]), {"role": Role.RECRUITER, "team": ""})

    assert AuditLogEntry.objects.count() == entries_before


def test_an_admin_cannot_change_their_own_role(admin_client, admin_user):
    entries_before = AuditLogEntry.objects.count()

    response = admin_client.post(reverse("accounts:user_edit", args=[admin_user.pk]), {"role": Role.RECRUITER})

    assert response.status_code == 200
    assert "role" in response.context["form"].errors
    admin_user.refresh_from_db()
    assert admin_user.role == Role.ADMIN
    assert AuditLogEntry.objects.count() == entries_before


def test_unknown_user_is_404(admin_client):
    assert admin_client.get(reverse("accounts:user_edit", args=[999_999])).status_code == 404


# --- Deactivate and reactivate -----------------------------------------------------------------------------


def test_deactivation_ends_access_and_is_recorded(client, admin_user, member):
    member_client = client.__class__()
    member_client.force_login(member)
    client.force_login(admin_user)

    response = client.post(reverse("accounts:user_deactivate", args=[member.pk]))

    assert response.status_code == 302
    member.refresh_from_db()
    assert member.is_active is False
    assert member.deactivated_at is not None
    entry = AuditLogEntry.objects.get(action=AuditAction.USER_DEACTIVATED)
    assert (entry.actor, entry.target_id) == (admin_user, str(member.pk))
    # An open session stops working, and logging in again is refused.
    assert member_client.get(reverse("accounts:profile"))["Location"].startswith(reverse("accounts:login"))
    refused = log_in(member_client, email=member.email)
    assert refused.status_code == 200
    assert refused.context["form"].errors.as_data()["__all__"][0].code == "invalid_login"
    assert member_client.get(reverse("accounts:profile")).status_code == 302


def test_an_admin_cannot_deactivate_themself(admin_client, admin_user):
    response = admin_client.post(
        reverse("accounts:user_deactivate", args=[admin_user.pk]), follow=True, HTTP_ACCEPT_LANGUAGE="en"
    )

    assert response.status_code == 200
    admin_user.refresh_from_db()
    assert admin_user.is_active is True
    assert admin_user.deactivated_at is None
    assert not AuditLogEntry.objects.filter(action=AuditAction.USER_DEACTIVATED).exists()
    assert [str(message) for message in response.context["messages"]] == ["You cannot deactivate your own account."]


def test_reactivation_restores_access(admin_client, admin_user):
    user = UserFactory()
    services.user_deactivate(user=user, actor=admin_user)

    admin_client.post(reverse("accounts:user_reactivate", args=[user.pk]))

    user.refresh_from_db()
    assert (user.is_active, user.deactivated_at) == (True, None)
    entry = AuditLogEntry.objects.get(action=AuditAction.USER_REACTIVATED)
    assert (entry.actor, entry.target_id) == (admin_user, str(user.pk))


def test_deactivating_twice_records_once(admin_user):
    user = UserFactory()
    services.user_deactivate(user=user, actor=admin_user)
    services.user_deactivate(user=user, actor=admin_user)

    assert AuditLogEntry.objects.filter(action=AuditAction.USER_DEACTIVATED).count() == 1


# --- Refusals for everyone else ----------------------------------------------------------------------------


@pytest.mark.parametrize("factory", [RecruiterFactory, HiringManagerFactory])
def test_non_admins_get_403_and_change_nothing(client, factory, member):
    client.force_login(factory())
    entries_before = AuditLogEntry.objects.count()

    responses = [
        client.get(reverse("accounts:user_list")),
        client.post(reverse("accounts:user_deactivate", args=[member.pk])),
        client.post(reverse("accounts:user_edit", args=[member.pk]), {"role": Role.ADMIN}),
        client.post(reverse("accounts:user_invite"), {"email": "x@example.com", "role": Role.ADMIN}),
        client.post(reverse("accounts:team_create"), {"name": "Hackers"}),
        client.get(reverse("accounts:audit_log")),
    ]

    assert [response.status_code for response in responses] == [403] * 6
    member.refresh_from_db()
    assert (member.is_active, member.role) == (True, Role.RECRUITER)
    assert not User.objects.filter(email="x@example.com").exists()
    assert AuditLogEntry.objects.count() == entries_before
    assert mail.outbox == []


def test_an_unreachable_mail_server_leaves_the_invited_account_to_resend(
    admin_client, settings, django_capture_on_commit_callbacks
):
    settings.EMAIL_BACKEND = "tests.accounts.test_passwords.BrokenBackend"

    with django_capture_on_commit_callbacks(execute=True):
        response = admin_client.post(
            reverse("accounts:user_invite"),
            {"email": "offline@example.com", "role": Role.RECRUITER, "preferred_language": "fr"},
        )

    assert response.status_code == 302
    assert User.objects.filter(email="offline@example.com", is_active=True).exists()
