"""Hiring-manager reviews: the review queue, the scorecard criteria of a job, and the scorecard.

Every object is read through the selectors, scoped by the user: a hiring manager asking for another job's
criteria or another job's application gets a 404. Hiring managers read a job's criteria; recruiters and admins
edit them.
"""

from __future__ import annotations

from typing import Any

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.cache import patch_vary_headers
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods

from accounts.access import roles, user_has_role
from accounts.models import Role

from .. import selectors, services
from ..forms_reviews import CriterionForm, ReviewQueueFilterForm, ScorecardForm
from ..models import ScorecardCriterion
from ..services.reviews import CriterionError, criterion_add, criterion_move, criterion_remove, criterion_rename

STAFF = frozenset({Role.ADMIN.value, Role.RECRUITER.value})
QUEUE_PAGE_SIZE = 50


@roles(Role.ADMIN, Role.RECRUITER, Role.HIRING_MANAGER)
@require_http_methods(["GET"])
def review_queue(request: HttpRequest) -> HttpResponse:
    jobs = selectors.jobs_visible_to(request.user).only("pk", "title").order_by("title")
    form = ReviewQueueFilterForm(request.GET or None, jobs=jobs)
    applications = selectors.review_queue(user=request.user, **form.filters())
    page = Paginator(applications, QUEUE_PAGE_SIZE).get_page(request.GET.get("page"))
    query = request.GET.copy()
    query.pop("page", None)
    context = {"form": form, "page": page, "query": query.urlencode()}
    template = "ats/reviews/_queue_rows.html" if getattr(request, "htmx", False) else "ats/reviews/review_queue.html"
    response = render(request, template, context)
    patch_vary_headers(response, ["HX-Request"])  # the same URL answers a page or a fragment
    return response


def _criteria_page(
    request: HttpRequest,
    job: Any,
    *,
    add_form: CriterionForm | None = None,
    rename: tuple[int, str, str] | None = None,
    status: int = 200,
) -> HttpResponse:
    """The criteria page; ``rename`` is a refused rename (criterion id, the label typed, the error) shown in place."""
    criteria = list(ScorecardCriterion.objects.filter(job=job).order_by("position", "id"))
    if rename is not None:
        for criterion in criteria:
            if criterion.pk == rename[0]:
                criterion.typed_label, criterion.error = rename[1], rename[2]  # type: ignore[attr-defined]
    context = {
        "job": job,
        "criteria": criteria,
        "can_edit": user_has_role(request.user, STAFF),
        "add_form": add_form or CriterionForm(auto_id="new-criterion-%s"),
    }
    return render(request, "ats/reviews/criteria.html", context, status=status)


@roles(Role.ADMIN, Role.RECRUITER, Role.HIRING_MANAGER)
@require_http_methods(["GET", "POST"])
def criteria(request: HttpRequest, pk: int) -> HttpResponse:
    job = selectors.job_get(user=request.user, pk=pk)
    if request.method == "GET":
        return _criteria_page(request, job)
    if not user_has_role(request.user, STAFF):
        raise PermissionDenied  # the job's hiring managers read its criteria; recruiters and admins set them
    action = request.POST.get("action", "")
    if action == "add":
        form = CriterionForm(request.POST, auto_id="new-criterion-%s")
        if not form.is_valid():
            return _criteria_page(request, job, add_form=form, status=400)
        try:
            criterion = criterion_add(job=job, label=form.cleaned_data["label"])
        except CriterionError as error:
            form.add_error("label", error.message)
            return _criteria_page(request, job, add_form=form, status=400)
        messages.success(request, _("Criterion “%(label)s” added.") % {"label": criterion.label})
        return redirect("ats:criteria", pk=job.pk)
    criterion = get_object_or_404(ScorecardCriterion, pk=_int(request.POST.get("criterion")), job=job)
    anchor = ""
    try:
        if action == "rename":
            label = request.POST.get("label", "")
            try:
                criterion_rename(criterion=criterion, label=label)
            except CriterionError as error:
                return _criteria_page(request, job, rename=(criterion.pk, label, error.message), status=400)
            messages.success(request, _("Criterion renamed."))
        elif action == "up":
            criterion_move(criterion=criterion, offset=-1)
            messages.success(request, _("“%(label)s” moved up.") % {"label": criterion.label})
            anchor = f"#criterion-{criterion.pk}"
        elif action == "down":
            criterion_move(criterion=criterion, offset=1)
            messages.success(request, _("“%(label)s” moved down.") % {"label": criterion.label})
            anchor = f"#criterion-{criterion.pk}"
        elif action == "remove":
            criterion_remove(criterion=criterion)
            messages.success(request, _("Criterion “%(label)s” removed.") % {"label": criterion.label})
        else:
            messages.error(request, _("Unknown action."))
    except CriterionError as error:
        messages.error(request, error.message)
    return redirect(request.path + anchor)


def _int(value: str | None) -> int:
    try:
        return int(value or 0)
    except ValueError:
        return 0


def _scorecard_page(request: HttpRequest, application: Any, form: ScorecardForm, *, status: int = 200):
    panel = selectors.scorecard_panel(user=request.user, application=application)
    context = {"application": application, "job": application.job, "form": form, "panel": panel}
    return render(request, "ats/reviews/scorecard.html", context, status=status)


@roles(Role.ADMIN, Role.RECRUITER, Role.HIRING_MANAGER)
@require_http_methods(["GET", "POST"])
def scorecard(request: HttpRequest, pk: int) -> HttpResponse:
    reviewer: Any = request.user  # signed in: the access decorator saw to it
    application = selectors.application_get(user=reviewer, pk=pk)
    criteria = ScorecardCriterion.objects.filter(job_id=application.job_id).order_by("position", "id")
    if request.method == "GET":
        return _scorecard_page(request, application, ScorecardForm(criteria=criteria))
    form = ScorecardForm(request.POST, criteria=criteria)
    if not form.is_valid():
        return _scorecard_page(request, application, form, status=400)
    try:
        services.scorecard_submit(
            application=application,
            reviewer=reviewer,
            ratings=form.ratings(),
            recommendation=form.cleaned_data["recommendation"],
            notes=form.cleaned_data["notes"],
        )
    except services.ScorecardError as error:
        form.add_error(error.field if error.field in form.fields else None, error.message)
        # A second submission is refused: 409, the first scorecard unchanged.
        conflict = not error.field and application.scorecards.filter(reviewer=reviewer).exists()
        return _scorecard_page(request, application, form, status=409 if conflict else 400)
    messages.success(request, _("Your scorecard is saved. Here are the other reviewers' scorecards."))
    return redirect("ats:scorecard", pk=application.pk)
