"""The public career site (/careers/): open jobs, a job's page, the application form, its thank-you page, and an
RSS feed for job boards. Anyone may see these pages; they only ever show open, public jobs.

The apply view checks, in this order and before reading the request's body: the rate limit per address, then the
body's declared size (a huge upload is refused with a friendly 413 without being stored or parsed), then CSRF.
"""

from __future__ import annotations

import json
import logging
from typing import Any
from urllib.parse import urlencode, urlsplit

from django.conf import settings
from django.contrib.syndication.views import Feed
from django.core.paginator import Paginator
from django.core.serializers.json import DjangoJSONEncoder
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.html import format_html
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import gettext as _
from django.views.decorators.csrf import csrf_exempt, csrf_protect
from django.views.decorators.http import require_GET, require_http_methods

from accounts.access import public
from accounts.ratelimit import parse_rate, rate_limit_hit
from accounts.services import client_ip
from candidates import conf
from messaging.services import branding_get

from ..forms_careers import ATTRIBUTION_FIELDS, ApplyForm, JobFilterForm
from ..models import ContractType, Job, RemotePolicy
from ..selectors import careers_job, careers_jobs
from ..selectors_careers import careers_facets, careers_job_no_longer_open
from ..services import ApplicationError, application_submit

logger = logging.getLogger(__name__)

PAGE_SIZE = 20
FEED_SIZE = 500
# What a session remembers of the last applications, for their thank-you pages (never in the address).
THANKS_SESSION_KEY = "careers_applied"
THANKS_REMEMBERED = 10
# The form's text fields and the multipart envelope, on top of the CV's own limit.
BODY_MARGIN = 512 * 1024
# A body over the limit is read and thrown away (never stored) up to this many bytes, so that the browser gets
# the friendly page rather than a connection reset; past it the connection is simply answered and closed.
DRAIN_LIMIT = 64 * 1024 * 1024
DEFAULT_APPLY_RATE = "20/600"

# schema.org employmentType for each contract (Google for Jobs reads these values).
EMPLOYMENT_TYPES: dict[str, list[str]] = {
    ContractType.PERMANENT: ["FULL_TIME"],
    ContractType.FIXED_TERM: ["FULL_TIME", "TEMPORARY"],
    ContractType.FREELANCE: ["CONTRACTOR"],
    ContractType.INTERNSHIP: ["INTERN"],
    ContractType.APPRENTICESHIP: ["INTERN", "PART_TIME"],
    ContractType.TEMPORARY: ["TEMPORARY"],
}
SALARY_UNITS = {"year": "YEAR", "month": "MONTH", "day": "DAY", "hour": "HOUR"}
_JSON_SCRIPT_ESCAPES = {ord("<"): "\\u003C", ord(">"): "\\u003E", ord("&"): "\\u0026"}


# --- Shared bits -----------------------------------------------------------------------------------------------


def _company_name() -> str:
    return branding_get().company_name or settings.COMPANY_NAME


def _render(request: HttpRequest, template: str, context: dict[str, Any], *, status: int = 200) -> HttpResponse:
    return render(request, template, {"company_name": _company_name(), **context}, status=status)


def _not_open(request: HttpRequest, slug: str) -> HttpResponse:
    """404 in plain words: a job that closed says so (with a way back to the list); anything else is unknown."""
    return _render(request, "careers/not_found.html", {"job": careers_job_no_longer_open(slug=slug)}, status=404)


def _open_job(slug: str) -> Job | None:
    try:
        return careers_job(slug=slug)
    except Http404:
        return None


def _external_referrer(request: HttpRequest) -> str:
    """The host of the page that sent the visitor here, when it is another site (a job board, a search engine)."""
    host = (urlsplit(request.META.get("HTTP_REFERER", "")).hostname or "").lower()
    own = request.get_host().rsplit(":", 1)[0].lower()
    return host[:200] if host and host != own else ""


def _attribution(request: HttpRequest) -> dict[str, str]:
    """utm_*, ref and the referring host, as the visitor arrived (from the address and the Referer header)."""
    found = {
        name: value[:200]
        for name in ATTRIBUTION_FIELDS
        if name != "referrer" and (value := request.GET.get(name, "").strip())
    }
    referrer = request.GET.get("referrer", "").strip()[:200] or _external_referrer(request)
    if referrer:
        found["referrer"] = referrer
    return found


# --- The list of jobs ------------------------------------------------------------------------------------------


@public
@require_GET
def job_list(request: HttpRequest) -> HttpResponse:
    facets = careers_facets()
    form = JobFilterForm(request.GET or None, facets=facets)
    criteria = form.criteria()
    jobs = careers_jobs(**criteria).only(
        "slug", "title", "city", "country", "remote_policy", "contract_type", "department", "published_at"
    )
    page = Paginator(jobs, PAGE_SIZE).get_page(request.GET.get("page"))
    kept = request.GET.copy()
    kept.pop("page", None)
    return _render(
        request,
        "careers/job_list.html",
        {
            "form": form,
            "page": page,
            "facets": facets,
            "filtered": any(criteria.values()),
            "page_query": kept.urlencode(),
        },
    )


# --- One job ---------------------------------------------------------------------------------------------------


def job_posting(job: Job, *, company_name: str, job_url: str, site_url: str) -> dict[str, Any]:
    """The job as a schema.org JobPosting (what search engines show in their job listings)."""
    posting: dict[str, Any] = {
        "@context": "https://schema.org/",
        "@type": "JobPosting",
        "title": job.title,
        "description": job.description or job.title,
        "identifier": {"@type": "PropertyValue", "name": company_name, "value": job.slug},
        "datePosted": (job.published_at or job.created_at).date().isoformat(),
        "employmentType": EMPLOYMENT_TYPES.get(job.contract_type, ["OTHER"]),
        "hiringOrganization": {"@type": "Organization", "name": company_name, "sameAs": site_url},
        "directApply": True,
        "url": job_url,
        "inLanguage": job.language,
    }
    if job.closing_date:
        posting["validThrough"] = f"{job.closing_date.isoformat()}T23:59:59"
    if job.department:
        posting["occupationalCategory"] = job.department
    if job.city or job.country:
        address = {"@type": "PostalAddress"}
        if job.city:
            address["addressLocality"] = job.city
        if job.country:
            address["addressCountry"] = job.country
        posting["jobLocation"] = {"@type": "Place", "address": address}
    if job.remote_policy == RemotePolicy.REMOTE:
        posting["jobLocationType"] = "TELECOMMUTE"
        if job.country:
            posting["applicantLocationRequirements"] = {"@type": "Country", "name": job.country}
    if job.show_salary and (job.salary_min or job.salary_max):
        value: dict[str, Any] = {"@type": "QuantitativeValue", "unitText": SALARY_UNITS.get(job.salary_period, "YEAR")}
        if job.salary_min and job.salary_max and job.salary_min != job.salary_max:
            value["minValue"], value["maxValue"] = job.salary_min, job.salary_max
        else:
            value["value"] = job.salary_min or job.salary_max
        posting["baseSalary"] = {"@type": "MonetaryAmount", "currency": job.salary_currency, "value": value}
    return posting


def json_ld(data: dict[str, Any]) -> SafeString:
    """JSON for a ``<script type="application/ld+json">`` block: ``<``, ``>`` and ``&`` escaped so that no text
    in the data (a title with "</script>") can end the block."""
    text = json.dumps(data, cls=DjangoJSONEncoder, ensure_ascii=False).translate(_JSON_SCRIPT_ESCAPES)
    return mark_safe(text)  # noqa: S308 - escaped above, as django.utils.html.json_script does


@public
@require_GET
def job_detail(request: HttpRequest, slug: str) -> HttpResponse:
    job = _open_job(slug)
    if job is None:
        return _not_open(request, slug)
    company_name = _company_name()
    attribution = _attribution(request)
    apply_url = reverse("careers:apply", kwargs={"slug": job.slug})
    if attribution:
        apply_url = f"{apply_url}?{urlencode(attribution)}"
    posting = job_posting(
        job,
        company_name=company_name,
        job_url=request.build_absolute_uri(reverse("careers:job_detail", kwargs={"slug": job.slug})),
        site_url=request.build_absolute_uri(reverse("careers:job_list")),
    )
    return render(
        request,
        "careers/job_detail.html",
        {"company_name": company_name, "job": job, "apply_url": apply_url, "json_ld": json_ld(posting)},
    )


# --- Applying --------------------------------------------------------------------------------------------------


def _rate_limited(request: HttpRequest) -> int:
    """Seconds to wait when this address has posted the form too often, else 0. (A cache that is down lets
    the application through: rate_limit_hit fails open, for every form.)"""
    if not getattr(settings, "RATELIMIT_ENABLED", True):
        return 0
    limit, period = parse_rate(getattr(settings, "CAREERS_APPLY_RATE", DEFAULT_APPLY_RATE))
    over = rate_limit_hit(key=f"careers.apply:{client_ip(request) or 'unknown'}", limit=limit, period=period)
    return period - int(timezone.now().timestamp() % period) if over else 0


def _declared_size(request: HttpRequest) -> int:
    try:
        return int(request.META.get("CONTENT_LENGTH") or 0)
    except ValueError:
        return 0


def _drain(request: HttpRequest, size: int) -> None:
    """Read the body we refuse and throw it away, chunk by chunk (never kept), so the browser that is still
    sending it gets our answer instead of a reset connection."""
    if size > DRAIN_LIMIT:
        return
    try:
        while request.read(64 * 1024):
            pass
    except OSError:
        pass


@public
@csrf_exempt  # CSRF is checked in _apply, once the body is known to be of a reasonable size (see the docstring)
@require_http_methods(["GET", "POST"])
def apply(request: HttpRequest, slug: str) -> HttpResponse:
    if request.method == "POST":
        wait = _rate_limited(request)
        if wait:
            response = _render(
                request, "careers/too_many_requests.html", {"minutes": max(1, -(-wait // 60))}, status=429
            )
            response["Retry-After"] = str(wait)
            return response
        size = _declared_size(request)
        max_bytes = conf.cv_max_bytes()
        if size > max_bytes + BODY_MARGIN:
            _drain(request, size)
            response = _render(
                request,
                "careers/too_large.html",
                {"job": _open_job(slug), "max_bytes": max_bytes},
                status=413,
            )
            return response
    return _apply(request, slug)


def _remember(request: HttpRequest, job: Job, *, first_name: str, created: bool) -> None:
    """What the thank-you page shows, kept in the session (nothing personal in its address)."""
    remembered = dict(request.session.get(THANKS_SESSION_KEY, {}))
    remembered.pop(job.slug, None)
    remembered[job.slug] = {"title": job.title, "first_name": first_name[:100], "created": created}
    request.session[THANKS_SESSION_KEY] = dict(list(remembered.items())[-THANKS_REMEMBERED:])


def _proof(request: HttpRequest) -> dict[str, str]:
    return {
        "ip": client_ip(request) or "",
        "user_agent": request.META.get("HTTP_USER_AGENT", "")[:300],
        "at": timezone.now().isoformat(),
        "page": request.build_absolute_uri()[:500],
    }


@csrf_protect
def _apply(request: HttpRequest, slug: str) -> HttpResponse:
    job = _open_job(slug)
    if job is None:
        return _not_open(request, slug)
    max_bytes = conf.cv_max_bytes()
    if request.method != "POST":
        form = ApplyForm(initial=_attribution(request), job=job, max_bytes=max_bytes)
        return _render(request, "careers/apply.html", {"job": job, "form": form})

    form = ApplyForm(request.POST, request.FILES, job=job, max_bytes=max_bytes)
    if form.is_bot:
        # Pretend it worked (a bot that learns it was caught tries something else); nothing is stored.
        logger.info("Career site honeypot filled in for job %s; nothing stored", job.pk)
        _remember(request, job, first_name=str(request.POST.get("first_name", "")).strip(), created=True)
        return redirect("careers:thanks", slug=job.slug)
    if form.is_valid():
        data = form.cleaned_data
        try:
            submission = application_submit(
                job=job,
                first_name=data["first_name"],
                last_name=data["last_name"],
                email=data["email"],
                phone=data["phone"],
                cv=data["cv"],
                cover_letter=data["cover_letter"],
                answers=form.answers(),
                consent_application=data["consent_application"],
                consent_talent_pool=data["consent_talent_pool"],
                language=translation.get_language() or settings.LANGUAGE_CODE,
                source=form.source(),
                source_detail=form.attribution(),
                proof=_proof(request),
            )
        except ApplicationError as error:
            form.add_error(error.field if error.field in form.fields else None, error.message)
        else:
            _remember(request, job, first_name=data["first_name"], created=submission.created)
            return redirect("careers:thanks", slug=job.slug)
    first_error = form.first_error_field()
    if first_error:
        form.fields[first_error].widget.attrs["autofocus"] = True
    return _render(request, "careers/apply.html", {"job": job, "form": form}, status=400)


@public
@require_GET
def thanks(request: HttpRequest, slug: str) -> HttpResponse:
    applied = request.session.get(THANKS_SESSION_KEY, {}).get(slug)
    if applied is None:
        # Nothing sent from this browser (or its session expired): the job's page says the rest.
        return redirect("careers:job_detail", slug=slug)
    return _render(request, "careers/thanks.html", {"applied": applied, "slug": slug})


# --- RSS feed for job boards -----------------------------------------------------------------------------------


class JobFeed(Feed):
    """RSS 2.0: the open, public jobs, the newest first."""

    def title(self) -> str:
        return _("Jobs at %(company)s") % {"company": _company_name()}

    def link(self) -> str:
        return reverse("careers:job_list")

    def description(self) -> str:
        return _("The open positions at %(company)s.") % {"company": _company_name()}

    def items(self) -> Any:
        return careers_jobs()[:FEED_SIZE]

    def item_title(self, item: Job) -> str:
        return item.title

    def item_description(self, item: Job) -> str:
        facts = " · ".join(
            str(part)
            for part in (item.city, item.get_remote_policy_display(), item.get_contract_type_display(), item.department)
            if part
        )
        return format_html("<p>{}</p>", facts) + mark_safe(item.description)  # noqa: S308 - sanitized (nh3) on save

    def item_link(self, item: Job) -> str:
        return reverse("careers:job_detail", kwargs={"slug": item.slug})

    def item_pubdate(self, item: Job) -> Any:
        return item.published_at or item.created_at

    def item_categories(self, item: Job) -> list[str]:
        return [item.department] if item.department else []


feed = public(JobFeed())
