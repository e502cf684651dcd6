"""GET /healthz: 200 when the database and the broker answer, 503 with the failing one named otherwise."""

from __future__ import annotations

import socket
from collections.abc import Iterator

import pytest
from django.db import connection
from django.db.backends.postgresql.base import DatabaseWrapper

from recruiting import health
from recruiting.celery import app as celery_app


@pytest.fixture
def closed_port() -> Iterator[int]:
    """A local TCP port that refuses connections: bound (so nobody else takes it) but not listening."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        yield sock.getsockname()[1]


@pytest.mark.django_db
def test_healthz_reports_database_and_broker(client):
    response = client.get("/healthz")
    body = response.json()
    assert response.status_code == 200, body
    assert body["database"] == "ok"
    assert body["broker"] == "ok"
    assert body["status"] == "ok"
    assert isinstance(body["workers"], int)
    assert isinstance(body["elapsed_ms"], float)
    assert "no-cache" in response["Cache-Control"]


@pytest.mark.django_db
def test_healthz_answers_503_when_the_database_is_down(client, monkeypatch, closed_port):
    settings_dict = {**connection.settings_dict, "HOST": "127.0.0.1", "PORT": str(closed_port)}
    settings_dict["OPTIONS"] = {**settings_dict["OPTIONS"], "connect_timeout": 2}
    unreachable = DatabaseWrapper(settings_dict, alias="unreachable")
    monkeypatch.setattr(health, "connection", unreachable)
    try:
        response = client.get("/healthz")
    finally:
        unreachable.close()
    body = response.json()
    assert response.status_code == 503, body
    assert body["database"] == "error: OperationalError"
    assert body["broker"] == "ok"
    assert body["status"] == "unavailable"


@pytest.mark.django_db
def test_healthz_answers_503_fast_when_the_broker_is_down(client, monkeypatch, closed_port):
    monkeypatch.setattr(celery_app.conf, "broker_url", f"redis://127.0.0.1:{closed_port}/0")
    response = client.get("/healthz")
    body = response.json()
    assert response.status_code == 503, body
    assert body["database"] == "ok"
    assert body["broker"] == "error: OperationalError"
    assert body["workers"] == 0  # not even asked: the ping would go through the same broker
    assert body["status"] == "unavailable"
    assert body["elapsed_ms"] < 1500, "one attempt, no retry loop"


@pytest.mark.django_db
def test_healthz_answers_probes_that_address_the_instance_by_ip(client):
    # A container engine or load balancer probes http://10.0.0.7:8000/healthz: not an allowed host, not HTTPS.
    assert client.get("/healthz", HTTP_HOST="10.0.0.7:8000").status_code == 200
    assert client.get("/accounts/login/", HTTP_HOST="10.0.0.7:8000").status_code == 400


@pytest.mark.django_db
def test_healthz_only_answers_get(client):
    assert client.post("/healthz").status_code == 405
