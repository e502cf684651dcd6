from __future__ import annotations

import re

import pytest
from django.core.cache import cache

from tests.factories import PASSWORD, UserFactory

LOGIN_URL = "/accounts/login/"


@pytest.fixture(autouse=True)
def _empty_cache():
    # Rate-limit counters live in the cache, which outlives a test's database transaction.
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def password() -> str:
    return PASSWORD


@pytest.fixture
def member(db):
    """A plain recruiter with a known password, for the login and password screens."""
    return UserFactory(email="camille.martin@example.com", preferred_language="fr")


@pytest.fixture
def admin_client(client, admin_user):
    """Signed in as an administrator whose interface is in English, so messages can be compared as written."""
    admin_user.preferred_language = "en"
    admin_user.save(update_fields=["preferred_language"])
    client.force_login(admin_user)
    return client


def link_from(body: str) -> str:
    """The path of the first link to this site found in an e-mail body."""
    found = re.search(r"https?://[^/\s]+(/\S+)", body)
    assert found, body
    return found.group(1)


def log_in(client, *, email: str, password: str = PASSWORD, **extra):
    return client.post(LOGIN_URL, {"username": email, "password": password}, **extra)
