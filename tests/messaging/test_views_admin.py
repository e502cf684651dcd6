"""Admins' pages: templates (versioned, validated next to each field, previewed, tested), branding, suppression list."""

from __future__ import annotations

import re

import pytest
from anymail.exceptions import AnymailAPIError
from django.core import mail
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from candidates.services import candidate_refresh_search_document
from messaging.models import Branding, Suppression, SuppressionReason, SuppressionScope, Template, TemplateVersion
from tests.factories import CandidateFactory
from tests.messaging.factories import SuppressionFactory, prefer_english, template_make

pytestmark = pytest.mark.django_db

PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 64
JPEG = b"\xff\xd8\xff\xe0" + b"\x00" * 64
GIF = b"GIF89a" + b"\x00" * 64
WEBP = b"RIFF\x24\x00\x00\x00WEBPVP8 " + b"\x00" * 64
SVG = b'<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'


@pytest.fixture(autouse=True)
def _english(request):
    prefer_english(request)


@pytest.fixture
def media_root(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"
    return settings.MEDIA_ROOT


def field_errors(html: str, field: str) -> str:
    slot = re.search(rf'<div id="id_{field}_error" class="field-error-slot">(.*?)</div>', html, re.S)
    return slot.group(1).replace("&quot;", '"') if slot else ""


VALID = {
    "name": "Accusé de réception (test)",
    "purpose": "acknowledgement",
    "is_active": "on",
    "subject_fr": "Merci {{ first_name }}",
    "body_fr": "Bonjour {{ first_name }},\n\nNous avons bien reçu votre candidature.",
    "subject_en": "",
    "body_en": "",
}


# --- Templates -----------------------------------------------------------------------------------------------


def test_create_a_template_then_save_new_versions(admin_client_, admin_user):
    response = admin_client_.post(reverse("messaging:template_create"), VALID, follow=True)

    template = Template.objects.get(name=VALID["name"])
    assert response.redirect_chain == [(reverse("messaging:template_edit", kwargs={"pk": template.pk}), 302)]
    assert "Template saved: version 1." in response.content.decode()
    version = template.current_version
    assert version.number == 1 and version.created_by == admin_user
    # Plain text typed in the box becomes paragraphs; the merge field is kept for rendering.
    assert version.body_fr == "<p>Bonjour {{ first_name }},</p><p>Nous avons bien reçu votre candidature.</p>"

    # Saving unchanged texts makes no new version; a change makes version 2, and both are listed.
    edit = reverse("messaging:template_edit", kwargs={"pk": template.pk})
    form = {**VALID, "body_fr": version.body_fr}
    unchanged = admin_client_.post(edit, form, follow=True)
    assert "Nothing changed in the texts: still version 1." in unchanged.content.decode()
    changed = admin_client_.post(
        edit, {**form, "subject_en": "Thanks {{ first_name }}", "body_en": "Hello."}, follow=True
    )
    html = changed.content.decode()
    assert "Template saved: version 2." in html
    assert TemplateVersion.objects.filter(template=template).count() == 2
    assert '>v2 <span class="badge">current</span>' in html and ">v1<" in html


@pytest.mark.parametrize(
    ("changes", "field", "error"),
    [
        ({"subject_fr": "Merci {{ frist_name }}"}, "subject_fr", "Unknown merge field {{ frist_name }}."),
        ({"body_fr": "<p>{{ first_name|upper }}</p>"}, "body_fr", "only |default"),
        ({"body_fr": "<p>Bonjour {{ first_name }</p>"}, "body_fr", "Broken merge field"),
        ({"subject_en": "Hello"}, "body_en", "Fill in both the subject and the body of this language, or neither."),
        ({"name": ""}, "name", "This field is required."),
    ],
)
def test_a_broken_template_is_refused_next_to_the_field_and_nothing_is_saved(admin_client_, changes, field, error):
    data = {**VALID, **changes}
    versions_before = TemplateVersion.objects.count()
    response = admin_client_.post(reverse("messaging:template_create"), data)

    assert response.status_code == 200
    html = response.content.decode()
    assert error in field_errors(html, field), html
    assert 'aria-invalid="true"' in html
    assert not Template.objects.filter(name=VALID["name"]).exists()
    assert TemplateVersion.objects.count() == versions_before
    if data["subject_fr"]:
        assert data["subject_fr"] in html  # what was typed is still there


def test_a_template_without_any_language_is_refused_with_a_form_error(admin_client_):
    data = {**VALID, "subject_fr": "", "body_fr": ""}
    html = admin_client_.post(reverse("messaging:template_create"), data).content.decode()
    assert "Write the subject and the body in at least one language." in html
    assert not Template.objects.filter(name=VALID["name"]).exists()


def test_template_list_by_purpose_with_default_languages_and_version(admin_client_):
    Template.objects.update(is_default=False)
    acknowledgement = template_make(name="Ack")
    rejection = template_make(name="Refus", purpose="rejection", subject_en="", body_en="")
    Template.objects.exclude(pk__in=[acknowledgement.pk, rejection.pk]).delete()
    Template.objects.filter(pk=acknowledgement.pk).update(is_default=True)

    html = admin_client_.get(reverse("messaging:template_list")).content.decode()
    assert "Ack" in html and "Refus" in html and ">default</span>" in html
    assert "FR, EN" in html and "v1" in html

    filtered = admin_client_.get(reverse("messaging:template_list"), {"purpose": "rejection"})
    assert [template.pk for template in filtered.context["templates"]] == [rejection.pk]


def test_edit_page_lists_the_merge_fields_with_their_descriptions(admin_client_):
    template = template_make()
    html = admin_client_.get(reverse("messaging:template_edit", kwargs={"pk": template.pk})).content.decode()
    assert "<code>{{ first_name }}</code>" in html
    assert "Candidate&#x27;s first name" in html or "Candidate's first name" in html
    assert "<code>{{ unsubscribe_url }}</code>" in html


def test_preview_with_sample_values_a_real_candidate_and_each_language(admin_client_):
    template = template_make()
    preview = reverse("messaging:template_preview", kwargs={"pk": template.pk})

    sample = admin_client_.get(preview, {"language": "en"}).content.decode()
    assert "Thank you Camille" in sample

    candidate = CandidateFactory(first_name="Zoé", last_name="Lefèvre")
    candidate_refresh_search_document(candidate=candidate)
    found = admin_client_.get(preview, {"q": "Lefèvre"}).content.decode()
    assert f"?candidate={candidate.pk}" in found

    real = admin_client_.get(preview, {"candidate": candidate.pk, "language": "fr"}).content.decode()
    assert "Merci Zoé" in real and "Bonjour Zoé," in real
    assert "With the data of Zoé Lefèvre" in real

    unknown = admin_client_.get(preview, {"candidate": 999_999}).content.decode()
    assert "No candidate with this number." in unknown


def test_preview_in_a_missing_language_says_it_falls_back(admin_client_):
    template = template_make(subject_en="", body_en="")
    html = admin_client_.get(
        reverse("messaging:template_preview", kwargs={"pk": template.pk}), {"language": "en"}
    ).content.decode()
    assert "This template has no text in this language" in html and "Merci Camille" in html


def test_send_a_test_to_yourself(admin_client_, admin_user):
    template = template_make()
    response = admin_client_.post(reverse("messaging:template_test", kwargs={"pk": template.pk}), follow=True)

    assert f"Test sent to you at {admin_user.email}." in response.content.decode()
    assert len(mail.outbox) == 1
    assert mail.outbox[0].to == [admin_user.email]
    assert mail.outbox[0].subject.startswith("[TEST] ")


def test_a_test_the_esp_refuses_is_reported_and_the_page_stays(admin_client_, monkeypatch):
    template = template_make()

    def refuse(**kwargs):
        raise AnymailAPIError("ESP down")

    monkeypatch.setattr("messaging.views.services.message_send_test", refuse)
    response = admin_client_.post(reverse("messaging:template_test", kwargs={"pk": template.pk}), follow=True)
    assert response.status_code == 200
    assert "The test could not be sent" in response.content.decode()


def test_recruiters_cannot_manage_templates(recruiter_client):
    template = template_make()
    count = Template.objects.count()
    assert recruiter_client.get(reverse("messaging:template_list")).status_code == 403
    assert recruiter_client.post(reverse("messaging:template_create"), VALID).status_code == 403
    assert recruiter_client.post(reverse("messaging:template_test", kwargs={"pk": template.pk})).status_code == 403
    assert Template.objects.count() == count and not mail.outbox


def test_unknown_template_is_a_404(admin_client_):
    assert admin_client_.get(reverse("messaging:template_edit", kwargs={"pk": 999_999})).status_code == 404


# --- Branding ------------------------------------------------------------------------------------------------

BRANDING = {
    "company_name": "Acme Recrutement",
    "sender_name": "Équipe RH",
    "sender_email": "rh@acme.example",
    "postal_address": "1 rue de la Paix, 75002 Paris",
    "accent_color": "#AA3300",
}


@pytest.mark.parametrize(("content", "extension"), [(PNG, ".png"), (JPEG, ".jpg"), (GIF, ".gif"), (WEBP, ".webp")])
def test_branding_saves_with_a_real_image(admin_client_, media_root, content, extension):
    logo = SimpleUploadedFile("../../evil name.svg", content, content_type="image/svg+xml")
    response = admin_client_.post(reverse("messaging:branding"), {**BRANDING, "logo": logo}, follow=True)

    assert "Branding saved" in response.content.decode()
    branding = Branding.objects.get(pk=1)
    assert branding.company_name == "Acme Recrutement"
    assert branding.accent_color == "#aa3300"
    assert branding.logo.name.startswith("branding/logo") and branding.logo.name.endswith(extension)
    assert branding.logo.read() == content


@pytest.mark.parametrize(
    ("data", "field", "error"),
    [
        ({"accent_color": "red"}, "accent_color", "six hexadecimal digits"),
        ({"accent_color": "#12345"}, "accent_color", "six hexadecimal digits"),
        ({"sender_email": "not an address"}, "sender_email", "Enter a valid email address."),
        ({"logo": SVG}, "logo", "not a PNG, JPEG, GIF or WebP image (SVG is not accepted)"),
        ({"logo": b"%PDF-1.4"}, "logo", "not a PNG, JPEG, GIF or WebP image"),
        ({"logo": PNG + b"\x00" * (1024 * 1024)}, "logo", "larger than 1 MB"),
    ],
)
def test_branding_bad_input_is_refused_next_to_the_field(admin_client_, media_root, data, field, error):
    data = {**BRANDING, **data}
    if "logo" in data:
        data["logo"] = SimpleUploadedFile("logo.png", data["logo"], content_type="image/png")
    html = admin_client_.post(reverse("messaging:branding"), data).content.decode()
    assert error in field_errors(html, field), html
    assert "Acme Recrutement" in html  # what was typed is kept
    assert not Branding.objects.exists()


def test_branding_remove_the_logo(admin_client_, media_root):
    admin_client_.post(reverse("messaging:branding"), {**BRANDING, "logo": SimpleUploadedFile("l.png", PNG)})
    admin_client_.post(reverse("messaging:branding"), {**BRANDING, "remove_logo": "on"})
    assert not Branding.objects.get(pk=1).logo


# --- Suppression list ----------------------------------------------------------------------------------------


def test_add_search_and_remove_suppressions(admin_client_, admin_user):
    response = admin_client_.post(
        reverse("messaging:suppression_list"),
        {"email": " Zoe@Example.ORG ", "scope": "marketing", "note": "Asked by phone"},
        follow=True,
    )
    suppression = Suppression.objects.get()
    assert (suppression.email, suppression.scope, suppression.reason, suppression.detail, suppression.created_by) == (
        "zoe@example.org",
        SuppressionScope.MARKETING,
        SuppressionReason.MANUAL,
        "Asked by phone",
        admin_user,
    )
    assert "will not receive these e-mails any more" in response.content.decode()

    SuppressionFactory(email="other@example.net")
    searched = admin_client_.get(reverse("messaging:suppression_list"), {"q": "zoe"})
    assert [row.email for row in searched.context["page"]] == ["zoe@example.org"]

    removed = admin_client_.post(reverse("messaging:suppression_remove", kwargs={"pk": suppression.pk}), follow=True)
    assert "zoe@example.org may receive e-mails again." in removed.content.decode()
    assert list(Suppression.objects.values_list("email", flat=True)) == ["other@example.net"]


def test_a_bad_address_is_refused_next_to_the_field(admin_client_):
    html = admin_client_.post(
        reverse("messaging:suppression_list"), {"email": "nope", "scope": "all", "note": "x"}
    ).content.decode()
    assert "Enter a valid email address." in field_errors(html, "email")
    assert not Suppression.objects.exists()


def test_removing_an_unknown_suppression_is_a_404(admin_client_):
    assert admin_client_.post(reverse("messaging:suppression_remove", kwargs={"pk": 999_999})).status_code == 404


def test_recruiters_cannot_touch_the_suppression_list(recruiter_client):
    suppression = SuppressionFactory()
    assert (
        recruiter_client.post(
            reverse("messaging:suppression_list"), {"email": "a@example.org", "scope": "all"}
        ).status_code
        == 403
    )
    assert (
        recruiter_client.post(reverse("messaging:suppression_remove", kwargs={"pk": suppression.pk})).status_code == 403
    )
    assert list(Suppression.objects.all()) == [suppression]


def test_django_admin_shows_messaging_rows_read_only(admin_client_):
    template_make()
    for model in ("template", "message", "deliveryevent", "outboxemail", "suppression"):
        changelist = admin_client_.get(reverse(f"admin:messaging_{model}_changelist"))
        assert changelist.status_code == 200, model
        assert admin_client_.get(reverse(f"admin:messaging_{model}_add")).status_code == 403, model


def test_the_preview_language_select_shows_the_language_previewed(admin_client_):
    template = template_make()
    page = admin_client_.get(reverse("messaging:template_preview", kwargs={"pk": template.pk})).content.decode()
    assert re.search(r'<option value="en" selected>', page)
    assert "Thank you Camille" in page
