"""The recruiter and hiring-manager workspace, under /jobs/: jobs, their pipelines and questions, the pipeline
board, the list of applications, the application page and its decisions, and the settings admins keep (pipeline
templates, rejection reasons).

Thin: access → form → one service or selector → render (a full page, or a fragment for htmx). Hiring managers
read the boards and applications of *their* jobs (any other id is a 404, from the selectors); every write here is
a recruiter's or an admin's (403 for a hiring manager).
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from typing import Any, TypeVar, cast

from csp.decorators import csp_update
from django.contrib import messages
from django.core.paginator import Paginator
from django.db import transaction
from django.db.models import Count
from django.http import Http404, HttpRequest, HttpResponse, QueryDict
from django.http.response import HttpResponseBase
from django.shortcuts import redirect, render
from django.template import TemplateDoesNotExist
from django.template.loader import get_template
from django.urls import reverse
from django.utils.cache import patch_vary_headers
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from accounts.access import roles
from accounts.models import AuditAction, Role
from accounts.services import audit_log_record, client_ip
from candidates import selectors as candidate_selectors
from candidates import services as candidate_services
from candidates.forms import TagForm
from candidates.models import Candidate

from .. import selectors, services
from .. import selectors_workspace as workspace_selectors
from ..forms import (
    BULK_MOVE,
    BULK_REJECT,
    ApplicationAddForm,
    ApplicationFilterForm,
    BoardMoveForm,
    BulkActionForm,
    JobCreateForm,
    JobFilterForm,
    JobForm,
    MoveForm,
    NoteForm,
    PipelineTemplateForm,
    QuestionForm,
    RejectForm,
    RejectionReasonForm,
    StageForm,
    StageRemoveForm,
    email_delay,
)
from ..models import (
    Application,
    ApplicationStatus,
    Job,
    PipelineTemplate,
    PipelineTemplateStage,
    RejectionReason,
    ScreeningQuestion,
    Stage,
)
from ..services import catalog, collaboration, requirements
from ..services.jobs import job_hired_count

PAGE_SIZE = 50
JOB_PAGE_SIZE = 50
STATUS_ACTIONS = ("publish", "pause", "close", "reopen")
SCORECARDS_TEMPLATE = "ats/partials/_scorecards.html"

everyone = roles(Role.ADMIN, Role.RECRUITER, Role.HIRING_MANAGER)
staff = roles(Role.ADMIN, Role.RECRUITER)
admins = roles(Role.ADMIN)

ViewFunction = TypeVar("ViewFunction", bound=Callable[..., HttpResponseBase])

# The application page shows the CV in a frame served by candidates:resume_file (same origin).
frames_own_documents = cast(Callable[[ViewFunction], ViewFunction], csp_update({"frame-src": ["'self'"]}))


# --- Helpers ---------------------------------------------------------------------------------------------------


def _wants_fragment(request: HttpRequest) -> bool:
    """An htmx swap asks for the fragment; a boosted navigation or a history restore needs the whole page."""
    htmx = getattr(request, "htmx", None)
    return bool(htmx) and not htmx.boosted and not htmx.history_restore_request  # type: ignore[union-attr]


def _show_error(form: Any, error: services.JobError | services.ApplicationError) -> None:
    form.add_error(error.field if error.field in form.fields else None, error.message)


def _job(request: HttpRequest, pk: int) -> Job:
    return selectors.job_get(user=request.user, pk=pk)  # Http404 for a job the user may not see


def _application(request: HttpRequest, pk: int) -> Application:
    return selectors.application_get(user=request.user, pk=pk)  # Http404 likewise


def _direction(request: HttpRequest) -> int:
    return -1 if request.POST.get("direction") == "up" else 1


def _board_url(job: Job, query: str = "") -> str:
    url = reverse("ats:job_detail", kwargs={"pk": job.pk})
    # Re-encoded from a QueryDict: whatever a client sends, only a query string ever follows the fixed path.
    clean = QueryDict(query).urlencode() if query else ""
    return f"{url}?{clean}" if clean else url


def _move_url(job: Job, query: str) -> str:
    url = reverse("ats:board_move", kwargs={"pk": job.pk})
    return f"{url}?{query}" if query else url


def _filter_form(request: HttpRequest, job: Job, stages: list[Stage]) -> ApplicationFilterForm:
    return ApplicationFilterForm(request.GET or None, stages=stages, sources=workspace_selectors.job_sources(job=job))


# --- Jobs ------------------------------------------------------------------------------------------------------


@everyone
@require_GET
def job_list(request: HttpRequest) -> HttpResponse:
    form = JobFilterForm(request.GET or None)
    status = form.cleaned_data["status"] if form.is_valid() else ""
    jobs = selectors.job_list_with_counts(user=request.user, status=status)
    page = Paginator(jobs, JOB_PAGE_SIZE).get_page(request.GET.get("page"))
    counts = workspace_selectors.stage_counts_for_jobs(jobs=page.object_list)
    rows = [(job, counts.get(job.pk, [])) for job in page]
    context = {
        "form": form,
        "page": page,
        "rows": rows,
        "can_edit": workspace_selectors.is_staff(request.user),
        "is_admin": request.user.is_superuser or getattr(request.user, "role", "") == Role.ADMIN,
    }
    return render(request, "ats/job_list.html", context)


def _save_job(form: JobForm, *, job: Job | None, actor: Any) -> Job | None:
    """Create or update the job and its requirements in one transaction; errors land next to their field."""
    fields = form.job_fields()
    try:
        with transaction.atomic():
            if job is None:
                job = services.job_create(actor=actor, **fields)
            else:
                job = services.job_update(job=job, actor=actor, **fields)
            requirements.job_requirements_set(
                job=job, must_have=form.must_have, nice_to_have=form.nice_to_have, languages=form.language_levels
            )
    except services.JobError as error:
        _show_error(form, error)
        return None
    return job


@staff
@require_http_methods(["GET", "POST"])
def job_create(request: HttpRequest) -> HttpResponse:
    form = JobCreateForm(request.POST or None, initial={"recruiters": [request.user.pk]})
    if request.method == "POST" and form.is_valid():
        job = _save_job(form, job=None, actor=request.user)
        if job is not None:
            messages.success(request, _("Job created, in draft. Publish it when it is ready."))
            return redirect("ats:job_detail", pk=job.pk)
    status = 400 if form.errors else 200
    return render(request, "ats/job_form.html", {"form": form, "job": None}, status=status)


@staff
@require_http_methods(["GET", "POST"])
def job_edit(request: HttpRequest, pk: int) -> HttpResponse:
    job = _job(request, pk)
    initial = JobForm.initial_from(job, workspace_selectors.job_requirements_initial(job))
    form = JobForm(request.POST or None, initial=initial)
    if request.method == "POST" and form.is_valid():
        saved = _save_job(form, job=job, actor=request.user)
        if saved is not None:
            messages.success(request, _("Job saved."))
            return redirect("ats:job_detail", pk=job.pk)
    status = 400 if form.errors else 200
    return render(request, "ats/job_form.html", {"form": form, "job": job}, status=status)


@staff
@require_POST
def job_status(request: HttpRequest, pk: int, action: str) -> HttpResponse:
    job = _job(request, pk)
    if action not in STATUS_ACTIONS:
        raise Http404
    try:
        job = services.job_set_status(job=job, action=action, actor=request.user)
    except services.JobError as error:
        messages.error(request, error.message)
    else:
        messages.success(request, _("The job is now “%(status)s”.") % {"status": job.get_status_display()})
    return redirect("ats:job_detail", pk=job.pk)


# --- Pipeline of a job -----------------------------------------------------------------------------------------


def _stage_forms(job: Job, stages: list[Stage], bound: dict[str, Any]) -> list[dict[str, Any]]:
    counts = dict(Application.objects.filter(job=job).values_list("stage_id").annotate(total=Count("id")).order_by())
    return [
        {
            "stage": stage,
            "count": counts.get(stage.pk, 0),
            "form": bound.get(f"update-{stage.pk}")
            or StageForm(
                prefix=f"stage-{stage.pk}",
                initial={
                    "name": stage.name,
                    "kind": stage.kind,
                    "target_days": stage.target_days,
                    "email_template": stage.email_template_id,
                },
            ),
            "remove_form": bound.get(f"remove-{stage.pk}")
            or StageRemoveForm(prefix=f"remove-{stage.pk}", job=job, exclude=stage),
        }
        for stage in stages
    ]


@staff
@require_http_methods(["GET", "POST"])
def pipeline_edit(request: HttpRequest, pk: int) -> HttpResponse:
    job = _job(request, pk)
    bound: dict[str, Any] = {}
    add_form = StageForm(prefix="new")
    if request.method == "POST":
        operation = request.POST.get("operation", "")
        stage = None
        if operation in ("update", "remove", "move"):
            stage = Stage.objects.filter(job=job, pk=request.POST.get("stage") or 0).first()
            if stage is None:
                messages.error(request, _("This stage no longer exists; the page shows the pipeline as it is now."))
                return redirect("ats:pipeline_edit", pk=job.pk)
        try:
            if operation == "add":
                add_form = StageForm(request.POST, prefix="new")
                if add_form.is_valid():
                    data = add_form.cleaned_data
                    with transaction.atomic():
                        added = services.stage_add(
                            job=job, name=data["name"], kind=data["kind"], target_days=data["target_days"]
                        )
                        if data["email_template"] is not None:
                            services.stage_update(stage=added, email_template=data["email_template"])
                    messages.success(request, _("Stage added."))
                    return redirect("ats:pipeline_edit", pk=job.pk)
            elif operation == "update" and stage is not None:
                form = StageForm(request.POST, prefix=f"stage-{stage.pk}")
                bound[f"update-{stage.pk}"] = form
                if form.is_valid():
                    services.stage_update(stage=stage, **form.cleaned_data)
                    messages.success(request, _("Stage saved."))
                    return redirect("ats:pipeline_edit", pk=job.pk)
            elif operation == "move" and stage is not None:
                catalog.stage_move(stage=stage, direction=_direction(request))
                return redirect(reverse("ats:pipeline_edit", kwargs={"pk": job.pk}) + f"#stage-{stage.pk}")
            elif operation == "remove" and stage is not None:
                remove_form = StageRemoveForm(request.POST, prefix=f"remove-{stage.pk}", job=job, exclude=stage)
                bound[f"remove-{stage.pk}"] = remove_form
                if remove_form.is_valid():
                    moved = services.stage_remove(
                        stage=stage, move_to=remove_form.cleaned_data["move_to"], actor=request.user
                    )
                    messages.success(
                        request,
                        ngettext(
                            "Stage removed; %(count)d application moved.",
                            "Stage removed; %(count)d applications moved.",
                            moved,
                        )
                        % {"count": moved},
                    )
                    return redirect("ats:pipeline_edit", pk=job.pk)
            else:
                return HttpResponse(status=400)
        except services.JobError as error:
            target = add_form if operation == "add" else bound.get(f"{operation}-{getattr(stage, 'pk', '')}")
            if target is not None:
                _show_error(target, error)
            else:
                messages.error(request, error.message)
                return redirect("ats:pipeline_edit", pk=job.pk)
    stages = workspace_selectors.job_stages(job=job)
    context = {"job": job, "stages": _stage_forms(job, stages, bound), "add_form": add_form}
    return render(request, "ats/pipeline_edit.html", context, status=400 if request.method == "POST" else 200)


# --- Screening questions ---------------------------------------------------------------------------------------


def _question_initial(question: ScreeningQuestion) -> dict[str, Any]:
    return {
        "text": question.text,
        "kind": question.kind,
        "choices": "\n".join(question.choices or []),
        "required": question.required,
        "knockout_answer": question.knockout_answer,
    }


@staff
@require_http_methods(["GET", "POST"])
def questions(request: HttpRequest, pk: int) -> HttpResponse:
    job = _job(request, pk)
    add_form = QuestionForm(prefix="new")
    bound: dict[int, QuestionForm] = {}
    if request.method == "POST":
        operation = request.POST.get("operation", "")
        question = None
        if operation in ("update", "remove", "move"):
            question = ScreeningQuestion.objects.filter(job=job, pk=request.POST.get("question") or 0).first()
            if question is None:
                messages.error(request, _("This question no longer exists."))
                return redirect("ats:questions", pk=job.pk)
        if operation == "remove" and question is not None:
            requirements.question_remove(question=question)
            messages.success(request, _("Question removed."))
            return redirect("ats:questions", pk=job.pk)
        if operation == "move" and question is not None:
            requirements.question_move(question=question, direction=_direction(request))
            return redirect(reverse("ats:questions", kwargs={"pk": job.pk}) + f"#question-{question.pk}")
        if operation not in ("add", "update"):
            return HttpResponse(status=400)
        form = QuestionForm(request.POST, prefix="new" if question is None else f"question-{question.pk}")
        if question is None:
            add_form = form
        else:
            bound[question.pk] = form
        if form.is_valid():
            data = form.cleaned_data
            try:
                requirements.question_save(
                    job=job,
                    question=question,
                    text=data["text"],
                    kind=data["kind"],
                    choices=form.choice_list(),
                    required=data["required"],
                    knockout_answer=data["knockout_answer"],
                )
            except services.JobError as error:
                _show_error(form, error)
            else:
                messages.success(request, _("Question saved."))
                return redirect("ats:questions", pk=job.pk)
    items = [
        {
            "question": question,
            "form": bound.get(question.pk)
            or QuestionForm(prefix=f"question-{question.pk}", initial=_question_initial(question)),
        }
        for question in job.questions.order_by("position", "id")
    ]
    context = {"job": job, "items": items, "add_form": add_form}
    return render(request, "ats/questions.html", context, status=400 if request.method == "POST" else 200)


# --- The board and the list ------------------------------------------------------------------------------------


def _decorate_cards(board: workspace_selectors.Board) -> None:
    """What each card prints, computed once per distinct value rather than once per card in the template (a
    board of a thousand cards renders in well under the 300 ms budget this way): its page's address and its
    "n days in stage" sentence."""
    placeholder = 987654321
    pattern = reverse("ats:application_detail", kwargs={"pk": placeholder})
    labels: dict[int, str] = {}
    for column in board.columns:
        for card in column.cards:
            card.url = pattern.replace(str(placeholder), str(card.pk))  # type: ignore[attr-defined]
            days = card.days_in_stage  # type: ignore[attr-defined]
            if days not in labels:
                labels[days] = ngettext("%(days)d day in stage", "%(days)d days in stage", days) % {"days": days}
            card.days_label = labels[days]  # type: ignore[attr-defined]


def _board_context(request: HttpRequest, job: Job) -> dict[str, Any]:
    stages = workspace_selectors.job_stages(job=job)
    form = _filter_form(request, job, stages)
    filters = form.filters()
    board = workspace_selectors.board_get(user=request.user, job=job, filters=filters, stages=stages)
    _decorate_cards(board)
    can_edit = workspace_selectors.is_staff(request.user)
    context: dict[str, Any] = {
        "job": job,
        "board": board,
        "stages": stages,
        "filter_form": form,
        "filters": filters,
        "query": request.GET.urlencode(),
        "move_url": _move_url(job, request.GET.urlencode()),
        "can_edit": can_edit,
    }
    if can_edit:
        context["bulk_form"] = BulkActionForm(job=job, stages=stages, initial={"token": uuid.uuid4().hex})
    return context


@everyone
@require_GET
def job_detail(request: HttpRequest, pk: int) -> HttpResponse:
    """The pipeline board: one column per stage."""
    job = _job(request, pk)
    context = _board_context(request, job)
    template = "ats/partials/_board.html" if _wants_fragment(request) else "ats/job_board.html"
    response = render(request, template, context)
    patch_vary_headers(response, ["HX-Request"])
    return response


@everyone
@require_GET
def application_list(request: HttpRequest, pk: int) -> HttpResponse:
    job = _job(request, pk)
    stages = workspace_selectors.job_stages(job=job)
    form = _filter_form(request, job, stages)
    applications = workspace_selectors.applications_for_job(user=request.user, job=job, filters=form.filters())
    page = Paginator(applications, PAGE_SIZE).get_page(request.GET.get("page"))
    by_id = {stage.pk: stage for stage in stages}
    workspace_selectors.mark_time_in_stage(page.object_list, by_id)
    for application in page.object_list:
        application.stage_name = by_id[application.stage_id].name  # type: ignore[attr-defined]
    context = {
        "job": job,
        "stages": stages,
        "filter_form": form,
        "page": page,
        "can_edit": workspace_selectors.is_staff(request.user),
    }
    return render(request, "ats/application_list.html", context)


@staff
@require_POST
def board_move(request: HttpRequest, pk: int) -> HttpResponse:
    """Move one card (drag and drop, or the card's "Move to" select). htmx gets the two columns back (swapped
    out of band) and a sentence for screen readers; without JavaScript, the board again."""
    job = _job(request, pk)
    form = BoardMoveForm(request.POST)
    if not form.is_valid():
        return HttpResponse(_("Choose an application and a stage."), status=400)
    application = _application(request, form.cleaned_data["application"])
    if application.job_id != job.pk:
        raise Http404
    stage = Stage.objects.filter(job=job, pk=form.cleaned_data["stage"]).first()
    if stage is None:
        return HttpResponse(_("Choose a stage of this job."), status=400)
    from_stage_id = application.stage_id
    try:
        services.application_move(application=application, stage=stage, actor=request.user)
    except services.ApplicationError as error:
        announcement, success = error.message, False
    else:
        announcement = _("%(name)s moved to “%(stage)s”.") % {"name": application.candidate, "stage": stage.name}
        success = True
    if not _wants_fragment(request):
        (messages.success if success else messages.error)(request, announcement)
        return redirect(_board_url(job, request.GET.urlencode()))
    stages = workspace_selectors.job_stages(job=job)
    form_filters = _filter_form(request, job, stages).filters()
    board = workspace_selectors.board_get(
        user=request.user, job=job, filters=form_filters, stage_ids={from_stage_id, stage.pk}, stages=stages
    )
    _decorate_cards(board)
    context = {
        "job": job,
        "board": board,
        "stages": stages,
        "query": request.GET.urlencode(),
        "move_url": _move_url(job, request.GET.urlencode()),
        "can_edit": True,
        "announcement": announcement,
        "success": success,
        "moved_id": application.pk,
    }
    return render(request, "ats/partials/_board_move.html", context)


def _bulk_summary(action: str, result: collaboration.BulkResult) -> str:
    done = len(result.done)
    if action == BULK_MOVE:
        text = ngettext("%(count)d application moved.", "%(count)d applications moved.", done)
    elif action == BULK_REJECT:
        text = ngettext("%(count)d application rejected.", "%(count)d applications rejected.", done)
    else:
        text = ngettext("%(count)d e-mail queued.", "%(count)d e-mails queued.", done)
    return text % {"count": done}


@staff
@require_POST
def bulk_action(request: HttpRequest, pk: int) -> HttpResponse:
    job = _job(request, pk)
    stages = workspace_selectors.job_stages(job=job)
    form = BulkActionForm(request.POST, job=job, stages=stages)
    back = _board_url(job, request.POST.get("return_query", ""))
    if not form.is_valid():
        for errors in form.errors.values():
            for error in errors:
                messages.error(request, str(error))
        return redirect(back)
    data = form.cleaned_data
    wanted = set(data["applications"])
    chosen = list(
        selectors.applications_visible_to(request.user)
        .filter(job=job, pk__in=wanted)
        .select_related("candidate", "job", "stage")
    )
    if len(chosen) != len(wanted):
        raise Http404  # an id of another job, or one the user may not see
    try:
        if data["action"] == BULK_MOVE:
            stage = next((stage for stage in stages if stage.pk == data["stage"]), None)
            if stage is None:
                raise Http404
            result = collaboration.applications_bulk_move(job=job, applications=chosen, stage=stage, actor=request.user)
        elif data["action"] == BULK_REJECT:
            result = collaboration.applications_bulk_reject(
                job=job,
                applications=chosen,
                reason=data["reason"],
                actor=request.user,
                send_email=data["send_email"],
                email_delay=email_delay(data["delay"]) if data["send_email"] else None,
            )
        else:
            result = collaboration.applications_bulk_email(
                job=job,
                applications=chosen,
                template=data["template"],
                actor=request.user,
                key=data["token"] or uuid.uuid4().hex,
            )
    except services.ApplicationError as error:
        messages.error(request, error.message)
        return redirect(back)
    messages.success(request, _bulk_summary(data["action"], result))
    if result.skipped:
        names = {application.pk: str(application.candidate) for application in chosen}
        for application_id, reason in result.skipped.items():
            messages.warning(request, f"{names.get(application_id, application_id)}: {reason}")
    return redirect(back)


# --- Adding people to a job ------------------------------------------------------------------------------------


@staff
@require_http_methods(["GET", "POST"])
def application_add(request: HttpRequest, pk: int) -> HttpResponse:
    job = _job(request, pk)
    query = request.GET.get("q", "").strip()[:200]
    form = ApplicationAddForm(request.POST or None, request.FILES or None)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        try:
            if data["candidate"]:
                try:
                    candidate = candidate_selectors.candidate_get(user=request.user, pk=data["candidate"])
                except Candidate.DoesNotExist as missing:
                    raise Http404 from missing
                submission = services.application_add(
                    job=job, candidate=candidate, actor=request.user, source=data["source"] or "recruiter"
                )
            else:
                submission = collaboration.application_add_from_cv(
                    job=job,
                    actor=request.user,
                    first_name=data["first_name"],
                    last_name=data["last_name"],
                    email=data["email"],
                    phone=data["phone"],
                    cv=data["cv"],
                    source=data["source"] or "email",
                )
        except services.ApplicationError as error:
            _show_error(form, error)
        else:
            if submission.created:
                messages.success(request, _("Added to the job, at its first stage."))
            else:
                messages.info(request, _("This person had already applied to this job: here is their application."))
            return redirect("ats:application_detail", pk=submission.application.pk)
    results = list(candidate_selectors.candidate_list(user=request.user, query=query)[:10]) if query else []
    already = (
        set(Application.objects.filter(job=job, candidate__in=results).values_list("candidate_id", flat=True))
        if results
        else set()
    )
    context = {"job": job, "form": form, "query": query, "results": results, "already": already}
    return render(request, "ats/application_add.html", context, status=400 if form.errors else 200)


# --- The application page and its decisions --------------------------------------------------------------------


def _scorecards_template() -> str:
    """The hiring-manager reviews partial, once it exists (another part of the workspace provides it)."""
    try:
        get_template(SCORECARDS_TEMPLATE)
    except TemplateDoesNotExist:
        return ""
    return SCORECARDS_TEMPLATE


def _detail_context(request: HttpRequest, application: Application, **forms: Any) -> dict[str, Any]:
    user = request.user
    can_edit = workspace_selectors.is_staff(user)
    job = application.job
    candidate = application.candidate
    questions_answered = [
        (question, (application.answers or {}).get(str(question.pk), ""))
        for question in job.questions.order_by("position", "id")
    ]
    context: dict[str, Any] = {
        "application": application,
        "job": job,
        "candidate": candidate,
        "can_edit": can_edit,
        "questions_answered": questions_answered,
        "other_applications": workspace_selectors.other_applications(user=user, application=application),
        "timeline": workspace_selectors.application_timeline(user=user, application=application),
        "resume_panel": candidate_selectors.resume_panel(candidate=candidate),
        "note_form": forms.get("note_form") or NoteForm(),
        "scorecards_template": _scorecards_template(),
        "user": user,
    }
    if can_edit:
        context.update(
            {
                "tag_form": forms.get("tag_form") or TagForm(),
                "move_form": forms.get("move_form")
                or MoveForm(job=job, initial={"stage": application.stage_id}, auto_id="move_%s"),
                "reject_form": forms.get("reject_form") or RejectForm(auto_id="reject_%s"),
                "rejection_email_pending": application.status == ApplicationStatus.REJECTED
                and workspace_selectors.rejection_email_pending(application=application),
                "hired_count": job_hired_count(job),
            }
        )
    return context


def _render_detail(request: HttpRequest, application: Application, *, status: int = 200, **forms: Any) -> HttpResponse:
    return render(request, "ats/application_detail.html", _detail_context(request, application, **forms), status=status)


@everyone
@require_http_methods(["GET", "POST"])
@frames_own_documents
def application_detail(request: HttpRequest, pk: int) -> HttpResponse:
    """The application page. POST adds a note (anyone who may read the application: hiring managers comment
    too) or a tag (recruiters and admins)."""
    application = workspace_selectors.application_detail_get(user=request.user, pk=pk)
    if request.method == "POST":
        operation = request.POST.get("operation", "")
        if operation == "note":
            note_form = NoteForm(request.POST)
            if note_form.is_valid():
                try:
                    collaboration.application_note_add(
                        application=application, author=request.user, text=note_form.cleaned_data["text"]
                    )
                except services.ApplicationError as error:
                    _show_error(note_form, error)
                else:
                    messages.success(request, _("Note added."))
                    return redirect(reverse("ats:application_detail", kwargs={"pk": application.pk}) + "#timeline")
            return _render_detail(request, application, status=400, note_form=note_form)
        if operation in ("tag", "untag"):
            if not workspace_selectors.is_staff(request.user):
                return HttpResponse(status=403)
            tag_form = TagForm(request.POST)
            if tag_form.is_valid():
                name = tag_form.cleaned_data["name"]
                if operation == "tag":
                    candidate_services.candidate_tag(candidate=application.candidate, names=[name], actor=request.user)
                else:
                    candidate_services.candidate_untag(
                        candidate=application.candidate, names=[name], actor=request.user
                    )
                return redirect(reverse("ats:application_detail", kwargs={"pk": application.pk}) + "#tags")
            return _render_detail(request, application, status=400, tag_form=tag_form)
        return HttpResponse(status=400)
    audit_log_record(
        action=AuditAction.PERSONAL_DATA_VIEWED,
        actor=request.user,
        target=application.candidate,
        ip_address=client_ip(request),
    )
    return _render_detail(request, application)


def _decided(request: HttpRequest, application: Application, message: str) -> HttpResponse:
    messages.success(request, message)
    return redirect("ats:application_detail", pk=application.pk)


def _refused(request: HttpRequest, application: Application, error: services.ApplicationError) -> HttpResponse:
    messages.error(request, error.message)
    return redirect("ats:application_detail", pk=application.pk)


@staff
@require_POST
def application_move(request: HttpRequest, pk: int) -> HttpResponse:
    application = _application(request, pk)
    form = MoveForm(request.POST, job=application.job, auto_id="move_%s")
    if not form.is_valid():
        return _render_detail(
            request, workspace_selectors.application_detail_get(user=request.user, pk=pk), status=400, move_form=form
        )
    stage = form.cleaned_data["stage"]
    try:
        services.application_move(application=application, stage=stage, actor=request.user)
    except services.ApplicationError as error:
        return _refused(request, application, error)
    return _decided(request, application, _("Moved to “%(stage)s”.") % {"stage": stage.name})


@staff
@require_POST
def application_reject(request: HttpRequest, pk: int) -> HttpResponse:
    application = _application(request, pk)
    form = RejectForm(request.POST, auto_id="reject_%s")
    if not form.is_valid():
        return _render_detail(
            request, workspace_selectors.application_detail_get(user=request.user, pk=pk), status=400, reject_form=form
        )
    data = form.cleaned_data
    try:
        services.application_reject(
            application=application,
            reason=data["reason"],
            actor=request.user,
            send_email=data["send_email"],
            email_delay=email_delay(data["delay"]) if data["send_email"] else None,
        )
    except services.ApplicationError as error:
        return _refused(request, application, error)
    if data["send_email"] and data["delay"] != "now":
        text = _("Rejected. The e-mail waits before it goes: you can still undo.")
    else:
        text = _("Rejected.")
    return _decided(request, application, text)


@staff
@require_POST
def application_unreject(request: HttpRequest, pk: int) -> HttpResponse:
    application = _application(request, pk)
    try:
        services.application_unreject(application=application, actor=request.user)
    except services.ApplicationError as error:
        return _refused(request, application, error)
    return _decided(request, application, _("Rejection undone: the application is in progress again."))


@staff
@require_POST
def application_withdraw(request: HttpRequest, pk: int) -> HttpResponse:
    application = _application(request, pk)
    try:
        services.application_withdraw(application=application, actor=request.user)
    except services.ApplicationError as error:
        return _refused(request, application, error)
    return _decided(request, application, _("Marked as withdrawn by the candidate."))


@staff
@require_POST
def application_hire(request: HttpRequest, pk: int) -> HttpResponse:
    application = _application(request, pk)
    try:
        services.application_hire(application=application, actor=request.user)
    except services.ApplicationError as error:
        return _refused(request, application, error)
    return _decided(request, application, _("Hired. Congratulations!"))


@staff
@require_GET
def candidate_applications(request: HttpRequest, pk: int) -> HttpResponse:
    """The person's applications, as a section of the candidate page (loaded by htmx) or a page of its own."""
    try:
        candidate = candidate_selectors.candidate_get(user=request.user, pk=pk)
    except Candidate.DoesNotExist as missing:
        raise Http404 from missing
    context = {
        "candidate": candidate,
        "applications": workspace_selectors.candidate_applications(user=request.user, candidate_id=candidate.pk),
    }
    template = (
        "ats/partials/_candidate_applications.html" if _wants_fragment(request) else "ats/candidate_applications.html"
    )
    response = render(request, template, context)
    patch_vary_headers(response, ["HX-Request"])
    return response


# --- Settings kept by admins -----------------------------------------------------------------------------------


@admins
@require_http_methods(["GET", "POST"])
def pipeline_templates(request: HttpRequest) -> HttpResponse:
    form = PipelineTemplateForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            template = catalog.pipeline_template_save(**form.cleaned_data)
        except services.JobError as error:
            _show_error(form, error)
        else:
            messages.success(request, _("Pipeline created. Add its stages."))
            return redirect("ats:pipeline_template_edit", pk=template.pk)
    templates = PipelineTemplate.objects.annotate(stage_count=Count("stages")).order_by("-is_default", "name")
    context = {"form": form, "templates": templates}
    return render(request, "ats/pipeline_templates.html", context, status=400 if form.errors else 200)


@admins
@require_http_methods(["GET", "POST"])
def pipeline_template_edit(request: HttpRequest, pk: int) -> HttpResponse:
    template = PipelineTemplate.objects.filter(pk=pk).first()
    if template is None:
        raise Http404
    form = PipelineTemplateForm(initial={"name": template.name, "is_default": template.is_default}, prefix="template")
    add_form = StageForm(prefix="new")
    bound: dict[int, StageForm] = {}
    if request.method == "POST":
        operation = request.POST.get("operation", "")
        stage = None
        if operation in ("update", "remove", "move"):
            stage = PipelineTemplateStage.objects.filter(template=template, pk=request.POST.get("stage") or 0).first()
            if stage is None:
                messages.error(request, _("This stage no longer exists."))
                return redirect("ats:pipeline_template_edit", pk=template.pk)
        try:
            if operation == "rename":
                form = PipelineTemplateForm(request.POST, prefix="template")
                if form.is_valid():
                    catalog.pipeline_template_save(template=template, **form.cleaned_data)
                    messages.success(request, _("Pipeline saved."))
                    return redirect("ats:pipeline_template_edit", pk=template.pk)
            elif operation in ("add", "update"):
                stage_form = StageForm(request.POST, prefix="new" if stage is None else f"stage-{stage.pk}")
                if stage is None:
                    add_form = stage_form
                else:
                    bound[stage.pk] = stage_form
                if stage_form.is_valid():
                    if stage is None:
                        catalog.template_stage_add(template=template, **stage_form.cleaned_data)
                    else:
                        catalog.template_stage_update(stage=stage, **stage_form.cleaned_data)
                    messages.success(request, _("Stage saved."))
                    return redirect("ats:pipeline_template_edit", pk=template.pk)
            elif operation == "move" and stage is not None:
                catalog.template_stage_move(stage=stage, direction=_direction(request))
                return redirect(
                    reverse("ats:pipeline_template_edit", kwargs={"pk": template.pk}) + f"#stage-{stage.pk}"
                )
            elif operation == "remove" and stage is not None:
                catalog.template_stage_remove(stage=stage)
                messages.success(request, _("Stage removed."))
                return redirect("ats:pipeline_template_edit", pk=template.pk)
            else:
                return HttpResponse(status=400)
        except services.JobError as error:
            if operation == "rename":
                _show_error(form, error)
            elif operation == "add":
                _show_error(add_form, error)
            elif stage is not None and stage.pk in bound:
                _show_error(bound[stage.pk], error)
            else:
                messages.error(request, error.message)
                return redirect("ats:pipeline_template_edit", pk=template.pk)
    stages = [
        {
            "stage": stage,
            "form": bound.get(stage.pk)
            or StageForm(
                prefix=f"stage-{stage.pk}",
                initial={
                    "name": stage.name,
                    "kind": stage.kind,
                    "target_days": stage.target_days,
                    "email_template": stage.email_template_id,
                },
            ),
        }
        for stage in template.stages.select_related("email_template").order_by("position", "id")
    ]
    context = {"template": template, "form": form, "add_form": add_form, "stages": stages}
    return render(request, "ats/pipeline_template_edit.html", context, status=400 if request.method == "POST" else 200)


@admins
@require_http_methods(["GET", "POST"])
def rejection_reasons(request: HttpRequest) -> HttpResponse:
    form = RejectionReasonForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        data = {name: value for name, value in form.cleaned_data.items() if not (name == "position" and value is None)}
        try:
            catalog.rejection_reason_save(**data)
        except services.JobError as error:
            _show_error(form, error)
        else:
            messages.success(request, _("Rejection reason added."))
            return redirect("ats:rejection_reasons")
    reasons = RejectionReason.objects.select_related("email_template").annotate(use_count=Count("applications"))
    context = {"form": form, "reasons": reasons.order_by("position", "id")}
    return render(request, "ats/rejection_reasons.html", context, status=400 if form.errors else 200)


@admins
@require_http_methods(["GET", "POST"])
def rejection_reason_edit(request: HttpRequest, pk: int) -> HttpResponse:
    reason = RejectionReason.objects.filter(pk=pk).first()
    if reason is None:
        raise Http404
    form = RejectionReasonForm(request.POST or None, initial=RejectionReasonForm.initial_from(reason))
    if request.method == "POST" and form.is_valid():
        data = {name: value for name, value in form.cleaned_data.items() if not (name == "position" and value is None)}
        try:
            catalog.rejection_reason_save(reason=reason, **data)
        except services.JobError as error:
            _show_error(form, error)
        else:
            messages.success(request, _("Rejection reason saved."))
            return redirect("ats:rejection_reasons")
    return render(
        request, "ats/rejection_reason_edit.html", {"form": form, "reason": reason}, status=400 if form.errors else 200
    )
