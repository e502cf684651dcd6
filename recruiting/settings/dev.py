"""Local development: `make run`. Safe defaults so a newcomer needs no configuration at all."""

import os

os.environ.setdefault("SECRET_KEY", "dev-only-insecure-key-change-me")
os.environ.setdefault("DEBUG", "true")
os.environ.setdefault("EMAIL_BACKEND", "django.core.mail.backends.console.EmailBackend")

from .base import *  # noqa: F403
from .base import STATIC_ROOT

# WhiteNoise warns at start-up when the directory it serves from does not exist yet (before any collectstatic).
STATIC_ROOT.mkdir(parents=True, exist_ok=True)
