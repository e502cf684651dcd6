"""The default pipeline and the default rejection reasons, so a new installation can open a job and decide on
applications from day one. Admins change them in the workspace (settings: pipeline templates, rejection
reasons). Stage names follow ats.services.jobs.DEFAULT_PIPELINE (French first: the site's first language).

Stages send no automatic e-mail by default (a recruiter chooses which ones should, per job). Reasons carry no
template of their own: they use the default rejection template (messaging's 0002), which admins edit once for
all reasons; a reason may point at a template of its own later."""

from django.db import migrations
from django.utils import timezone

PIPELINE_NAME = "Pipeline standard"
STAGES = [
    ("Candidature reçue", "applied", None),
    ("Présélection", "screen", 5),
    ("Revue manager", "review", 5),
    ("Entretien", "interview", 10),
    ("Offre", "offer", 7),
    ("Embauché", "hired", None),
]
REASONS = [
    ("Le profil ne correspond pas au poste", "The profile does not match the position", False),
    ("Un autre candidat a été retenu", "Another candidate was preferred", True),
    ("Le candidat a décliné", "The candidate declined", False),
    ("Le poste a été annulé", "The position was cancelled", True),
    ("Pas de réponse du candidat", "No answer from the candidate", False),
]


def create(apps, schema_editor):
    PipelineTemplate = apps.get_model("ats", "PipelineTemplate")
    PipelineTemplateStage = apps.get_model("ats", "PipelineTemplateStage")
    RejectionReason = apps.get_model("ats", "RejectionReason")
    if not PipelineTemplate.objects.filter(is_default=True).exists():
        template, created = PipelineTemplate.objects.get_or_create(
            name=PIPELINE_NAME, defaults={"is_default": True, "created_at": timezone.now()}
        )
        if created:
            PipelineTemplateStage.objects.bulk_create(
                [
                    PipelineTemplateStage(template=template, name=name, kind=kind, position=index, target_days=days)
                    for index, (name, kind, days) in enumerate(STAGES)
                ]
            )
    if not RejectionReason.objects.exists():
        RejectionReason.objects.bulk_create(
            [
                RejectionReason(label_fr=label_fr, label_en=label_en, recyclable=recyclable, position=index)
                for index, (label_fr, label_en, recyclable) in enumerate(REASONS, start=1)
            ]
        )


def remove(apps, schema_editor):
    apps.get_model("ats", "PipelineTemplate").objects.filter(name=PIPELINE_NAME).delete()
    apps.get_model("ats", "RejectionReason").objects.filter(
        label_fr__in=[label for label, _english, _recyclable in REASONS], applications__isnull=True
    ).delete()


class Migration(migrations.Migration):
    # After the reviews part's 0002 (written at the same time), so the graph keeps one leaf.
    dependencies = [("ats", "0002_review_notification"), ("messaging", "0002_default_templates")]
    operations = [migrations.RunPython(create, remove)]
