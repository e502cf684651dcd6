"""Recruiters' and admins' e-mail pages. Thin: access → form → one service or selector → render (a whole page,
or a fragment for htmx).

E-mail HTML is never put in the page as it is: an ``<iframe srcdoc>`` document inherits the page's Content
Security Policy (``style-src 'self'``), so the e-mail's inline styles would be refused and reported. Pages show
the text part and the HTML cleaned again (:func:`display_html`: allowed tags only, no styles, images only from
our own site), which reads the same without a single CSP violation.
"""

from __future__ import annotations

from typing import Any
from urllib.parse import urlsplit

import nh3
from django.conf import settings
from django.contrib import messages
from django.core.exceptions import ValidationError
from django.core.paginator import Paginator
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import formats, timezone
from django.utils.cache import patch_vary_headers
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from accounts.access import roles
from accounts.models import AuditAction, Role
from accounts.services import audit_log_record, client_ip
from candidates.models import Candidate
from candidates.selectors import candidate_list as candidates_search

from . import selectors, services
from .forms import (
    EXTRA_FIELDS,
    BrandingForm,
    ComposeForm,
    MessageFilterForm,
    SearchForm,
    SuppressionAddForm,
    TemplateForm,
    TemplatePreviewForm,
)
from .models import Message, MessageStatus, OutboxEmail, Purpose, Suppression, SuppressionReason, SuppressionScope
from .rendering import ALLOWED_ATTRIBUTES, ALLOWED_TAGS, MissingFieldError
from .services.suppression import suppression_add
from .services.suppression import suppression_remove as suppression_delete

PAGE_SIZE = 50
OUTBOX_BACKEND = "messaging.backends.OutboxBackend"

staff = roles(Role.ADMIN, Role.RECRUITER)
admins = roles(Role.ADMIN)


# --- Helpers --------------------------------------------------------------------------------------------------


def _wants_fragment(request: HttpRequest) -> bool:
    """An htmx swap asks for the fragment; a boosted navigation or a history restore needs the whole page."""
    htmx = getattr(request, "htmx", None)
    return bool(htmx) and not htmx.boosted and not htmx.history_restore_request  # type: ignore[union-attr]


def _fragment_or_page(request: HttpRequest, fragment: str, page: str, context: dict[str, Any]) -> HttpResponse:
    response = render(request, fragment if _wants_fragment(request) else page, context)
    patch_vary_headers(response, ["HX-Request"])
    return response


def display_html(html: str) -> str:
    """An e-mail's HTML, safe to put inside one of our pages: allowed tags only, no style, no script, links
    opened without referrer, images only from our own site (the page's CSP refuses any other host)."""
    own = settings.SITE_URL.rstrip("/")

    def keep(tag: str, attribute: str, value: str) -> str | None:
        if tag == "img" and attribute == "src":
            if value.startswith(own + "/"):
                return urlsplit(value).path
            return value if value.startswith("/") and not value.startswith("//") else None
        return value

    return nh3.clean(
        html,
        tags=ALLOWED_TAGS,
        attributes=ALLOWED_ATTRIBUTES,
        clean_content_tags={"script", "style", "title", "head"},
        url_schemes={"http", "https", "mailto", "tel"},
        link_rel="noopener noreferrer nofollow",
        attribute_filter=keep,
    )


def _outbox_enabled() -> bool:
    return settings.EMAIL_BACKEND == OUTBOX_BACKEND


def recipient_refusal(candidate: Candidate) -> str:
    """Why no e-mail can be written to this person now, in plain words; "" when one can."""
    if candidate.is_anonymized:
        return _("This person's data was erased: they cannot be written to.")
    if not candidate.email:
        return _("This person has no e-mail address: add one to their profile first.")
    if candidate.do_not_contact:
        return _("This person is marked “do not contact”: no e-mail can be sent to them.")
    blocked = Suppression.objects.filter(email=candidate.email.lower(), scope=SuppressionScope.ALL).first()
    if blocked is not None:
        return _(
            "This address is on the suppression list for every e-mail (%(reason)s): an administrator can lift it."
        ) % {"reason": blocked.get_reason_display()}
    return ""


def _show_messaging_error(form: Any, error: services.MessagingError, *, own_text: bool) -> None:
    """A refusal of the services, next to the field at fault; a merge field without value points at the box
    where the recruiter can give it one."""
    cause = error.__cause__
    if isinstance(cause, MissingFieldError):
        fillable = [name for name in cause.names if name in EXTRA_FIELDS]
        for name in fillable:
            form.add_error(
                name, _("This e-mail uses {{ %(name)s }} and there is no value for it: give one here.") % {"name": name}
            )
        others = [name for name in cause.names if name not in EXTRA_FIELDS]
        if others:
            form.add_error(
                "body" if own_text else "template",
                _("No value for %(fields)s for this person: remove it, or give it a default in the template.")
                % {"fields": ", ".join("{{ " + name + " }}" for name in others)},
            )
        return
    form.add_error(error.field if error.field in form.fields else None, error.message)
    for field, message in error.others.items():
        form.add_error(field if field in form.fields else None, message)


# --- Writing to one person ------------------------------------------------------------------------------------


def _compose_preview(request: HttpRequest, candidate: Candidate, form: ComposeForm) -> services.Outgoing | None:
    """Render what the candidate would receive, or put the reasons it cannot be sent next to the fields."""
    if not form.is_valid():
        return None
    data = form.cleaned_data
    template = data["template"]
    branding = services.branding_get()
    values = services.merge_values(
        candidate=candidate, sender=request.user, branding=branding, extra=form.extra_values()
    )
    try:
        return services.compose(
            candidate=candidate,
            values=values,
            branding=branding,
            version=template.current_version if template is not None else None,
            subject="" if template is not None else data["subject"],
            body="" if template is not None else form.body_html(),
        )
    except services.MessagingError as error:
        _show_messaging_error(form, error, own_text=template is None)
        return None


def _is_empty(form: ComposeForm) -> bool:
    return not any((form.data.get(name) or "").strip() for name in ("template", "subject", "body"))


@staff
@require_http_methods(["GET", "POST"])
def compose(request: HttpRequest, pk: int) -> HttpResponse:
    candidate = selectors.candidate_for_messaging(user=request.user, pk=pk)
    refusal = recipient_refusal(candidate)
    initial = {}
    if request.method == "GET" and (request.GET.get("template") or "").isdigit():
        initial["template"] = request.GET["template"]
    form = ComposeForm(request.POST or None, initial=initial)
    preview = None
    if request.method == "POST" and not refusal:
        if request.POST.get("action") == "preview":  # the preview without JavaScript
            preview = _compose_preview(request, candidate, form)
        elif form.is_valid():
            data = form.cleaned_data
            template = data["template"]
            key = f"compose:{candidate.pk}:{data['token']}"
            repeated = Message.objects.filter(idempotency_key=key).exists()
            try:
                message = services.message_queue(
                    candidate=candidate,
                    purpose=template.purpose if template is not None else Purpose.ONE_OFF,
                    template=template,
                    subject="" if template is not None else data["subject"],
                    body="" if template is not None else form.body_html(),
                    values=form.extra_values(),
                    actor=request.user,
                    send_at=data["send_at"],
                    idempotency_key=key,
                )
            except services.MessagingError as error:
                _show_messaging_error(form, error, own_text=template is None)
            else:
                if repeated:
                    messages.info(request, _("This e-mail was already sent: it was not sent a second time."))
                elif message.send_after:
                    when = formats.date_format(timezone.localtime(message.send_after), "SHORT_DATETIME_FORMAT")
                    messages.success(request, _("E-mail scheduled for %(when)s.") % {"when": when})
                else:
                    messages.success(request, _("E-mail on its way to %(address)s.") % {"address": message.to_email})
                return redirect(reverse("candidates:detail", kwargs={"pk": candidate.pk}) + "#panel-emails")
    context = {
        "candidate": candidate,
        "form": form,
        "refusal": refusal,
        "preview": preview,
        "preview_html": display_html(preview.html) if preview is not None else "",
        "empty": request.method == "GET",
    }
    return render(request, "messaging/compose.html", context)


@staff
@require_http_methods(["GET", "POST"])
def compose_preview(request: HttpRequest, pk: int) -> HttpResponse:
    """The live preview of the compose page (htmx): the e-mail as this person would get it, or why not, with
    each reason swapped next to its field."""
    candidate = selectors.candidate_for_messaging(user=request.user, pk=pk)
    refusal = recipient_refusal(candidate)
    form = ComposeForm(request.POST if request.method == "POST" else None)
    preview = None
    empty = not form.is_bound or _is_empty(form)
    if empty:  # nothing written yet: no error to show, the preview says what to do
        form = ComposeForm()
    if not refusal and not empty:
        preview = _compose_preview(request, candidate, form)
    context = {
        "candidate": candidate,
        "form": form,
        "preview": preview,
        "preview_html": display_html(preview.html) if preview is not None else "",
        "refusal": refusal,
        "empty": empty,
        "oob": _wants_fragment(request),
    }
    return _fragment_or_page(
        request, "messaging/partials/_compose_preview.html", "messaging/compose_preview.html", context
    )


@staff
@require_GET
def conversation(request: HttpRequest, pk: int) -> HttpResponse:
    candidate = selectors.candidate_for_messaging(user=request.user, pk=pk)
    context = {
        "candidate": candidate,
        "conversation": selectors.conversation(user=request.user, candidate=candidate),
        "refusal": recipient_refusal(candidate),
    }
    return _fragment_or_page(request, "messaging/partials/_conversation.html", "messaging/conversation.html", context)


# --- Messages -------------------------------------------------------------------------------------------------


@staff
@require_GET
def message_list(request: HttpRequest) -> HttpResponse:
    filters = MessageFilterForm(request.GET or None)
    arguments = filters.selector_arguments()
    rows = selectors.message_list(
        user=request.user, query=arguments["query"], status=arguments["status"], direction=arguments["direction"]
    ).defer("body_html", "body_text")
    page = Paginator(rows, PAGE_SIZE).get_page(request.GET.get("page"))
    return render(request, "messaging/message_list.html", {"filters": filters, "page": page})


@staff
@require_GET
def message_detail(request: HttpRequest, pk: int) -> HttpResponse:
    message = selectors.message_get(user=request.user, pk=pk)
    audit_log_record(
        action=AuditAction.PERSONAL_DATA_VIEWED, actor=request.user, target=message, ip_address=client_ip(request)
    )
    context = {
        "message": message,
        "events": list(message.events.all()),
        "replies": list(message.replies.defer("body_html").order_by("created_at", "id")),
        "html": display_html(message.body_html) if message.body_html else "",
        "can_cancel": message.status == MessageStatus.QUEUED and message.direction == "outbound",
    }
    return render(request, "messaging/message_detail.html", context)


@staff
@require_POST
def message_cancel(request: HttpRequest, pk: int) -> HttpResponse:
    message = selectors.message_get(user=request.user, pk=pk)
    try:
        services.message_cancel(message=message, actor=request.user)
    except services.MessagingError as error:
        messages.error(request, error.message)
    else:
        messages.success(request, _("E-mail cancelled: it will not be sent."))
    return redirect("messaging:message_detail", pk=message.pk)


# --- Outbox (development) -------------------------------------------------------------------------------------


@staff
@require_GET
def outbox(request: HttpRequest) -> HttpResponse:
    search = SearchForm(request.GET or None)
    page = Paginator(selectors.outbox_list(query=search.query()), PAGE_SIZE).get_page(request.GET.get("page"))
    context = {"search": search, "page": page, "enabled": _outbox_enabled(), "backend": settings.EMAIL_BACKEND}
    return render(request, "messaging/outbox.html", context)


@staff
@require_GET
def outbox_detail(request: HttpRequest, pk: int) -> HttpResponse:
    email = OutboxEmail.objects.filter(pk=pk).first()
    if email is None:
        raise Http404
    context = {
        "email": email,
        "html": display_html(email.body_html) if email.body_html else "",
        "headers": sorted(email.headers.items()),
        "enabled": _outbox_enabled(),
    }
    return render(request, "messaging/outbox_detail.html", context)


# --- Templates (admins) ---------------------------------------------------------------------------------------


@admins
@require_GET
def template_list(request: HttpRequest) -> HttpResponse:
    purpose = request.GET.get("purpose", "")
    if purpose not in Purpose.values:
        purpose = ""
    templates = selectors.template_list(purpose=purpose)
    context = {"templates": templates, "purposes": Purpose.choices, "purpose": purpose}
    return render(request, "messaging/template_list.html", context)


def _template_form_page(request: HttpRequest, form: TemplateForm, template: Any = None) -> HttpResponse:
    context = {
        "form": form,
        "template": template,
        "merge_fields": selectors.merge_field_help(),
        "example_field": "{{ first_name }}",
        "example_default": '{{ job_title|default:"…" }}',
        "versions": selectors.template_versions(template=template) if template is not None else [],
    }
    return render(request, "messaging/template_form.html", context)


def _save_template(request: HttpRequest, form: TemplateForm, template: Any = None) -> Any:
    """The service's answer: the template saved, or None with its errors next to the fields."""
    before = template.current_version_id if template is not None else None
    try:
        saved = services.template_save(template=template, actor=request.user, **form.service_arguments())
    except services.TemplateError as error:
        for key, problems in error.errors.items():
            for problem in problems:
                form.add_error(key if key in form.fields else None, problem)
        return None
    if saved.current_version_id == before:
        messages.info(
            request, _("Nothing changed in the texts: still version %(number)d.") % {"number": _number(saved)}
        )
    else:
        messages.success(request, _("Template saved: version %(number)d.") % {"number": _number(saved)})
    return saved


def _number(template: Any) -> int:
    return template.current_version.number if template.current_version is not None else 0


@admins
@require_http_methods(["GET", "POST"])
def template_create(request: HttpRequest) -> HttpResponse:
    initial: dict[str, Any] = {"is_active": True}
    if request.GET.get("purpose") in Purpose.values:
        initial["purpose"] = request.GET["purpose"]
    form = TemplateForm(request.POST or None, initial=initial)
    if request.method == "POST" and form.is_valid():
        saved = _save_template(request, form)
        if saved is not None:
            return redirect("messaging:template_edit", pk=saved.pk)
    return _template_form_page(request, form)


@admins
@require_http_methods(["GET", "POST"])
def template_edit(request: HttpRequest, pk: int) -> HttpResponse:
    template = selectors.template_get(pk=pk)
    form = TemplateForm(request.POST or None, initial=TemplateForm.initial_from(template))
    if request.method == "POST" and form.is_valid():
        saved = _save_template(request, form, template)
        if saved is not None:
            return redirect("messaging:template_edit", pk=saved.pk)
    return _template_form_page(request, form, template)


@admins
@require_GET
def template_preview(request: HttpRequest, pk: int) -> HttpResponse:
    template = selectors.template_get(pk=pk)
    query = request.GET.copy()
    # The select shows the language previewed: the one asked for, else the page's own.
    query.setdefault("language", "en" if (request.LANGUAGE_CODE or "fr")[:2] == "en" else "fr")
    form = TemplatePreviewForm(query)
    data = form.cleaned_data if form.is_valid() else {}
    language = data.get("language") or (request.LANGUAGE_CODE or "fr")[:2]
    language = language if language in ("fr", "en") else "fr"
    candidate = None
    if data.get("candidate"):
        candidate = candidates_search(user=request.user).filter(pk=data["candidate"]).first()
        if candidate is None:
            form.add_error("candidate", _("No candidate with this number."))
    matches = list(candidates_search(user=request.user, query=data["q"])[:10]) if data.get("q") else []
    branding = services.branding_get()
    if candidate is not None:
        subject_person = candidate
        extra = selectors.sample_values(only_missing=True)
        values = services.merge_values(candidate=candidate, sender=request.user, branding=branding, extra=extra)
    else:  # sample values, as the test e-mail uses them
        subject_person = Candidate(first_name="Camille", last_name="Durand", email="camille.durand@example.com")
        merged = services.merge_values(candidate=subject_person, sender=request.user, branding=branding)
        values = {**selectors.sample_values(), **merged}
    preview, error, used_language = None, "", language
    if template.current_version is None:
        error = _("This template has no text yet.")
    else:
        try:
            preview = services.compose(
                candidate=subject_person,
                values=values,
                branding=branding,
                version=template.current_version,
                language=language,
                is_marketing=template.is_marketing,
            )
            used_language = preview.language
        except services.MessagingError as refused:
            error = refused.message
    context = {
        "template": template,
        "form": form,
        "candidate": candidate,
        "matches": matches,
        "language": language,
        "used_language": used_language,
        "preview": preview,
        "html": display_html(preview.html) if preview is not None else "",
        "error": error,
    }
    return render(request, "messaging/template_preview.html", context)


@admins
@require_POST
def template_test(request: HttpRequest, pk: int) -> HttpResponse:
    template = selectors.template_get(pk=pk)
    candidate = None
    candidate_id = request.POST.get("candidate", "")
    if candidate_id.isdigit():
        candidate = candidates_search(user=request.user).filter(pk=int(candidate_id)).first()
    try:
        services.message_send_test(template=template, user=request.user, candidate=candidate)
    except services.MessagingError as error:
        messages.error(request, _("The test was not sent: %(reason)s") % {"reason": error.message})
    except Exception:  # the ESP refused or is unreachable: say so, the page stays usable
        messages.error(request, _("The test could not be sent: the e-mail service did not accept it. Try again later."))
    else:
        address = getattr(request.user, "email", "")
        messages.success(request, _("Test sent to you at %(address)s.") % {"address": address})
    target = reverse("messaging:template_preview", kwargs={"pk": template.pk})
    if candidate is not None:
        target += f"?candidate={candidate.pk}"
    return redirect(target)


# --- Branding and suppression list (admins) -------------------------------------------------------------------


@admins
@require_http_methods(["GET", "POST"])
def branding(request: HttpRequest) -> HttpResponse:
    current = services.branding_get()
    initial = {
        "company_name": current.company_name,
        "sender_name": current.sender_name,
        "sender_email": current.sender_email,
        "postal_address": current.postal_address,
        "accent_color": current.accent_color,
    }
    form = BrandingForm(request.POST or None, request.FILES or None, initial=initial)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        fields = {key: data[key] for key in ("company_name", "sender_name", "sender_email", "postal_address")}
        fields["accent_color"] = data["accent_color"]
        if data["logo"]:
            fields["logo"] = data["logo"]
        elif data["remove_logo"]:
            fields["logo"] = ""
        services.branding_update(actor=request.user, **fields)
        messages.success(request, _("Branding saved: it applies to the next e-mails."))
        return redirect("messaging:branding")
    return render(request, "messaging/branding.html", {"form": form, "branding": current})


@admins
@require_http_methods(["GET", "POST"])
def suppression_list(request: HttpRequest) -> HttpResponse:
    search = SearchForm(request.GET or None)
    form = SuppressionAddForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        try:
            suppression_add(
                email=data["email"],
                scope=data["scope"],
                reason=SuppressionReason.MANUAL,
                detail=data["note"],
                actor=request.user,
            )
        except ValidationError as error:
            for field, problems in error.message_dict.items():
                for problem in problems:
                    form.add_error(field if field in form.fields else None, problem)
        else:
            messages.success(
                request, _("%(address)s will not receive these e-mails any more.") % {"address": data["email"]}
            )
            return redirect("messaging:suppression_list")
    page = Paginator(selectors.suppression_list(query=search.query()), PAGE_SIZE).get_page(request.GET.get("page"))
    return render(request, "messaging/suppression_list.html", {"search": search, "form": form, "page": page})


@admins
@require_POST
def suppression_remove(request: HttpRequest, pk: int) -> HttpResponse:
    suppression = Suppression.objects.filter(pk=pk).first()
    if suppression is None:
        raise Http404
    suppression_delete(suppression=suppression, actor=request.user)
    messages.success(request, _("%(address)s may receive e-mails again.") % {"address": suppression.email})
    return redirect("messaging:suppression_list")
