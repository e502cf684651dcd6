"""Local development: `make run`. Safe defaults so a newcomer needs no configuration at all."""

import os

os.environ.setdefault("SECRET_KEY", "dev-only-insecure-key-change-me")
os.environ.setdefault("DEBUG", "true")
# Every e-mail lands in the in-app outbox (/messaging/outbox/) instead of leaving the machine.
os.environ.setdefault("EMAIL_BACKEND", "messaging.backends.OutboxBackend")

from .base import *  # noqa: F403
from .base import STATIC_ROOT

# WhiteNoise warns at start-up when the directory it serves from does not exist yet (before any collectstatic).
STATIC_ROOT.mkdir(parents=True, exist_ok=True)
