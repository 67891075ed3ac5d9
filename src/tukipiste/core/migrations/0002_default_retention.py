from django.db import migrations

DEFAULTS = {
    "chat_transcripts": 30,
    "offline_messages": 30,
    "appointment_contacts": 7,
    "feedback_contacts": 90,
    "audit_entries": 730,
}


def create_defaults(apps, schema_editor):
    RetentionPolicy = apps.get_model("core", "RetentionPolicy")
    for kind, days in DEFAULTS.items():
        RetentionPolicy.objects.get_or_create(kind=kind, defaults={"days": days})


class Migration(migrations.Migration):
    dependencies = [("core", "0001_initial")]
    operations = [migrations.RunPython(create_defaults, migrations.RunPython.noop)]
