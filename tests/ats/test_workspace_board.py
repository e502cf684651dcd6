"""The pipeline board and the list: columns and cards, filters and sorting, a move by drag and drop or the
keyboard (same endpoint), and the bulk actions."""

from __future__ import annotations

import datetime

import pytest
from django.urls import reverse
from django.utils import timezone

from ats import services
from ats.models import Application, ApplicationStatus, StageKind, StageTransition
from candidates.models import CandidateSkill
from messaging.models import Message, Purpose
from messaging.selectors import template_default
from tests.ats.factories import make_job, make_reason
from tests.ats.workspace_helpers import add, stage
from tests.factories import CandidateFactory, SkillFactory, TagFactory

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _english(client, settings):
    """Pages in English for the assertions below (the language cookie wins over the user's preference, French)."""
    client.cookies[settings.LANGUAGE_COOKIE_NAME] = "en"


def _board(client, job, **params):
    response = client.get(reverse("ats:job_detail", kwargs={"pk": job.pk}), params, HTTP_ACCEPT_LANGUAGE="en")
    assert response.status_code == 200
    return response


def _card_ids(response):
    return {card.pk for column in response.context["board"].columns for card in column.cards}


def test_the_board_shows_a_column_per_stage_and_a_card_per_application_in_progress(recruiter_client):
    job = make_job()
    zoe = add(job, first_name="Zoé", last_name="Lefèvre", current_title="Soudeuse", current_employer="Acme")
    rejected = add(job, first_name="Hugo", last_name="Roux")
    services.application_reject(application=rejected, reason=make_reason(), actor=None, send_email=False)
    interview = stage(job, StageKind.INTERVIEW)
    Application.objects.filter(pk=zoe.pk).update(
        stage=interview, score=82, flagged=True, stage_entered_at=timezone.now() - datetime.timedelta(days=12)
    )
    zoe.candidate.tags.add(TagFactory(name="Soudure"))

    response = _board(recruiter_client, job)
    page = response.content.decode()

    assert [column.stage.pk for column in response.context["board"].columns] == list(
        job.stages.order_by("position").values_list("pk", flat=True)
    )
    assert _card_ids(response) == {zoe.pk}  # rejected applications are hidden by default
    card = page[page.index(f'id="card-{zoe.pk}"') :]
    card = card[: card.index("</form>")]
    for expected in ("Zoé Lefèvre", "Soudeuse · Acme", "82", "Flagged", "12 days in stage", "Stale", "Soudure"):
        assert expected in card, expected
    assert 'draggable="true"' in card and f'<option value="{interview.pk}" selected>' in card

    everything = _board(recruiter_client, job, status="all")
    assert _card_ids(everything) == {zoe.pk, rejected.pk}
    assert "is-closed" in everything.content.decode()


def test_the_board_filters_by_source_score_flag_tags_and_skills_and_sorts_by_score(recruiter_client):
    job = make_job()
    python = SkillFactory(slug="python", label_en="Python", label_fr="Python")
    senior = TagFactory(name="Senior")
    strong = add(job, first_name="Forte")
    weak = add(job, first_name="Faible")
    unscored = add(job, first_name="Inconnue")
    Application.objects.filter(pk=strong.pk).update(score=90, source="linkedin", flagged=True)
    Application.objects.filter(pk=weak.pk).update(score=20, source="career_site")
    strong.candidate.tags.add(senior)
    CandidateSkill.objects.create(candidate=strong.candidate, skill=python, source="parsed")
    CandidateSkill.objects.create(candidate=weak.candidate, skill=python, source="declared")

    assert _card_ids(_board(recruiter_client, job, source="linkedin")) == {strong.pk}
    assert _card_ids(_board(recruiter_client, job, score_min=50)) == {strong.pk}
    assert _card_ids(_board(recruiter_client, job, score_max=50)) == {weak.pk}
    assert _card_ids(_board(recruiter_client, job, flagged="no")) == {weak.pk, unscored.pk}
    assert _card_ids(_board(recruiter_client, job, tags="senior")) == {strong.pk}
    assert _card_ids(_board(recruiter_client, job, skills="python")) == {strong.pk, weak.pk}
    unknown = _board(recruiter_client, job, skills="Klingonscript")
    assert _card_ids(unknown) == set() and "Not in the skills list: Klingonscript" in unknown.content.decode()
    assert _card_ids(_board(recruiter_client, job, q="forte")) == {strong.pk}

    column = _board(recruiter_client, job, sort="score").context["board"].columns[0]
    assert [card.pk for card in column.cards] == [strong.pk, weak.pk, unscored.pk]


def test_a_card_moved_with_htmx_comes_back_in_its_new_column_with_an_announcement(recruiter_client, recruiter):
    job = make_job()
    application = add(job, first_name="Zoé", last_name="Lefèvre")
    applied, screen = stage(job, StageKind.APPLIED), stage(job, StageKind.SCREEN)

    response = recruiter_client.post(
        reverse("ats:board_move", kwargs={"pk": job.pk}),
        {"application": application.pk, "stage": screen.pk},
        HTTP_HX_REQUEST="true",
        HTTP_ACCEPT_LANGUAGE="en",
    )

    page = response.content.decode()
    assert response.status_code == 200
    application.refresh_from_db()
    assert application.stage_id == screen.pk
    assert StageTransition.objects.filter(
        application=application, from_stage=applied, to_stage=screen, actor=recruiter
    ).exists()
    assert f'id="column-{applied.pk}"' in page and f'id="column-{screen.pk}"' in page
    assert page.count('hx-swap-oob="true"') == 3  # two columns and the announcement
    target = page[page.index(f'id="column-{screen.pk}"') :]
    assert f'id="card-{application.pk}"' in target
    assert "Zoé Lefèvre moved to “" in page


def test_without_javascript_a_move_sends_back_to_the_board_with_its_filters(recruiter_client):
    job = make_job()
    application = add(job)
    screen = stage(job, StageKind.SCREEN)
    response = recruiter_client.post(
        reverse("ats:board_move", kwargs={"pk": job.pk}) + "?sort=score&status=active",
        {"application": application.pk, "stage": screen.pk},
    )
    assert response.status_code == 302
    assert response["Location"] == reverse("ats:job_detail", kwargs={"pk": job.pk}) + "?sort=score&status=active"


def test_a_card_cannot_be_dropped_on_the_hired_column_and_nothing_changes(recruiter_client):
    job = make_job()
    application = add(job)
    response = recruiter_client.post(
        reverse("ats:board_move", kwargs={"pk": job.pk}),
        {"application": application.pk, "stage": stage(job, StageKind.HIRED).pk},
        HTTP_HX_REQUEST="true",
        HTTP_ACCEPT_LANGUAGE="en",
    )
    assert response.status_code == 200
    assert "message-error" in response.content.decode() and "Hire" in response.content.decode()
    application.refresh_from_db()
    assert application.stage.kind == StageKind.APPLIED
    assert StageTransition.objects.filter(application=application).count() == 1


def test_an_application_or_stage_of_another_job_cannot_be_moved_from_this_board(recruiter_client):
    job, other = make_job(), make_job(title="Autre")
    theirs = add(other)
    mine = add(job)
    url = reverse("ats:board_move", kwargs={"pk": job.pk})

    assert (
        recruiter_client.post(url, {"application": theirs.pk, "stage": stage(job, StageKind.SCREEN).pk}).status_code
        == 404
    )
    assert (
        recruiter_client.post(url, {"application": mine.pk, "stage": stage(other, StageKind.SCREEN).pk}).status_code
        == 400
    )
    assert recruiter_client.post(url, {"application": "x"}).status_code == 400
    for application in (theirs, mine):
        application.refresh_from_db()
        assert application.stage.kind == StageKind.APPLIED


def test_bulk_move_and_reject_with_a_delayed_email(recruiter_client):
    job = make_job()
    first, second, third = add(job), add(job), add(job)
    url = reverse("ats:bulk_action", kwargs={"pk": job.pk})
    interview = stage(job, StageKind.INTERVIEW)

    response = recruiter_client.post(
        url,
        {"action": "move", "applications": [first.pk, second.pk], "stage": interview.pk, "return_query": "sort=score"},
    )
    assert response["Location"] == reverse("ats:job_detail", kwargs={"pk": job.pk}) + "?sort=score"
    assert set(Application.objects.filter(stage=interview).values_list("pk", flat=True)) == {first.pk, second.pk}

    reason = make_reason()
    before = timezone.now()
    recruiter_client.post(
        url,
        {
            "action": "reject",
            "applications": [second.pk, third.pk],
            "reason": reason.pk,
            "send_email": "on",
            "delay": "hour",
        },
    )
    assert set(Application.objects.filter(status=ApplicationStatus.REJECTED).values_list("pk", flat=True)) == {
        second.pk,
        third.pk,
    }
    emails = Message.objects.filter(purpose=Purpose.REJECTION)
    assert emails.count() == 2
    assert all(message.send_after >= before + datetime.timedelta(minutes=59) for message in emails)


def test_bulk_email_queues_one_message_per_person_once_even_when_sent_twice(recruiter_client):
    job = make_job()
    first, second = add(job), add(job)
    template = template_default(purpose=Purpose.STAGE_UPDATE)
    data = {"action": "email", "applications": [first.pk, second.pk], "template": template.pk, "token": "abc123"}
    url = reverse("ats:bulk_action", kwargs={"pk": job.pk})

    recruiter_client.post(url, data)
    recruiter_client.post(url, data)  # a double click

    messages = Message.objects.filter(context__job=job.pk)
    assert messages.count() == 2
    assert {message.candidate_id for message in messages} == {first.candidate_id, second.candidate_id}
    assert all(job.title in message.subject for message in messages)


def test_bulk_action_with_an_id_of_another_job_is_refused_and_changes_nothing(recruiter_client):
    job, other = make_job(), make_job(title="Autre")
    mine, theirs = add(job), add(other)
    response = recruiter_client.post(
        reverse("ats:bulk_action", kwargs={"pk": job.pk}),
        {"action": "reject", "applications": [mine.pk, theirs.pk], "reason": make_reason().pk},
    )
    assert response.status_code == 404
    assert not Application.objects.filter(status=ApplicationStatus.REJECTED).exists()
    assert not Message.objects.exists()


def test_bulk_reject_without_a_reason_explains_and_changes_nothing(recruiter_client):
    job = make_job()
    application = add(job)
    response = recruiter_client.post(
        reverse("ats:bulk_action", kwargs={"pk": job.pk}),
        {"action": "reject", "applications": [application.pk]},
        follow=True,
        HTTP_ACCEPT_LANGUAGE="en",
    )
    assert "Choose a reason." in response.content.decode()
    application.refresh_from_db()
    assert application.status == ApplicationStatus.ACTIVE


def test_the_list_view_filters_and_paginates(recruiter_client):
    job = make_job()
    kept = add(job, first_name="Zoé")
    Application.objects.filter(pk=kept.pk).update(source="referral")
    add(job, first_name="Hugo")
    response = recruiter_client.get(reverse("ats:application_list", kwargs={"pk": job.pk}), {"source": "referral"})
    assert [application.pk for application in response.context["page"]] == [kept.pk]
    assert response.context["page"][0].stage_name == stage(job, StageKind.APPLIED).name


def test_a_hiring_manager_reads_the_board_of_their_job_without_move_controls(client, hiring_manager):
    job = make_job()
    job.hiring_managers.add(hiring_manager)
    add(job, first_name="Zoé")
    client.force_login(hiring_manager)

    page = _board(client, job).content.decode()

    assert "Zoé" in page
    assert "board-card-move" not in page and 'draggable="true"' not in page and "bulk-form" not in page


def test_the_candidate_page_loads_the_applications_panel(recruiter_client):
    job = make_job(title="Soudeur")
    application = add(job)
    candidate = application.candidate
    detail = recruiter_client.get(reverse("candidates:detail", kwargs={"pk": candidate.pk})).content.decode()
    panel_url = reverse("ats:candidate_applications", kwargs={"pk": candidate.pk})
    assert f'hx-get="{panel_url}"' in detail

    fragment = recruiter_client.get(panel_url, HTTP_HX_REQUEST="true").content.decode()
    assert "<html" not in fragment and "Soudeur" in fragment
    assert reverse("ats:application_detail", kwargs={"pk": application.pk}) in fragment
    assert "<html" in recruiter_client.get(panel_url).content.decode()
    assert (
        recruiter_client.get(reverse("ats:candidate_applications", kwargs={"pk": CandidateFactory().pk})).status_code
        == 200
    )
