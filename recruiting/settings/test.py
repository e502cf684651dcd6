"""Settings for `make test` (pytest). Real PostgreSQL and Redis, as in production."""

import os

os.environ.setdefault("SECRET_KEY", "test-only-insecure-key")
os.environ.setdefault("DEBUG", "false")

from .base import *  # noqa: F403
from .base import STATIC_ROOT, VAR_DIR

# Fast hashing: tests create many users.
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
# anymail's test backend: messages collected in django.core.mail.outbox, with the ESP status anymail reports.
EMAIL_BACKEND = "anymail.backends.test.EmailBackend"
MESSAGING_REPLY_DOMAIN = "reply.example.com"
# The ESP webhooks are authenticated in tests as in production (production refuses to start without a secret).
ANYMAIL = {**ANYMAIL, "WEBHOOK_SECRET": "test-webhook:test-secret"}  # noqa: F405
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
MEDIA_ROOT = VAR_DIR / "test-media"
# WhiteNoise warns on every test client when the directory it serves from does not exist yet.
STATIC_ROOT.mkdir(parents=True, exist_ok=True)
# Tests that need the broker (tests/integration) start real workers; elsewhere tasks queued after commit
# are sent to the real broker too, and nothing consumes them.
CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
AXES_FAILURE_LIMIT = 5
LANGUAGE_CODE = "fr"
