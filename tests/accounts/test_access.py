"""Proves this app's access matrix on its own (tests/core walks the whole URLconf with every app's rules)."""

from __future__ import annotations

import pytest
from django.conf import settings
from django.urls import get_resolver, reverse

from accounts.access import declared_access
from tests.access import ADMIN, ANONYMOUS, HIRING_MANAGER, RECRUITER
from tests.factories import AdminFactory, HiringManagerFactory, RecruiterFactory

from .access_matrix import RULES

FACTORIES = {ADMIN: AdminFactory, RECRUITER: RecruiterFactory, HIRING_MANAGER: HiringManagerFactory}


def _account_url_names() -> set[str]:
    namespace = get_resolver().namespace_dict["accounts"][1]
    return {f"accounts:{name}" for name in namespace.reverse_dict if isinstance(name, str)}


def test_every_accounts_url_has_a_rule_and_declares_its_access():
    assert _account_url_names() == set(RULES)
    for pattern in get_resolver().namespace_dict["accounts"][1].url_patterns:
        assert declared_access(pattern.callback) is not None, pattern.name


@pytest.mark.django_db
@pytest.mark.parametrize("role", [ANONYMOUS, HIRING_MANAGER, RECRUITER, ADMIN])
@pytest.mark.parametrize("name", sorted(RULES))
def test_access_rule(client, name, role):
    rule = RULES[name]
    if role != ANONYMOUS:
        client.force_login(FACTORIES[role]())
    url = reverse(name, kwargs=rule.kwargs() if rule.kwargs else None)
    response = getattr(client, rule.method)(url, rule.data)
    login_url = reverse(settings.LOGIN_URL)
    sent_to_login = response.status_code == 302 and response["Location"].startswith(login_url)
    if role in rule.allowed:
        assert response.status_code not in (401, 403, 404) and not sent_to_login, response.status_code
    elif role == ANONYMOUS:
        assert sent_to_login, response.status_code
    else:
        assert response.status_code == rule.denied_status
