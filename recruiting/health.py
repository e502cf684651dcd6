"""GET /healthz: is this instance able to serve? Used by load balancers, containers, `make run` and CI.

200 when the database and the broker both answer, 503 otherwise; the JSON body says which one failed and how
many Celery workers answered a ping (informative only: a web instance can serve while workers restart).
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Any

from django.conf import settings
from django.db import connection
from django.http import HttpRequest, HttpResponseBase, JsonResponse
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET

from accounts.access import public

HEALTHZ_PATH = "/healthz"
BROKER_TIMEOUT = 2  # seconds, for connecting and for the round trip


def _check_database() -> str:
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
            cursor.fetchone()
        return "ok"
    except Exception as error:  # any driver error means "down"; the message says which
        return f"error: {type(error).__name__}"


def _check_broker() -> str:
    from recruiting.celery import app

    timeouts = {"socket_connect_timeout": BROKER_TIMEOUT, "socket_timeout": BROKER_TIMEOUT}
    try:
        with app.connection_for_write(transport_options=timeouts) as broker:
            # One attempt, no retry loop: a load balancer wants an answer now.
            broker.ensure_connection(max_retries=0, timeout=BROKER_TIMEOUT)
            client = getattr(broker.default_channel, "client", None)
            if client is not None:
                client.ping()  # Redis: a real round trip, not just an open socket
        return "ok"
    except Exception as error:
        return f"error: {type(error).__name__}"


def _count_workers() -> int | None:
    from recruiting.celery import app

    try:
        replies = app.control.ping(timeout=settings.HEALTHZ_WORKER_TIMEOUT) or []
    except Exception:
        return None
    return len(replies)


@public
@never_cache
@require_GET
def healthz(request: HttpRequest) -> JsonResponse:
    started = time.monotonic()
    body: dict[str, Any] = {"database": _check_database(), "broker": _check_broker()}
    body["workers"] = _count_workers() if body["broker"] == "ok" else 0
    body["elapsed_ms"] = round((time.monotonic() - started) * 1000, 1)
    healthy = body["database"] == "ok" and body["broker"] == "ok"
    body["status"] = "ok" if healthy else "unavailable"
    return JsonResponse(body, status=200 if healthy else 503)


class HealthCheckMiddleware:
    """Answers /healthz before any other middleware runs.

    Probes come from load balancers and container engines that address the instance by IP (so the Host header
    is not in ALLOWED_HOSTS) and over plain HTTP (so SECURE_SSL_REDIRECT would send them away). Nothing else
    about the request is trusted: the view reads no input.
    """

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponseBase]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponseBase:
        if request.path_info == HEALTHZ_PATH:
            return healthz(request)
        return self.get_response(request)
