"""Review notifications move onto accounts.notifications: claimed (``sending``) before the mail server is called,
settled as ``failed`` when the error will not pass, swept when their task was lost.

Existing rows keep their meaning. Their task was due when they were created (``task_due_at``), so the sweeper
queues again a pending one left behind, or settles it once too old, as it does for the others. A pending row whose
tries were all used up was abandoned by the old task (it retried every error, then left the row pending for ever):
it becomes ``failed`` with its last error. Sent and skipped rows are unchanged.
"""

import django.utils.timezone
from django.conf import settings
from django.db import migrations, models
from django.db.models import CharField, F, Value
from django.db.models.functions import Cast, Concat, Greatest, Left

# The old task's retries: max_retries=5, so six tries in all (accounts.notifications.MAX_ATTEMPTS is the same).
OLD_MAX_ATTEMPTS = 6


def settle(apps, schema_editor):
    ReviewNotification = apps.get_model("ats", "ReviewNotification")
    ReviewNotification.objects.update(task_due_at=F("created_at"))
    ReviewNotification.objects.filter(status="pending", attempts__gte=OLD_MAX_ATTEMPTS).update(
        status="failed",
        last_error=Left(
            Concat(
                Value("Gave up after "),
                Cast("attempts", CharField()),
                Value(" attempts: "),
                "last_error",
                output_field=CharField(),
            ),
            300,
        ),
    )


def unsettle(apps, schema_editor):
    # The old code knew neither state. A failed row goes back to pending, as the old code left an abandoned one,
    # with its tries used up: the old sweeper (attempts < OLD_MAX_ATTEMPTS) must not send it again, be it a
    # permanent failure or a send interrupted after the mail may have left. A row caught mid-send is taken as sent
    # (it may have left: better not send it again).
    ReviewNotification = apps.get_model("ats", "ReviewNotification")
    ReviewNotification.objects.filter(status="failed").update(
        status="pending", attempts=Greatest(F("attempts"), Value(OLD_MAX_ATTEMPTS))
    )
    ReviewNotification.objects.filter(status="sending").update(status="sent")


class Migration(migrations.Migration):

    dependencies = [
        ('ats', '0003_mention_notification'),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        migrations.RemoveIndex(
            model_name='reviewnotification',
            name='review_notification_pending',
        ),
        migrations.AddField(
            model_name='reviewnotification',
            name='claimed_at',
            field=models.DateTimeField(blank=True, null=True, verbose_name='claimed'),
        ),
        migrations.AddField(
            model_name='reviewnotification',
            name='task_due_at',
            field=models.DateTimeField(blank=True, default=django.utils.timezone.now, null=True, verbose_name='task due'),
        ),
        migrations.AlterField(
            model_name='mentionnotification',
            name='attempts',
            field=models.PositiveSmallIntegerField(default=0, verbose_name='attempts'),
        ),
        migrations.AlterField(
            model_name='mentionnotification',
            name='claimed_at',
            field=models.DateTimeField(blank=True, null=True, verbose_name='claimed'),
        ),
        migrations.AlterField(
            model_name='mentionnotification',
            name='created_at',
            field=models.DateTimeField(default=django.utils.timezone.now, verbose_name='created'),
        ),
        migrations.AlterField(
            model_name='mentionnotification',
            name='last_error',
            field=models.CharField(blank=True, max_length=300, verbose_name='last error'),
        ),
        migrations.AlterField(
            model_name='mentionnotification',
            name='recipient',
            field=models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name='+', to=settings.AUTH_USER_MODEL, verbose_name='recipient'),
        ),
        migrations.AlterField(
            model_name='mentionnotification',
            name='sent_at',
            field=models.DateTimeField(blank=True, null=True, verbose_name='sent'),
        ),
        migrations.AlterField(
            model_name='mentionnotification',
            name='status',
            field=models.CharField(choices=[('pending', 'Pending'), ('sending', 'Sending'), ('sent', 'Sent'), ('skipped', 'Not needed any more'), ('failed', 'Failed')], default='pending', max_length=10, verbose_name='status'),
        ),
        migrations.AlterField(
            model_name='mentionnotification',
            name='task_due_at',
            field=models.DateTimeField(blank=True, default=django.utils.timezone.now, null=True, verbose_name='task due'),
        ),
        migrations.AlterField(
            model_name='reviewnotification',
            name='attempts',
            field=models.PositiveSmallIntegerField(default=0, verbose_name='attempts'),
        ),
        migrations.AlterField(
            model_name='reviewnotification',
            name='created_at',
            field=models.DateTimeField(default=django.utils.timezone.now, verbose_name='created'),
        ),
        migrations.AlterField(
            model_name='reviewnotification',
            name='last_error',
            field=models.CharField(blank=True, max_length=300, verbose_name='last error'),
        ),
        migrations.AlterField(
            model_name='reviewnotification',
            name='recipient',
            field=models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name='+', to=settings.AUTH_USER_MODEL, verbose_name='recipient'),
        ),
        migrations.AlterField(
            model_name='reviewnotification',
            name='sent_at',
            field=models.DateTimeField(blank=True, null=True, verbose_name='sent'),
        ),
        migrations.AlterField(
            model_name='reviewnotification',
            name='status',
            field=models.CharField(choices=[('pending', 'Pending'), ('sending', 'Sending'), ('sent', 'Sent'), ('skipped', 'Not needed any more'), ('failed', 'Failed')], default='pending', max_length=10, verbose_name='status'),
        ),
        migrations.AddIndex(
            model_name='reviewnotification',
            index=models.Index(condition=models.Q(('status__in', ['pending', 'sending'])), fields=['created_at'], name='review_notification_open'),
        ),
        migrations.RunPython(settle, unsettle),
    ]
