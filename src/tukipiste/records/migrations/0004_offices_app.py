"""Contacts and client codes now point at ``offices.Office``: the same table, so only the
state changes."""

import django.db.models.deletion
from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [("records", "0003_seed_categories"), ("offices", "0001_initial")]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.AlterField(
                    model_name="contact",
                    name="office",
                    field=models.ForeignKey(blank=True, null=True, on_delete=django.db.models.deletion.PROTECT, related_name="contacts", to="offices.office", verbose_name="office"),
                ),
                migrations.AlterField(
                    model_name="clientcode",
                    name="office",
                    field=models.ForeignKey(blank=True, null=True, on_delete=django.db.models.deletion.PROTECT, related_name="client_codes", to="offices.office", verbose_name="office"),
                ),
            ]
        )
    ]
