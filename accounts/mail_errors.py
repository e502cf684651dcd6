"""Which failures of an e-mail send may pass if tried again later, and which leave it unknown whether the message
left: one rule for every sender in the product (``messaging`` writing to candidates, ``accounts.notifications``
writing to users), whatever the backend (SMTP or an ESP's API through anymail).

Both senders promise at most one copy. So a failure is retried only when the message surely did not leave: the
connection could not be made (refused, DNS, connect timeout, certificate refused), or the server answered "not now" (an
SMTP 4xx, an ESP's 5xx, 408 or 429). A failure after the message may have reached the server — an ESP that never
answered the request it received (read timeout, connection lost while waiting), an SMTP connection lost once the
message's DATA was under way — is final (:func:`may_have_left`): sending again could deliver a second copy.

It lives in ``accounts`` (the lowest app that sends mail) with no model and no project import, so that every app
above may use it.
"""

from __future__ import annotations

import smtplib
import socket
import ssl
import traceback
from collections.abc import Iterator

import requests
from anymail.exceptions import AnymailAPIError, AnymailInvalidAddress, AnymailRecipientsRefused
from urllib3.exceptions import ConnectTimeoutError as Urllib3ConnectTimeout
from urllib3.exceptions import NewConnectionError, ProxyError

# An ESP's API answering these is busy or down, not refusing the message: 408 timed out, 429 rate limited.
_TRANSIENT_HTTP_STATUSES = frozenset({408, 429})
# Raised before a byte of the request left: no connection (refused, DNS, connect timeout), the proxy or the server's
# certificate refused. (urllib3's NewConnectionError, DNS failures included, is a ConnectTimeoutError.) Other TLS
# errors are not here: urllib3 raises them in the middle of an exchange too.
_NOT_SENT = (
    requests.ConnectTimeout,
    requests.exceptions.ProxyError,
    Urllib3ConnectTimeout,
    NewConnectionError,
    ProxyError,
    ssl.SSLCertVerificationError,
    ConnectionRefusedError,
    socket.gaierror,
)


def _chain(error: BaseException) -> Iterator[BaseException]:
    """The error, what caused it, and what requests wraps (urllib3's MaxRetryError and its reason)."""
    seen: set[int] = set()
    pending = [error]
    while pending:
        current = pending.pop(0)
        if id(current) in seen:
            continue
        seen.add(id(current))
        yield current
        for linked in (current.__cause__, current.__context__, getattr(current, "reason", None)):
            if isinstance(linked, BaseException):
                pending.append(linked)
        if isinstance(current, requests.RequestException):
            pending.extend(arg for arg in current.args if isinstance(arg, BaseException))


def _request_never_sent(error: BaseException) -> bool:
    return any(isinstance(link, _NOT_SENT) for link in _chain(error))


def _lost_during_smtp_data(error: BaseException) -> bool:
    """The SMTP connection broke inside DATA (smtplib turns every socket error there into SMTPServerDisconnected):
    the server may have taken the whole message before the connection dropped. A reply with a code, to the DATA
    command or after the message ("451 try again later", "554 rejected"), is the server's answer, not a loss:
    smtplib raises it from inside ``SMTP.data`` too (as SMTPDataError, an OSError)."""
    if isinstance(error, smtplib.SMTPResponseException):
        return False
    if not isinstance(error, smtplib.SMTPServerDisconnected | OSError):
        return False
    data = smtplib.SMTP.data.__code__
    return any(frame.f_code is data for frame, _line in traceback.walk_tb(error.__traceback__))


def may_have_left(error: BaseException) -> bool:
    """Whether the message may have reached the ESP or the mail server although sending failed: the ESP's API got
    the request but no answer came back (no HTTP status, and the connection was made), or the SMTP connection was
    lost during DATA. Such a send is never retried: it is recorded as failed, "may or may not have left"."""
    if isinstance(error, AnymailAPIError) and error.status_code is None:
        return not _request_never_sent(error)
    return _lost_during_smtp_data(error)


def is_transient(error: BaseException) -> bool:
    """Whether sending may succeed later and surely did not leave: the network before the message was sent, a mail
    server's 4xx, an ESP's 5xx, timeout or rate limit.

    A refused or invalid address, an SMTP 5xx, an ESP's other 4xx (bad request, wrong key), a template that does
    not render or a message that cannot be built fails the same way every time: retrying would only delay the
    recorded failure. A failure after which the message may have left (:func:`may_have_left`) is not retried
    either: a second try could send a second copy.
    """
    if isinstance(error, AnymailRecipientsRefused | AnymailInvalidAddress):
        return False
    if may_have_left(error):
        return False
    if isinstance(error, AnymailAPIError):
        # No status and not may_have_left(): the request never left (connection refused, DNS, connect timeout).
        status = error.status_code
        return status is None or status >= 500 or status in _TRANSIENT_HTTP_STATUSES
    if isinstance(error, smtplib.SMTPRecipientsRefused):
        # Every recipient was refused, each with its own code: transient only when each refusal was a 4xx
        # ("mailbox busy", greylisting); one 5xx among them would be refused again.
        codes = [code for code, _message in error.recipients.values()]
        return bool(codes) and all(400 <= code < 500 for code in codes)
    if isinstance(error, smtplib.SMTPResponseException):  # sender refused, data refused, HELO, authentication
        return 400 <= error.smtp_code < 500
    # Disconnected mid-dialogue before DATA; the network (OSError covers connection refused or reset, DNS, timeouts,
    # TLS) while connecting.
    return isinstance(error, smtplib.SMTPException | OSError)


def error_text(error: BaseException) -> str:
    """The error's own words on one line, "" when it has none or when its ``__str__`` fails (a failure being
    recorded must not fail again)."""
    try:
        return " ".join(str(error).split())
    except Exception:
        return ""
