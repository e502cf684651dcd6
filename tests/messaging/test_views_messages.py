"""The messages list, one message's page (content shown safely, status history, replies, cancel) and the outbox."""

from __future__ import annotations

import datetime

import pytest
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from accounts.models import AuditAction, AuditLogEntry
from messaging.models import DeliveryEvent, EventKind, Message, MessageStatus
from tests.factories import CandidateFactory
from tests.messaging.factories import DeliveryEventFactory, MessageFactory, OutboxEmailFactory, prefer_english

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _english(request):
    prefer_english(request)


EN = {"HTTP_ACCEPT_LANGUAGE": "en"}
LIST = reverse("messaging:message_list")


def detail_url(message) -> str:
    return reverse("messaging:message_detail", kwargs={"pk": message.pk})


def test_list_filters_by_status_direction_and_search(recruiter_client):
    bounced = MessageFactory(subject="Relance", status=MessageStatus.BOUNCED, to_email="zoe@example.org")
    sent = MessageFactory(subject="Bienvenue", status=MessageStatus.SENT)
    received = MessageFactory(
        subject="Re: Bienvenue", direction="inbound", status=MessageStatus.RECEIVED, from_email="lea@example.net"
    )

    def subjects(**query) -> set[str]:
        page = recruiter_client.get(LIST, query, **EN).context["page"]
        return {message.subject for message in page}

    assert subjects() == {bounced.subject, sent.subject, received.subject}
    assert subjects(status="bounced") == {"Relance"}
    assert subjects(direction="inbound") == {"Re: Bienvenue"}
    assert subjects(q="zoe@") == {"Relance"}
    assert subjects(q="lea@example.net") == {"Re: Bienvenue"}
    assert subjects(q="bienvenue") == {"Bienvenue", "Re: Bienvenue"}
    # A value that is not a choice is ignored with the error next to the filter, not a crash.
    response = recruiter_client.get(LIST, {"status": "nonsense"}, **EN)
    assert response.status_code == 200
    assert "Select a valid choice" in response.content.decode()


def test_list_is_paginated(recruiter_client):
    MessageFactory.create_batch(51)
    first = recruiter_client.get(LIST, **EN)
    second = recruiter_client.get(LIST, {"page": 2}, **EN)
    assert len(first.context["page"]) == 50 and len(second.context["page"]) == 1
    assert "Page 1 of 2" in first.content.decode()


def test_detail_shows_headers_safe_html_text_history_and_replies(recruiter_client):
    message = MessageFactory(
        subject="Entretien",
        reply_to="reply+1-abc@reply.example.com",
        body_html=(
            "<html><head><title>TITLE</title><style>p{color:red}</style></head>"
            '<body style="margin:0"><p style="color:red" onclick="x()">Bonjour <b>Zoé</b></p>'
            '<script>alert(1)</script><img src="https://tracker.example.net/p.gif" alt="pixel"></body></html>'
        ),
        body_text="Bonjour Zoé\n",
    )
    earlier = timezone.now() - datetime.timedelta(minutes=5)
    DeliveryEventFactory(message=message, kind=EventKind.QUEUED, occurred_at=earlier)
    DeliveryEventFactory(message=message, kind=EventKind.BOUNCED, description="550 mailbox unknown")
    reply = MessageFactory(
        candidate=message.candidate,
        direction="inbound",
        in_reply_to=message,
        subject="Re: Entretien",
        body_text="Merci, à mardi.",
    )

    response = recruiter_client.get(detail_url(message), **EN)

    html = response.content.decode()
    assert "reply+1-abc@reply.example.com" in html
    assert "<p>Bonjour <b>Zoé</b></p>" in html
    content = html[html.index('<div class="email-preview">') : html.index('id="history-heading"')]
    for unsafe in ("style=", "onclick", "<script", "alert(1)", "TITLE", "tracker.example.net", "color:red"):
        assert unsafe not in content, unsafe
    assert "Bonjour Zoé\n</pre>" in html  # the text part
    assert html.index("Queued") < html.index("Bounced") and "550 mailbox unknown" in html
    assert reverse("messaging:message_detail", kwargs={"pk": reply.pk}) in html and "Merci, à mardi." in html
    assert AuditLogEntry.objects.filter(
        action=AuditAction.PERSONAL_DATA_VIEWED, target_type="messaging.message", target_id=str(message.pk)
    ).exists()


def test_images_from_our_own_site_stay_as_local_paths(recruiter_client, settings):
    settings.SITE_URL = "https://ats.example.com"
    message = MessageFactory(body_html='<p><img src="https://ats.example.com/messaging/logo/" alt="Logo"></p>')
    html = recruiter_client.get(detail_url(message)).content.decode()
    assert '<img src="/messaging/logo/" alt="Logo">' in html


def test_cancel_a_queued_message(recruiter_client):
    message = MessageFactory(status=MessageStatus.QUEUED)
    page = recruiter_client.get(detail_url(message), **EN).content.decode()
    assert reverse("messaging:message_cancel", kwargs={"pk": message.pk}) in page

    response = recruiter_client.post(reverse("messaging:message_cancel", kwargs={"pk": message.pk}), follow=True, **EN)

    message.refresh_from_db()
    assert message.status == MessageStatus.CANCELLED
    assert DeliveryEvent.objects.filter(message=message, kind=EventKind.CANCELLED).count() == 1
    assert "E-mail cancelled: it will not be sent." in response.content.decode()


def test_a_sent_message_cannot_be_cancelled_and_says_why(recruiter_client):
    message = MessageFactory(status=MessageStatus.SENT)
    assert (
        reverse("messaging:message_cancel", kwargs={"pk": message.pk})
        not in recruiter_client.get(detail_url(message)).content.decode()
    )

    response = recruiter_client.post(reverse("messaging:message_cancel", kwargs={"pk": message.pk}), follow=True, **EN)

    message.refresh_from_db()
    assert message.status == MessageStatus.SENT
    assert not DeliveryEvent.objects.filter(message=message).exists()
    assert "already been sent or stopped" in response.content.decode()


def test_cancel_needs_a_post(recruiter_client):
    message = MessageFactory(status=MessageStatus.QUEUED)
    assert recruiter_client.get(reverse("messaging:message_cancel", kwargs={"pk": message.pk})).status_code == 405
    assert Message.objects.get().status == MessageStatus.QUEUED


def test_hiring_managers_reach_no_message(manager_client):
    message = MessageFactory(status=MessageStatus.QUEUED)
    assert manager_client.get(detail_url(message)).status_code == 403
    assert manager_client.post(reverse("messaging:message_cancel", kwargs={"pk": message.pk})).status_code == 403
    assert Message.objects.get().status == MessageStatus.QUEUED


def test_unknown_message_is_a_404(recruiter_client):
    assert recruiter_client.get(reverse("messaging:message_detail", kwargs={"pk": 999_999})).status_code == 404


# --- Outbox --------------------------------------------------------------------------------------------------


def test_outbox_lists_searches_and_says_when_it_is_not_in_use(recruiter_client, settings):
    OutboxEmailFactory(subject="Bienvenue Zoé", to="zoe@example.org")
    OutboxEmailFactory(subject="Autre", to="lea@example.org")

    settings.EMAIL_BACKEND = "messaging.backends.OutboxBackend"
    on = recruiter_client.get(reverse("messaging:outbox"), **EN)
    assert {email.subject for email in on.context["page"]} == {"Bienvenue Zoé", "Autre"}
    assert "The outbox is not in use" not in on.content.decode()
    assert reverse("messaging:outbox") in on.content.decode()  # the sub-navigation links to it

    searched = recruiter_client.get(reverse("messaging:outbox"), {"q": "zoe@"}, **EN)
    assert [email.subject for email in searched.context["page"]] == ["Bienvenue Zoé"]

    settings.EMAIL_BACKEND = "anymail.backends.brevo.EmailBackend"
    off = recruiter_client.get(reverse("messaging:outbox"), **EN).content.decode()
    assert "The outbox is not in use: e-mails are sent for real, through anymail.backends.brevo.EmailBackend." in off


def test_outbox_detail_shows_headers_parts_and_source(recruiter_client):
    email = OutboxEmailFactory(
        headers={"List-Unsubscribe": "<https://x.example/u/abc/>", "Reply-To": "reply+9-ff@reply.example.com"},
        body_text="Bonjour texte\n",
        body_html='<p style="x">Bonjour <a href="https://example.com/">html</a></p>',
        raw="Subject: =?utf-8?q?Bienvenue?=\nList-Unsubscribe-Post: List-Unsubscribe=One-Click\n",
    )
    html = recruiter_client.get(reverse("messaging:outbox_detail", kwargs={"pk": email.pk}), **EN).content.decode()
    assert "List-Unsubscribe" in html and "&lt;https://x.example/u/abc/&gt;" in html
    assert "reply+9-ff@reply.example.com" in html
    assert "Bonjour texte" in html
    assert '<p>Bonjour <a href="https://example.com/" rel="noopener noreferrer nofollow">html</a></p>' in html
    assert "List-Unsubscribe-Post: List-Unsubscribe=One-Click" in html
    assert 'style="x"' not in html


def test_outbox_unknown_email_is_a_404(recruiter_client):
    assert recruiter_client.get(reverse("messaging:outbox_detail", kwargs={"pk": 999_999})).status_code == 404


def signed_in(user) -> Client:
    client = Client()
    client.force_login(user)
    return client


def test_main_navigation_has_emails_for_staff_only(recruiter, hiring_manager):
    assert f'href="{LIST}"' in signed_in(recruiter).get(reverse("core:dashboard")).content.decode()
    assert f'href="{LIST}"' not in signed_in(hiring_manager).get(reverse("core:dashboard")).content.decode()


def test_sub_navigation_shows_admin_pages_to_admins_only(recruiter, admin_user):
    recruiter_page = signed_in(recruiter).get(LIST).content.decode()
    admin_page = signed_in(admin_user).get(LIST).content.decode()
    for name in ("messaging:template_list", "messaging:suppression_list", "messaging:branding"):
        assert reverse(name) not in recruiter_page
        assert reverse(name) in admin_page


def test_candidate_page_and_list_for_an_erased_person(recruiter_client):
    candidate = CandidateFactory(email="", anonymized_at=timezone.now())
    MessageFactory(candidate=candidate, to_email="old@example.org")
    assert recruiter_client.get(LIST).status_code == 200
