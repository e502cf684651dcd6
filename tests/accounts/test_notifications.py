"""Which sending failures are worth a retry, and how long to wait: the rules every user notification follows
(mentions, replies; ``accounts.notifications``)."""

from __future__ import annotations

import smtplib

import pytest
from anymail.exceptions import AnymailInvalidAddress, AnymailRecipientsRefused
from django.template import TemplateDoesNotExist

from accounts.notifications import RETRY_MAX_SECONDS, is_transient, retry_delay
from tests.esp import esp_error


@pytest.mark.parametrize(
    "error",
    [
        esp_error(500),
        esp_error(503),
        esp_error(429, "Too many requests"),
        smtplib.SMTPServerDisconnected("Connection unexpectedly closed"),
        smtplib.SMTPConnectError(421, b"Service not available"),
        smtplib.SMTPDataError(451, b"Try again later"),
        smtplib.SMTPRecipientsRefused({"a@example.com": (450, b"Mailbox busy")}),
        ConnectionRefusedError(111, "Connection refused"),
        TimeoutError("timed out"),
    ],
    ids=repr,
)
def test_network_trouble_and_temporary_answers_are_retried(error):
    assert is_transient(error)


@pytest.mark.parametrize(
    "error",
    [
        esp_error(400, "email is not valid"),
        esp_error(401, "Key not found"),
        AnymailRecipientsRefused("refused"),
        AnymailInvalidAddress("not an address"),
        smtplib.SMTPDataError(554, b"Message rejected"),
        smtplib.SMTPSenderRefused(550, b"Sender rejected", "noreply@example.com"),
        smtplib.SMTPRecipientsRefused({"a@example.com": (550, b"No such user")}),
        smtplib.SMTPRecipientsRefused({"a@example.com": (450, b"Busy"), "b@example.com": (550, b"No such user")}),
        TemplateDoesNotExist("ats/emails/missing.txt"),
        ValueError("bad header"),
    ],
    ids=repr,
)
def test_answers_that_would_repeat_themselves_are_final(error):
    assert not is_transient(error)


def test_the_backoff_doubles_from_a_minute_up_to_an_hour():
    assert [retry_delay(attempts) for attempts in range(1, 9)] == [60, 120, 240, 480, 960, 1920, 3600, 3600]
    assert retry_delay(50) == RETRY_MAX_SECONDS
