"""Sessions keep the day they count on, and the supplies of sessions logged before this
count in the statistics' roll-ups from now on (decision 0014, addendum)."""

from collections import Counter
from zoneinfo import ZoneInfo

from django.conf import settings
from django.db import migrations, models

# Literal names: a migration must not follow later changes of the live code.
CHANNEL_OF = {
    "outdoor": "outreach_outdoor",
    "indoor": "outreach_indoor",
    "online": "outreach_online",
}


def count_earlier_sessions(apps, schema_editor):
    Session = apps.get_model("outreach", "OutreachSession")
    Supply = apps.get_model("outreach", "SessionSupply")
    zone = ZoneInfo(settings.TIME_ZONE)
    daily: Counter = Counter()
    for session in Session.objects.all().only("pk", "starts_at"):
        local = session.starts_at.astimezone(zone)
        session.day = local.year * 10000 + local.month * 100 + local.day
        session.save(update_fields=["day"])
    for supply in Supply.objects.select_related("session"):
        s = supply.session
        key = (s.day, s.office_id or 0, s.locality_id, CHANNEL_OF[s.environment])
        daily[(*key, str(supply.category_id))] += supply.quantity
    monthly: Counter = Counter()
    for (day, *rest), amount in daily.items():
        monthly[(day // 100, *rest)] += amount
    with schema_editor.connection.cursor() as cursor:
        for table, first, rows in (
            ("records_dailycount", "day", daily),
            ("records_monthlycount", "month", monthly),
        ):
            for (period, office, locality, channel, value), amount in rows.items():
                cursor.execute(
                    f"INSERT INTO {table} ({first}, office_key, locality_key, channel, "
                    "dimension, value, amount) VALUES (%s, %s, %s, %s, 'supply', %s, %s) "
                    f"ON CONFLICT ({first}, office_key, locality_key, channel, dimension, value)"
                    f" DO UPDATE SET amount = {table}.amount + excluded.amount",
                    [period, office, locality, channel, value, amount],
                )


class Migration(migrations.Migration):
    dependencies = [
        ("outreach", "0001_initial"),
        ("records", "0009_monthly_count_covering_indexes"),
    ]

    operations = [
        migrations.AddField(
            model_name="outreachsession",
            name="day",
            field=models.PositiveIntegerField(default=0, editable=False, verbose_name="day"),
        ),
        migrations.RunPython(count_earlier_sessions, migrations.RunPython.noop),
    ]
