"""Offices, duty hours and exceptions now belong to the ``offices`` app.

Only the state changes here: the tables were taken over by ``offices.0001`` and are renamed
by ``offices.0002``, after every foreign key in every app points at ``offices.Office``.
"""

import django.db.models.deletion
from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("website", "0001_initial"),
        ("offices", "0001_initial"),
        ("accounts", "0004_offices_app"),
        ("chat", "0003_offices_app"),
        ("records", "0004_offices_app"),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.AlterField(
                    model_name="staffcontact",
                    name="office",
                    field=models.ForeignKey(blank=True, help_text="Empty for the national outreach project.", null=True, on_delete=django.db.models.deletion.SET_NULL, related_name="staff_contacts", to="offices.office", verbose_name="office"),
                ),
                migrations.DeleteModel(name="OfficeException"),
                migrations.DeleteModel(name="OfficeHours"),
                migrations.DeleteModel(name="Office"),
            ]
        )
    ]
