"""A kind of appointment at Helsinki, Alice's weekly hours for it, and a frozen Friday."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from typing import Any

import pytest
import time_machine
from django.test import Client

from tests.staff import make_office
from tukipiste.appointments import services
from tukipiste.appointments.models import AppointmentKind, Availability, Mode

# Friday 27 November 2026, 10:00 in Helsinki.
FRIDAY = dt.datetime(2026, 11, 27, 8, 0, tzinfo=dt.UTC)
# Monday 30 November 2026 10:00 in Helsinki: Alice's first slot.
MONDAY_10 = dt.datetime(2026, 11, 30, 8, 0, tzinfo=dt.UTC)


@pytest.fixture
def frozen() -> Iterator[None]:
    with time_machine.travel(FRIDAY, tick=False):
        yield


def make_kind(**overrides: Any) -> AppointmentKind:
    fields: dict[str, Any] = {
        "slug": "social-counselling",
        "names": {"fi": "Sosiaalineuvonta", "en": "Social counselling"},
        "length_minutes": 45,
        "office_ids": [make_office("helsinki").pk],
        "languages": ["fi", "en", "ru"],
    }
    fields.update(overrides)
    return services.ensure_kind(**fields)


def open_hours(worker: Any, kind: AppointmentKind, **overrides: Any) -> Availability:
    fields: dict[str, Any] = {
        "worker": worker,
        "office_id": make_office("helsinki").pk,
        "kind": kind,
        "mode": Mode.OFFICE,
        "weekday": 0,
        "starts": dt.time(10),
        "ends": dt.time(12),
    }
    fields.update(overrides)
    return services.publish_availability(**fields)


@pytest.fixture
def kind(db: None) -> AppointmentKind:
    return make_kind()


@pytest.fixture
def alice_hours(cast: dict[str, Any], kind: AppointmentKind) -> Availability:
    return open_hours(cast["alice"], kind)


def booking(
    kind: AppointmentKind, starts_at: dt.datetime, **overrides: Any
) -> services.BookingRequest:
    fields: dict[str, Any] = {
        "kind": kind,
        "mode": Mode.OFFICE,
        "office_id": make_office("helsinki").pk,
        "language": "fi",
        "starts_at": starts_at,
        "nickname": "Kukka",
        "page_language": "en",
    }
    fields.update(overrides)
    return services.BookingRequest(**fields)


def token_of(html: str) -> str:
    found = re.search(r'name="form_token" value="([^"]+)"', html)
    assert found, "no form token on the page"
    return found.group(1)


def booking_page(client: Client, place: str = "helsinki") -> str:
    response = client.get(
        "/en/appointments/", {"place": place, "kind": "social-counselling", "language": "fi"}
    )
    assert response.status_code == 200
    return response.content.decode()
