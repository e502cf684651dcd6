"""anymail's tracking and inbound webhook URLs (/anymail/<esp>/tracking/, /anymail/<esp>/inbound/), declared.

They are anymail's views, included here rather than straight from ``anymail.urls`` so that each one says who
may call it, like every view of the product: anyone on the web (``public``), because the ESP calls them, and
authenticated by anymail itself with ``ANYMAIL["WEBHOOK_SECRET"]`` (HTTP basic auth; production refuses to start
without it) plus the ESP's signature where it has one. A request without valid credentials gets 400 and
records nothing. A body that is not JSON gets a plain 400 instead of a server error, so the ESP stops retrying
it; any other failure stays a 500 and the ESP tries again later.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Callable
from functools import wraps
from typing import Any

from anymail import urls as anymail_urls
from django.conf import settings
from django.http import HttpRequest, HttpResponseBadRequest, HttpResponseForbidden
from django.http.response import HttpResponseBase
from django.urls import URLPattern

from accounts.access import public

logger = logging.getLogger(__name__)

app_name = anymail_urls.app_name


def _declared(view: Callable[..., HttpResponseBase]) -> Callable[..., HttpResponseBase]:
    @wraps(view)  # keeps csrf_exempt, login_not_required and view_class from anymail's view
    def webhook(request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponseBase:
        if not (getattr(settings, "ANYMAIL", {}) or {}).get("WEBHOOK_SECRET"):
            # Without a secret anyone could post events (bounces, complaints) that suppress real addresses:
            # the webhooks stay closed until ANYMAIL_WEBHOOK_SECRET is set, whatever the e-mail backend.
            logger.warning("Webhook %s refused: ANYMAIL_WEBHOOK_SECRET is not set", request.path)
            return HttpResponseForbidden(
                "Webhooks are disabled: set ANYMAIL_WEBHOOK_SECRET.", content_type="text/plain; charset=utf-8"
            )
        try:
            return view(request, *args, **kwargs)
        except (json.JSONDecodeError, UnicodeDecodeError) as error:
            logger.warning("Malformed webhook payload on %s: %s", request.path, error)
            return HttpResponseBadRequest(
                "Malformed webhook payload: the body is not valid JSON.", content_type="text/plain; charset=utf-8"
            )
        except (AttributeError, KeyError, TypeError) as error:
            # Valid JSON of the wrong shape (a list where the ESP sends an object…): anymail cannot read it.
            logger.error("Webhook payload of an unexpected shape on %s", request.path, exc_info=True)
            return HttpResponseBadRequest(
                f"Malformed webhook payload: {type(error).__name__}.", content_type="text/plain; charset=utf-8"
            )

    return public(webhook)


urlpatterns = [
    URLPattern(pattern.pattern, _declared(pattern.callback), pattern.default_args, pattern.name)
    for pattern in anymail_urls.urlpatterns
    if isinstance(pattern, URLPattern)
]
