import os

from celery import Celery
from kombu import Queue

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "recruiting.settings.dev")

app = Celery("recruiting")
app.config_from_object("django.conf:settings", namespace="CELERY")
# Separate queues so that a flood of CVs to parse never delays an e-mail, and the other way round.
app.conf.task_queues = [Queue("default"), Queue("parsing"), Queue("email")]
app.autodiscover_tasks()
