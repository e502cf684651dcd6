"""The development e-mail backend: every e-mail the product would have sent, kept in the database and shown on
the outbox page (/messaging/outbox/) instead of leaving the machine."""

from __future__ import annotations

from collections.abc import Sequence
from email.utils import make_msgid

from django.core.mail import EmailMessage
from django.core.mail.backends.base import BaseEmailBackend


class OutboxBackend(BaseEmailBackend):
    esp_name = "Outbox"

    def send_messages(self, email_messages: Sequence[EmailMessage]) -> int:
        from .models import OutboxEmail

        rows = []
        for email in email_messages:
            if not email.recipients():
                continue
            headers = {str(k): str(v) for k, v in (email.extra_headers or {}).items()}
            headers.setdefault("Message-ID", make_msgid(domain="outbox.invalid"))
            email.extra_headers = headers
            html = ""
            for content, mimetype in getattr(email, "alternatives", []) or []:
                if mimetype == "text/html":
                    html = str(content)
            rows.append(
                OutboxEmail(
                    from_email=str(email.from_email),
                    to=", ".join(email.recipients()),
                    subject=str(email.subject),
                    body_text=str(email.body),
                    body_html=html,
                    headers={**headers, **({"Reply-To": ", ".join(email.reply_to)} if email.reply_to else {})},
                    message_id=headers["Message-ID"].strip("<>"),
                    raw=email.message().as_string(),
                )
            )
        OutboxEmail.objects.bulk_create(rows)
        return len(rows)
