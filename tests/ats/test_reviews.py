"""The review queue and the scorecard criteria of a job."""

from __future__ import annotations

import datetime

import pytest
from django.urls import reverse
from django.utils import timezone, translation

from ats import services
from ats.models import Application, ApplicationStatus, ScorecardCriterion, StageKind
from tests.ats.factories import make_job
from tests.ats.reviews_factories import make_application, make_criteria, make_scorecard
from tests.factories import AdminFactory, HiringManagerFactory, RecruiterFactory

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _english():
    """Service messages are asserted in English (the language of the source strings)."""
    with translation.override("en"):
        yield


QUEUE = reverse("ats:review_queue")


def criteria_url(job) -> str:
    return reverse("ats:criteria", kwargs={"pk": job.pk})


def labels(job) -> list[str]:
    return list(ScorecardCriterion.objects.filter(job=job).order_by("position").values_list("label", flat=True))


def age(application: Application, days: int) -> Application:
    Application.objects.filter(pk=application.pk).update(stage_entered_at=timezone.now() - datetime.timedelta(days))
    return application


# --- Criteria: services ---------------------------------------------------------------------------------------


def test_criteria_are_added_in_order_renamed_moved_and_removed():
    job = make_job()
    python, clarity, team = make_criteria(job, "  Python  ", "Explains clearly", "Team spirit")
    assert labels(job) == ["Python", "Explains clearly", "Team spirit"]

    services.criterion_rename(criterion=clarity, label="Explains   simply")
    services.criterion_move(criterion=team, offset=-1)
    assert labels(job) == ["Python", "Team spirit", "Explains simply"]
    services.criterion_move(criterion=python, offset=-1)  # already first: stays
    services.criteria_reorder(job=job, criterion_ids=[clarity.pk, python.pk, team.pk])
    assert labels(job) == ["Explains simply", "Python", "Team spirit"]

    services.criterion_remove(criterion=python)
    assert labels(job) == ["Explains simply", "Team spirit"]
    assert list(ScorecardCriterion.objects.filter(job=job).order_by("position").values_list("position", flat=True)) == [
        0,
        1,
    ]


@pytest.mark.parametrize(
    ("label", "message"),
    [("   ", "Name the criterion."), ("python", "This job already has this criterion."), ("x" * 201, "under 200")],
)
def test_a_bad_label_is_refused(label, message):
    job = make_job()
    make_criteria(job, "Python")
    with pytest.raises(services.CriterionError) as refused:
        services.criterion_add(job=job, label=label)
    assert message in refused.value.message
    assert labels(job) == ["Python"]


def test_the_same_label_on_another_job_is_fine():
    make_criteria(make_job(), "Python")
    assert make_criteria(make_job(), "Python")[0].label == "Python"


def test_a_reorder_must_name_exactly_the_jobs_criteria():
    job = make_job()
    first, second = make_criteria(job, "A", "B")
    (foreign,) = make_criteria(make_job(), "C")
    for ids in ([first.pk], [first.pk, foreign.pk], [first.pk, second.pk, foreign.pk]):
        with pytest.raises(services.CriterionError):
            services.criteria_reorder(job=job, criterion_ids=ids)
    assert labels(job) == ["A", "B"]


def test_a_rated_criterion_cannot_be_removed():
    job = make_job()
    python, unused = make_criteria(job, "Python", "Unused")
    application = make_application(job=job)
    make_scorecard(application, HiringManagerFactory(), ratings={python.pk: 3, unused.pk: 2})
    (late,) = make_criteria(job, "Added later")

    with pytest.raises(services.CriterionError) as refused:
        services.criterion_remove(criterion=python)
    assert "Scorecards already rate “Python”" in refused.value.message
    services.criterion_remove(criterion=late)
    assert labels(job) == ["Python", "Unused"]


def test_a_job_keeps_at_most_thirty_criteria():
    job = make_job()
    make_criteria(job, *[f"Criterion {number}" for number in range(30)])
    with pytest.raises(services.CriterionError):
        services.criterion_add(job=job, label="One more")
    assert len(labels(job)) == 30


# --- Criteria: the page ---------------------------------------------------------------------------------------


def test_a_recruiter_adds_renames_moves_and_removes_criteria(client):
    recruiter = RecruiterFactory(preferred_language="en")
    job = make_job()
    client.force_login(recruiter)

    response = client.post(criteria_url(job), {"action": "add", "label": "Python"}, follow=True)
    assert "Criterion “Python” added." in response.content.decode()
    client.post(criteria_url(job), {"action": "add", "label": "Clarity"})
    python, clarity = ScorecardCriterion.objects.filter(job=job).order_by("position")

    response = client.post(criteria_url(job), {"action": "down", "criterion": python.pk})
    assert response.status_code == 302 and response["Location"] == f"{criteria_url(job)}#criterion-{python.pk}"
    assert labels(job) == ["Clarity", "Python"]
    client.post(criteria_url(job), {"action": "rename", "criterion": clarity.pk, "label": "Explains clearly"})
    assert labels(job) == ["Explains clearly", "Python"]
    client.post(criteria_url(job), {"action": "remove", "criterion": python.pk})
    assert labels(job) == ["Explains clearly"]

    html = client.get(criteria_url(job)).content.decode()
    assert 'value="Explains clearly"' in html and 'name="action" value="remove"' in html


def test_an_empty_label_is_shown_next_to_the_field(client):
    client.force_login(RecruiterFactory(preferred_language="en"))
    job = make_job()

    response = client.post(criteria_url(job), {"action": "add", "label": ""})

    assert response.status_code == 400
    assert '<p class="field-error" id="new-criterion-label_error">This field is required.</p>' in (
        response.content.decode()
    )
    assert labels(job) == []


def test_a_refused_rename_keeps_what_was_typed(client):
    client.force_login(RecruiterFactory(preferred_language="en"))
    job = make_job()
    _, clarity = make_criteria(job, "Python", "Clarity")

    response = client.post(criteria_url(job), {"action": "rename", "criterion": clarity.pk, "label": "PYTHON"})

    assert response.status_code == 400
    html = response.content.decode()
    assert 'value="PYTHON" aria-invalid="true"' in html
    assert f'<p class="field-error" id="criterion-error-{clarity.pk}">This job already has this criterion.</p>' in html
    assert labels(job) == ["Python", "Clarity"]


def test_a_criterion_of_another_job_is_a_404_and_changes_nothing(client):
    client.force_login(RecruiterFactory())
    job, other = make_job(), make_job()
    (foreign,) = make_criteria(other, "Python")

    response = client.post(criteria_url(job), {"action": "remove", "criterion": foreign.pk})

    assert response.status_code == 404
    assert labels(other) == ["Python"]


def test_the_jobs_hiring_manager_reads_the_criteria_but_cannot_change_them(client):
    manager = HiringManagerFactory(preferred_language="en")
    job = make_job()
    job.hiring_managers.add(manager)
    (python,) = make_criteria(job, "Python")
    client.force_login(manager)

    page = client.get(criteria_url(job))
    assert page.status_code == 200
    html = page.content.decode()
    assert "Python" in html and 'name="action"' not in html

    for data in ({"action": "add", "label": "New"}, {"action": "remove", "criterion": python.pk}):
        assert client.post(criteria_url(job), data).status_code == 403
    assert labels(job) == ["Python"]


def test_a_job_without_criteria_says_what_a_scorecard_holds(client):
    client.force_login(AdminFactory(preferred_language="en"))
    html = client.get(criteria_url(make_job())).content.decode()
    assert "No criteria yet: scorecards hold the overall recommendation and notes only." in html


# --- The review queue -----------------------------------------------------------------------------------------


@pytest.fixture
def queue():
    """A hiring manager's job with three applications in review (of different ages), one in screening, one
    rejected in review; and another job's application in review."""
    manager = HiringManagerFactory(preferred_language="en")
    job = make_job(title="Data engineer")
    job.hiring_managers.add(manager)
    recent = make_application(job=job, first_name="Recent", last_name="Review")
    oldest = age(make_application(job=job, first_name="Oldest", last_name="Review"), 9)
    middle = age(make_application(job=job, first_name="Middle", last_name="Review"), 3)
    screening = make_application(job=job, in_review=False, first_name="In", last_name="Screening")
    Application.objects.filter(pk=screening.pk).update(stage=job.stages.get(kind=StageKind.SCREEN))
    rejected = make_application(job=job, first_name="Was", last_name="Rejected")
    Application.objects.filter(pk=rejected.pk).update(status=ApplicationStatus.REJECTED)
    other_job = make_job(title="Comptable")
    foreign = make_application(job=other_job, first_name="Other", last_name="Job")
    return {
        "manager": manager,
        "job": job,
        "in_review": [oldest, middle, recent],
        "screening": screening,
        "other_job": other_job,
        "foreign": foreign,
    }


def rows(response) -> list[int]:
    return [application.pk for application in response.context["page"].object_list]


def test_a_hiring_manager_sees_their_jobs_applications_in_review_oldest_first(client, queue):
    client.force_login(queue["manager"])

    response = client.get(QUEUE)

    assert response.status_code == 200
    assert rows(response) == [application.pk for application in queue["in_review"]]
    html = response.content.decode()
    assert "Oldest Review" in html and "Other Job" not in html and "In Screening" not in html
    assert "Comptable" not in html  # not even in the job filter


def test_your_scorecard_to_do_or_done(client, queue):
    oldest, middle, recent = queue["in_review"]
    make_scorecard(middle, queue["manager"])
    make_scorecard(recent, HiringManagerFactory())
    client.force_login(queue["manager"])

    response = client.get(QUEUE)
    by_pk = {application.pk: application for application in response.context["page"].object_list}
    assert [(by_pk[a.pk].my_scorecard, by_pk[a.pk].scorecard_count) for a in queue["in_review"]] == [
        (False, 0),
        (True, 1),
        (False, 1),
    ]
    html = response.content.decode()
    assert html.count('<span class="badge badge-success">done</span>') == 1
    assert html.count(">to do<") == 2

    todo = client.get(QUEUE, {"todo": "on"})
    assert rows(todo) == [oldest.pk, recent.pk]


def test_filters_any_stage_a_kind_and_a_job(client, queue):
    recruiter = RecruiterFactory(preferred_language="en")
    client.force_login(queue["manager"])
    every_stage = rows(client.get(QUEUE, {"stage": "all"}))
    assert set(every_stage) == {a.pk for a in queue["in_review"]} | {queue["screening"].pk}
    assert rows(client.get(QUEUE, {"stage": "screen"})) == [queue["screening"].pk]
    # Another job's id in the filter is not one of the choices: the filter falls back, and shows only theirs.
    assert rows(client.get(QUEUE, {"job": queue["other_job"].pk})) == [a.pk for a in queue["in_review"]]

    client.force_login(recruiter)
    assert queue["foreign"].pk in rows(client.get(QUEUE))
    assert rows(client.get(QUEUE, {"job": queue["other_job"].pk})) == [queue["foreign"].pk]


def test_recruiters_do_not_see_confidential_jobs_they_are_not_on(client, queue):
    secret = make_job(title="Secret", confidential=True)
    hidden = make_application(job=secret)
    recruiter = RecruiterFactory()
    client.force_login(recruiter)
    assert hidden.pk not in rows(client.get(QUEUE))
    secret.recruiters.add(recruiter)
    assert hidden.pk in rows(client.get(QUEUE))


def test_htmx_gets_only_the_rows(client, queue):
    client.force_login(queue["manager"])
    response = client.get(QUEUE, {"stage": "all"}, HTTP_HX_REQUEST="true")
    html = response.content.decode()
    assert html.startswith('<div id="review-queue"') and "<html" not in html
    assert "HX-Request" in response["Vary"]


def test_the_queue_takes_a_constant_number_of_queries(client, django_assert_num_queries):
    manager = HiringManagerFactory()
    job = make_job()
    job.hiring_managers.add(manager)
    client.force_login(manager)
    for total in (3, 40):
        while Application.objects.filter(job=job).count() < total:
            make_scorecard(make_application(job=job), HiringManagerFactory())

        # The session, the user, the jobs of the filter, the count, and the page with candidate, job, stage,
        # "your scorecard" and the number of scorecards.
        with django_assert_num_queries(5):
            response = client.get(QUEUE)

        assert len(response.context["page"].object_list) == total
