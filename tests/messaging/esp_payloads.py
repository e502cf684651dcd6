"""Webhook payloads in the exact formats Brevo (French ESP) and Mailjet (French ESP) post, and helpers to post
them to anymail's webhook URLs with or without the basic-auth secret.

Field names follow the ESPs' documentation and the live captures in django-anymail's own test suite
(tests/test_brevo_webhooks.py, test_mailjet_webhooks.py, test_brevo_inbound.py, test_mailjet_inbound.py):
- Brevo transactional webhook: one JSON object per POST: "event", "email", "id", "date", "ts", "ts_event",
  "ts_epoch" (UTC, ms), "message-id", "subject", "X-Mailin-custom" (our metadata, a JSON string), "tags",
  "reason" (bounces), "link" (clicks).
- Mailjet event API: a JSON array of events (grouped) or one bare event: "event", "time", "MessageID",
  "Message_GUID", "email", "mj_campaign_id", "mj_contact_id", "customcampaign", "Payload" (our metadata),
  "hard_bounce", "blocked", "error_related_to", "error", "url", "agent", "smtp_reply".
- Brevo inbound parsing: {"items": [{"Uuid", "MessageId", "InReplyTo", "From", "To", "Cc", "Subject",
  "Headers", "RawHtmlBody", "RawTextBody", "ExtractedMarkdownMessage", ...}]}.
- Mailjet parse API: {"Sender", "Recipient", "Date", "From", "Subject", "Headers", "Parts", "Text-part",
  "Html-part", "SpamAssassinScore"}.
"""

from __future__ import annotations

import base64
import json
from typing import Any

SECRET = "esp-webhook:s3cret-Pa55"
BREVO_TRACKING = "/anymail/brevo/tracking/"
BREVO_INBOUND = "/anymail/brevo/inbound/"
MAILJET_TRACKING = "/anymail/mailjet/tracking/"
MAILJET_INBOUND = "/anymail/mailjet/inbound/"
ANYMAIL_SETTINGS = {"WEBHOOK_SECRET": SECRET, "BREVO_API_KEY": "test-api-key"}

TS_EPOCH_MS = 1_717_236_000_000  # 2024-06-01 10:00:00 UTC
TIME = TS_EPOCH_MS // 1000


def auth(credentials: str = SECRET) -> dict[str, str]:
    return {"HTTP_AUTHORIZATION": "Basic " + base64.b64encode(credentials.encode()).decode()}


def post(client: Any, url: str, payload: Any, *, credentials: str | None = SECRET, raw: bytes | None = None) -> Any:
    headers = auth(credentials) if credentials is not None else {}
    body = raw if raw is not None else json.dumps(payload)
    return client.post(url, data=body, content_type="application/json", **headers)


def brevo_event(
    event: str, *, email: str, message_pk: int | None, esp_id: str, offset: int = 0, **extra: Any
) -> dict[str, Any]:
    payload: dict[str, Any] = {
        "event": event,
        "email": email,
        "id": 123456,  # the Brevo account id, not an event id: Brevo gives none
        "date": "2024-06-01 12:00:00",
        "ts": TIME + offset,
        "ts_event": TIME + offset,
        "ts_epoch": TS_EPOCH_MS + offset * 1000,
        "message-id": esp_id,
        "subject": "Votre candidature",
        "tags": ["one_off"],
        "sending_ip": "185.41.28.109",
    }
    if message_pk is not None:
        payload["X-Mailin-custom"] = json.dumps({"message_id": str(message_pk)})
    payload.update(extra)
    return payload


def mailjet_event(
    event: str, *, email: str, message_pk: int | None, esp_id: str, offset: int = 0, **extra: Any
) -> dict[str, Any]:
    payload: dict[str, Any] = {
        "event": event,
        "time": TIME + offset,
        "MessageID": int(esp_id),
        "Message_GUID": "1ab23cd4-e567-8901-2345-6789f0gh1i2j",
        "email": email,
        "mj_campaign_id": 7257,
        "mj_contact_id": 4,
        "customcampaign": "",
        "mj_message_id": esp_id,
        "Payload": json.dumps({"message_id": str(message_pk)}) if message_pk is not None else "",
    }
    payload.update(extra)
    return payload


def brevo_inbound(
    *,
    to: str,
    sender: str = "camille.durand@example.org",
    message_id: str = "<CAF1r3@mail.example.org>",
    subject: str = "Re: Votre candidature",
    text: str = "Bonjour,\nJe suis disponible mardi.\n",
    html: str = '<div dir="ltr">Bonjour,<br>Je suis disponible <b>mardi</b>.</div>'
    '<script>alert(1)</script><img src="https://tracker.example/x.gif" onerror="steal()">',
) -> dict[str, Any]:
    item = {
        "Uuid": ["0b7f2e10-3d5a-4f4b-9d1e-5c6a7b8c9d0e"],
        "MessageId": message_id,
        "InReplyTo": "<20240601100000.1.m1@example.com>",
        "From": {"Name": "Camille Durand", "Address": sender},
        "To": [{"Name": None, "Address": to}],
        "Cc": [],
        "ReplyTo": None,
        "SentAtDate": "Sat, 1 Jun 2024 12:11:22 +0200",
        "Subject": subject,
        "Attachments": [],
        "Headers": {
            "Received": [f"by mx.brevo.com for <{to}>; Sat, 1 Jun 2024 10:11:23 +0000"],
            "MIME-Version": "1.0",
            "From": f"Camille Durand <{sender}>",
            "Date": "Sat, 1 Jun 2024 12:11:22 +0200",
            "Message-ID": message_id,
            "In-Reply-To": "<20240601100000.1.m1@example.com>",
            "Subject": subject,
            "To": to,
            "Content-Type": "multipart/alternative",
        },
        "SpamScore": 0.4,
        "ExtractedMarkdownMessage": "Bonjour,  \nJe suis disponible mardi.  \n",
        "ExtractedMarkdownSignature": None,
        "RawHtmlBody": html,
        "RawTextBody": text,
    }
    return {"items": [item]}


def mailjet_inbound(
    *,
    to: str,
    sender: str = "camille.durand@example.org",
    message_id: str = "<CAEPk3R+4Zr@mail.example.org>",
    subject: str = "Re: Votre candidature – été",
    text: str = "Merci, à bientôt ! 👋\n",
) -> dict[str, Any]:
    return {
        "Sender": sender,
        "Recipient": to,
        "Date": "20240601T101104",
        "From": f'"Camille Durand" <{sender}>',
        "Subject": subject,
        "Headers": {
            "Return-Path": [f"<{sender}>"],
            "Received": [f"from mail.example.org by parse.mailjet.com for <{to}>"],
            "MIME-Version": ["1.0"],
            "From": f'"Camille Durand" <{sender}>',
            "Date": "Sat, 1 Jun 2024 12:11:04 +0200",
            "Message-ID": message_id,
            "Subject": subject,
            "To": to,
            "Content-Type": ['multipart/alternative; boundary="boundary0"'],
        },
        "Parts": [
            {"Headers": {"Content-Type": ['text/plain; charset="UTF-8"']}, "ContentRef": "Text-part"},
            {
                "Headers": {
                    "Content-Type": ['text/html; charset="UTF-8"'],
                    "Content-Transfer-Encoding": ["quoted-printable"],
                },
                "ContentRef": "Html-part",
            },
        ],
        "Text-part": text,
        "Html-part": "<div>Merci, à bientôt ! 👋</div>",
        "SpamAssassinScore": "0.1",
    }
