"""The roll-ups' grain (decision 0015): day and month counts by office, locality and
channel, exact unique-client counters per calendar month, quarter and year. Every reader is
held equal to a count over the contacts themselves, for random seeded data, after edits
and deletes, for periods of any days (across month and year ends) and every filter."""

from __future__ import annotations

import datetime as dt
import random
from collections import defaultdict
from typing import Any

import pytest

from tests.records.helpers import local, record, rollup_rows
from tests.staff import make_locality, make_office
from tukipiste.records import services
from tukipiste.records.models import Contact
from tukipiste.records.selectors import (
    RollupFilter,
    calendar_period,
    contact_counts_by_month,
    dimension_value_counts,
    unique_clients,
)

FIRST = dt.date(2024, 11, 1)
DAYS = 500  # into March 2026: month, quarter and year ends inside
GROUPINGS = ("month_channel", "month", "channel", "office", "gender", "age_band", "language")
CHANNELS = ("drop_in", "chat", "outreach_outdoor")


def _world(lists: dict[str, Any], cast: dict[str, Any], seed: int) -> dict[str, Any]:
    """Two offices in towns of two regions, two towns without an office, random contacts
    recorded, then some changed and some deleted through the services."""
    rng = random.Random(seed)
    helsinki, turku = make_office("helsinki"), make_office("turku")
    helsinki.locality = make_locality("helsinki", region="uusimaa")
    helsinki.save()
    turku.locality = make_locality("turku", name_sv="Åbo", region="varsinais-suomi")
    turku.save()
    towns = [make_locality("porvoo", region="uusimaa"), make_locality("salo", region="kanta-hame")]
    clients = [services.create_client_code(by=cast["alice"], office=None)[0] for _n in range(6)]

    def facts() -> dict[str, Any]:
        office = rng.choice([helsinki, turku, None])
        channel = rng.choice(CHANNELS)
        return {
            "office": office,
            "locality": rng.choice(towns) if office is None or rng.random() < 0.2 else None,
            "channel": channel,
            "started_at": local(FIRST + dt.timedelta(days=rng.randrange(DAYS))),
            "client": rng.choice([*clients, None]),
            "gender": rng.choice([*lists["gender"].values(), None]),
            "age_band": rng.choice([*lists["age_band"].values(), None]),
            "language": rng.choice(["fi", "en", ""]),
            "interpretation": rng.random() < 0.2,
            "categories": rng.sample(list(lists["topic"].values()), 2),
            "supplies": {lists["supply"]["condoms"]: rng.randint(1, 5)},
            "workers": [rng.choice([cast["alice"], cast["bob"]])],
        }

    contacts = [record(recorded_by=cast["alice"], **facts()) for _n in range(90)]
    for contact in rng.sample(contacts, 25):
        services.change_contact(
            contact=contact, by=cast["alice"], changes=services.ContactInput(**facts())
        )
    for contact in rng.sample(contacts, 15):
        services.delete_contact(contact=contact, by=cast["alice"])
    return {"helsinki": helsinki, "turku": turku, "towns": towns, "rng": rng}


def _direct(within: RollupFilter) -> dict[str, Any]:
    """Every statistic of ``within`` counted in Python over all contacts."""
    contacts = defaultdict(int)
    values: dict[tuple[str, str], int] = defaultdict(int)
    clients: dict[str, dict[Any, set[int]]] = {name: defaultdict(set) for name in GROUPINGS}
    everyone: set[int] = set()
    rows = Contact.objects.select_related("office").prefetch_related(
        "category_links__category", "supplies", "workers"
    )
    for c in rows:
        day = dt.date(c.day // 10000, c.day // 100 % 100, c.day % 100)
        locality = c.locality_id or (c.office.locality_id if c.office else None) or 0
        if not within.first_day <= day <= within.last_day:
            continue
        if within.office_keys is not None and (c.office_id or 0) not in within.office_keys:
            continue
        if within.locality_keys is not None and locality not in within.locality_keys:
            continue
        if within.channel and c.channel != within.channel:
            continue
        if within.worker_id and within.worker_id not in {w.pk for w in c.workers.all()}:
            continue
        month = c.day // 100
        contacts[(month, c.office_id or 0, c.channel)] += 1
        for dimension, value in (
            ("age_band", c.age_band_id),
            ("gender", c.gender_id),
            ("work_environment", c.work_environment_id),
            ("language", c.language),
        ):
            values[(dimension, "" if value is None else str(value))] += 1
        if c.interpretation:
            values[("interpretation", "1")] += 1
        for link in c.category_links.all():
            values[(link.category.kind, str(link.category_id))] += 1
        for given in c.supplies.all():
            values[("supply", str(given.category_id))] += given.quantity
        if c.client_id is None:
            continue
        everyone.add(c.client_id)
        keys = {
            "month_channel": (month, c.channel),
            "month": month,
            "channel": c.channel,
            "office": c.office_id or 0,
            "gender": c.gender_id or 0,
            "age_band": c.age_band_id or 0,
            "language": c.language,
        }
        for name, key in keys.items():
            clients[name][key].add(c.client_id)
    return {
        "contacts": dict(contacts),
        "values": dict(values),
        "clients": {n: {k: len(v) for k, v in m.items()} for n, m in clients.items()},
        "total": len(everyone),
    }


def _read(within: RollupFilter, today: dt.date) -> dict[str, Any]:
    by, total = unique_clients(within=within, groupings=GROUPINGS, today=today)
    return {
        "contacts": contact_counts_by_month(within=within, today=today),
        "values": dimension_value_counts(within=within, today=today),
        "clients": by,
        "total": total,
    }


def _periods(rng: random.Random) -> list[tuple[dt.date, dt.date]]:
    fixed = [
        (dt.date(2025, 1, 1), dt.date(2025, 12, 31)),  # a year
        (dt.date(2025, 4, 1), dt.date(2025, 6, 30)),  # a quarter
        (dt.date(2025, 2, 1), dt.date(2025, 2, 28)),  # a month
        (dt.date(2024, 12, 15), dt.date(2025, 1, 20)),  # across a year end
        (dt.date(2025, 3, 31), dt.date(2025, 5, 1)),  # a day each side of a month
        (dt.date(2025, 1, 1), dt.date(2025, 8, 31)),  # whole months, not a calendar period
        (dt.date(2025, 7, 7), dt.date(2025, 7, 7)),  # one day
    ]
    for _n in range(6):
        first = FIRST + dt.timedelta(days=rng.randrange(DAYS))
        fixed.append((first, first + dt.timedelta(days=rng.randrange(1, 200))))
    return fixed


@pytest.mark.parametrize("seed", [1, 2])
def test_every_reader_equals_a_direct_count_after_random_writes(
    lists: dict[str, Any], cast: dict[str, Any], seed: int
) -> None:
    world = _world(lists, cast, seed)
    today = dt.date(2026, 11, 29)
    helsinki, turku = world["helsinki"], world["turku"]
    uusimaa = {helsinki.locality_id, world["towns"][0].pk}
    filters: list[dict[str, Any]] = [
        {},
        {"office_keys": {helsinki.pk}},
        {"office_keys": {helsinki.pk, turku.pk}},
        {"office_keys": {0}},
        {"locality_keys": uusimaa},  # a region
        {"locality_keys": {world["towns"][1].pk}},  # a town without an office
        {"channel": "chat"},
        {"office_keys": {turku.pk}, "channel": "drop_in"},
        {"worker_id": cast["bob"].pk},
    ]
    for first, last in _periods(world["rng"]):
        for extra in filters:
            within = RollupFilter(first_day=first, last_day=last, **extra)
            assert _read(within, today) == _direct(within), (first, last, extra)


def test_incremental_roll_ups_equal_the_set_based_rebuild_after_edits_and_deletes(
    lists: dict[str, Any], cast: dict[str, Any]
) -> None:
    _world(lists, cast, 3)
    incremental = rollup_rows()
    assert incremental[2], "the unique-client counters hold rows"
    services.rebuild_rollups()
    assert rollup_rows() == incremental


def test_a_period_that_reaches_today_reads_the_calendar_counters(
    lists: dict[str, Any], cast: dict[str, Any]
) -> None:
    world = _world(lists, cast, 4)
    last = max(Contact.objects.values_list("day", flat=True))
    today = dt.date(last // 10000, last // 100 % 100, last % 100)
    start = today.replace(month=1, day=1)
    assert calendar_period(start, today, today) is not None
    assert calendar_period(start, today, today + dt.timedelta(days=1)) is None
    within = RollupFilter(first_day=start, last_day=today)
    assert _read(within, today) == _direct(within)
    assert world


def test_calendar_periods_are_recognised_and_others_are_not() -> None:
    today = dt.date(2026, 11, 29)
    assert calendar_period(dt.date(2025, 1, 1), dt.date(2025, 12, 31), today) == ("Y", 2025)
    assert calendar_period(dt.date(2025, 4, 1), dt.date(2025, 6, 30), today) == ("Q", 20252)
    assert calendar_period(dt.date(2025, 2, 1), dt.date(2025, 2, 28), today) == ("M", 202502)
    assert calendar_period(dt.date(2025, 2, 2), dt.date(2025, 2, 28), today) is None
    assert calendar_period(dt.date(2025, 1, 1), dt.date(2025, 8, 31), today) is None
    # This month, quarter and year so far.
    assert calendar_period(dt.date(2026, 11, 1), today, today) == ("M", 202611)
    assert calendar_period(dt.date(2026, 10, 1), today, today) == ("Q", 20264)
    assert calendar_period(dt.date(2026, 1, 1), today, today) == ("Y", 2026)
