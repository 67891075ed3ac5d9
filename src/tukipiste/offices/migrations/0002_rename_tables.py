"""Give the moved tables their own names and move the content types with them.

Renaming the content types (not creating new ones) keeps everything that points at them:
permissions and the groups that hold them, Wagtail's log entries and reference index.
"""

from django.db import migrations

MODELS = ["office", "officehours", "officeexception"]


def _move_content_types(apps, old_label, new_label):
    from django.contrib.contenttypes.models import ContentType as LiveContentType

    ContentType = apps.get_model("contenttypes", "ContentType")
    for model in MODELS:
        moving = ContentType.objects.filter(app_label=old_label, model=model).first()
        if moving is None:
            continue
        # A migrate that ran in between may have created an empty type under the new label
        # (with fresh permissions that the roles sync gives back); the old type holds the
        # history, so it wins.
        ContentType.objects.filter(app_label=new_label, model=model).delete()
        moving.app_label = new_label
        moving.save(update_fields=["app_label"])
    ContentType.objects.clear_cache()
    LiveContentType.objects.clear_cache()


def forwards(apps, schema_editor):
    _move_content_types(apps, "website", "offices")


def backwards(apps, schema_editor):
    _move_content_types(apps, "offices", "website")


class Migration(migrations.Migration):
    dependencies = [
        ("offices", "0001_initial"),
        ("website", "0002_offices_app"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [
        migrations.RunPython(forwards, backwards),
        migrations.AlterModelTable(name="office", table=None),
        migrations.AlterModelTable(name="officehours", table=None),
        migrations.AlterModelTable(name="officeexception", table=None),
    ]
