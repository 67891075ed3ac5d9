"""Offices, duty hours and exceptions move here from ``website``: in the state only.

The tables stay as they are (``website_office`` and so on) until ``0002`` renames them, so
no row is copied and every foreign key keeps pointing at the same rows.
"""

import django.db.models.deletion
import modelcluster.fields
from django.db import migrations, models

STATE = [
    migrations.CreateModel(
        name="Office",
        fields=[
            ("id", models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name="ID")),
            ("name", models.CharField(max_length=80, unique=True, verbose_name="name")),
            ("slug", models.SlugField(max_length=80, unique=True, verbose_name="slug")),
            ("street_address", models.CharField(max_length=200, verbose_name="street address")),
            ("postal_code", models.CharField(max_length=10, verbose_name="postal code")),
            ("city", models.CharField(max_length=80, verbose_name="city")),
            ("floor", models.PositiveSmallIntegerField(blank=True, null=True, verbose_name="floor")),
            ("phone", models.CharField(max_length=40, verbose_name="phone")),
            ("email", models.EmailField(blank=True, max_length=254, verbose_name="e-mail")),
            ("latitude", models.DecimalField(decimal_places=5, max_digits=8, verbose_name="latitude")),
            ("longitude", models.DecimalField(decimal_places=5, max_digits=8, verbose_name="longitude")),
            ("sort_order", models.PositiveSmallIntegerField(default=0, verbose_name="order")),
        ],
        options={
            "verbose_name": "office",
            "verbose_name_plural": "offices",
            "ordering": ["sort_order", "name"],
            "db_table": "website_office",
        },
    ),
    migrations.CreateModel(
        name="OfficeException",
        fields=[
            ("id", models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name="ID")),
            ("date", models.DateField(verbose_name="date")),
            ("service", models.CharField(blank=True, choices=[("drop_in", "Drop-in"), ("chat", "Chat duty"), ("phone", "Phone duty")], help_text="Leave empty when the exception applies to every service.", max_length=20, verbose_name="service")),
            ("reason", models.CharField(choices=[("holiday", "Public holiday"), ("closure", "Closed"), ("training", "Staff training day"), ("special", "Special opening hours")], max_length=20, verbose_name="reason")),
            ("opens", models.TimeField(blank=True, help_text="Empty: closed.", null=True, verbose_name="opens")),
            ("closes", models.TimeField(blank=True, null=True, verbose_name="closes")),
            ("office", modelcluster.fields.ParentalKey(on_delete=django.db.models.deletion.CASCADE, related_name="exceptions", to="offices.office")),
        ],
        options={
            "verbose_name": "exception",
            "verbose_name_plural": "exceptions",
            "ordering": ["date"],
            "constraints": [models.CheckConstraint(condition=models.Q(models.Q(("closes__isnull", True), ("opens__isnull", True)), models.Q(("closes__gt", models.F("opens")), ("opens__isnull", False)), _connector="OR"), name="office_exception_hours_consistent")],
            "db_table": "website_officeexception",
        },
    ),
    migrations.CreateModel(
        name="OfficeHours",
        fields=[
            ("id", models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name="ID")),
            ("service", models.CharField(choices=[("drop_in", "Drop-in"), ("chat", "Chat duty"), ("phone", "Phone duty")], max_length=20, verbose_name="service")),
            ("weekday", models.PositiveSmallIntegerField(choices=[(0, "Monday"), (1, "Tuesday"), (2, "Wednesday"), (3, "Thursday"), (4, "Friday"), (5, "Saturday"), (6, "Sunday")], verbose_name="weekday")),
            ("opens", models.TimeField(verbose_name="opens")),
            ("closes", models.TimeField(verbose_name="closes")),
            ("office", modelcluster.fields.ParentalKey(on_delete=django.db.models.deletion.CASCADE, related_name="hours", to="offices.office")),
        ],
        options={
            "verbose_name": "duty hours",
            "verbose_name_plural": "duty hours",
            "ordering": ["service", "weekday", "opens"],
            "constraints": [models.CheckConstraint(condition=models.Q(("closes__gt", models.F("opens"))), name="office_hours_closes_after_opens")],
            "db_table": "website_officehours",
        },
    ),
]


class Migration(migrations.Migration):
    initial = True

    # The tables this state describes are created by website's first migration.
    dependencies = [("website", "0001_initial")]

    operations = [migrations.SeparateDatabaseAndState(state_operations=STATE)]
