"""Which sending failures are worth a retry, and after which the message may have left: one rule for every sender
(``messaging`` writing to candidates, the notifications to users), whatever the backend (SMTP or an ESP's API
through anymail). Both promise at most one copy, so only a failure before the message left is retried."""

from __future__ import annotations

import smtplib
import socket

import pytest
from anymail.exceptions import AnymailAPIError, AnymailInvalidAddress, AnymailRecipientsRefused
from django.core.mail import EmailMessage, get_connection
from django.template import TemplateDoesNotExist

from accounts.mail_errors import is_transient, may_have_left
from tests.esp import esp_error
from tests.mail_servers import closed_port_url, http_server_that_never_answers, smtp_server


@pytest.mark.parametrize(
    "error",
    [
        esp_error(500),
        esp_error(503),
        esp_error(408, "Request timed out"),
        esp_error(429, "Too many requests"),
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


# --- Did it leave? The errors as the real stacks raise them, against servers on loopback -----------------------------


def _esp_send(api_url: str) -> BaseException:
    """Send one e-mail through anymail's Postmark backend (requests) to this API; the error it raised."""
    connection = get_connection(
        "anymail.backends.postmark.EmailBackend", server_token="test-token", api_url=api_url, timeout=0.5
    )
    with pytest.raises(AnymailAPIError) as raised:
        EmailMessage("Subject", "Body", "from@example.com", ["to@example.com"], connection=connection).send()
    return raised.value


def _smtp_send(port: int) -> BaseException:
    """Send one e-mail through Django's SMTP backend to this server; the error it raised."""
    connection = get_connection("django.core.mail.backends.smtp.EmailBackend", host="127.0.0.1", port=port, timeout=2)
    with pytest.raises((smtplib.SMTPException, OSError)) as raised:
        EmailMessage("Subject", "Body", "from@example.com", ["to@example.com"], connection=connection).send()
    return raised.value


def test_an_esp_that_cannot_be_reached_never_got_the_message_retried():
    error = _esp_send(closed_port_url())

    assert error.status_code is None
    assert not may_have_left(error)
    assert is_transient(error)


def test_an_esp_that_got_the_request_but_never_answered_may_have_sent_it_not_retried():
    with http_server_that_never_answers() as api_url:
        error = _esp_send(api_url)

    assert error.status_code is None  # the read timed out: the ESP had the whole request
    assert may_have_left(error)
    assert not is_transient(error)


def test_an_smtp_server_lost_before_the_message_was_sent_is_retried():
    for drop_after in ("connect", "MAIL"):
        with smtp_server(drop_after=drop_after) as port:
            error = _smtp_send(port)
        assert isinstance(error, smtplib.SMTPServerDisconnected), drop_after
        assert not may_have_left(error), drop_after
        assert is_transient(error), drop_after


def test_an_smtp_server_lost_after_it_received_the_message_may_have_taken_it_not_retried():
    with smtp_server(drop_after="DATA") as port:
        error = _smtp_send(port)

    assert isinstance(error, smtplib.SMTPServerDisconnected)
    assert may_have_left(error)
    assert not is_transient(error)


@pytest.mark.parametrize(
    ("replies", "transient"),
    [
        ({"data_reply": b"451 4.3.0 Try again later"}, True),  # greylisting or a rate limit at DATA
        ({"end_reply": b"452 4.3.1 Insufficient storage"}, True),  # the whole message, then "not now"
        ({"data_reply": b"554 5.7.1 Rejected"}, False),
        ({"end_reply": b"550 5.7.1 Spam"}, False),
    ],
)
def test_an_smtp_reply_to_data_is_an_answer_not_a_loss(replies, transient):
    # smtplib raises these from inside SMTP.data, like a connection lost there: the code says the server answered.
    with smtp_server(**replies) as port:
        error = _smtp_send(port)

    assert isinstance(error, smtplib.SMTPDataError)
    assert not may_have_left(error)
    assert is_transient(error) is transient


def test_an_esp_answer_or_an_smtp_reply_says_it_did_not_leave():
    for error in (esp_error(503), esp_error(400), smtplib.SMTPDataError(451, b"Try again later")):
        assert not may_have_left(error)
