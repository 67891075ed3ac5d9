"""Benchmark of the community calendar: the public month view and the all-groups
iCalendar feed with ``--groups`` groups (default 50) over two years.

Uses the database of the settings (``DATABASE_URL``, else the SQLite file of ``make run``),
migrates it and adds the benchmark's groups when missing: weekly and fortnightly groups at
the demo offices, started a year ago, each with a cancelled, a moved and an extra meeting
every few weeks, plus two one-off events a month. Office closures of the demo apply. Then it
requests through the whole Django stack, with the page cache off (the figure is the work,
not the cache), every month view of the two years and the feed, ``--requests`` times each
after a warm-up. ``calendar_p99_ms`` and ``feed_p99_ms`` are the calendar as served between
changes (its cached part warm, ``community.caching``); the ``*_cold_*`` figures build every
month and the feed anew, as after an editor's change. Writes ``bench/results/groups.json``.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PREFIX = "bench-group-"


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    index = min(len(ordered) - 1, max(0, round(q / 100 * len(ordered)) - 1))
    return ordered[index]


def setup_django() -> None:
    sys.path.insert(0, str(ROOT / "src"))
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "tukipiste.settings")
    os.environ.setdefault("LOG_LEVEL", "WARNING")
    os.environ["PAGE_CACHE_SECONDS"] = "0"  # measure the views, not the page cache
    import django

    django.setup()


def prepare(groups: int, today: dt.date) -> int:
    from django.conf import settings
    from django.core.management import call_command

    from tukipiste.community import services
    from tukipiste.community.models import ChangeKind, Group
    from tukipiste.community.recurrence import aware
    from tukipiste.offices.selectors import all_offices

    call_command("migrate", verbosity=0)
    if not (Path(settings.STATIC_ROOT) / "staticfiles.json").exists():
        call_command("collectstatic", interactive=False, verbosity=0)
    if not all_offices().exists():
        call_command("load_demo", verbosity=0)
    offices = list(all_offices())
    have = Group.objects.filter(slug__startswith=PREFIX).count()
    start = today - dt.timedelta(days=365)
    for n in range(have, groups):
        first = start + dt.timedelta(days=n % 7)
        group = services.create_group(
            office=offices[n % len(offices)],
            slug=f"{PREFIX}{n}",
            names={"fi": f"Ryhmä {n}", "en": f"Group {n}"},
            descriptions={"en": "A benchmark group."},
            audience="open" if n % 3 else "peers",
            languages="fi, en",
            starts_on=first,
            start_time=dt.time(14 + n % 4),
            end_time=dt.time(16 + n % 4),
            interval_weeks=1 + n % 2,
        )
        step = 7 * group.interval_weeks
        for week in range(0, 104, 5):
            day = first + dt.timedelta(days=step * week)
            kind = (ChangeKind.CANCELLED, ChangeKind.MOVED)[week % 2]
            services.change_meeting(
                group=group,
                date=day,
                kind=kind,
                new_date=day + dt.timedelta(days=1) if kind == ChangeKind.MOVED else None,
                by=None,
            )
            services.change_meeting(
                group=group, date=day + dt.timedelta(days=3), kind=ChangeKind.EXTRA, by=None
            )
    if groups and not services.Event.objects.filter(place="bench").exists():
        for month in range(24):
            for half in (5, 20):
                day = start + dt.timedelta(days=30 * month + half)
                services.create_event(
                    office=offices[month % len(offices)],
                    names={"fi": "Retki", "en": "Trip"},
                    descriptions={},
                    starts_at=aware(day, dt.time(10)),
                    ends_at=aware(day, dt.time(15)),
                    place="bench",
                    audience="open",
                    languages="fi",
                    signup=True,
                    places=15,
                )
    return Group.objects.filter(active=True).count()


def timed(client: object, path: str) -> tuple[float, int]:
    started = time.perf_counter()
    response = client.get(path)  # type: ignore[attr-defined]
    elapsed = (time.perf_counter() - started) * 1000
    if response.status_code != 200:
        raise SystemExit(f"{path}: {response.status_code}")
    return elapsed, len(response.content)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--groups", type=int, default=50)
    parser.add_argument("--requests", type=int, default=5, help="rounds over every month")
    parser.add_argument("--output", default=str(ROOT / "bench" / "results" / "groups.json"))
    args = parser.parse_args()
    setup_django()
    from django.db import connection
    from django.test import Client
    from django.utils import timezone

    today = timezone.localdate()
    total_groups = prepare(args.groups, today)
    client = Client(HTTP_HOST="127.0.0.1")
    first = today.replace(day=1) - dt.timedelta(days=365)
    months = [
        ((first.month - 1 + k) // 12 + first.year, (first.month - 1 + k) % 12 + 1)
        for k in range(24)
    ]
    from tukipiste.community.caching import new_version

    paths = [f"/fi/community/calendar/{year}/{month}/" for year, month in months]
    feed_path = "/fi/community/calendar.ics"
    # Cold: as after an editor's change, every calendar and feed is built anew.
    cold_calendar: list[float] = []
    cold_feed: list[float] = []
    for path in paths:
        new_version()
        cold_calendar.append(timed(client, path)[0])
    for _round in range(max(1, args.requests)):
        new_version()
        cold_feed.append(timed(client, feed_path)[0])
    # Warm: as served between changes (every month built once, then read).
    new_version()
    for path in [*paths, feed_path]:
        timed(client, path)
    calendar: list[float] = []
    feed: list[float] = []
    feed_bytes = 0
    for _round in range(args.requests):
        for path in paths:
            calendar.append(timed(client, path)[0])
        elapsed, feed_bytes = timed(client, feed_path)
        feed.append(elapsed)
    results = {
        "database": connection.vendor,
        "groups": total_groups,
        "months": len(months),
        "calendar_requests": len(calendar),
        "calendar_p50_ms": round(statistics.median(calendar), 2),
        "calendar_p99_ms": round(percentile(calendar, 99), 2),
        "feed_requests": len(feed),
        "feed_p50_ms": round(statistics.median(feed), 2),
        "feed_p99_ms": round(percentile(feed, 99), 2),
        "feed_bytes": feed_bytes,
        "calendar_cold_p50_ms": round(statistics.median(cold_calendar), 2),
        "calendar_cold_p99_ms": round(percentile(cold_calendar, 99), 2),
        "feed_cold_p50_ms": round(statistics.median(cold_feed), 2),
        "feed_cold_p99_ms": round(percentile(cold_feed, 99), 2),
    }
    output = Path(args.output)
    output.parent.mkdir(parents=True, exist_ok=True)
    output.write_text(json.dumps(results, indent=2) + "\n")
    print(json.dumps(results, indent=2))


if __name__ == "__main__":
    main()
