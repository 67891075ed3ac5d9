"""Create the role groups. Their permissions are set by ``sync_roles`` after every migrate,
because Django creates permissions only once all migrations have run."""

from django.db import migrations

GROUPS = ["Worker", "Peer worker", "Coordinator", "Content editor", "Administrator"]


def create_groups(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    for name in GROUPS:
        Group.objects.get_or_create(name=name)


class Migration(migrations.Migration):
    dependencies = [("accounts", "0001_initial"), ("auth", "0012_alter_user_first_name_max_length")]
    operations = [migrations.RunPython(create_groups, migrations.RunPython.noop)]
