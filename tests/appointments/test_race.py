"""A slot is never given twice: many clients book one time at once over real HTTP.

Runs on the database the suite runs on: SQLite by default, PostgreSQL with DATABASE_URL.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from typing import Any

import httpx
import pytest
import time_machine
from django.db import connection

from tests.appointments.conftest import FRIDAY, MONDAY_10, make_kind, open_hours
from tests.staff import make_staff
from tukipiste.accounts.services import sync_roles
from tukipiste.appointments.models import Appointment

ATTEMPTS = 50


@pytest.fixture
def one_worker(transactional_db: None) -> Iterator[None]:
    sync_roles()
    open_hours(make_staff("alice", "worker", ["helsinki"]), make_kind())
    with time_machine.travel(FRIDAY, tick=True):
        yield
    _close_server_connections()


def _close_server_connections() -> None:
    # The server's request threads keep their PostgreSQL sessions (DB_CONN_MAX_AGE); they
    # would block dropping the test database at the end of the run.
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute(
                "SELECT pg_terminate_backend(pid) FROM pg_stat_activity"
                " WHERE datname = current_database() AND pid <> pg_backend_pid()"
            )


def test_fifty_concurrent_bookings_of_one_slot_give_it_once(
    server_url: str, one_worker: None, settings: Any
) -> None:
    settings.APPOINTMENT_BOOKINGS_PER_HOUR = 10 * ATTEMPTS
    page = httpx.get(
        f"{server_url}/en/appointments/",
        params={"place": "helsinki", "kind": "social-counselling", "language": "fi"},
    )
    token = re.search(r'name="form_token" value="([^"]+)"', page.text).group(1)  # type: ignore[union-attr]
    slot = "2026-11-30T10:00:00+02:00"

    def attempt(number: int) -> httpx.Response:
        with httpx.Client(timeout=60) as client:
            return client.post(
                f"{server_url}/en/appointments/",
                data={
                    "form_token": token,
                    "place": "helsinki",
                    "kind": "social-counselling",
                    "language": "fi",
                    "slot": slot,
                    "nickname": f"client {number}",
                },
            )

    with ThreadPoolExecutor(max_workers=ATTEMPTS) as pool:
        responses = list(pool.map(attempt, range(ATTEMPTS)))

    statuses = [r.status_code for r in responses]
    assert statuses.count(200) == 1, statuses
    assert statuses.count(409) == ATTEMPTS - 1, statuses
    for refused in (r for r in responses if r.status_code == 409):
        assert "Someone else booked this time a moment ago" in refused.text
        assert "The nearest free times" in refused.text and "10:45" in refused.text
    booked = Appointment.objects.get()
    assert booked.starts_at == MONDAY_10
    assert "booking-code" in next(r for r in responses if r.status_code == 200).text
