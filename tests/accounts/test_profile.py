from __future__ import annotations

import pytest
from django.conf import settings
from django.core.exceptions import ValidationError
from django.urls import reverse

from accounts.services import user_update_profile

pytestmark = pytest.mark.django_db

PROFILE_URL = "/accounts/profile/"


def test_profile_shows_the_current_values(client, member):
    client.force_login(member)

    response = client.get(PROFILE_URL)

    assert response.status_code == 200
    form = response.context["form"]
    assert form.initial == {
        "first_name": member.first_name,
        "last_name": member.last_name,
        "preferred_language": "fr",
        "email_signature": "",
    }
    assert '<label for="id_preferred_language">' in response.content.decode()
    assert '<label for="id_email_signature">' in response.content.decode()


def test_profile_saves_the_email_signature(client, member):
    client.force_login(member)
    response = client.post(
        PROFILE_URL,
        {
            "first_name": member.first_name,
            "last_name": member.last_name,
            "preferred_language": "fr",
            "email_signature": "  Camille Martin\nRecrutement  ",
        },
    )
    assert response.status_code == 302
    member.refresh_from_db()
    assert member.email_signature == "Camille Martin\nRecrutement"


def test_profile_saves_names_and_language_and_switches_the_interface(client, member):
    client.force_login(member)

    response = client.post(PROFILE_URL, {"first_name": " Camille ", "last_name": "Durand", "preferred_language": "en"})

    assert response.status_code == 302
    assert response["Location"] == reverse("accounts:profile")
    member.refresh_from_db()
    assert (member.first_name, member.last_name, member.preferred_language) == ("Camille", "Durand", "en")
    assert response.cookies[settings.LANGUAGE_COOKIE_NAME].value == "en"
    page = client.get(PROFILE_URL, HTTP_ACCEPT_LANGUAGE="fr")
    assert page["Content-Language"] == "en"
    assert '<html lang="en"' in page.content.decode()


def test_profile_language_applies_on_a_new_device(client, member):
    """No language cookie yet (another browser): the profile's language wins over the browser's."""
    member.preferred_language = "en"
    member.save(update_fields=["preferred_language"])
    client.force_login(member)

    page = client.get(PROFILE_URL, HTTP_ACCEPT_LANGUAGE="fr")

    assert page["Content-Language"] == "en"


def test_unknown_language_is_refused_next_to_the_field(client, member):
    client.force_login(member)
    before = (member.first_name, member.last_name, member.preferred_language)

    response = client.post(PROFILE_URL, {"first_name": "X", "last_name": "Y", "preferred_language": "de"})

    assert response.status_code == 200
    assert "preferred_language" in response.context["form"].errors
    assert 'aria-describedby="id_preferred_language_helptext id_preferred_language_error"' in response.content.decode()
    member.refresh_from_db()
    assert (member.first_name, member.last_name, member.preferred_language) == before
    assert settings.LANGUAGE_COOKIE_NAME not in response.cookies


def test_user_update_profile_service_validates_the_language(member):
    with pytest.raises(ValidationError):
        user_update_profile(user=member, first_name="A", last_name="B", preferred_language="xx")
    member.refresh_from_db()
    assert member.first_name != "A"
