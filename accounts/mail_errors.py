"""Which failures of an e-mail send may pass if tried again later: one rule for every sender in the product
(``messaging`` writing to candidates, ``accounts.notifications`` writing to users), whatever the backend (SMTP or
an ESP's API through anymail).

It lives in ``accounts`` (the lowest app that sends mail) with no model and no project import, so that every app
above may use it.
"""

from __future__ import annotations

import smtplib

from anymail.exceptions import AnymailAPIError, AnymailInvalidAddress, AnymailRecipientsRefused

# An ESP's API answering these is busy or down, not refusing the message: 408 timed out, 429 rate limited.
_TRANSIENT_HTTP_STATUSES = frozenset({408, 429})


def is_transient(error: BaseException) -> bool:
    """Whether sending may succeed later: the network, a mail server's 4xx, an ESP's 5xx, timeout or rate limit.

    A refused or invalid address, an SMTP 5xx, an ESP's other 4xx (bad request, wrong key), a template that does
    not render or a message that cannot be built fails the same way every time: retrying would only delay the
    recorded failure.
    """
    if isinstance(error, AnymailRecipientsRefused | AnymailInvalidAddress):
        return False
    if isinstance(error, AnymailAPIError):
        # No status: the request never got an answer (connection refused, reset, timed out).
        status = error.status_code
        return status is None or status >= 500 or status in _TRANSIENT_HTTP_STATUSES
    if isinstance(error, smtplib.SMTPRecipientsRefused):
        # Every recipient was refused, each with its own code: transient only when each refusal was a 4xx
        # ("mailbox busy", greylisting); one 5xx among them would be refused again.
        codes = [code for code, _message in error.recipients.values()]
        return bool(codes) and all(400 <= code < 500 for code in codes)
    if isinstance(error, smtplib.SMTPResponseException):  # sender refused, data refused, HELO, authentication
        return 400 <= error.smtp_code < 500
    # Disconnected mid-dialogue; the network (OSError covers connection refused or reset, DNS, timeouts, TLS).
    return isinstance(error, smtplib.SMTPException | OSError)
