from __future__ import annotations

import pytest
from django.urls import reverse

from accounts.models import Team
from tests.factories import TeamFactory, UserFactory

pytestmark = pytest.mark.django_db


def test_team_list_counts_active_members(admin_client, django_assert_num_queries):
    tech = TeamFactory(name="Tech")
    UserFactory.create_batch(3, team=tech)
    UserFactory(team=tech, is_active=False)
    TeamFactory(name="Sales")

    with django_assert_num_queries(4):
        response = admin_client.get(reverse("accounts:team_list"))

    assert response.status_code == 200
    assert [(team.name, team.member_count) for team in response.context["page"]] == [("Sales", 0), ("Tech", 3)]


def test_create_a_team(admin_client):
    response = admin_client.post(reverse("accounts:team_create"), {"name": "  Data  ", "description": "Analytics"})

    assert response.status_code == 302
    assert response["Location"] == reverse("accounts:team_list")
    assert Team.objects.filter(name="Data", description="Analytics").count() == 1


def test_team_names_are_unique_whatever_the_case(admin_client):
    TeamFactory(name="Tech")

    response = admin_client.post(reverse("accounts:team_create"), {"name": "TECH"}, HTTP_ACCEPT_LANGUAGE="en")

    assert response.status_code == 200
    assert response.context["form"].errors["name"] == ["A team with this name already exists."]
    assert Team.objects.count() == 1


def test_edit_a_team(admin_client):
    team = TeamFactory(name="Tech")
    other = TeamFactory(name="Sales")

    renamed = admin_client.post(reverse("accounts:team_edit", args=[team.pk]), {"name": "Engineering"})
    clash = admin_client.post(reverse("accounts:team_edit", args=[team.pk]), {"name": "sales"})
    same_name = admin_client.post(
        reverse("accounts:team_edit", args=[other.pk]), {"name": "Sales", "description": "B2B"}
    )

    assert renamed.status_code == 302
    assert clash.status_code == 200 and "name" in clash.context["form"].errors
    assert same_name.status_code == 302
    team.refresh_from_db()
    other.refresh_from_db()
    assert (team.name, other.name, other.description) == ("Engineering", "Sales", "B2B")


def test_unknown_team_is_404(admin_client):
    assert admin_client.get(reverse("accounts:team_edit", args=[999_999])).status_code == 404
