from __future__ import annotations

import pytest

from tests.factories import AdminFactory, HiringManagerFactory, RecruiterFactory


@pytest.fixture
def admin_user(db):
    return AdminFactory()


@pytest.fixture
def recruiter(db):
    return RecruiterFactory()


@pytest.fixture
def hiring_manager(db):
    return HiringManagerFactory()


@pytest.fixture
def recruiter_client(client, recruiter):
    client.force_login(recruiter)
    return client


@pytest.fixture
def admin_client_(client, admin_user):
    client.force_login(admin_user)
    return client


@pytest.fixture
def manager_client(client, hiring_manager):
    client.force_login(hiring_manager)
    return client
