"""Benchmark of appointment booking on the server `make run` starts.

Two figures, written to ``bench/results/booking.json``:

- the race: ``--attempts`` clients (default 200) post a booking of the same slot at once
  over real HTTP; ``successes`` must be 1 and ``double_bookings`` (active bookings of one
  worker's start time beyond the first) 0;
- the month view: the time to compute a month of free slots for an office with
  ``--workers`` workers (default 20) with a tenth of its slots booked, ``p50_ms``/``p99_ms``
  over ``--repeats`` runs, in this process on the same database.

The benchmark's office, workers and kinds are its own (slugs starting ``bench-``); their
bookings are deleted at the start of each run.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import re
import statistics
import subprocess
import sys
import threading
import time
from pathlib import Path
from typing import Any

import httpx

ROOT = Path(__file__).resolve().parents[1]


def setup_django() -> None:
    sys.path.insert(0, str(ROOT / "src"))
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "tukipiste.settings")
    os.environ.setdefault("LOG_LEVEL", "WARNING")
    import django

    django.setup()


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    index = min(len(ordered) - 1, max(0, round(q / 100 * len(ordered)) - 1))
    return ordered[index]


def prepare(workers: int) -> dict[str, Any]:
    """The bench office, its workers' weekday hours for two kinds, no bookings."""
    from django.contrib.auth import get_user_model

    from tukipiste.appointments.models import Appointment, AppointmentKind, Availability
    from tukipiste.offices.models import Office

    office, _ = Office.objects.get_or_create(
        slug="bench-office",
        defaults={
            "name": "Bench office",
            "street_address": "Mittauskatu 1",
            "postal_code": "00100",
            "city": "Helsinki",
            "phone": "+358 9 000 0000",
            "latitude": "60.17",
            "longitude": "24.94",
            "sort_order": 99,
        },
    )
    month, _ = AppointmentKind.objects.get_or_create(
        slug="bench-month",
        defaults={
            "name_fi": "Mittaus",
            "name_en": "Bench",
            "length_minutes": 30,
            "languages": ["fi"],
        },
    )
    race, _ = AppointmentKind.objects.get_or_create(
        slug="bench-race",
        defaults={"name_fi": "Kisa", "name_en": "Race", "length_minutes": 30, "languages": ["fi"]},
    )
    for kind in (month, race):
        kind.offices.add(office)
    Appointment.objects.filter(kind__in=[month, race]).delete()
    users = get_user_model()
    staff = [
        users.objects.get_or_create(username=f"bench-worker-{n}", defaults={"is_active": True})[0]
        for n in range(workers)
    ]
    for user in staff:
        for weekday in range(5):
            Availability.objects.get_or_create(
                worker=user,
                office=office,
                kind=month,
                mode="office",
                weekday=weekday,
                starts=dt.time(9),
                defaults={"ends": dt.time(16)},
            )
    # The race has one worker, so one slot is one seat; afternoons and evenings every day,
    # enough seats for a soak of half an hour racing every few seconds.
    for weekday in range(7):
        Availability.objects.get_or_create(
            worker=staff[0],
            office=office,
            kind=race,
            mode="office",
            weekday=weekday,
            starts=dt.time(14),
            defaults={"ends": dt.time(22)},
        )
    return {"office": office, "month": month, "race": race, "workers": staff}


def book_a_tenth(setup: dict[str, Any]) -> int:
    """Book every tenth free (worker, time) of the month directly, so the month view meets
    bookings."""
    from django.utils import timezone

    from tukipiste.appointments import selectors
    from tukipiste.appointments.models import Appointment

    now = timezone.now()
    today = selectors.helsinki_today(now)
    free = selectors.free_times(
        kind=setup["month"],
        mode="office",
        office_id=setup["office"].pk,
        first_day=today,
        last_day=today + dt.timedelta(days=30),
        now=now,
    )
    rows = []
    pairs = [(start, worker) for start, workers in free.items() for worker in workers]
    for i, (start, worker) in enumerate(pairs):
        if i % 10 == 0:
            rows.append(
                Appointment(
                    code_hash=f"bench-{i:059d}",
                    kind=setup["month"],
                    office=setup["office"],
                    mode="office",
                    worker_id=worker,
                    starts_at=start,
                    ends_at=start + dt.timedelta(minutes=30),
                    language="fi",
                    page_language="fi",
                    nickname="bench",
                )
            )
    Appointment.objects.bulk_create(rows)
    return len(rows)


def month_view(setup: dict[str, Any], repeats: int) -> dict[str, float]:
    from django.utils import timezone

    from tukipiste.appointments import selectors

    timings = []
    for _ in range(repeats):
        now = timezone.now()
        today = selectors.helsinki_today(now)
        started = time.perf_counter()
        selectors.free_times(
            kind=setup["month"],
            mode="office",
            office_id=setup["office"].pk,
            first_day=today,
            last_day=today + dt.timedelta(days=30),
            now=now,
        )
        timings.append((time.perf_counter() - started) * 1000)
    return {
        "p50_ms": round(statistics.median(timings), 2),
        "p99_ms": round(percentile(timings, 99), 2),
    }


def race(base: str, attempts: int) -> dict[str, Any]:
    from django.db.models import Count

    from tukipiste.appointments.models import HOLDING, Appointment

    params = {"place": "bench-office", "kind": "bench-race", "language": "fi"}
    page = httpx.get(f"{base}/fi/appointments/", params=params, timeout=30)
    token = re.search(r'name="form_token" value="([^"]+)"', page.text)
    slot = re.search(r'name="slot" value="([^"]+)"', page.text)
    if token is None or slot is None:
        raise RuntimeError("the booking page offered no free time for the race")
    statuses: list[int] = []
    lock = threading.Lock()
    barrier = threading.Barrier(attempts)

    def attempt(number: int) -> None:
        with httpx.Client(timeout=120) as client:
            barrier.wait()
            response = client.post(
                f"{base}/fi/appointments/",
                data={
                    **params,
                    "form_token": token.group(1),
                    "slot": slot.group(1),
                    "nickname": f"bench {number}",
                },
            )
        with lock:
            statuses.append(response.status_code)

    threads = [threading.Thread(target=attempt, args=(n,)) for n in range(attempts)]
    started = time.perf_counter()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    elapsed = time.perf_counter() - started
    doubled = (
        Appointment.objects.filter(kind__slug="bench-race", status__in=HOLDING)
        .values("worker_id", "starts_at")
        .annotate(n=Count("pk"))
        .filter(n__gt=1)
    )
    return {
        "attempts": attempts,
        "successes": statuses.count(200),
        "refused_taken": statuses.count(409),
        "other_statuses": sorted(s for s in statuses if s not in (200, 409)),
        "double_bookings": sum(row["n"] - 1 for row in doubled),
        "race_seconds": round(elapsed, 2),
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--port", type=int, default=int(os.environ.get("PORT", "8000")))
    parser.add_argument("--attempts", type=int, default=200)
    parser.add_argument("--workers", type=int, default=20)
    parser.add_argument("--repeats", type=int, default=100)
    parser.add_argument("--output", default=str(ROOT / "bench" / "results" / "booking.json"))
    args = parser.parse_args()

    setup_django()
    setup = prepare(args.workers)
    booked = book_a_tenth(setup)
    month = month_view(setup, args.repeats)

    base = f"http://127.0.0.1:{args.port}"
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "tukipiste.settings",
        "LOG_LEVEL": "WARNING",
        "APPOINTMENT_BOOKINGS_PER_HOUR": str(args.attempts * 10),
        "RUN_SCHEDULER": "0",
    }
    env.pop("DJANGO_ALLOW_ASYNC_UNSAFE", None)
    server = subprocess.Popen(
        [sys.executable, "-m", "tukipiste.serve", "--port", str(args.port)], env=env, cwd=ROOT
    )
    try:
        for _ in range(400):
            try:
                httpx.get(base + "/healthz", timeout=1)
                break
            except httpx.TransportError:
                if server.poll() is not None:
                    raise RuntimeError(
                        f"server did not start (is port {args.port} free?)"
                    ) from None
                time.sleep(0.05)
        results = {
            **race(base, args.attempts),
            "month_workers": args.workers,
            "month_booked": booked,
            **month,
        }
    finally:
        server.terminate()
        server.wait(timeout=10)
    Path(args.output).parent.mkdir(parents=True, exist_ok=True)
    Path(args.output).write_text(json.dumps(results, indent=2) + "\n")
    print(json.dumps(results, indent=2))
    return 0 if results["successes"] == 1 and results["double_bookings"] == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
