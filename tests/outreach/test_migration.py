"""Sessions logged before their supplies counted in the statistics: the migration gives
each its day and adds its supplies to the roll-ups, exactly as a recount would."""

from __future__ import annotations

import datetime as dt
import uuid
from typing import Any

from django.db import connection
from django.db.migrations.executor import MigrationExecutor

from tests.records.helpers import ensure_categories, rollup_rows
from tests.staff import make_locality
from tukipiste.records import services as record_services
from tukipiste.records.models import DailyCount


def migrate_to(target: str) -> Any:
    executor = MigrationExecutor(connection)
    executor.migrate([("outreach", target)])
    return executor.loader.project_state([("outreach", target)]).apps


def test_earlier_sessions_get_their_day_and_their_supplies_counted(
    transactional_db: None,
) -> None:
    condoms = ensure_categories()["supply"]["condoms"]
    locality = make_locality("turku", name_sv="Åbo")
    old = migrate_to("0001_initial")
    Session = old.get_model("outreach", "OutreachSession")
    Supply = old.get_model("outreach", "SessionSupply")
    # 23.30 UTC on 30 November is already 1 December in Helsinki.
    starts = dt.datetime(2026, 11, 30, 23, 30, tzinfo=dt.UTC)
    session = Session.objects.create(
        idempotency_key=uuid.uuid4(),
        starts_at=starts,
        ends_at=starts + dt.timedelta(hours=1),
        environment="indoor",
        locality_id=locality.pk,
    )
    Supply.objects.create(session=session, category_id=condoms.pk, quantity=25)
    try:
        new = migrate_to("0002_session_day")
        assert new.get_model("outreach", "OutreachSession").objects.get().day == 20261201
        row = DailyCount.objects.get(dimension="supply")
        assert (row.day, row.channel, row.locality_key, row.amount) == (
            20261201,
            "outreach_indoor",
            locality.pk,
            25,
        )
        migrated = rollup_rows()
        record_services.rebuild_rollups()
        assert rollup_rows() == migrated
    finally:
        migrate_to("0002_session_day")
