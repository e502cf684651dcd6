"""Links and addresses a message carries: the signed preferences and one-click unsubscribe links, and the
signed reply address that threads a candidate's answer back to the message."""

from __future__ import annotations

import hashlib
import hmac

from django.conf import settings
from django.core import signing
from django.urls import reverse

from ..conf import messaging_settings

PREFERENCES_SALT = "messaging.preferences"
REPLY_SALT = "messaging.reply"


def preferences_token(*, candidate_id: int, email: str) -> str:
    return signing.dumps([candidate_id, email.lower()], salt=PREFERENCES_SALT, compress=True)


def preferences_read(token: str) -> tuple[int, str] | None:
    """The (candidate id, e-mail) a preferences link was made for; None when forged or mangled. Unsubscribe
    links never expire: a person must be able to stop mail from a message years old."""
    try:
        candidate_id, email = signing.loads(token, salt=PREFERENCES_SALT)
    except (signing.BadSignature, ValueError, TypeError):
        return None
    if not isinstance(candidate_id, int) or not isinstance(email, str):
        return None
    return candidate_id, email


def _absolute(path: str) -> str:
    return settings.SITE_URL.rstrip("/") + path


def preferences_url(*, candidate_id: int, email: str) -> str:
    token = preferences_token(candidate_id=candidate_id, email=email)
    return _absolute(reverse("messaging:preferences", args=[token]))


def one_click_unsubscribe_url(*, candidate_id: int, email: str) -> str:
    token = preferences_token(candidate_id=candidate_id, email=email)
    return _absolute(reverse("messaging:unsubscribe_one_click", args=[token]))


def _reply_mac(message_id: int) -> str:
    key = (settings.SECRET_KEY + REPLY_SALT).encode()
    # Hex, lower case: mail systems may fold the case of an address's local part.
    return hmac.new(key, str(message_id).encode(), hashlib.sha256).hexdigest()[:16]


def reply_address(message_id: int) -> str:
    """The Reply-To of a message, when inbound mail is configured: the message id, signed."""
    domain = messaging_settings().reply_domain
    return f"reply+{message_id}-{_reply_mac(message_id)}@{domain}" if domain else ""


def reply_message_id(address: str) -> int | None:
    """The message a reply address was made for; None for any other address or a forged one."""
    local = address.split("@", 1)[0].lower()
    if not local.startswith("reply+") or "-" not in local:
        return None
    number, mac = local[len("reply+") :].rsplit("-", 1)
    if not number.isdigit() or not hmac.compare_digest(mac, _reply_mac(int(number))):
        return None
    return int(number)
