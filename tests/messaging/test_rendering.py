"""The sandboxed merge-field renderer: what is refused at save, what is escaped, what never goes out raw."""

from __future__ import annotations

import pytest

from messaging.rendering import (
    MissingFieldError,
    TemplateSyntaxError,
    fields_in,
    html_to_text,
    render,
    sanitize_html,
)


def test_known_fields_and_defaults_are_read():
    fields = fields_in("Bonjour {{ first_name }}, {{job_title|default:\"un poste\"}} {{ company | default:'nous' }}")
    assert [(f.name, f.default) for f in fields] == [
        ("first_name", None),
        ("job_title", "un poste"),
        ("company", "nous"),
    ]


@pytest.mark.parametrize(
    ("text", "fragment"),
    [
        ("Bonjour {{ frist_name }}", "Unknown merge field {{ frist_name }}"),
        ("Bonjour {{ candidate.user.password }}", "Unknown merge field {{ candidate.user.password }}"),
        ("{{ first_name|upper }}", "only |default"),
        ("{{ first_name|default }}", "needs a text in quotes"),
        ("Bonjour {{ first_name }", "Broken merge field"),
        ("{% load static %}", "Broken merge field"),
        ("{# comment #}", "Broken merge field"),
        ("{{ first_name }} }}", "Broken merge field"),
    ],
)
def test_anything_but_plain_fields_is_refused(text, fragment, settings):
    settings.LANGUAGE_CODE = "en"
    with pytest.raises(TemplateSyntaxError) as refused:
        fields_in(text)
    assert any(fragment in error for error in refused.value.errors)


def test_values_are_escaped_in_html_and_defaults_are_not_escaped_twice():
    body = sanitize_html('<p>{{ first_name }} — {{ job_title|default:"Chef d\'équipe & co" }}</p>')
    html = render(body, {"first_name": "<b>Zoé</b>"}, escape=True)
    assert "&lt;b&gt;Zoé&lt;/b&gt;" in html
    assert "<b>" not in html
    assert "Chef d'équipe &amp; co" in html or "Chef d&#39;équipe &amp; co" in html


def test_a_field_without_value_or_default_stops_the_render():
    with pytest.raises(MissingFieldError) as missing:
        render("{{ first_name }} {{ job_title }} {{ interview_date }}", {"first_name": "Zoé"}, escape=False)
    assert missing.value.names == ["interview_date", "job_title"]


def test_sanitizer_removes_scripts_handlers_and_foreign_schemes_but_keeps_merge_links():
    cleaned = sanitize_html(
        '<p onclick="x()">Hi<script>alert(1)</script> <a href="javascript:alert(1)">bad</a>'
        ' <a href="{{ unsubscribe_url }}">stop</a><img src="data:image/png;base64,xx"></p>'
    )
    assert "script" not in cleaned and "onclick" not in cleaned and "javascript:" not in cleaned
    assert 'href="{{ unsubscribe_url }}"' in cleaned
    assert "data:" not in cleaned


def test_text_part_keeps_paragraphs_lists_and_link_targets():
    text = html_to_text(
        "<p>Bonjour Zoé,</p><p>Étapes :</p><ul><li>un</li><li>deux</li></ul>"
        '<p><a href="https://example.com/x">votre espace</a><br>Merci</p>'
    )
    assert text == "Bonjour Zoé,\n\nÉtapes :\n\n- un\n- deux\n\nvotre espace (https://example.com/x)\nMerci\n"


def test_shipped_default_templates_are_valid_and_sanitized():
    """The templates the data migration ships pass the same checks as a template saved by an admin."""
    import importlib

    defaults = importlib.import_module("messaging.migrations.0002_default_templates").DEFAULTS
    assert {row[0] for row in defaults} >= {"acknowledgement", "rejection", "interview_invitation", "stage_update"}
    for _purpose, _name, subject_fr, body_fr, subject_en, body_en in defaults:
        for text in (subject_fr, body_fr, subject_en, body_en):
            fields_in(text)
        for body in (body_fr, body_en):
            cleaned = sanitize_html(body).replace(' rel="noopener noreferrer"', "")
            assert cleaned == body  # nothing the sanitizer would have removed
