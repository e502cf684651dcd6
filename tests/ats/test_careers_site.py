"""The public career site: the list of open jobs and its filters, a job's page with its JSON-LD, closed jobs, the
RSS feed and the public job API."""

from __future__ import annotations

import datetime
import io
import json
import re
import xml.etree.ElementTree as ElementTree
from urllib.parse import parse_qs, urlsplit

import pytest
from django.urls import reverse
from django.utils import timezone

from ats import services
from ats.models import Job
from messaging.services import branding_update
from tests.ats.factories import make_job
from tests.factories import HiringManagerFactory, RecruiterFactory

pytestmark = pytest.mark.django_db

LIST_URL = reverse("careers:job_list")
EN = {"HTTP_ACCEPT_LANGUAGE": "en"}


def _detail(job: Job) -> str:
    return reverse("careers:job_detail", kwargs={"slug": job.slug})


def _slugs(response) -> list[str]:
    return re.findall(r'<li class="job-card" data-job="([^"]+)"', response.content.decode())


def _json_ld(response) -> dict:
    blocks = re.findall(r'<script type="application/ld\+json">(.*?)</script>', response.content.decode(), re.S)
    assert len(blocks) == 1
    return json.loads(blocks[0])


@pytest.fixture
def catalogue():
    """Open jobs of every kind, and jobs the career site must never show."""
    jobs = {
        "python": make_job(
            title="Développeur Python",
            city="Lyon",
            department="Engineering",
            contract_type="permanent",
            remote_policy="hybrid",
            description="<p>Django et PostgreSQL.</p>",
        ),
        "data": make_job(
            title="Data analyst", city="Paris", department="Data", contract_type="fixed_term", remote_policy="onsite"
        ),
        "intern": make_job(
            title="Stage marketing",
            city="Lyon",
            department="Marketing",
            contract_type="internship",
            remote_policy="remote",
        ),
    }
    hidden = {
        "draft": make_job(title="Brouillon secret", publish=False),
        "confidential": make_job(title="Directeur confidentiel", confidential=True),
        "expired": make_job(title="Offre expirée", closing_date=timezone.localdate() - datetime.timedelta(days=1)),
        "closed": services.job_set_status(job=make_job(title="Poste pourvu"), action="close"),
        "paused": services.job_set_status(job=make_job(title="Poste en pause"), action="pause"),
    }
    return jobs, hidden


# --- The list ------------------------------------------------------------------------------------------------


def test_the_list_shows_open_public_jobs_only_with_their_facts(client, catalogue):
    jobs, hidden = catalogue
    response = client.get(LIST_URL, **EN)
    assert response.status_code == 200
    assert sorted(_slugs(response)) == sorted(job.slug for job in jobs.values())
    page = response.content.decode()
    for job in hidden.values():
        assert job.title not in page
    card = re.search(
        rf'data-job="{jobs["python"].slug}">(.*?)</li>\s*</ul>|data-job="{jobs["python"].slug}">(.*?)</li>', page, re.S
    )
    assert card is not None
    text = "".join(part for part in card.groups() if part)
    assert "Développeur Python" in text and "Lyon" in text and "Hybrid" in text and "Permanent (CDI)" in text
    assert "Engineering" in text and "Posted" in text
    assert "3 open positions." in page
    assert 'lang="en"' in page


def test_filters_narrow_the_list_and_their_options_carry_counts(client, catalogue):
    jobs, _hidden = catalogue
    assert _slugs(client.get(LIST_URL, {"location": "Lyon"})) == [jobs["intern"].slug, jobs["python"].slug]
    assert _slugs(client.get(LIST_URL, {"department": "Data"})) == [jobs["data"].slug]
    assert _slugs(client.get(LIST_URL, {"contract": "internship"})) == [jobs["intern"].slug]
    assert _slugs(client.get(LIST_URL, {"remote": "remote"})) == [jobs["intern"].slug]
    assert _slugs(client.get(LIST_URL, {"q": "postgresql"})) == [jobs["python"].slug]  # in the description
    assert _slugs(client.get(LIST_URL, {"q": "python", "location": "Paris"})) == []
    # A location whose last job closed since the link was made is ignored, not an error page.
    assert len(_slugs(client.get(LIST_URL, {"location": "Atlantis"}))) == 3

    page = client.get(LIST_URL, {"location": "Lyon"}, **EN).content.decode()
    assert '<option value="Lyon" selected>Lyon (2)</option>' in page
    assert '<option value="Paris">Paris (1)</option>' in page
    assert "Internship (1)" in page and "Remote (1)" in page
    assert "2 jobs match your search" in page
    assert "Clear the filters" in page
    # A GET form: it works without JavaScript.
    assert re.search(r'<form class="job-filters" method="get" action="/careers/"', page)


def test_no_match_and_no_job_say_so_in_plain_words(client, catalogue):
    page = client.get(LIST_URL, {"q": "astronaute"}, **EN).content.decode()
    assert "No open job matches these filters" in page
    Job.objects.all().delete()
    page = client.get(LIST_URL, **EN).content.decode()
    assert "There is no open position right now" in page


def test_the_list_is_paginated_and_the_page_links_keep_the_filters(client):
    for number in range(23):
        make_job(title=f"Infirmier {number}", city="Nantes")
    make_job(title="Comptable", city="Lille")
    first = client.get(LIST_URL, {"location": "Nantes"}, **EN)
    assert len(_slugs(first)) == 20
    page = first.content.decode()
    assert "Page 1 of 2" in page
    link = re.search(r'<a rel="next" href="([^"]+)"', page).group(1).replace("&amp;", "&")
    assert parse_qs(urlsplit(link).query) == {"location": ["Nantes"], "page": ["2"]}
    second = client.get(LIST_URL + link)
    assert len(_slugs(second)) == 3


def test_the_list_runs_a_constant_number_of_queries(client, django_assert_num_queries):
    def count() -> int:
        from django.db import connection
        from django.test.utils import CaptureQueriesContext

        with CaptureQueriesContext(connection) as captured:
            assert client.get(LIST_URL, {"location": "Lyon"}).status_code == 200
        return len(captured)

    make_job(title="Un", city="Lyon", department="A")
    few = count()
    for number in range(25):
        make_job(title=f"Poste {number}", city="Lyon" if number % 2 else "Paris", department=f"D{number % 5}")
    # Branding, the facets (one grouped query), the paginator's count and the page of jobs.
    with django_assert_num_queries(few):
        assert client.get(LIST_URL, {"location": "Lyon"}).status_code == 200
    assert few == 4


def test_the_company_name_comes_from_the_branding(client, settings):
    settings.COMPANY_NAME = "Recruiting"
    make_job()
    assert "Recruiting" in client.get(LIST_URL).content.decode()
    branding_update(company_name="Acme Lyon")
    page = client.get(LIST_URL).content.decode()
    assert "<title>" in page and "Acme Lyon" in page


def test_pages_have_a_language_switcher_a_skip_link_and_call_no_other_host(client, catalogue):
    jobs, _hidden = catalogue
    for url in (LIST_URL, _detail(jobs["python"]), reverse("careers:apply", kwargs={"slug": jobs["python"].slug})):
        page = client.get(url).content.decode()
        assert '<html lang="fr">' in page
        assert 'href="#main"' in page and 'id="main"' in page
        assert 'name="language" value="fr"' in page and 'name="language" value="en"' in page
        # Every resource the page loads comes from this site (schema.org in the JSON-LD is data, not a request).
        for attribute in re.findall(r'(?:src|href|action)="([^"]*)"', page):
            assert not attribute.startswith(("http:", "https:", "//")), (url, attribute)
        assert "<script>" not in page and " style=" not in page and "onclick" not in page


# --- A job's page ------------------------------------------------------------------------------------------------


def test_a_job_page_shows_the_sanitized_description_and_an_apply_button(client):
    job = make_job(
        title="Développeur Python",
        description='<p>Vous <strong>aimez</strong> Django.</p><script>alert("x")</script><p onclick="x()">Lyon</p>',
    )
    response = client.get(_detail(job), **EN)
    assert response.status_code == 200
    page = response.content.decode()
    assert "<p>Vous <strong>aimez</strong> Django.</p>" in page
    assert "alert(" not in page and "onclick" not in page
    assert f'href="{reverse("careers:apply", kwargs={"slug": job.slug})}"' in page
    assert "Apply for this job" in page


def test_the_salary_is_shown_only_when_the_job_says_so(client):
    hidden = make_job(title="Sans salaire", salary_min=45000, salary_max=55000, show_salary=False)
    shown = make_job(title="Avec salaire", salary_min=45000, salary_max=55000, show_salary=True)
    hidden_page = client.get(_detail(hidden), **EN).content.decode()
    assert "45" not in hidden_page.split('<article class="job"')[1]
    assert "baseSalary" not in _json_ld(client.get(_detail(hidden)))
    shown_page = client.get(_detail(shown), **EN).content.decode()
    assert re.search(r"45.000 – 55.000 EUR per year", shown_page)
    assert _json_ld(client.get(_detail(shown)))["baseSalary"] == {
        "@type": "MonetaryAmount",
        "currency": "EUR",
        "value": {"@type": "QuantitativeValue", "unitText": "YEAR", "minValue": 45000, "maxValue": 55000},
    }


def test_the_job_posting_json_ld_describes_the_job(client, settings):
    settings.COMPANY_NAME = "Acme"
    job = make_job(
        title="Ingénieure DevOps",
        description="<p>Kubernetes.</p>",
        city="Lyon",
        country="FR",
        contract_type="fixed_term",
        remote_policy="hybrid",
        closing_date=timezone.localdate() + datetime.timedelta(days=30),
        department="Engineering",
    )
    data = _json_ld(client.get(_detail(job)))
    assert data["@context"] == "https://schema.org/"
    assert data["@type"] == "JobPosting"
    assert data["title"] == "Ingénieure DevOps"
    assert data["description"] == "<p>Kubernetes.</p>"
    assert data["datePosted"] == job.published_at.date().isoformat()
    assert data["validThrough"] == f"{job.closing_date.isoformat()}T23:59:59"
    assert data["employmentType"] == ["FULL_TIME", "TEMPORARY"]
    assert data["hiringOrganization"] == {
        "@type": "Organization",
        "name": "Acme",
        "sameAs": "http://testserver/careers/",
    }
    assert data["jobLocation"] == {
        "@type": "Place",
        "address": {"@type": "PostalAddress", "addressLocality": "Lyon", "addressCountry": "FR"},
    }
    assert "jobLocationType" not in data  # hybrid is not telecommuting
    assert data["url"] == f"http://testserver{_detail(job)}"
    assert data["directApply"] is True


@pytest.mark.parametrize(
    ("contract", "expected"),
    [
        ("permanent", ["FULL_TIME"]),
        ("freelance", ["CONTRACTOR"]),
        ("internship", ["INTERN"]),
        ("temporary", ["TEMPORARY"]),
        ("apprenticeship", ["INTERN", "PART_TIME"]),
    ],
)
def test_contract_types_map_to_schema_org_employment_types(client, contract, expected):
    job = make_job(title=f"Poste {contract}", contract_type=contract)
    assert _json_ld(client.get(_detail(job)))["employmentType"] == expected


def test_a_remote_job_is_telecommute_and_a_title_cannot_break_out_of_the_json_block(client):
    job = make_job(title="Dev </script><script>alert(1)</script> & co", remote_policy="remote", country="BE")
    response = client.get(_detail(job))
    page = response.content.decode()
    assert "</script><script>alert(1)" not in page
    data = _json_ld(response)
    assert data["title"] == "Dev </script><script>alert(1)</script> & co"
    assert data["jobLocationType"] == "TELECOMMUTE"
    assert data["applicantLocationRequirements"] == {"@type": "Country", "name": "BE"}


def test_the_job_page_carries_its_attribution_to_the_apply_link(client):
    job = make_job()
    page = client.get(
        _detail(job) + "?utm_source=indeed&utm_campaign=printemps&ref=jobboard-42&other=x",
        HTTP_REFERER="https://fr.indeed.com/viewjob?jk=123&q=python",
    ).content.decode()
    link = re.search(r'<a class="button button-large" href="([^"]+)"', page).group(1).replace("&amp;", "&")
    assert urlsplit(link).path == reverse("careers:apply", kwargs={"slug": job.slug})
    assert parse_qs(urlsplit(link).query) == {
        "utm_source": ["indeed"],
        "utm_campaign": ["printemps"],
        "ref": ["jobboard-42"],
        "referrer": ["fr.indeed.com"],  # the host only: never the other site's full address
    }
    # Our own pages are not a referrer.
    page = client.get(_detail(job), HTTP_REFERER="http://testserver/careers/").content.decode()
    assert re.search(r'<a class="button button-large" href="/careers/[^"?]+/apply/"', page)


# --- Jobs that are not open --------------------------------------------------------------------------------------


def test_a_closed_job_says_it_is_no_longer_open_with_a_link_to_the_list(client):
    job = services.job_set_status(job=make_job(title="Poste pourvu"), action="close")
    for url in (_detail(job), reverse("careers:apply", kwargs={"slug": job.slug})):
        response = client.get(url, **EN)
        assert response.status_code == 404
        page = response.content.decode()
        assert "This job is no longer open" in page
        assert "“Poste pourvu” is no longer taking applications" in page
        assert f'href="{LIST_URL}"' in page


def test_paused_and_expired_jobs_are_no_longer_open(client):
    paused = services.job_set_status(job=make_job(title="En pause"), action="pause")
    expired = make_job(title="Expiré", closing_date=timezone.localdate() - datetime.timedelta(days=2))
    for job in (paused, expired):
        response = client.get(_detail(job), **EN)
        assert response.status_code == 404
        assert "This job is no longer open" in response.content.decode()


def test_draft_confidential_and_unknown_jobs_are_simply_not_found(client):
    draft = make_job(title="Brouillon secret", publish=False)
    confidential = make_job(title="Directeur confidentiel", confidential=True)
    for slug in (draft.slug, confidential.slug, "nothing-here"):
        response = client.get(reverse("careers:job_detail", kwargs={"slug": slug}), **EN)
        assert response.status_code == 404
        page = response.content.decode()
        assert "Job not found" in page
        assert "Brouillon secret" not in page and "Directeur confidentiel" not in page
        assert "no longer open" not in page


# --- The RSS feed --------------------------------------------------------------------------------------------------


def test_the_feed_lists_open_public_jobs_as_rss(client, catalogue):
    jobs, hidden = catalogue
    response = client.get(reverse("careers:feed"))
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/rss+xml")
    root = ElementTree.fromstring(response.content)  # noqa: S314 - our own feed
    assert root.tag == "rss" and root.get("version") == "2.0"
    items = root.findall("./channel/item")
    assert len(items) == len(jobs)
    by_title = {item.findtext("title"): item for item in items}
    assert set(by_title) == {job.title for job in jobs.values()}
    python = by_title["Développeur Python"]
    assert python.findtext("link") == f"http://testserver{_detail(jobs['python'])}"
    assert python.findtext("guid") == python.findtext("link")
    assert "Django et PostgreSQL." in python.findtext("description")
    assert "Lyon" in python.findtext("description")
    assert python.findtext("pubDate")
    assert python.findtext("category") == "Engineering"
    assert not {job.title for job in hidden.values()} & set(by_title)


# --- The public API ----------------------------------------------------------------------------------------------


def test_the_public_api_lists_open_jobs_without_internal_fields(client, catalogue):
    jobs, _hidden = catalogue
    manager = HiringManagerFactory()
    jobs["python"].hiring_managers.add(manager)
    jobs["python"].recruiters.add(RecruiterFactory())
    Job.objects.filter(pk=jobs["python"].pk).update(salary_min=40000, salary_max=50000, show_salary=False)
    Job.objects.filter(pk=jobs["data"].pk).update(salary_min=38000, salary_max=42000, show_salary=True)

    response = client.get(reverse("api:careers-job-list"))
    assert response.status_code == 200
    body = response.json()
    assert body["count"] == 3
    rows = {row["slug"]: row for row in body["results"]}
    assert set(rows) == {job.slug for job in jobs.values()}
    python = rows[jobs["python"].slug]
    assert set(python) == {
        "slug", "title", "department", "city", "country", "remote_policy", "contract_type", "language",
        "published_at", "closing_date", "url", "apply_url", "salary",
    }  # fmt: skip
    assert python["salary"] is None  # hidden on the career site, hidden here
    assert python["url"] == f"http://testserver{_detail(jobs['python'])}"
    assert rows[jobs["data"].slug]["salary"] == {
        "minimum": 38000,
        "maximum": 42000,
        "currency": "EUR",
        "period": "year",
    }
    assert str(manager.email) not in response.content.decode()


def test_the_public_api_gives_one_open_job_by_slug_and_404_for_the_others(client, catalogue):
    jobs, hidden = catalogue
    response = client.get(reverse("api:careers-job-detail", kwargs={"slug": jobs["python"].slug}))
    assert response.status_code == 200
    assert response.json()["description"] == "<p>Django et PostgreSQL.</p>"
    assert "hiring_managers" not in response.json()
    for job in hidden.values():
        assert client.get(reverse("api:careers-job-detail", kwargs={"slug": job.slug})).status_code == 404


def test_the_public_api_is_read_only(client, catalogue):
    jobs, _hidden = catalogue
    assert client.post(reverse("api:careers-job-list"), {"title": "x"}).status_code == 405
    detail = reverse("api:careers-job-detail", kwargs={"slug": jobs["python"].slug})
    assert client.delete(detail).status_code == 405
    assert Job.objects.filter(pk=jobs["python"].pk).exists()


def test_the_demo_data_gives_a_real_career_site_and_can_be_loaded_twice(client):
    from django.core.management import call_command

    from recruiting.management.commands.seed_demo import JOBS

    call_command("seed_demo", stdout=io.StringIO())
    call_command("seed_demo", stdout=io.StringIO())
    titles = [spec["title"] for spec in JOBS]
    jobs = Job.objects.filter(title__in=titles)
    assert jobs.count() == len(titles) == 4
    assert {job.language for job in jobs} == {"fr", "en"}
    assert all(job.questions.exists() for job in jobs)
    assert sorted(_slugs(client.get(LIST_URL))) == sorted(job.slug for job in jobs)
    # Each board has a few demo people on it, once, whatever the number of runs.
    from ats.models import Application

    assert all(Application.objects.filter(job=job, source="demo").count() == 4 for job in jobs)
    assert all(job.criteria.count() == 3 for job in jobs)  # hiring managers have something to rate
