"""Scorecards: the form (a radio group per criterion, the overall recommendation, notes), one scorecard per
reviewer, and blind review: the job's hiring managers see the other scorecards only once they submitted theirs
(decided by the selector, so no page can show them earlier); recruiters and admins running the process see all."""

from __future__ import annotations

import pytest
from django.urls import reverse

from ats import selectors, services
from ats.models import Scorecard
from candidates.models import Activity, ActivityKind
from tests.ats.factories import make_job
from tests.ats.reviews_factories import make_application, make_criteria, make_scorecard
from tests.factories import AdminFactory, HiringManagerFactory, RecruiterFactory

pytestmark = pytest.mark.django_db

BLIND_EN = "1 scorecard submitted — submit yours to see it."


@pytest.fixture
def setting():
    """A job with two criteria and two hiring managers; one of them (Bob) already submitted his scorecard."""
    alice = HiringManagerFactory(first_name="Alice", last_name="Martin", preferred_language="en")
    bob = HiringManagerFactory(first_name="Bob", last_name="Durand", preferred_language="en")
    job = make_job(title="Data engineer")
    job.hiring_managers.add(alice, bob)
    python, clarity = make_criteria(job, "Python", "Explains clearly")
    application = make_application(job=job, first_name="Zoé", last_name="Lefèvre")
    bobs = make_scorecard(
        application, bob, ratings={python.pk: 4, clarity.pk: 2}, recommendation="no", notes="Bob's secret notes"
    )
    return {"job": job, "alice": alice, "bob": bob, "criteria": (python, clarity), "app": application, "bobs": bobs}


def url(application) -> str:
    return reverse("ats:scorecard", kwargs={"pk": application.pk})


def submit_data(criteria, ratings=(3, 4), recommendation="yes", notes="Solid.") -> dict[str, str]:
    data = {f"criterion_{criterion.pk}": str(rating) for criterion, rating in zip(criteria, ratings, strict=True)}
    data.update(recommendation=recommendation, notes=notes)
    return data


# --- The selector decides -------------------------------------------------------------------------------------


def test_a_hiring_manager_is_blind_until_they_submit(setting):
    panel = selectors.scorecard_panel(user=setting["alice"], application=setting["app"])
    assert (panel.blind, panel.submitted_count, panel.others, panel.own) == (True, 1, [], None)
    assert [criterion.label for criterion in panel.criteria] == ["Python", "Explains clearly"]

    make_scorecard(setting["app"], setting["alice"], recommendation="strong_yes")

    panel = selectors.scorecard_panel(user=setting["alice"], application=setting["app"])
    assert (panel.blind, panel.submitted_count) == (False, 2)
    assert panel.own is not None and panel.own.scorecard.reviewer == setting["alice"]
    assert [entry.scorecard for entry in panel.others] == [setting["bobs"]]
    python, clarity = setting["criteria"]
    assert panel.others[0].ratings == [(python, 4), (clarity, 2)]


def test_recruiters_and_admins_running_the_process_see_every_scorecard(setting):
    for user in (RecruiterFactory(), AdminFactory()):
        panel = selectors.scorecard_panel(user=user, application=setting["app"])
        assert (panel.blind, [entry.scorecard for entry in panel.others]) == (False, [setting["bobs"]])


def test_a_recruiter_who_is_also_hiring_manager_on_the_job_reviews_blind(setting):
    recruiter = RecruiterFactory()
    setting["job"].hiring_managers.add(recruiter)

    panel = selectors.scorecard_panel(user=recruiter, application=setting["app"])

    assert (panel.blind, panel.others) == (True, [])


def test_a_criterion_added_after_a_scorecard_shows_as_not_rated(setting):
    (extra,) = make_criteria(setting["job"], "Team spirit")
    panel = selectors.scorecard_panel(user=RecruiterFactory(), application=setting["app"])
    assert panel.others[0].ratings[-1] == (extra, None)


# --- The page -------------------------------------------------------------------------------------------------


def test_the_form_has_a_labelled_radio_group_per_criterion(client, setting):
    client.force_login(setting["alice"])

    response = client.get(url(setting["app"]))

    assert response.status_code == 200
    html = response.content.decode()
    python, _ = setting["criteria"]
    assert html.count('<fieldset class="rating-group"') == 3  # two criteria and the recommendation
    assert "<legend>Python</legend>" in html and "<legend>Explains clearly</legend>" in html
    assert "<legend>Overall recommendation</legend>" in html
    for rating, label in ((1, "Strong no"), (2, "No"), (3, "Yes"), (4, "Strong yes")):
        assert f'<input type="radio" name="criterion_{python.pk}" value="{rating}"' in html
        assert f"{rating} · {label}" in html
    assert BLIND_EN in html
    assert "Bob's secret notes" not in html and "Bob Durand" not in html


def test_submitting_saves_the_scorecard_then_shows_the_others(client, setting):
    client.force_login(setting["alice"])
    python, clarity = setting["criteria"]

    response = client.post(url(setting["app"]), submit_data(setting["criteria"], notes="  Solid.  "), follow=True)

    assert response.redirect_chain == [(url(setting["app"]), 302)]
    scorecard = Scorecard.objects.get(reviewer=setting["alice"])
    assert (scorecard.ratings, scorecard.recommendation, scorecard.notes) == (
        {str(python.pk): 3, str(clarity.pk): 4},
        "yes",
        "Solid.",
    )
    html = response.content.decode()
    assert "Your scorecard is saved" in html
    assert "Scorecard of Bob Durand" in html and "Bob&#x27;s secret notes" in html
    assert "4/4 · Strong yes" in html and "2/4 · No" in html  # Bob's ratings are now visible
    assert BLIND_EN not in html
    assert 'class="scorecard-form"' not in html  # no second form


def test_a_missing_rating_is_refused_next_to_its_criterion_and_keeps_the_rest(client, setting):
    client.force_login(setting["alice"])
    python, clarity = setting["criteria"]
    data = submit_data(setting["criteria"], notes="Very long notes I do not want to type again")
    del data[f"criterion_{clarity.pk}"]

    response = client.post(url(setting["app"]), data)

    assert response.status_code == 400
    html = response.content.decode()
    assert f'<p class="field-error" id="id_criterion_{clarity.pk}_error">Rate this criterion from 1 to 4.</p>' in html
    assert f'name="criterion_{python.pk}" value="3" id="id_criterion_{python.pk}_2" required checked' in html
    assert "Very long notes I do not want to type again</textarea>" in html
    assert not Scorecard.objects.filter(reviewer=setting["alice"]).exists()
    assert "Bob&#x27;s secret notes" not in html


@pytest.mark.parametrize("bad", ["0", "5", "x"])
def test_a_rating_outside_one_to_four_is_refused(client, setting, bad):
    client.force_login(setting["alice"])
    python, _ = setting["criteria"]
    data = submit_data(setting["criteria"])
    data[f"criterion_{python.pk}"] = bad

    response = client.post(url(setting["app"]), data)

    assert response.status_code == 400
    assert not Scorecard.objects.filter(reviewer=setting["alice"]).exists()


def test_a_missing_recommendation_is_refused(client, setting):
    client.force_login(setting["alice"])
    data = submit_data(setting["criteria"])
    del data["recommendation"]

    response = client.post(url(setting["app"]), data)

    assert response.status_code == 400
    assert '<p class="field-error" id="id_recommendation_error">Choose an overall recommendation.</p>' in (
        response.content.decode()
    )
    assert not Scorecard.objects.filter(reviewer=setting["alice"]).exists()


def test_a_second_submission_is_refused_with_a_clear_message(client, setting):
    client.force_login(setting["bob"])

    response = client.post(url(setting["app"]), submit_data(setting["criteria"], (1, 1), "strong_no", "Changed"))

    assert response.status_code == 409
    html = response.content.decode()
    assert "You have already submitted your scorecard for this application." in html
    assert "A scorecard cannot be submitted twice." in html
    bobs = Scorecard.objects.get(reviewer=setting["bob"])
    assert (bobs.recommendation, bobs.notes) == ("no", "Bob's secret notes")
    assert Scorecard.objects.count() == 1


def test_the_page_after_submitting_shows_no_form(client, setting):
    client.force_login(setting["bob"])

    html = client.get(url(setting["app"])).content.decode()

    assert 'class="scorecard-form"' not in html
    assert "Your scorecard" in html and "Bob&#x27;s secret notes" in html


def test_a_job_without_criteria_takes_a_recommendation_and_notes(client):
    manager = HiringManagerFactory(preferred_language="en")
    job = make_job()
    job.hiring_managers.add(manager)
    application = make_application(job=job)
    client.force_login(manager)

    page = client.get(url(application)).content.decode()
    response = client.post(url(application), {"recommendation": "strong_yes", "notes": ""})

    assert "This job has no criteria: give your overall recommendation and your notes." in page
    assert response.status_code == 302
    scorecard = Scorecard.objects.get()
    assert (scorecard.ratings, scorecard.recommendation) == ({}, "strong_yes")


def test_the_timeline_records_the_scorecard_but_not_its_verdict(setting):
    activity = Activity.objects.get(candidate=setting["app"].candidate, kind=ActivityKind.SCORECARD)
    assert activity.actor == setting["bob"]
    assert "recommendation" not in activity.payload
    assert activity.payload["scorecard"] == setting["bobs"].pk


def test_the_service_refuses_a_second_scorecard_and_keeps_the_first(setting):
    with pytest.raises(services.ScorecardError) as refused:
        make_scorecard(setting["app"], setting["bob"], recommendation="strong_yes")
    assert refused.value.message == "You have already submitted your scorecard for this application."
    assert Scorecard.objects.get().recommendation == "no"


# --- The partial included by the application page -------------------------------------------------------------


def render_partial(application, user) -> str:
    from django.template.loader import render_to_string
    from django.utils import translation

    with translation.override("en"):
        return render_to_string("ats/partials/_scorecards.html", {"application": application, "user": user})


def test_the_partial_counts_before_and_lists_after(setting):
    before = render_partial(setting["app"], setting["alice"])
    assert BLIND_EN in before
    assert "Bob Durand" not in before and "secret" not in before
    assert f'href="{url(setting["app"])}"' in before

    make_scorecard(setting["app"], setting["alice"], recommendation="yes")
    after = render_partial(setting["app"], setting["alice"])
    assert BLIND_EN not in after
    assert "Your scorecard" in after and "Scorecard of Bob Durand" in after
    assert "Python</dt>" in after and "4/4 · Strong yes" in after and "Bob&#x27;s secret notes" in after


def test_the_partial_pluralizes_and_says_when_there_is_none(setting):
    carol = HiringManagerFactory()
    setting["job"].hiring_managers.add(carol)
    make_scorecard(setting["app"], carol)
    assert "2 scorecards submitted — submit yours to see them." in render_partial(setting["app"], setting["alice"])

    empty = make_application(job=setting["job"])
    assert "No scorecard submitted yet." in render_partial(empty, setting["alice"])


def test_the_partial_shows_everything_to_a_recruiter(setting):
    html = render_partial(setting["app"], RecruiterFactory())
    assert "Scorecard of Bob Durand" in html and BLIND_EN not in html


def test_the_application_page_keeps_a_blind_reviewer_blind(client, setting):
    """The workspace's application page includes the partial, and its timeline says a scorecard was submitted
    without its verdict."""
    client.force_login(setting["alice"])

    html = client.get(reverse("ats:application_detail", kwargs={"pk": setting["app"].pk})).content.decode()

    assert 'id="scorecards"' in html and BLIND_EN in html
    assert "Bob&#x27;s secret notes" not in html and "recommendation-no" not in html

    make_scorecard(setting["app"], setting["alice"])
    html = client.get(reverse("ats:application_detail", kwargs={"pk": setting["app"].pk})).content.decode()
    assert "Scorecard of Bob Durand" in html and "Bob&#x27;s secret notes" in html
