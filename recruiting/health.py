"""GET /healthz: is this instance able to serve? Used by load balancers, `make run` and CI."""

from __future__ import annotations

import time
from typing import Any

from django.conf import settings
from django.db import connection
from django.http import HttpRequest, JsonResponse
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET

from accounts.access import public


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

    try:
        with app.connection_for_write() as conn:
            conn.ensure_connection(max_retries=1, timeout=2)
            conn.default_channel.client.ping()  # a real round trip, not just a socket
        return "ok"
    except Exception as error:
        return f"error: {type(error).__name__}"


def _count_workers() -> int | None:
    from recruiting.celery import app

    try:
        replies = app.control.inspect(timeout=settings.HEALTHZ_WORKER_TIMEOUT).ping() or {}
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
