from __future__ import annotations

import pytest

# Factories are imported inside the fixtures so that the pure-library tests (tests/parsing) also run
# without Django: `pytest tests/parsing -p no:django`.


@pytest.fixture
def admin_user(db):
    from tests.factories import AdminFactory

    return AdminFactory()


@pytest.fixture
def recruiter(db):
    from tests.factories import RecruiterFactory

    return RecruiterFactory()


@pytest.fixture
def hiring_manager(db):
    from tests.factories import HiringManagerFactory

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
