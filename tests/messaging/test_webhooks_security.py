"""The ESP webhooks refuse what is not from the ESP: no or wrong credentials (anymail's WEBHOOK_SECRET basic auth)
or a body that is not JSON get 400 and record nothing; production refuses to run an ESP without the secret."""

from __future__ import annotations

import pytest
from anymail.signals import inbound, tracking
from django.test import Client

from messaging.checks import check_webhook_secret
from messaging.models import DeliveryEvent, Message
from messaging.webhooks import urlpatterns as webhook_patterns
from tests.core.test_security import manage, production_env
from tests.messaging.esp_payloads import (
    ANYMAIL_SETTINGS,
    BREVO_INBOUND,
    BREVO_TRACKING,
    MAILJET_INBOUND,
    MAILJET_TRACKING,
    brevo_event,
    brevo_inbound,
    mailjet_event,
    mailjet_inbound,
    post,
)
from tests.messaging.factories import MessageFactory

WRONG = {"no credentials": None, "wrong password": "esp-webhook:guess", "wrong user": "admin:s3cret-Pa55"}


@pytest.fixture(autouse=True)
def _webhook_secret(settings):
    settings.ANYMAIL = ANYMAIL_SETTINGS


@pytest.fixture
def received():
    """Every event anymail hands to receivers (ours included)."""
    events: list[object] = []

    def handler(sender, event, esp_name, **kwargs):
        events.append(event)

    tracking.connect(handler, dispatch_uid="test.tracking")
    inbound.connect(handler, dispatch_uid="test.inbound")
    yield events
    tracking.disconnect(dispatch_uid="test.tracking")
    inbound.disconnect(dispatch_uid="test.inbound")


def payloads(message):
    return {
        BREVO_TRACKING: brevo_event("delivered", email=message.to_email, message_pk=message.pk, esp_id="<1@x>"),
        MAILJET_TRACKING: [mailjet_event("sent", email=message.to_email, message_pk=message.pk, esp_id="42")],
        BREVO_INBOUND: brevo_inbound(to="reply+1-0000000000000000@reply.example.com", sender=message.to_email),
        MAILJET_INBOUND: mailjet_inbound(to="reply+1-0000000000000000@reply.example.com", sender=message.to_email),
    }


@pytest.mark.django_db
@pytest.mark.parametrize("url", [BREVO_TRACKING, MAILJET_TRACKING, BREVO_INBOUND, MAILJET_INBOUND])
@pytest.mark.parametrize("credentials", list(WRONG.values()), ids=list(WRONG))
def test_a_forged_request_gets_400_and_records_nothing(client, received, url, credentials):
    message = MessageFactory()
    before = Message.objects.count()

    response = post(client, url, payloads(message)[url], credentials=credentials)

    assert response.status_code == 400
    assert received == []
    assert not DeliveryEvent.objects.filter(dedupe_key__isnull=False).exists()
    assert Message.objects.count() == before


@pytest.mark.django_db
@pytest.mark.parametrize("url", [BREVO_TRACKING, MAILJET_TRACKING])
def test_the_right_credentials_are_accepted(client, received, url):
    message = MessageFactory()

    response = post(client, url, payloads(message)[url])

    assert response.status_code == 200
    assert len(received) == 1
    assert DeliveryEvent.objects.filter(dedupe_key__isnull=False).count() == 1


@pytest.mark.django_db
@pytest.mark.parametrize("url", [BREVO_TRACKING, MAILJET_TRACKING, BREVO_INBOUND, MAILJET_INBOUND])
@pytest.mark.parametrize("body", [b"{not json", b'{"event": "delivered", ', b"\xff\xfe\x00garbage", b""])
def test_malformed_json_gets_a_clear_400_and_records_nothing(client, received, url, body):
    before = Message.objects.count()

    response = post(client, url, None, raw=body)

    assert response.status_code == 400
    assert "not valid JSON" in response.content.decode()
    assert received == []
    assert not DeliveryEvent.objects.exists()
    assert Message.objects.count() == before


@pytest.mark.django_db
def test_a_forged_request_with_malformed_json_is_refused_for_its_credentials_first(client, received):
    response = post(client, BREVO_TRACKING, None, raw=b"{not json", credentials=None)

    assert response.status_code == 400
    assert "not valid JSON" not in response.content.decode()


@pytest.mark.django_db
def test_webhooks_need_no_csrf_token(received):
    message = MessageFactory()
    strict = Client(enforce_csrf_checks=True)

    response = post(strict, BREVO_TRACKING, payloads(message)[BREVO_TRACKING])

    assert response.status_code == 200


def test_every_webhook_is_declared_public_and_keeps_anymails_protections():
    from anymail import urls as anymail_urls

    from accounts.access import PUBLIC, declared_access

    assert len(webhook_patterns) == len(anymail_urls.urlpatterns)
    for pattern in webhook_patterns:
        assert declared_access(pattern.callback) == frozenset({PUBLIC}), pattern.name
        assert getattr(pattern.callback, "csrf_exempt", False), pattern.name
        assert hasattr(pattern.callback, "view_class"), pattern.name


def test_the_check_refuses_an_esp_without_a_webhook_secret(settings):
    settings.EMAIL_BACKEND = "anymail.backends.brevo.EmailBackend"
    settings.ANYMAIL = {"BREVO_API_KEY": "key"}

    [error] = check_webhook_secret()

    assert error.id == "messaging.E001"
    assert error.is_serious()


@pytest.mark.parametrize(
    ("backend", "anymail"),
    [
        ("anymail.backends.mailjet.EmailBackend", {"WEBHOOK_SECRET": "user:pass"}),
        ("anymail.backends.test.EmailBackend", {}),
        ("django.core.mail.backends.smtp.EmailBackend", {}),
        ("messaging.backends.OutboxBackend", {}),
    ],
)
def test_the_check_passes_with_a_secret_or_without_an_esp(settings, backend, anymail):
    settings.EMAIL_BACKEND = backend
    settings.ANYMAIL = anymail

    assert check_webhook_secret() == []


def test_production_refuses_to_start_with_an_esp_and_no_webhook_secret():
    env = production_env(EMAIL_BACKEND="anymail.backends.brevo.EmailBackend", BREVO_API_KEY="xkeysib-test")

    result = manage("check", env=env)

    assert result.returncode != 0
    assert "Set the ANYMAIL_WEBHOOK_SECRET environment variable" in result.stderr


def test_production_starts_with_an_esp_and_its_webhook_secret():
    env = production_env(
        EMAIL_BACKEND="anymail.backends.brevo.EmailBackend",
        BREVO_API_KEY="xkeysib-test",
        ANYMAIL_WEBHOOK_SECRET="esp-webhook:a-long-random-secret",
    )

    result = manage("check", "--deploy", "--fail-level", "WARNING", env=env)

    assert result.returncode == 0, result.stdout + result.stderr


@pytest.mark.django_db
@pytest.mark.parametrize("url", [BREVO_TRACKING, MAILJET_TRACKING, BREVO_INBOUND, MAILJET_INBOUND])
def test_webhooks_stay_closed_while_no_secret_is_set(client, received, settings, url):
    """Whatever the e-mail backend (SMTP included): without a secret, a forged complaint could suppress anyone."""
    settings.ANYMAIL = {}
    message = MessageFactory()

    response = post(client, url, payloads(message)[url], credentials=None)

    assert response.status_code == 403
    assert received == []
    assert not DeliveryEvent.objects.filter(dedupe_key__isnull=False).exists()


@pytest.mark.django_db
def test_json_of_the_wrong_shape_gets_a_400_not_a_server_error(client, received):
    response = post(client, BREVO_TRACKING, [{"event": "hard_bounce"}])

    assert response.status_code == 400
    assert "Malformed webhook payload" in response.content.decode()
    assert not DeliveryEvent.objects.exists()
