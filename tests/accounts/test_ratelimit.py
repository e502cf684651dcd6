from __future__ import annotations

from unittest import mock

import pytest
from django.core import mail
from django.http import HttpResponse
from django.test import RequestFactory

from accounts.models import AuditLogEntry
from accounts.ratelimit import parse_rate, rate_limit_hit, ratelimit

RESET_URL = "/accounts/password/reset/"


def test_rate_limit_hit_counts_in_a_fixed_window():
    with mock.patch("accounts.ratelimit.time.time", return_value=1_000_000.0):
        assert [rate_limit_hit(key="k", limit=3, period=60) for _hit in range(5)] == [False, False, False, True, True]
        # Keys are independent.
        assert rate_limit_hit(key="other", limit=3, period=60) is False
    with mock.patch("accounts.ratelimit.time.time", return_value=1_000_000.0 + 60):
        assert rate_limit_hit(key="k", limit=3, period=60) is False  # a new window starts from zero


def test_limit_zero_refuses_every_hit():
    assert rate_limit_hit(key="closed", limit=0, period=60) is True


@pytest.mark.parametrize("rate", ["5", "five/60", "5/0", "-1/60"])
def test_bad_rates_are_refused_at_import_time(rate):
    with pytest.raises(ValueError):
        parse_rate(rate)


def _view(request):
    return HttpResponse("ok")


def test_decorator_counts_only_the_listed_methods_per_client():
    view = ratelimit(key="ip", rate="2/60", methods=("POST",))(_view)
    factory = RequestFactory()

    statuses = [view(factory.post("/", REMOTE_ADDR="10.0.0.1")).status_code for _hit in range(3)]
    assert statuses == [200, 200, 429]
    assert view(factory.get("/", REMOTE_ADDR="10.0.0.1")).status_code == 200
    assert view(factory.post("/", REMOTE_ADDR="10.0.0.2")).status_code == 200


def test_decorator_accepts_a_key_function():
    view = ratelimit(key=lambda request: request.POST["email"], rate="1/60")(_view)
    factory = RequestFactory()

    assert view(factory.post("/", {"email": "a@example.com"})).status_code == 200
    assert view(factory.post("/", {"email": "a@example.com"})).status_code == 429
    assert view(factory.post("/", {"email": "b@example.com"})).status_code == 200


def test_unknown_key_is_refused():
    with pytest.raises(ValueError):
        ratelimit(key="cookie")


@pytest.mark.django_db
def test_password_reset_answers_429_after_five_requests(client, member):
    for _attempt in range(5):
        assert client.post(RESET_URL, {"email": member.email}).status_code == 302

    response = client.post(RESET_URL, {"email": member.email}, HTTP_ACCEPT_LANGUAGE="en")

    assert response.status_code == 429
    assert "errors/429.html" in [template.name for template in response.templates]
    assert "base.html" in [template.name for template in response.templates]
    assert "too many times" in response.content.decode()
    assert 0 < int(response["Retry-After"]) <= 300
    # The refused request did nothing: no sixth e-mail, no sixth audit entry.
    assert len(mail.outbox) == 5
    assert AuditLogEntry.objects.count() == 5
    # Showing the form is never limited.
    assert client.get(RESET_URL).status_code == 200


@pytest.mark.django_db
def test_rate_limits_can_be_turned_off(client, member, settings):
    settings.RATELIMIT_ENABLED = False

    statuses = {client.post(RESET_URL, {"email": member.email}).status_code for _attempt in range(7)}

    assert statuses == {302}
    assert len(mail.outbox) == 7


def test_an_unreachable_cache_lets_requests_through(monkeypatch):
    """A Redis outage must not turn every rate-limited form (password reset, applications) into a 500."""
    from accounts import ratelimit

    def down(*args, **kwargs):
        raise ConnectionError("Error 111 connecting to 127.0.0.1:6379. Connection refused.")

    monkeypatch.setattr(ratelimit.cache, "add", down)
    assert ratelimit.rate_limit_hit(key="outage", limit=0, period=60) is False
