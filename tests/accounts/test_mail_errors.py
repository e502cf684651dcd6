"""Which sending failures are worth a retry: one rule for every sender (``messaging`` writing to candidates, the
notifications to users), whatever the backend (SMTP or an ESP's API through anymail)."""

from __future__ import annotations

import smtplib
import socket

import pytest
from anymail.exceptions import AnymailAPIError, AnymailInvalidAddress, AnymailRecipientsRefused
from django.template import TemplateDoesNotExist

from accounts.mail_errors import is_transient
from tests.esp import esp_error


@pytest.mark.parametrize(
    "error",
    [
        esp_error(500),
        esp_error(503),
        esp_error(408, "Request timed out"),
        esp_error(429, "Too many requests"),
        AnymailAPIError("Connection refused"),  # no answer at all, so no status
        smtplib.SMTPServerDisconnected("Connection unexpectedly closed"),
        smtplib.SMTPConnectError(421, b"Service not available"),
        smtplib.SMTPDataError(451, b"Try again later"),
        smtplib.SMTPSenderRefused(451, b"Temporary local problem", "noreply@example.com"),
        smtplib.SMTPAuthenticationError(454, b"Temporary authentication failure"),
        smtplib.SMTPRecipientsRefused({"a@example.com": (450, b"Mailbox busy")}),
        smtplib.SMTPRecipientsRefused({"a@example.com": (450, b"Mailbox busy"), "b@example.com": (451, b"Greylisted")}),
        ConnectionRefusedError(111, "Connection refused"),
        TimeoutError("timed out"),
        socket.gaierror(-3, "Temporary failure in name resolution"),
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
        esp_error(404, "Not found"),
        AnymailRecipientsRefused("refused"),
        AnymailInvalidAddress("not an address"),
        smtplib.SMTPDataError(554, b"Message rejected"),
        smtplib.SMTPSenderRefused(550, b"Sender rejected", "noreply@example.com"),
        smtplib.SMTPAuthenticationError(535, b"Authentication credentials invalid"),
        smtplib.SMTPRecipientsRefused({"a@example.com": (550, b"No such user")}),
        smtplib.SMTPRecipientsRefused({"a@example.com": (450, b"Busy"), "b@example.com": (550, b"No such user")}),
        smtplib.SMTPRecipientsRefused({}),
        TemplateDoesNotExist("ats/emails/missing.txt"),
        ValueError("bad header"),
    ],
    ids=repr,
)
def test_answers_that_would_repeat_themselves_are_final(error):
    assert not is_transient(error)
