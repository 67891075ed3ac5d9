"""The services create an office whole, with its hours and exceptions."""

from __future__ import annotations

import datetime as dt

import pytest

from tukipiste.offices import services

pytestmark = pytest.mark.django_db
T = dt.time


def test_create_office_stores_its_hours_and_exceptions() -> None:
    office = services.create_office(
        name="Tampere",
        slug="tampere",
        street_address="Testikatu 1",
        postal_code="33210",
        city="Tampere",
        phone="+358 40 000 0000",
        latitude="61.5",
        longitude="23.8",
        weekly=[services.WeeklyHours(kind="chat", weekday=0, opens=T(12), closes=T(15))],
        changes=[services.DatedChange(date=dt.date(2026, 12, 9), reason="training")],
    )
    assert [(h.service, h.weekday) for h in office.hours.all()] == [("chat", 0)]
    assert [(e.reason, e.service, e.is_closed) for e in office.exceptions.all()] == [
        ("training", "", True)
    ]
