from __future__ import annotations

from unittest import mock

import pytest


@pytest.fixture
def media_root(settings, tmp_path):
    """Stored files go to a temporary folder, removed with the test."""
    settings.MEDIA_ROOT = tmp_path / "media"
    return settings.MEDIA_ROOT


@pytest.fixture
def queued(media_root):
    """candidates.tasks.queue_parse, replaced: the resume ids that would have been sent to the broker."""
    from candidates import tasks

    with mock.patch.object(tasks, "queue_parse") as queue_parse:
        yield queue_parse
