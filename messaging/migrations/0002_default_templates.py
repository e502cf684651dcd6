"""A default template for each flow, in French and English, so a new installation sends sensible e-mails from
day one. Admins edit them (each edit is a new version) or replace them."""

from django.db import migrations
from django.utils import timezone

DEFAULTS = [
    (
        "acknowledgement",
        "Accusé de réception / Application received",
        "Nous avons bien reçu votre candidature « {{ job_title }} »",
        "<p>Bonjour {{ first_name }},</p>"
        "<p>Merci pour votre candidature au poste « {{ job_title }} » chez {{ company }}. Nous l'avons bien reçue "
        "et notre équipe va l'étudier avec attention. Nous reviendrons vers vous dès que possible.</p>"
        '<p>Vous pouvez à tout moment consulter et gérer vos données : <a href="{{ portal_url }}">votre espace</a>.</p>'
        "<p>Bien cordialement,<br>L'équipe recrutement de {{ company }}</p>",
        "We have received your application for {{ job_title }}",
        "<p>Hello {{ first_name }},</p>"
        "<p>Thank you for applying for the {{ job_title }} position at {{ company }}. We have received your "
        "application and our team will review it carefully. We will get back to you as soon as we can.</p>"
        '<p>You can see and manage your data at any time: <a href="{{ portal_url }}">your page</a>.</p>'
        "<p>Kind regards,<br>The {{ company }} recruiting team</p>",
    ),
    (
        "rejection",
        "Refus / Rejection",
        'Votre candidature « {{ job_title|default:"chez nous" }} »',
        "<p>Bonjour {{ first_name }},</p>"
        "<p>Merci pour l'intérêt que vous portez à {{ company }} et pour le temps consacré à votre candidature. "
        "Après examen attentif, nous ne donnerons pas suite pour ce poste.</p>"
        "<p>Nous vous souhaitons pleine réussite dans vos recherches.</p>"
        "<p>Bien cordialement,<br>L'équipe recrutement de {{ company }}</p>",
        'Your application for {{ job_title|default:"a position with us" }}',
        "<p>Hello {{ first_name }},</p>"
        "<p>Thank you for your interest in {{ company }} and for the time you gave to your application. After "
        "careful review, we will not be moving forward with it for this position.</p>"
        "<p>We wish you every success in your search.</p>"
        "<p>Kind regards,<br>The {{ company }} recruiting team</p>",
    ),
    (
        "interview_invitation",
        "Invitation à un entretien / Interview invitation",
        "Entretien pour le poste « {{ job_title }} »",
        "<p>Bonjour {{ first_name }},</p>"
        "<p>Nous aimerions vous rencontrer pour échanger sur le poste « {{ job_title }} ».</p>"
        "<p><strong>Quand :</strong> {{ interview_date }}<br><strong>Où :</strong> {{ interview_location }}</p>"
        "<p>Merci de répondre à ce message pour confirmer ou proposer un autre créneau.</p>"
        '<p>{{ recruiter_signature|default:"L\'équipe recrutement" }}</p>',
        "Interview for the {{ job_title }} position",
        "<p>Hello {{ first_name }},</p>"
        "<p>We would like to meet you to talk about the {{ job_title }} position.</p>"
        "<p><strong>When:</strong> {{ interview_date }}<br><strong>Where:</strong> {{ interview_location }}</p>"
        "<p>Please reply to this message to confirm or suggest another time.</p>"
        '<p>{{ recruiter_signature|default:"The recruiting team" }}</p>',
    ),
    (
        "stage_update",
        "Avancement / Stage update",
        "Votre candidature « {{ job_title }} » avance",
        "<p>Bonjour {{ first_name }},</p>"
        "<p>Bonne nouvelle : votre candidature au poste « {{ job_title }} » passe à l'étape "
        "« {{ stage_name }} ». Nous vous recontactons très vite pour la suite.</p>"
        "<p>Bien cordialement,<br>L'équipe recrutement de {{ company }}</p>",
        "Your application for {{ job_title }} is moving forward",
        "<p>Hello {{ first_name }},</p>"
        "<p>Good news: your application for the {{ job_title }} position has moved to the “{{ stage_name }}” "
        "stage. We will be in touch very soon about what comes next.</p>"
        "<p>Kind regards,<br>The {{ company }} recruiting team</p>",
    ),
    (
        "campaign",
        "Lettre d'information / Newsletter",
        "Nouvelles offres chez {{ company }}",
        "<p>Bonjour {{ first_name }},</p>"
        "<p>De nouvelles opportunités sont ouvertes chez {{ company }}. Si l'une d'elles vous intéresse, "
        "répondez simplement à ce message : nous vous recontacterons.</p>"
        '<p><a href="{{ unsubscribe_url }}">Ne plus recevoir ces e-mails</a></p>',
        "New openings at {{ company }}",
        "<p>Hello {{ first_name }},</p>"
        "<p>New opportunities are open at {{ company }}. If one of them interests you, simply reply to this "
        "message and we will get back to you.</p>"
        '<p><a href="{{ unsubscribe_url }}">Stop receiving these e-mails</a></p>',
    ),
]


def create(apps, schema_editor):
    Template = apps.get_model("messaging", "Template")
    TemplateVersion = apps.get_model("messaging", "TemplateVersion")
    now = timezone.now()
    for purpose, name, subject_fr, body_fr, subject_en, body_en in DEFAULTS:
        if Template.objects.filter(purpose=purpose, is_default=True).exists():
            continue
        template = Template.objects.create(name=name, purpose=purpose, is_default=True, created_at=now)
        version = TemplateVersion.objects.create(
            template=template,
            number=1,
            subject_fr=subject_fr,
            body_fr=body_fr,
            subject_en=subject_en,
            body_en=body_en,
            created_at=now,
        )
        template.current_version = version
        template.save(update_fields=["current_version"])


def remove(apps, schema_editor):
    apps.get_model("messaging", "Template").objects.filter(
        is_default=True, versions__number=1, name__in=[row[1] for row in DEFAULTS]
    ).delete()


class Migration(migrations.Migration):
    dependencies = [("messaging", "0001_initial")]
    operations = [migrations.RunPython(create, remove)]
