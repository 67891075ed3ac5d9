"""Shared helpers of the record and statistics tests: the seeded category lists and a
contact recorded the way a worker would."""

from __future__ import annotations

import datetime as dt
import importlib
from typing import Any

from django.apps import apps
from django.utils import timezone

from tukipiste.records import services
from tukipiste.records.models import Category, ClientCount, Contact, DailyCount, MonthlyCount

NOON = dt.time(12, 0)


def ensure_categories() -> dict[str, dict[str, Category]]:
    """The category lists of the data migration (a flushed test database lacks them)."""
    if not Category.objects.exists():
        migration = importlib.import_module("tukipiste.records.migrations.0003_seed_categories")
        migration.seed(apps, None)
    lists: dict[str, dict[str, Category]] = {}
    for category in Category.objects.all():
        lists.setdefault(category.kind, {})[category.code] = category
    return lists


def local(day: dt.date, time: dt.time = NOON) -> dt.datetime:
    return dt.datetime.combine(day, time, tzinfo=timezone.get_current_timezone())


def record(*, recorded_by: Any = None, **overrides: Any) -> Contact:
    arguments: dict[str, Any] = {
        "channel": "drop_in",
        "started_at": timezone.now() - dt.timedelta(hours=1),
        "duration_seconds": 600,
        "office": None,
        "language": "fi",
    }
    arguments.update(overrides)
    return services.record_contact(contact=services.ContactInput(**arguments), by=recorded_by)


def rollup_rows() -> tuple[list[tuple[Any, ...]], list[tuple[Any, ...]], list[tuple[Any, ...]]]:
    """The roll-ups as sorted rows: day counts, month counts, unique-client counters."""
    daily = sorted(
        DailyCount.objects.values_list(
            "day", "office_key", "locality_key", "channel", "dimension", "value", "amount"
        )
    )
    monthly = sorted(
        MonthlyCount.objects.values_list(
            "month", "office_key", "locality_key", "channel", "dimension", "value", "amount"
        )
    )
    clients = sorted(
        ClientCount.objects.values_list(
            "grain", "period", "office_key", "channel", "facet", "value", "amount"
        )
    )
    return daily, monthly, clients
