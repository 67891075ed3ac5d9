from django.db import migrations


def create_default(apps, schema_editor):
    RetentionPolicy = apps.get_model("core", "RetentionPolicy")
    RetentionPolicy.objects.get_or_create(kind="appointments", defaults={"days": 30})


def remove_default(apps, schema_editor):
    RetentionPolicy = apps.get_model("core", "RetentionPolicy")
    RetentionPolicy.objects.filter(kind="appointments").delete()


class Migration(migrations.Migration):
    dependencies = [("core", "0004_namespaced_audit_actions")]
    operations = [migrations.RunPython(create_default, remove_default)]
