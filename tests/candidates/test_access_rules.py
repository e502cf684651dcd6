"""Proves this app's access matrix now; tests/core/test_access_matrix.py proves every app's the same way."""

from __future__ import annotations

import pytest
from django.conf import settings
from django.shortcuts import resolve_url
from django.urls import get_resolver, reverse

from accounts.access import declared_access
from tests.access import ADMIN, ALL_ROLES, ANONYMOUS, HIRING_MANAGER, RECRUITER
from tests.candidates.access_matrix import RULES
from tests.factories import AdminFactory, HiringManagerFactory, RecruiterFactory

USERS = {ADMIN: AdminFactory, RECRUITER: RecruiterFactory, HIRING_MANAGER: HiringManagerFactory}


def candidate_url_names() -> set[str]:
    resolver = get_resolver().namespace_dict["candidates"][1]
    return {f"candidates:{name}" for name in resolver.reverse_dict if isinstance(name, str)}


def test_every_candidates_url_has_a_rule_and_declares_access():
    names = candidate_url_names()
    assert names <= set(RULES), names - set(RULES)
    for name in names:
        view = get_resolver().namespace_dict["candidates"][1].reverse_dict.getlist(name.split(":")[1])
        assert view, name
    for pattern in get_resolver().namespace_dict["candidates"][1].url_patterns:
        assert declared_access(pattern.callback), pattern.name


@pytest.mark.django_db
@pytest.mark.parametrize("role", sorted(ALL_ROLES))
@pytest.mark.parametrize("name", sorted(RULES))
def test_rule(client, name, role):
    rule = RULES[name]
    if role != ANONYMOUS:
        client.force_login(USERS[role]())
    url = reverse(name, kwargs=rule.kwargs() if rule.kwargs else None)
    response = getattr(client, rule.method)(url, rule.data)
    login_url = resolve_url(settings.LOGIN_URL)
    to_login = response.status_code == 302 and response.url.startswith(login_url)
    if role in rule.allowed:
        assert response.status_code not in (401, 403, 404) and not to_login, response.status_code
    elif role == ANONYMOUS:
        assert to_login or response.status_code in (401, 403), response.status_code
    else:
        assert response.status_code == rule.denied_status
