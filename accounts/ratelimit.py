"""A small fixed-window rate limiter for public forms (password reset, career site, talent community).

Counters live in Django's cache (Redis in production), so every web process shares them. A fixed window is
coarse (a burst straddling two windows may get up to twice the limit through) but costs one atomic increment
per request, which is what a form that anyone can post to needs.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Iterable
from functools import wraps
from typing import Any

from django.conf import settings
from django.core.cache import cache
from django.http import HttpRequest
from django.http.response import HttpResponseBase
from django.shortcuts import render

from .services import client_ip

View = Callable[..., HttpResponseBase]
KeyFunction = Callable[[HttpRequest], str]

CACHE_PREFIX = "ratelimit"
logger = logging.getLogger(__name__)


def rate_limit_hit(*, key: str, limit: int, period: int) -> bool:
    """Count one hit for ``key`` in the current window of ``period`` seconds; True when this hit goes over
    ``limit`` (the caller should refuse the request)."""
    if limit < 0 or period <= 0:
        raise ValueError("limit must be >= 0 and period > 0")
    window = int(time.time() // period)
    cache_key = f"{CACHE_PREFIX}:{key}:{period}:{window}"
    try:
        # add() is a no-op when the counter exists, so the expiry is set once per window; incr() is atomic.
        cache.add(cache_key, 0, timeout=period)
        try:
            count = cache.incr(cache_key)
        except ValueError:
            # The counter expired between add() and incr(): this hit opens a new window.
            cache.set(cache_key, 1, timeout=period)
            count = 1
    except Exception:  # the cache (Redis) is down: let people through rather than fail every form
        logger.warning("Rate limit not counted for %s: the cache is unreachable", key, exc_info=True)
        return False
    return count > limit


def parse_rate(rate: str) -> tuple[int, int]:
    """``"5/60"`` → (5 requests, 60 seconds)."""
    try:
        count, period = (int(part) for part in rate.split("/", 1))
    except ValueError as invalid:
        raise ValueError(f"Rate must look like '5/60' (requests/seconds), not {rate!r}") from invalid
    if count < 0 or period <= 0:
        raise ValueError(f"Rate must have a count >= 0 and a period > 0, not {rate!r}")
    return count, period


def _ip_key(request: HttpRequest) -> str:
    return client_ip(request) or "unknown"


def ratelimit(
    key: str | KeyFunction = "ip",
    rate: str = "5/60",
    methods: Iterable[str] = ("POST",),
) -> Callable[[View], View]:
    """Refuse a function view's requests with a 429 page once a client goes over ``rate``.

    ``key`` is ``"ip"`` (the client's address, as django-axes resolves it behind proxies) or a function of the
    request returning a string. Only ``methods`` count, so showing a form is never limited, only posting it.
    Each view has its own counters. ``settings.RATELIMIT_ENABLED = False`` turns every limit off.
    """
    limit, period = parse_rate(rate)
    counted_methods = frozenset(method.upper() for method in methods)
    key_function: KeyFunction
    if callable(key):
        key_function = key
    elif key == "ip":
        key_function = _ip_key
    else:
        raise ValueError(f"Unknown rate-limit key {key!r}: use 'ip' or a function of the request")

    def decorator(view: View) -> View:
        scope = f"{view.__module__}.{view.__qualname__}"

        @wraps(view)
        def wrapper(request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponseBase:
            if (
                getattr(settings, "RATELIMIT_ENABLED", True)
                and request.method in counted_methods
                and rate_limit_hit(key=f"{scope}:{key_function(request)}", limit=limit, period=period)
            ):
                # Fixed windows all end on multiples of the period, so the wait is what is left of this one.
                return too_many_requests(request, retry_after=period - int(time.time() % period))
            return view(request, *args, **kwargs)

        return wrapper

    return decorator


def too_many_requests(request: HttpRequest, *, retry_after: int) -> HttpResponseBase:
    response = render(request, "errors/429.html", {"retry_after_minutes": max(1, -(-retry_after // 60))}, status=429)
    response["Retry-After"] = str(retry_after)
    return response
