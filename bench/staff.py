"""Benchmark of the staff's first screens: the staff home and the contact list of a worker.

Run by ``bench/site.py`` (section ``staff`` of ``bench/results/site.json``), or alone. Uses
the database of the settings, seeds contacts up to ``--contacts`` as ``bench/stats.py`` does
(1,000,000 by default), logs in a worker of the Helsinki office with a verified second
factor, and requests each page ``--requests`` times through the whole Django stack
(middleware, views, templates; staff pages are never cached). Prints JSON.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))

import stats as stats_bench  # noqa: E402 -- the benchmark's sibling, found through sys.path

USERNAME = "bench-worker"
PASSWORD = "bench worker passphrase"  # noqa: S105 (a local benchmark account)
KEY = "78" * 20
PAGES = {"home": "/admin/", "contacts": "/admin/records/"}


def worker_client() -> Any:
    from django.contrib.auth import get_user_model
    from django.contrib.auth.models import Group
    from django.test import Client
    from django_otp.oath import totp
    from django_otp.plugins.otp_totp.models import TOTPDevice

    from tukipiste.accounts.models import Role
    from tukipiste.accounts.roles import GROUP_NAMES
    from tukipiste.accounts.services import ensure_profile, sync_roles
    from tukipiste.offices.models import Office

    sync_roles()
    users = get_user_model()
    user = users.objects.filter(username=USERNAME).first()
    if user is None:
        user = users.objects.create_user(USERNAME, password=PASSWORD)
        user.groups.add(Group.objects.get(name=GROUP_NAMES[Role.WORKER]))
        profile = ensure_profile(user=user)
        profile.offices.set(Office.objects.filter(slug="helsinki"))
        TOTPDevice.objects.create(user=user, name="bench", key=KEY, confirmed=True)
    device = TOTPDevice.objects.get(user=user)
    TOTPDevice.objects.filter(pk=device.pk).update(last_t=-1, throttling_failure_count=0)
    client = Client(HTTP_HOST="localhost")
    if (
        client.post("/admin/login/", {"username": USERNAME, "password": PASSWORD}).status_code
        != 302
    ):
        raise RuntimeError("benchmark login failed")
    code = f"{totp(device.bin_key):06d}"
    response = client.post("/admin/2fa/verify/", {"token": code, "next": "/admin/"})
    if response.status_code != 302:
        raise RuntimeError("benchmark second factor failed")
    return client


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument(
        "--contacts", type=int, default=int(os.environ.get("BENCH_CONTACTS", "1000000"))
    )
    parser.add_argument("--requests", type=int, default=int(os.environ.get("BENCH_REQUESTS", "30")))
    parser.add_argument("--seed", type=int, default=2026)
    args = parser.parse_args()

    stats_bench.setup_django()
    contacts, _seconds = stats_bench.prepare(args.contacts, args.seed)
    client = worker_client()
    stats_bench.settle_like_a_server()
    results: dict[str, Any] = {"contacts_in_database": contacts, "requests": args.requests}
    for name, path in PAGES.items():
        results[name] = stats_bench.measure(client, path, args.requests)
    print(json.dumps(results))
    return 0


if __name__ == "__main__":
    sys.exit(main())
