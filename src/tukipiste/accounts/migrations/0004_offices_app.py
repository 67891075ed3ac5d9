"""Staff offices now point at ``offices.Office``: the same table, so only the state changes."""

from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [("accounts", "0003_remove_staffprofile_national_project"), ("offices", "0001_initial")]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.AlterField(
                    model_name="staffprofile",
                    name="offices",
                    field=models.ManyToManyField(blank=True, related_name="staff", to="offices.office", verbose_name="offices"),
                ),
            ]
        )
    ]
