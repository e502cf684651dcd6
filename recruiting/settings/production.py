"""Production. Every required value comes from the environment and has no default: a missing one fails
at start-up (environ raises ImproperlyConfigured). `manage.py check --deploy` is clean with these settings
(tests/core/test_security.py)."""

from pathlib import Path

import environ
from django.core.exceptions import ImproperlyConfigured

# Checked before base.py runs: there, an unset DATABASE_URL or REDIS_URL means "start the embedded servers",
# which a production instance must never do.
environ.Env.read_env(Path(__file__).resolve().parent.parent.parent / ".env", overwrite=False)
for _required in ("SECRET_KEY", "ALLOWED_HOSTS", "DATABASE_URL", "REDIS_URL"):
    if not environ.Env.ENVIRON.get(_required):
        raise ImproperlyConfigured(f"Set the {_required} environment variable (see .env.example)")

from .base import *  # noqa: E402,F403
from .base import ANYMAIL, EMAIL_BACKEND, env  # noqa: E402

DEBUG = False
SECRET_KEY = env("SECRET_KEY")
ALLOWED_HOSTS = env.list("ALLOWED_HOSTS")

# TLS is terminated by the reverse proxy in front, which says so in X-Forwarded-Proto.
SECURE_SSL_REDIRECT = env.bool("SECURE_SSL_REDIRECT", default=True)
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_REDIRECT_EXEMPT = [r"^healthz$"]
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
LANGUAGE_COOKIE_SECURE = True
SECURE_HSTS_SECONDS = env.int("SECURE_HSTS_SECONDS", default=60 * 60 * 24 * 365)
SECURE_HSTS_INCLUDE_SUBDOMAINS = env.bool("SECURE_HSTS_INCLUDE_SUBDOMAINS", default=True)
SECURE_HSTS_PRELOAD = env.bool("SECURE_HSTS_PRELOAD", default=True)

# The ESP's tracking and inbound webhooks (/anymail/) change message statuses, consent and the suppression list:
# with an ESP configured they are never left open (anymail itself only warns). See also messaging.checks.
if EMAIL_BACKEND.startswith("anymail.backends.") and not ANYMAIL.get("WEBHOOK_SECRET"):
    raise ImproperlyConfigured(
        "Set the ANYMAIL_WEBHOOK_SECRET environment variable ('user:password'): the ESP's webhooks must be "
        "authenticated (see .env.example)"
    )
