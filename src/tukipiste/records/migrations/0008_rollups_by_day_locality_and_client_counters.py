"""Roll-ups by day, locality and channel without the worker; exact unique-client counters of
calendar months, quarters and years (decision 0015). The old tables are dropped, each
contact's local day is set, and the new roll-ups are counted from the contacts."""

import datetime as dt
from zoneinfo import ZoneInfo

from django.conf import settings
from django.db import migrations, models


def set_days(apps, schema_editor):  # noqa: ANN001, ANN201
    Contact = apps.get_model("records", "Contact")
    zone = ZoneInfo(settings.TIME_ZONE)
    last = 0
    while True:
        chunk = list(
            Contact.objects.filter(pk__gt=last)
            .order_by("pk")
            .values_list("pk", "started_at")[:5000]
        )
        if not chunk:
            return
        for pk, started in chunk:
            local = started.astimezone(zone) if isinstance(started, dt.datetime) else started
            Contact.objects.filter(pk=pk).update(
                day=local.year * 10000 + local.month * 100 + local.day
            )
        last = chunk[-1][0]


def recount(apps, schema_editor):  # noqa: ANN001, ANN201
    # The set-based recount of the code base (plain SQL over the tables of this migration).
    # The contacts only: other apps' rows (outreach sessions' supplies) are added by their
    # own migrations, whose tables may not be there yet.
    from tukipiste.records import rollups

    rollups.rebuild(contacts_only=True)


DIMENSIONS = [
    ("contacts", "Contacts"),
    ("age_band", "Age band"),
    ("gender", "Gender"),
    ("language", "Language"),
    ("interpretation", "Interpretation used"),
    ("work_environment", "Work environment"),
    ("topic", "Topic"),
    ("service", "Service given"),
    ("supply", "Supplies handed out"),
    ("referral", "Referral"),
]


class Migration(migrations.Migration):
    dependencies = [
        ("offices", "0003_locality"),
        ("records", "0007_contact_list_newest_index"),
    ]

    operations = [
        migrations.DeleteModel(name="MonthlyClient"),
        migrations.DeleteModel(name="MonthlyCount"),
        migrations.AddField(
            model_name="contact",
            name="day",
            field=models.PositiveIntegerField(default=0, editable=False, verbose_name="day"),
        ),
        migrations.AddIndex(
            model_name="contact",
            index=models.Index(fields=["client", "day"], name="records_contact_client_day"),
        ),
        migrations.AddIndex(
            model_name="contact",
            index=models.Index(fields=["day", "channel"], name="records_contact_day_idx"),
        ),
        migrations.CreateModel(
            name="DailyCount",
            fields=[
                (
                    "id",
                    models.BigAutoField(
                        auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                    ),
                ),
                ("day", models.PositiveIntegerField()),
                ("office_key", models.PositiveIntegerField()),
                ("locality_key", models.PositiveIntegerField()),
                ("channel", models.CharField(max_length=20)),
                ("dimension", models.CharField(choices=DIMENSIONS, max_length=20)),
                ("value", models.CharField(blank=True, max_length=20)),
                ("amount", models.IntegerField(default=0)),
            ],
            options={"verbose_name": "daily count", "verbose_name_plural": "daily counts"},
        ),
        migrations.CreateModel(
            name="MonthlyCount",
            fields=[
                (
                    "id",
                    models.BigAutoField(
                        auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                    ),
                ),
                ("month", models.PositiveIntegerField()),
                ("office_key", models.PositiveIntegerField()),
                ("locality_key", models.PositiveIntegerField()),
                ("channel", models.CharField(max_length=20)),
                ("dimension", models.CharField(choices=DIMENSIONS, max_length=20)),
                ("value", models.CharField(blank=True, max_length=20)),
                ("amount", models.IntegerField(default=0)),
            ],
            options={"verbose_name": "monthly count", "verbose_name_plural": "monthly counts"},
        ),
        migrations.CreateModel(
            name="ClientCount",
            fields=[
                (
                    "id",
                    models.BigAutoField(
                        auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                    ),
                ),
                ("grain", models.CharField(max_length=1)),
                ("period", models.PositiveIntegerField()),
                ("office_key", models.IntegerField()),
                ("channel", models.CharField(max_length=20)),
                ("facet", models.CharField(blank=True, max_length=20)),
                ("value", models.CharField(blank=True, max_length=20)),
                ("amount", models.IntegerField(default=0)),
            ],
            options={
                "verbose_name": "unique client count",
                "verbose_name_plural": "unique client counts",
            },
        ),
        migrations.AddConstraint(
            model_name="dailycount",
            constraint=models.UniqueConstraint(
                fields=("day", "office_key", "locality_key", "channel", "dimension", "value"),
                name="daily_count_key",
            ),
        ),
        migrations.AddConstraint(
            model_name="monthlycount",
            constraint=models.UniqueConstraint(
                fields=("month", "office_key", "locality_key", "channel", "dimension", "value"),
                name="monthly_count_key",
            ),
        ),
        migrations.AddConstraint(
            model_name="clientcount",
            constraint=models.UniqueConstraint(
                fields=("grain", "period", "office_key", "channel", "facet", "value"),
                name="client_count_key",
            ),
        ),
        migrations.RunPython(set_days, migrations.RunPython.noop),
        migrations.RunPython(recount, migrations.RunPython.noop),
    ]
