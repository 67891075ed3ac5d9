# The retention period of appointment contact details was created before there were any
# appointments; it comes back, with its purger, in the migration that adds appointments.

from django.db import migrations, models


def drop_appointment_period(apps, schema_editor):
    RetentionPolicy = apps.get_model("core", "RetentionPolicy")
    RetentionPolicy.objects.filter(kind="appointment_contacts").delete()


def restore_appointment_period(apps, schema_editor):
    RetentionPolicy = apps.get_model("core", "RetentionPolicy")
    RetentionPolicy.objects.get_or_create(kind="appointment_contacts", defaults={"days": 7})


class Migration(migrations.Migration):
    dependencies = [
        ("core", "0002_default_retention"),
    ]

    operations = [
        migrations.RunPython(drop_appointment_period, restore_appointment_period),
        migrations.AlterField(
            model_name="retentionpolicy",
            name="kind",
            field=models.CharField(
                choices=[
                    ("chat_transcripts", "Chat transcripts"),
                    ("offline_messages", "Anonymous messages and replies"),
                    ("feedback_contacts", "Feedback contact details"),
                    ("audit_entries", "Audit trail entries"),
                ],
                max_length=40,
                unique=True,
                verbose_name="data",
            ),
        ),
    ]
