"""Jobs in the workspace: the list with counts per stage, the form (with requirements), status actions, the
pipeline editor, screening questions, and the settings admins keep (pipeline templates, rejection reasons)."""

from __future__ import annotations

import pytest
from django.urls import reverse
from django.utils import translation

from ats.models import (
    Application,
    Job,
    JobLanguage,
    JobSkill,
    JobStatus,
    PipelineTemplate,
    RejectionReason,
    ScreeningQuestion,
    StageKind,
    StageTransition,
)
from tests.ats.factories import make_job, make_question
from tests.ats.workspace_helpers import add, stage
from tests.factories import HiringManagerFactory, SkillAliasFactory, SkillFactory

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _english(client, settings):
    """Pages in English for the assertions below (the language cookie wins over the user's preference, French)."""
    client.cookies[settings.LANGUAGE_COOKIE_NAME] = "en"


def _job_data(**overrides):
    data = {
        "title": "Ingénieure données",
        "description": "<p>Rejoignez-nous</p><script>alert(1)</script>",
        "department": "Data",
        "city": "Nantes",
        "country": "fr",
        "remote_policy": "hybrid",
        "contract_type": "permanent",
        "salary_currency": "eur",
        "salary_period": "year",
        "salary_min": "45000",
        "salary_max": "55000",
        "language": "fr",
        "openings": "2",
        "education_level": "5",
        "must_have_skills": "Python, SQL",
        "nice_to_have_skills": "dbt",
        "min_years_experience": "3",
        "languages": "en B2\nfr C2",
    }
    data.update(overrides)
    return data


@pytest.fixture
def skills():
    python = SkillFactory(slug="python", label_en="Python", label_fr="Python")
    sql = SkillFactory(slug="sql", label_en="SQL", label_fr="SQL")
    dbt = SkillFactory(slug="dbt", label_en="Data build tool", label_fr="Data build tool")
    SkillAliasFactory(skill=dbt, alias="dbt")
    return {"python": python, "sql": sql, "dbt": dbt}


def test_the_jobs_list_shows_each_jobs_counts_per_stage(recruiter_client):
    job = make_job(title="Soudeur")
    add(job)
    add(job)
    make_job(title="Comptable", publish=False)

    response = recruiter_client.get(reverse("ats:job_list"), HTTP_ACCEPT_LANGUAGE="en")
    page = response.content.decode()
    assert response.status_code == 200
    assert "Soudeur" in page and "Comptable" in page
    applied = stage(job, StageKind.APPLIED)
    assert f'<span class="stage-count-name">{applied.name}</span> <span class="stage-count-value">2</span>' in page

    filtered = recruiter_client.get(reverse("ats:job_list"), {"status": "draft"}).content.decode()
    assert "Comptable" in filtered and "Soudeur" not in filtered


def test_creating_a_job_saves_its_fields_team_and_requirements(recruiter_client, recruiter, skills):
    manager = HiringManagerFactory()
    response = recruiter_client.post(reverse("ats:job_create"), _job_data(hiring_managers=[manager.pk]))

    job = Job.objects.get(title="Ingénieure données")
    assert response.status_code == 302 and response["Location"] == reverse("ats:job_detail", kwargs={"pk": job.pk})
    assert job.status == JobStatus.DRAFT
    assert "<script>" not in job.description and "<p>Rejoignez-nous</p>" in job.description
    assert (job.country, job.salary_currency, job.openings, job.education_level) == ("FR", "EUR", 2, 5)
    assert list(job.hiring_managers.all()) == [manager]
    assert list(job.recruiters.all()) == [recruiter]
    assert {(link.skill.slug, link.required) for link in JobSkill.objects.filter(job=job)} == {
        ("python", True),
        ("sql", True),
        ("dbt", False),
    }
    assert {(item.language, item.level) for item in JobLanguage.objects.filter(job=job)} == {("en", "B2"), ("fr", "C2")}
    assert job.stages.filter(kind=StageKind.APPLIED).exists()


@pytest.mark.parametrize(
    ("overrides", "field", "message"),
    [
        ({"salary_min": "60000"}, "salary_max", "The lowest salary is above the highest."),
        ({"must_have_skills": "Python, Cobolz"}, "must_have_skills", "Not in the skills list: Cobolz."),
        ({"languages": "english"}, "languages", "write a language code and a level"),
        ({"title": ""}, "title", "This field is required."),
    ],
)
def test_a_job_form_with_an_error_shows_it_next_to_the_field_and_creates_nothing(
    recruiter_client, skills, overrides, field, message
):
    response = recruiter_client.post(reverse("ats:job_create"), _job_data(**overrides), HTTP_ACCEPT_LANGUAGE="en")

    assert response.status_code == 400
    with translation.override("en"):
        assert message in " ".join(str(error) for error in response.context["form"].errors[field])
    assert not Job.objects.exists()
    assert 'value="Nantes"' in response.content.decode()  # what was typed is kept


def test_editing_a_job_keeps_its_requirements_in_the_form_and_saves_changes(recruiter_client, skills):
    job = make_job(title="Data")
    JobSkill.objects.create(job=job, skill=skills["python"], required=True)
    url = reverse("ats:job_edit", kwargs={"pk": job.pk})
    assert recruiter_client.get(url).context["form"].initial["must_have_skills"] == "Python"

    response = recruiter_client.post(url, _job_data(title="Data engineer", must_have_skills="SQL", languages=""))

    assert response.status_code == 302
    job.refresh_from_db()
    assert job.title == "Data engineer"
    assert [(link.skill.slug, link.required) for link in JobSkill.objects.filter(job=job, required=True)] == [
        ("sql", True)
    ]
    assert not JobLanguage.objects.filter(job=job).exists()


def test_status_actions_follow_the_jobs_life_and_refuse_what_it_does_not_allow(recruiter_client):
    job = make_job(publish=False)

    def act(action):
        return recruiter_client.post(
            reverse("ats:job_status", kwargs={"pk": job.pk, "action": action}), HTTP_ACCEPT_LANGUAGE="en"
        )

    for action, expected in [
        ("publish", "published"),
        ("pause", "paused"),
        ("close", "closed"),
        ("reopen", "published"),
    ]:
        assert act(action).status_code == 302
        job.refresh_from_db()
        assert job.status == expected

    response = recruiter_client.post(
        reverse("ats:job_status", kwargs={"pk": job.pk, "action": "reopen"}), follow=True, HTTP_ACCEPT_LANGUAGE="en"
    )
    assert "cannot be changed that way" in response.content.decode()
    job.refresh_from_db()
    assert job.status == "published"
    assert act("delete").status_code == 404


def test_the_pipeline_editor_adds_renames_reorders_and_removes_with_a_move(recruiter_client, recruiter):
    job = make_job()
    url = reverse("ats:pipeline_edit", kwargs={"pk": job.pk})
    screen = stage(job, StageKind.SCREEN)
    interview = stage(job, StageKind.INTERVIEW)

    recruiter_client.post(
        url, {"operation": "add", "new-name": "Test technique", "new-kind": "assessment", "new-target_days": "4"}
    )
    added = job.stages.get(name="Test technique")
    assert added.position < stage(job, StageKind.HIRED).position and added.target_days == 4

    recruiter_client.post(
        url,
        {
            "operation": "update",
            "stage": screen.pk,
            f"stage-{screen.pk}-name": "Appel",
            f"stage-{screen.pk}-kind": "screen",
        },
    )
    screen.refresh_from_db()
    assert screen.name == "Appel" and screen.target_days is None

    before = list(job.stages.order_by("position").values_list("pk", flat=True))
    recruiter_client.post(url, {"operation": "move", "stage": interview.pk, "direction": "up"})
    after = list(job.stages.order_by("position").values_list("pk", flat=True))
    index = before.index(interview.pk)
    assert after[index - 1] == interview.pk and after[index] == before[index - 1]

    application = add(job)
    Application.objects.filter(pk=application.pk).update(stage=screen)
    response = recruiter_client.post(
        url, {"operation": "remove", "stage": screen.pk, f"remove-{screen.pk}-move_to": interview.pk}
    )
    assert response.status_code == 302
    application.refresh_from_db()
    assert application.stage_id == interview.pk
    assert not job.stages.filter(pk=screen.pk).exists()
    assert StageTransition.objects.filter(application=application, to_stage=interview).exists()


def test_the_pipeline_editor_refuses_a_nameless_stage_next_to_the_field(recruiter_client):
    job = make_job()
    count = job.stages.count()
    response = recruiter_client.post(
        reverse("ats:pipeline_edit", kwargs={"pk": job.pk}),
        {"operation": "add", "new-name": "", "new-kind": "screen"},
        HTTP_ACCEPT_LANGUAGE="en",
    )
    assert response.status_code == 400
    assert response.context["add_form"].errors["name"]
    assert job.stages.count() == count


def test_questions_are_added_edited_reordered_and_removed(recruiter_client):
    job = make_job()
    url = reverse("ats:questions", kwargs={"pk": job.pk})

    response = recruiter_client.post(
        url,
        {
            "operation": "add",
            "new-text": "Quel contrat ?",
            "new-kind": "choice",
            "new-choices": "CDI\nCDD\n\nCDI",
            "new-required": "on",
            "new-knockout_answer": "CDD",
        },
    )
    assert response.status_code == 302
    question = ScreeningQuestion.objects.get(job=job, text="Quel contrat ?")
    assert (question.choices, question.knockout_answer, question.required) == (["CDI", "CDD"], "CDD", True)

    other = make_question(job, text="Permis ?", position=5)
    recruiter_client.post(url, {"operation": "move", "question": other.pk, "direction": "up"})
    assert list(job.questions.order_by("position").values_list("text", flat=True)) == ["Permis ?", "Quel contrat ?"]

    recruiter_client.post(url, {"operation": "remove", "question": other.pk})
    assert list(job.questions.values_list("text", flat=True)) == ["Quel contrat ?"]


def test_a_flagging_answer_the_applicant_cannot_give_is_refused(recruiter_client):
    job = make_job()
    response = recruiter_client.post(
        reverse("ats:questions", kwargs={"pk": job.pk}),
        {"operation": "add", "new-text": "Permis ?", "new-kind": "yes_no", "new-knockout_answer": "peut-être"},
        HTTP_ACCEPT_LANGUAGE="en",
    )
    assert response.status_code == 400
    assert "yes, no" in " ".join(response.context["add_form"].errors["knockout_answer"])
    assert not job.questions.exists()


def test_a_question_of_another_job_cannot_be_touched(recruiter_client):
    job, other = make_job(), make_job(title="Autre")
    question = make_question(other)
    recruiter_client.post(
        reverse("ats:questions", kwargs={"pk": job.pk}), {"operation": "remove", "question": question.pk}
    )
    assert ScreeningQuestion.objects.filter(pk=question.pk).exists()


def test_the_default_pipeline_and_rejection_reasons_exist_after_migrating():
    default = PipelineTemplate.objects.get(is_default=True)
    assert list(default.stages.order_by("position").values_list("kind", flat=True)) == [
        "applied",
        "screen",
        "review",
        "interview",
        "offer",
        "hired",
    ]
    recyclable = set(RejectionReason.objects.filter(recyclable=True).values_list("label_en", flat=True))
    assert recyclable == {"Another candidate was preferred", "The position was cancelled"}
    assert RejectionReason.objects.filter(is_active=True).count() >= 5


def test_admins_keep_rejection_reasons(admin_client_):
    response = admin_client_.post(
        reverse("ats:rejection_reasons"),
        {"label_fr": "Salaire trop élevé", "label_en": "Salary too high", "recyclable": "on", "is_active": "on"},
    )
    assert response.status_code == 302
    reason = RejectionReason.objects.get(label_en="Salary too high")
    assert reason.recyclable and reason.position > 0

    admin_client_.post(
        reverse("ats:rejection_reason_edit", kwargs={"pk": reason.pk}),
        {"label_fr": "Salaire", "label_en": "Salary", "position": "9"},
    )
    reason.refresh_from_db()
    assert (reason.label_fr, reason.is_active, reason.recyclable, reason.position) == ("Salaire", False, False, 9)

    response = admin_client_.post(reverse("ats:rejection_reasons"), {"label_fr": "Sans anglais", "label_en": ""})
    assert response.status_code == 400
    assert not RejectionReason.objects.filter(label_fr="Sans anglais").exists()


def test_admins_keep_pipeline_templates_and_their_stages(admin_client_):
    response = admin_client_.post(reverse("ats:pipeline_templates"), {"name": "Alternance"})
    template = PipelineTemplate.objects.get(name="Alternance")
    url = reverse("ats:pipeline_template_edit", kwargs={"pk": template.pk})
    assert response["Location"] == url
    assert list(template.stages.values_list("kind", flat=True)) == ["applied"]

    admin_client_.post(url, {"operation": "add", "new-name": "Entretien école", "new-kind": "interview"})
    admin_client_.post(url, {"operation": "add", "new-name": "Signé", "new-kind": "hired"})
    interview = template.stages.get(name="Entretien école")
    admin_client_.post(url, {"operation": "move", "stage": interview.pk, "direction": "up"})
    assert template.stages.order_by("position").values_list("name", flat=True).first() == "Entretien école"

    applied = template.stages.get(kind="applied")
    response = admin_client_.post(
        url, {"operation": "remove", "stage": applied.pk}, follow=True, HTTP_ACCEPT_LANGUAGE="en"
    )
    assert "keeps one “applied” stage" in response.content.decode()
    assert template.stages.filter(pk=applied.pk).exists()

    admin_client_.post(url, {"operation": "rename", "template-name": "Alternance", "template-is_default": "on"})
    assert PipelineTemplate.objects.get(is_default=True) == template
    assert make_job(title="Apprenti").stages.filter(name="Entretien école").exists()


def test_the_main_navigation_offers_jobs_to_every_role(client, recruiter, hiring_manager, admin_user):
    for user in (recruiter, hiring_manager, admin_user):
        client.force_login(user)
        page = client.get(reverse("ats:job_list"), HTTP_ACCEPT_LANGUAGE="en").content.decode()
        assert f'<a href="{reverse("ats:job_list")}" aria-current="page">Jobs</a>' in page


def test_a_new_job_starts_from_the_pipeline_template_chosen(recruiter_client):
    from ats.models import Job, PipelineTemplate, PipelineTemplateStage

    short = PipelineTemplate.objects.create(name="Court")
    PipelineTemplateStage.objects.bulk_create(
        [
            PipelineTemplateStage(template=short, name="Reçue", kind="applied", position=0),
            PipelineTemplateStage(template=short, name="Entretien", kind="interview", position=1),
            PipelineTemplateStage(template=short, name="Embauche", kind="hired", position=2),
        ]
    )
    response = recruiter_client.post(
        reverse("ats:job_create"),
        {
            "title": "Chef de rang",
            "remote_policy": "onsite",
            "contract_type": "permanent",
            "language": "fr",
            "openings": 1,
            "salary_currency": "EUR",
            "salary_period": "year",
            "education_level": 0,
            "pipeline": short.pk,
        },
    )
    assert response.status_code == 302, response.content.decode()[:2000]
    job = Job.objects.get(title="Chef de rang")
    assert list(job.stages.order_by("position").values_list("name", flat=True)) == ["Reçue", "Entretien", "Embauche"]
