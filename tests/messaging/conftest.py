from __future__ import annotations

import pytest
from django.core import mail


@pytest.fixture(autouse=True)
def _empty_outbox():
    mail.outbox = []
    yield
