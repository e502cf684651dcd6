"""Writing to one person from their page: the panel, the compose page, its live preview, sending, refusals."""

from __future__ import annotations

import datetime
import re
import uuid

import pytest
from django.urls import reverse
from django.utils import timezone
from django.utils.html import escape

from candidates.panels import panels_for
from messaging.models import DeliveryEvent, EventKind, Message, MessageStatus, Purpose
from messaging.services.suppression import suppression_add
from tests.factories import CandidateFactory
from tests.messaging.factories import MessageFactory, prefer_english, template_make

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _english(request):
    prefer_english(request)


EN = {"HTTP_ACCEPT_LANGUAGE": "en"}


def compose_url(candidate) -> str:
    return reverse("messaging:compose", kwargs={"pk": candidate.pk})


def preview_url(candidate) -> str:
    return reverse("messaging:compose_preview", kwargs={"pk": candidate.pk})


def form_token(html: str) -> str:
    match = re.search(r'name="token" value="([0-9a-f-]{36})"', html)
    assert match, "the compose form carries no token"
    return match.group(1)


# --- The panel on the candidate page ------------------------------------------------------------------------


def test_candidate_page_loads_the_emails_panel_with_htmx_and_a_plain_link(recruiter_client):
    candidate = CandidateFactory()
    url = reverse("messaging:conversation", kwargs={"pk": candidate.pk})
    assert url in [panel.url for panel in panels_for(candidate_pk=candidate.pk)]

    html = recruiter_client.get(reverse("candidates:detail", kwargs={"pk": candidate.pk}), **EN).content.decode()

    assert 'id="panel-emails"' in html
    assert f'hx-get="{url}" hx-trigger="load"' in html
    assert f'<a href="{url}">Open: E-mails</a>' in html


def test_conversation_shows_both_directions_oldest_first_with_status_and_links(recruiter_client, recruiter):
    candidate = CandidateFactory()
    now = timezone.now()
    first = MessageFactory(
        candidate=candidate,
        subject="Votre candidature",
        created_by=recruiter,
        created_at=now - datetime.timedelta(hours=2),
        status=MessageStatus.DELIVERED,
    )
    reply = MessageFactory(
        candidate=candidate,
        subject="Re: Votre candidature",
        direction="inbound",
        from_email=candidate.email,
        status=MessageStatus.RECEIVED,
        in_reply_to=first,
        created_at=now - datetime.timedelta(hours=1),
    )
    MessageFactory(subject="Someone else's")

    response = recruiter_client.get(
        reverse("messaging:conversation", kwargs={"pk": candidate.pk}), HTTP_HX_REQUEST="true", **EN
    )

    html = response.content.decode()
    assert "<html" not in html  # the fragment only
    assert html.index("Votre candidature") < html.index("Re: Votre candidature")
    assert "Someone else" not in html
    assert reverse("messaging:message_detail", kwargs={"pk": first.pk}) in html
    assert reverse("messaging:message_detail", kwargs={"pk": reply.pk}) in html
    assert f"Sent by {recruiter}" in html
    assert f"Received from {candidate.email}" in html
    assert ">Delivered</span>" in html and ">Received</span>" in html
    assert reverse("messaging:compose", kwargs={"pk": candidate.pk}) in html
    assert response["Vary"].count("HX-Request") == 1


def test_conversation_without_htmx_is_a_whole_page(recruiter_client):
    candidate = CandidateFactory()
    response = recruiter_client.get(reverse("messaging:conversation", kwargs={"pk": candidate.pk}), **EN)
    assert "<html" in response.content.decode()
    assert "No e-mail yet." in response.content.decode()


# --- Compose ------------------------------------------------------------------------------------------------


def test_compose_offers_templates_for_one_person_but_not_campaigns(recruiter_client):
    usable = template_make(name="Invitation", purpose=Purpose.INTERVIEW_INVITATION)
    campaign = template_make(name="Newsletter", purpose=Purpose.CAMPAIGN)
    inactive = template_make(name="Old one", purpose=Purpose.REJECTION)
    inactive.is_active = False
    inactive.save()

    html = recruiter_client.get(compose_url(CandidateFactory()), **EN).content.decode()

    assert f'value="{usable.pk}"' in html
    assert f'value="{campaign.pk}"' not in html
    assert f'value="{inactive.pk}"' not in html
    uuid.UUID(form_token(html))


def test_send_a_template_queues_one_message_and_redirects_with_a_flash(recruiter_client, recruiter):
    candidate = CandidateFactory(first_name="Zoé", preferred_language="fr")
    template = template_make()
    token = str(uuid.uuid4())

    response = recruiter_client.post(
        compose_url(candidate), {"template": template.pk, "token": token, "action": "send"}, follow=True, **EN
    )

    message = Message.objects.get()
    assert message.candidate == candidate
    assert message.purpose == Purpose.ACKNOWLEDGEMENT
    assert message.template_version == template.current_version
    assert message.subject == "Merci Zoé"
    assert message.created_by == recruiter
    assert message.status == MessageStatus.QUEUED
    assert message.idempotency_key == f"compose:{candidate.pk}:{token}"
    assert response.redirect_chain == [
        (reverse("candidates:detail", kwargs={"pk": candidate.pk}) + "#panel-emails", 302)
    ]
    assert f"E-mail on its way to {candidate.email}." in response.content.decode()


def test_submitting_the_same_form_twice_queues_one_message(recruiter_client):
    candidate = CandidateFactory()
    data = {"subject": "Bonjour {{ first_name }}", "body": "Un mot.", "token": str(uuid.uuid4()), "action": "send"}

    recruiter_client.post(compose_url(candidate), data)
    response = recruiter_client.post(compose_url(candidate), data, follow=True, **EN)

    assert Message.objects.count() == 1
    assert DeliveryEvent.objects.filter(kind=EventKind.QUEUED).count() == 1
    assert "This e-mail was already sent: it was not sent a second time." in response.content.decode()


def test_own_text_becomes_paragraphs_with_merge_fields_filled(recruiter_client):
    candidate = CandidateFactory(first_name="Élise", preferred_language="fr")
    recruiter_client.post(
        compose_url(candidate),
        {
            "subject": "Bonjour {{ first_name }}",
            "body": "Ligne un\nligne deux\n\nSalaire < 40 k€ <b>, {{ job_title|default:'notre équipe' }}",
            "token": str(uuid.uuid4()),
        },
    )
    message = Message.objects.get()
    assert message.purpose == Purpose.ONE_OFF and message.template_version is None
    assert message.subject == "Bonjour Élise"
    # Plain text, even with a "<": nothing is taken for a tag, and a default in single quotes still works.
    assert "<p>Ligne un<br>ligne deux</p><p>Salaire &lt; 40 k€ &lt;b&gt;, notre équipe</p>" in message.body_html


def test_scheduled_send_waits_and_says_when(recruiter_client):
    candidate = CandidateFactory()
    later = timezone.localtime() + datetime.timedelta(days=2)
    response = recruiter_client.post(
        compose_url(candidate),
        {
            "subject": "Plus tard",
            "body": "Texte",
            "send_at": later.strftime("%Y-%m-%dT%H:%M"),
            "token": str(uuid.uuid4()),
        },
        follow=True,
        **EN,
    )
    message = Message.objects.get()
    assert message.send_after is not None
    assert abs((message.send_after - later).total_seconds()) < 60
    assert message.dispatched_at is None
    assert "E-mail scheduled for" in response.content.decode()


@pytest.mark.parametrize(
    ("data", "field", "error"),
    [
        ({}, "subject", "Write a subject, or choose a template."),
        ({"subject": "Bonjour"}, "body", "Write a message, or choose a template."),
        ({"subject": "Bonjour {{ frist_name }}", "body": "x"}, "subject", "Unknown merge field {{ frist_name }}."),
        (
            {"subject": "Bonjour", "body": "Pour {{ job_title }}"},
            "job_title",
            "This e-mail uses {{ job_title }} and there is no value for it: give one here.",
        ),
        ({"subject": "Bonjour", "body": "x", "send_at": "2001-01-01T10:00"}, "send_at", "This time has passed"),
    ],
)
def test_bad_input_is_refused_next_to_the_field_and_keeps_what_was_typed(recruiter_client, data, field, error):
    candidate = CandidateFactory()
    data = {**data, "token": str(uuid.uuid4()), "action": "send"}

    response = recruiter_client.post(compose_url(candidate), data, **EN)

    assert response.status_code == 200
    html = response.content.decode()
    slot = re.search(rf'<div id="id_{field}_error" class="field-error-slot">(.*?)</div>', html, re.S)
    assert slot and error in slot.group(1).replace("&quot;", '"'), html
    assert f'value="{data["token"]}"' in html  # the same form: sending it again after a fix queues once
    if "subject" in data:
        assert data["subject"].replace('"', "&quot;") in html
    assert not Message.objects.exists()


def test_a_missing_value_given_in_the_extra_field_is_used(recruiter_client):
    candidate = CandidateFactory()
    template = template_make(
        name="Invitation",
        purpose=Purpose.INTERVIEW_INVITATION,
        subject_fr="Entretien le {{ interview_date }}",
        body_fr="<p>Pour le poste {{ job_title }}, à {{ interview_location }}.</p>",
        subject_en="",
        body_en="",
    )
    recruiter_client.post(
        compose_url(candidate),
        {
            "template": template.pk,
            "job_title": "Soudeur",
            "interview_date": "mardi 10 h",
            "interview_location": "Lyon",
            "token": str(uuid.uuid4()),
        },
    )
    message = Message.objects.get()
    assert message.subject == "Entretien le mardi 10 h"
    assert "Pour le poste Soudeur, à Lyon." in message.body_html


@pytest.mark.parametrize(
    ("attributes", "reason"),
    [
        ({"email": ""}, "This person has no e-mail address: add one to their profile first."),
        ({"do_not_contact": True}, "This person is marked “do not contact”: no e-mail can be sent to them."),
        ({"anonymized_at": timezone.now()}, "This person's data was erased: they cannot be written to."),
    ],
)
def test_a_person_who_cannot_be_written_to_is_refused_with_the_reason(recruiter_client, attributes, reason):
    candidate = CandidateFactory(**attributes)

    page = recruiter_client.get(compose_url(candidate), **EN).content.decode()
    posted = recruiter_client.post(
        compose_url(candidate), {"subject": "Bonjour", "body": "x", "token": str(uuid.uuid4())}, **EN
    )
    panel = recruiter_client.get(
        reverse("messaging:conversation", kwargs={"pk": candidate.pk}), HTTP_HX_REQUEST="true", **EN
    ).content.decode()

    reason = escape(reason)
    assert reason in page and 'name="subject"' not in page
    assert posted.status_code == 200 and reason in posted.content.decode()
    assert reason in panel and reverse("messaging:compose", kwargs={"pk": candidate.pk}) not in panel
    assert not Message.objects.exists()


def test_an_address_suppressed_for_every_email_is_refused_but_not_one_suppressed_for_newsletters(recruiter_client):
    blocked, newsletters_only = CandidateFactory(), CandidateFactory()
    suppression_add(email=blocked.email, scope="all", reason="hard_bounce")
    suppression_add(email=newsletters_only.email, scope="marketing", reason="unsubscribed")

    assert (
        "on the suppression list for every e-mail (Hard bounce)"
        in recruiter_client.get(compose_url(blocked), **EN).content.decode()
    )
    assert 'name="subject"' in recruiter_client.get(compose_url(newsletters_only), **EN).content.decode()


# --- Live preview -------------------------------------------------------------------------------------------


def test_live_preview_renders_for_this_person(recruiter_client):
    candidate = CandidateFactory(first_name="Zoé", preferred_language="fr")
    template = template_make()

    response = recruiter_client.post(
        preview_url(candidate), {"template": template.pk, "token": str(uuid.uuid4())}, HTTP_HX_REQUEST="true", **EN
    )

    html = response.content.decode()
    assert '<dd data-testid="preview-subject">Merci Zoé</dd>' in html
    assert "Bonjour Zoé," in html
    assert "style=" not in html and "<html" not in html
    # Every field's error slot is swapped out of band, emptied when all is well.
    assert '<div id="id_subject_error" class="field-error-slot" hx-swap-oob="true"></div>' in html
    assert not Message.objects.exists()


def test_live_preview_puts_each_error_next_to_its_field(recruiter_client):
    candidate = CandidateFactory()
    response = recruiter_client.post(
        preview_url(candidate),
        {"subject": "Hi {{ first_name|upper }}", "body": "For {{ job_title }}", "token": str(uuid.uuid4())},
        HTTP_HX_REQUEST="true",
        **EN,
    )
    html = response.content.decode().replace("&quot;", '"').replace("&#x27;", "'")
    assert "This e-mail cannot be sent as it is: see the errors next to the fields." in html
    subject_slot = re.search(r'<div id="id_subject_error"[^>]*hx-swap-oob="true">(.*?)</div>', html, re.S)
    assert subject_slot and "only |default" in subject_slot.group(1)


def test_live_preview_of_an_empty_form_says_what_to_do(recruiter_client):
    candidate = CandidateFactory()
    html = recruiter_client.post(
        preview_url(candidate), {"token": str(uuid.uuid4())}, HTTP_HX_REQUEST="true", **EN
    ).content.decode()
    assert "Choose a template or write the e-mail" in html
    assert 'field-error"' not in html


def test_preview_button_without_javascript_shows_the_preview_and_sends_nothing(recruiter_client):
    candidate = CandidateFactory(first_name="Léa")
    html = recruiter_client.post(
        compose_url(candidate),
        {"subject": "Bonjour {{ first_name }}", "body": "Texte", "token": str(uuid.uuid4()), "action": "preview"},
        **EN,
    ).content.decode()
    assert '<dd data-testid="preview-subject">Bonjour Léa</dd>' in html
    assert not Message.objects.exists()


def test_another_users_candidate_is_not_found(manager_client):
    candidate = CandidateFactory()
    assert manager_client.get(compose_url(candidate)).status_code == 403


def test_unknown_candidate_is_a_404(recruiter_client):
    assert recruiter_client.get(reverse("messaging:compose", kwargs={"pk": 999_999})).status_code == 404
    assert recruiter_client.get(reverse("messaging:conversation", kwargs={"pk": 999_999})).status_code == 404
