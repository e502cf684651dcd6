"""Local development: `make run`. Safe defaults so a newcomer needs no configuration at all."""

import os

os.environ.setdefault("SECRET_KEY", "dev-only-insecure-key-change-me")  # noqa: S105 - never used in production
os.environ.setdefault("DEBUG", "true")
os.environ.setdefault("EMAIL_BACKEND", "django.core.mail.backends.console.EmailBackend")

from .base import *  # noqa: E402,F403
