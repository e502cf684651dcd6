from __future__ import annotations

from typing import Any

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


@pytest.fixture(autouse=True)
def _anymail_test_backend(request):
    """Django's test set-up swaps EMAIL_BACKEND for locmem; put back anymail's test backend (test settings), which
    also collects mail in django.core.mail.outbox and reports an ESP status and message id as a real ESP would."""
    if "django_db_setup" not in request.fixturenames and "settings" not in request.fixturenames:
        yield
        return
    settings = request.getfixturevalue("settings")
    settings.EMAIL_BACKEND = "anymail.backends.test.EmailBackend"
    yield


@pytest.fixture
def esp_fails(monkeypatch):
    """``esp_fails(error, …)``: the ESP (anymail's test backend) answers the next sends with these errors, one per
    send, then accepts again. For mail sent with ``send_mail()``, which cannot carry ``anymail_test_response``.
    Returns the list of errors not raised yet."""
    from anymail.backends.test import EmailBackend

    def fail(*errors: BaseException) -> list[BaseException]:
        pending = list(errors)
        original = EmailBackend.post_to_esp

        def post_to_esp(self, payload, message):
            if pending:
                raise pending.pop(0)
            return original(self, payload, message)

        monkeypatch.setattr(EmailBackend, "post_to_esp", post_to_esp)
        return pending

    return fail


@pytest.fixture
def backoff_over():
    """``backoff_over(model)``: the backoff of the user notifications waiting for a retry has passed, as when the
    countdown of the retry task ends (the tests run that retry at once)."""
    from django.utils import timezone

    def over(model: Any) -> None:
        model.objects.filter(status="pending").update(task_due_at=timezone.now())

    return over


@pytest.fixture
def no_backoff(monkeypatch):
    """User notifications retried without waiting: a task run eagerly (``apply``) retries at once, whatever the
    countdown, so the backoff it records must be over by then."""
    monkeypatch.setattr("accounts.notifications.retry_delay", lambda attempts: 0)
