"""Benchmark of the statistics: the dashboard and the funder's report over a full year.

Uses the database of the settings (``DATABASE_URL``, else the SQLite file of ``make run``),
migrates it (and collects static files when missing), and when it holds fewer contacts
than ``--contacts`` adds the difference with the seeder (``manage.py seed_contacts``; above
two million contacts it generates one million and copies them in set-based SQL).
Then, logged in as a coordinator with a verified second factor, it requests through the
whole Django stack (middleware, views, templates) the dashboard of the last full calendar
year (all offices and channels, small numbers hidden) and the annual report of that year
as XLSX, ``--requests`` times each after a warm-up. Writes ``bench/results/stats.json``.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
USERNAME = "bench-coordinator"
PASSWORD = "bench statistics passphrase"  # noqa: S105 (a local benchmark account)
KEY = "77" * 20
# Above this size the seeder generates half of it and copies that (``seed_contacts
# --replicate``): generating ten million contacts one by one in Python takes hours.
REPLICATE_ABOVE = 2_000_000


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    index = min(len(ordered) - 1, max(0, round(q / 100 * len(ordered)) - 1))
    return ordered[index]


def setup_django() -> None:
    sys.path.insert(0, str(ROOT / "src"))
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "tukipiste.settings")
    os.environ.setdefault("LOG_LEVEL", "WARNING")
    import django

    django.setup()


def prepare(contacts: int, seed: int) -> tuple[int, float]:
    from django.conf import settings
    from django.core.management import call_command

    from tukipiste.offices.models import Office
    from tukipiste.records import rollups
    from tukipiste.records.models import Contact
    from tukipiste.records.seeding import replicate_contacts, seed_contacts

    call_command("migrate", verbosity=0)
    if not (Path(settings.STATIC_ROOT) / "staticfiles.json").exists():
        call_command("collectstatic", interactive=False, verbosity=0)
    if not Office.objects.exists():
        call_command("load_demo", verbosity=0)
    missing = contacts - Contact.objects.count()
    started = time.perf_counter()
    if missing > 0 and contacts > REPLICATE_ABOVE:
        # Generate a base in Python, then copy it in set-based SQL up to the size asked.
        base = REPLICATE_ABOVE // 2
        if Contact.objects.count() < base:
            print(f"seeding {base - Contact.objects.count()} contacts ...", flush=True)
            seed_contacts(count=base - Contact.objects.count(), seed=seed)
        copies = (contacts - Contact.objects.count()) // Contact.objects.count()
        print(f"copying them {copies} times ...", flush=True)
        replicate_contacts(copies=copies)
    elif missing > 0:
        print(f"seeding {missing} contacts ...", flush=True)
        seed_contacts(count=missing, seed=seed)
    seconds = time.perf_counter() - started
    rollups.tidy()  # PostgreSQL: VACUUM ANALYZE after the bulk load (as autovacuum would)
    return Contact.objects.count(), seconds


def coordinator_client() -> Any:
    from django.contrib.auth import get_user_model
    from django.contrib.auth.models import Group
    from django.test import Client
    from django_otp.oath import totp
    from django_otp.plugins.otp_totp.models import TOTPDevice

    from tukipiste.accounts.models import Role
    from tukipiste.accounts.roles import GROUP_NAMES
    from tukipiste.accounts.services import ensure_profile, sync_roles

    sync_roles()
    users = get_user_model()
    user = users.objects.filter(username=USERNAME).first()
    if user is None:
        user = users.objects.create_user(USERNAME, password=PASSWORD)
        user.groups.add(Group.objects.get(name=GROUP_NAMES[Role.COORDINATOR]))
        ensure_profile(user=user)
        TOTPDevice.objects.create(user=user, name="bench", key=KEY, confirmed=True)
    device = TOTPDevice.objects.get(user=user)
    TOTPDevice.objects.filter(pk=device.pk).update(last_t=-1, throttling_failure_count=0)
    client = Client(HTTP_HOST="localhost")
    response = client.post("/admin/login/", {"username": USERNAME, "password": PASSWORD})
    if response.status_code != 302:
        raise RuntimeError("benchmark login failed")
    code = f"{totp(device.bin_key):06d}"
    response = client.post("/admin/2fa/verify/", {"token": code, "next": "/admin/"})
    if response.status_code != 302:
        raise RuntimeError("benchmark second factor failed")
    return client


def settle_like_a_server() -> None:
    """Leave the heap as a server process has it once started (``tukipiste/asgi.py``):
    without this, the seeding's and the migrations' objects stay in the collector's sight,
    and a full collection in the middle of one request (123 ms after a migration) became
    the dashboard's p99."""
    from tukipiste.core import heap

    heap.settle()


def measure(client: Any, path: str, requests: int) -> dict[str, float]:
    for _ in range(2):  # warm-up: template and translation caches
        client.get(path)
    timings = []
    for _ in range(requests):
        started = time.perf_counter()
        response = client.get(path)
        timings.append((time.perf_counter() - started) * 1000)
        if response.status_code != 200:
            raise RuntimeError(f"{path} answered {response.status_code}")
    return {
        "p50_ms": round(statistics.median(timings), 2),
        "p99_ms": round(percentile(timings, 99), 2),
    }


def sql_cost(client: Any, path: str) -> dict[str, float]:
    """One request's queries and their summed time: the part that the roll-ups' grain
    decides, apart from templates and a loaded machine's scheduling."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    with CaptureQueriesContext(connection) as queries:
        client.get(path)
    return {
        "queries": len(queries.captured_queries),
        "sql_ms": round(sum(float(q["time"]) for q in queries.captured_queries) * 1000, 1),
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument(
        "--contacts", type=int, default=int(os.environ.get("BENCH_CONTACTS", "1000000"))
    )
    parser.add_argument("--requests", type=int, default=int(os.environ.get("BENCH_REQUESTS", "30")))
    parser.add_argument("--seed", type=int, default=2026)
    parser.add_argument("--output", default=str(ROOT / "bench" / "results" / "stats.json"))
    args = parser.parse_args()

    setup_django()
    from django.db import connection
    from django.utils import timezone

    contacts, seed_seconds = prepare(args.contacts, args.seed)
    year = timezone.localdate().year - 1
    client = coordinator_client()
    settle_like_a_server()
    dashboard = f"/admin/stats/?start={year}-01&end={year}-12"
    report = f"/admin/stats/report.xlsx?year={year}"
    results = {
        "contacts": contacts,
        "database": "postgresql" if connection.vendor == "postgresql" else "sqlite",
        "year": year,
        "requests": args.requests,
        "dashboard": measure(client, dashboard, args.requests),
        "export": measure(client, report, args.requests),
        "dashboard_sql": sql_cost(client, dashboard),
        "export_sql": sql_cost(client, report),
        "load_average": [round(n, 2) for n in os.getloadavg()],
        "seed_seconds": round(seed_seconds, 1),
    }
    print(json.dumps(results, indent=2), flush=True)
    Path(args.output).parent.mkdir(parents=True, exist_ok=True)
    Path(args.output).write_text(json.dumps(results, indent=2) + "\n")
    print(f"wrote {args.output}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
