"""The Celery application. Its configuration is the CELERY_* block of recruiting/settings/base.py."""

import os

from celery import Celery

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "recruiting.settings.dev")

app = Celery("recruiting")
app.config_from_object("django.conf:settings", namespace="CELERY")
app.autodiscover_tasks()
