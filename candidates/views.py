"""The candidate workspace (recruiters and admins). Thin: access → form → one service or selector → render."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar, cast

from csp.decorators import csp_replace, csp_update
from django.contrib import messages
from django.core.paginator import Paginator
from django.http import FileResponse, Http404, HttpRequest, HttpResponse
from django.http.response import HttpResponseBase
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.cache import patch_vary_headers
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.cache import never_cache
from django.views.decorators.clickjacking import xframe_options_sameorigin
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from accounts.access import roles
from accounts.models import AuditAction, Role
from accounts.services import audit_log_record, client_ip

from . import conf, selectors, services
from .forms import (
    CandidateCreateForm,
    CandidateFilterForm,
    CandidateForm,
    ConsentRecordForm,
    ConsentWithdrawForm,
    NoteForm,
    ResumeUploadForm,
    TagForm,
)
from .models import Candidate, ConsentChannel, ConsentPurpose, Resume
from .normalize import normalize_email, normalize_phone
from .panels import panels_for
from .services import resumes as resume_services

PAGE_SIZE = 50
RESULTS_TARGET = "candidate-results"
# (sort key, column label) of the sortable columns of the list; the first click sorts ascending.
SORTABLE_COLUMNS = [
    ("name", gettext_lazy("Name")),
    ("created", gettext_lazy("Created")),
    ("last_activity", gettext_lazy("Last activity")),
]

workspace = roles(Role.ADMIN, Role.RECRUITER)

ViewFunction = TypeVar("ViewFunction", bound=Callable[..., HttpResponseBase])


def _view_decorator(decorator: Any) -> Callable[[ViewFunction], ViewFunction]:
    """django-csp types its decorators for views without URL arguments; they work with any view."""
    return cast(Callable[[ViewFunction], ViewFunction], decorator)


# The candidate page shows the CV in a frame served by resume_file (same origin).
frames_own_documents = _view_decorator(csp_update({"frame-src": ["'self'"]}))
# resume_file may be framed by our own pages only (the default policy forbids any framing).
framed_by_own_pages = _view_decorator(csp_replace({"frame-ancestors": ["'self'"]}))


def _candidate_or_404(request: HttpRequest, pk: int, *, profile: bool = False) -> Candidate:
    getter = selectors.candidate_profile if profile else selectors.candidate_get
    try:
        return getter(user=request.user, pk=pk)
    except Candidate.DoesNotExist as missing:
        raise Http404 from missing


def _wants_fragment(request: HttpRequest) -> bool:
    """An htmx swap asks for the fragment; a boosted navigation or a history restore needs the whole page."""
    htmx = getattr(request, "htmx", None)
    return bool(htmx) and not htmx.boosted and not htmx.history_restore_request  # type: ignore[union-attr]


def _sort_columns(current: str) -> list[dict[str, Any]]:
    columns = []
    for key, label in SORTABLE_COLUMNS:
        if current == key:
            state, next_sort = "ascending", f"-{key}"
        elif current == f"-{key}":
            state, next_sort = "descending", key
        else:
            state, next_sort = "", key
        columns.append({"key": key, "label": label, "aria_sort": state, "next_sort": next_sort})
    return columns


@workspace
@require_GET
def candidate_list(request: HttpRequest) -> HttpResponse:
    form = CandidateFilterForm(request.GET or None)
    arguments = form.selector_arguments()
    candidates = selectors.candidate_list(user=request.user, **arguments)
    page = Paginator(candidates, PAGE_SIZE).get_page(request.GET.get("page"))
    context = {"form": form, "page": page, "columns": _sort_columns(arguments["ordering"])}
    template = (
        "candidates/partials/_candidate_rows.html" if _wants_fragment(request) else "candidates/candidate_list.html"
    )
    response = render(request, template, context)
    patch_vary_headers(response, ["HX-Request"])
    return response


def _detail_context(request: HttpRequest, candidate: Candidate, **extra: Any) -> dict[str, Any]:
    return {
        "candidate": candidate,
        "timeline": selectors.candidate_timeline(candidate=candidate),
        "consents": selectors.candidate_consent_states(candidate=candidate),
        "resumes": selectors.candidate_resumes(candidate=candidate),
        "note_form": NoteForm(),
        "tag_form": TagForm(),
        "consent_form": ConsentRecordForm(),
        "withdraw_form": ConsentWithdrawForm(),
        "resume_panel": selectors.resume_panel(candidate=candidate),
        "upload_form": ResumeUploadForm(max_bytes=conf.cv_max_bytes()),
        # Sections of higher apps (e-mails, applications…), loaded by the page itself: see candidates/panels.py.
        "panels": panels_for(candidate_pk=candidate.pk),
        **extra,
    }


@workspace
@require_GET
@frames_own_documents
def candidate_detail(request: HttpRequest, pk: int) -> HttpResponse:
    candidate = _candidate_or_404(request, pk, profile=True)
    audit_log_record(
        action=AuditAction.PERSONAL_DATA_VIEWED, actor=request.user, target=candidate, ip_address=client_ip(request)
    )
    return render(request, "candidates/candidate_detail.html", _detail_context(request, candidate))


def _show_service_error(form: Any, error: services.CandidateError) -> None:
    form.add_error(error.field if error.field in form.fields else None, error.message)


@workspace
@require_http_methods(["GET", "POST"])
def candidate_create(request: HttpRequest) -> HttpResponse:
    form = CandidateCreateForm(request.POST or None, initial={"owner": request.user.pk, "country": "FR"})
    duplicate = None
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        # Checked before the service (which refuses too) so the page can point at the person who exists.
        duplicate = selectors.candidate_find_duplicate(
            email=normalize_email(data["email"]),
            phone=normalize_phone(data["phone"], default_region=data["country"] or "FR"),
        )
        if duplicate is None:
            try:
                candidate = services.candidate_create(
                    first_name=data["first_name"],
                    last_name=data["last_name"],
                    email=data["email"],
                    phone=data["phone"],
                    city=data["city"],
                    country=data["country"],
                    headline=data["headline"],
                    current_title=data["current_title"],
                    current_employer=data["current_employer"],
                    source=data["source"],
                    owner=data["owner"],
                    actor=request.user,
                )
            except services.CandidateError as error:
                duplicate = error.duplicate
                _show_service_error(form, error)
            else:
                messages.success(request, _("Candidate created."))
                return redirect("candidates:detail", pk=candidate.pk)
        else:
            email = normalize_email(data["email"])
            field = "email" if email and email in (duplicate.email, *duplicate.other_emails) else "phone"
            form.add_error(field, _("This person seems to exist already."))
    return render(request, "candidates/candidate_form.html", {"form": form, "duplicate": duplicate, "candidate": None})


@workspace
@require_http_methods(["GET", "POST"])
def candidate_edit(request: HttpRequest, pk: int) -> HttpResponse:
    candidate = _candidate_or_404(request, pk)
    form = CandidateForm(request.POST or None, initial=CandidateForm.initial_from(candidate))
    duplicate = None
    if request.method == "POST" and form.is_valid():
        try:
            services.candidate_update(candidate=candidate, actor=request.user, **form.cleaned_data)
        except services.CandidateError as error:
            duplicate = error.duplicate
            _show_service_error(form, error)
        else:
            if form.changed_data:
                audit_log_record(
                    action=AuditAction.PERSONAL_DATA_CHANGED,
                    actor=request.user,
                    target=candidate,
                    ip_address=client_ip(request),
                    details={"fields": sorted(form.changed_data)},
                )
            messages.success(request, _("Profile saved."))
            return redirect("candidates:detail", pk=candidate.pk)
    context = {"form": form, "duplicate": duplicate, "candidate": candidate}
    return render(request, "candidates/candidate_form.html", context)


@workspace
@require_POST
def note_add(request: HttpRequest, pk: int) -> HttpResponse:
    candidate = _candidate_or_404(request, pk)
    form = NoteForm(request.POST)
    activity = None
    if form.is_valid():
        try:
            activity = services.note_add(candidate=candidate, author=request.user, text=form.cleaned_data["text"])
        except services.CandidateError as error:
            _show_service_error(form, error)
    if _wants_fragment(request):
        context = {"candidate": candidate, "note_form": NoteForm() if activity else form, "new_activity": activity}
        return render(request, "candidates/partials/_note_form.html", context)
    if activity is None:
        messages.error(request, _("The note was not added: it cannot be empty."))
    return redirect("candidates:detail", pk=candidate.pk)


def _tags_response(request: HttpRequest, candidate: Candidate, form: TagForm | None = None) -> HttpResponse:
    if _wants_fragment(request):
        return render(
            request, "candidates/partials/_tags.html", {"candidate": candidate, "tag_form": form or TagForm()}
        )
    if form is not None and form.errors:
        messages.error(request, _("The tag was not added: it needs a name."))
    return redirect("candidates:detail", pk=candidate.pk)


@workspace
@require_POST
def tag_add(request: HttpRequest, pk: int) -> HttpResponse:
    candidate = _candidate_or_404(request, pk)
    form = TagForm(request.POST)
    if form.is_valid():
        try:
            services.candidate_tag(candidate=candidate, names=[form.cleaned_data["name"]], actor=request.user)
        except services.CandidateError as error:
            _show_service_error(form, error)
        else:
            form = TagForm()
    return _tags_response(request, candidate, form)


@workspace
@require_POST
def tag_remove(request: HttpRequest, pk: int, tag_pk: int) -> HttpResponse:
    candidate = _candidate_or_404(request, pk)
    tag = candidate.tags.filter(pk=tag_pk).first()
    if tag is not None:
        services.candidate_untag(candidate=candidate, names=[tag.name], actor=request.user)
    return _tags_response(request, candidate)


@workspace
@require_POST
def consent_record(request: HttpRequest, pk: int) -> HttpResponse:
    candidate = _candidate_or_404(request, pk)
    form = ConsentRecordForm(request.POST)
    if form.is_valid():
        data = form.cleaned_data
        proof = {"note": data["proof"]} if data["proof"] else {}
        proof["recorded_from_ip"] = client_ip(request) or ""
        try:
            services.consent_record(
                candidate=candidate,
                purpose=data["purpose"],
                legal_basis=data["legal_basis"],
                text_version=data["text_version"],
                channel=ConsentChannel.RECRUITER,
                proof=proof,
                actor=request.user,
            )
        except services.CandidateError as error:
            _show_service_error(form, error)
        else:
            messages.success(request, _("Consent recorded."))
            return redirect("candidates:detail", pk=candidate.pk)
    messages.error(request, _("The consent was not recorded: %(errors)s") % {"errors": _form_errors_text(form)})
    return redirect("candidates:detail", pk=candidate.pk)


@workspace
@require_POST
def consent_withdraw(request: HttpRequest, pk: int, purpose: str) -> HttpResponse:
    candidate = _candidate_or_404(request, pk)
    if purpose not in ConsentPurpose.values:
        raise Http404
    form = ConsentWithdrawForm(request.POST)
    channel = form.cleaned_data["channel"] if form.is_valid() else ConsentChannel.RECRUITER
    count = services.consent_withdraw(candidate=candidate, purpose=purpose, channel=channel, actor=request.user)
    if count:
        messages.success(request, _("Consent withdrawn."))
    else:
        messages.info(request, _("There was no consent in force for this purpose."))
    return redirect("candidates:detail", pk=candidate.pk)


def _form_errors_text(form: Any) -> str:
    return " ".join(str(message) for errors in form.errors.values() for message in errors)


# --- CVs -----------------------------------------------------------------------------------------------------


def _resume_or_404(candidate: Candidate, resume_pk: int) -> Resume:
    try:
        return selectors.resume_for_candidate(candidate=candidate, pk=resume_pk)
    except Resume.DoesNotExist as missing:
        raise Http404 from missing


@workspace
@require_POST
@frames_own_documents
def resume_upload(request: HttpRequest, pk: int) -> HttpResponse:
    candidate = _candidate_or_404(request, pk)
    form = ResumeUploadForm(request.POST, request.FILES, max_bytes=conf.cv_max_bytes())
    if form.is_valid():
        try:
            resume = resume_services.resume_upload(
                candidate=candidate, uploaded_file=form.cleaned_data["file"], uploaded_by=request.user
            )
        except resume_services.ResumeError as error:
            form.add_error("file", error.message)
        else:
            if resume.already_stored:
                messages.info(request, _("This CV was already on file: it is the current one again."))
            else:
                messages.success(request, _("CV uploaded. It is being read; the profile fills in by itself."))
            return redirect(reverse("candidates:detail", kwargs={"pk": candidate.pk}) + "#cv")
    # The page again, with the error next to the file field.
    candidate = _candidate_or_404(request, pk, profile=True)
    audit_log_record(
        action=AuditAction.PERSONAL_DATA_VIEWED, actor=request.user, target=candidate, ip_address=client_ip(request)
    )
    context = _detail_context(request, candidate, upload_form=form)
    return render(request, "candidates/candidate_detail.html", context, status=400)


@workspace
@require_GET
def resume_panel(request: HttpRequest, pk: int) -> HttpResponse:
    """The CV section alone, for htmx polling while the CV is being read (it stops once read or failed)."""
    candidate = _candidate_or_404(request, pk, profile=True)
    if not _wants_fragment(request):
        return redirect(reverse("candidates:detail", kwargs={"pk": candidate.pk}) + "#cv")
    panel = selectors.resume_panel(candidate=candidate)
    if panel is not None and not panel.is_waiting:
        # The fragment now shows what the CV says: that is a view of personal data (polling itself is not).
        audit_log_record(
            action=AuditAction.PERSONAL_DATA_VIEWED,
            actor=request.user,
            target=candidate,
            ip_address=client_ip(request),
        )
    response = render(
        request, "candidates/partials/_resume_panel.html", {"candidate": candidate, "resume_panel": panel}
    )
    patch_vary_headers(response, ["HX-Request"])
    return response


def _download_name(resume: Resume) -> str:
    name = resume_services.safe_filename(resume.original_filename) or "cv"
    extension = resume_services.EXTENSION_OF_CONTENT_TYPE.get(resume.content_type, "")
    if extension and not name.lower().endswith(extension):
        name = f"{name}{extension}"
    return name


@workspace
@require_GET
@never_cache
@xframe_options_sameorigin
@framed_by_own_pages
def resume_file(request: HttpRequest, pk: int, resume_pk: int) -> HttpResponseBase:
    """The stored file: a download, or (``?inline=1``, PDFs only) shown in the candidate page's frame."""
    candidate = _candidate_or_404(request, pk)
    resume = _resume_or_404(candidate, resume_pk)
    inline = request.GET.get("inline") == "1" and resume.is_pdf
    try:
        handle = resume.file.open("rb")
    except FileNotFoundError as missing:
        raise Http404 from missing
    audit_log_record(
        action=AuditAction.PERSONAL_DATA_VIEWED,
        actor=request.user,
        target=resume,
        ip_address=client_ip(request),
        details={"inline": inline},
    )
    response = FileResponse(
        handle,
        as_attachment=not inline,
        filename=_download_name(resume),
        content_type=resume.content_type or "application/octet-stream",
    )
    response["X-Content-Type-Options"] = "nosniff"
    return response


@workspace
@require_POST
def resume_reparse(request: HttpRequest, pk: int, resume_pk: int) -> HttpResponse:
    candidate = _candidate_or_404(request, pk)
    resume = _resume_or_404(candidate, resume_pk)
    resume_services.resume_reparse(resume=resume, actor=request.user)
    messages.success(request, _("The CV will be read again in a moment."))
    return redirect(reverse("candidates:detail", kwargs={"pk": candidate.pk}) + "#cv")
