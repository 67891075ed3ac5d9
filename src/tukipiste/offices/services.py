"""Writes of offices outside the back-office forms (demo data, imports)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal

from django.db import transaction

from tukipiste.offices.models import Office, OfficeException, OfficeHours


@dataclass(frozen=True)
class WeeklyHours:
    """A recurring opening of one duty kind: ``weekday`` 0 is Monday."""

    kind: str
    weekday: int
    opens: dt.time
    closes: dt.time


@dataclass(frozen=True)
class DatedChange:
    """An exception on one date: closed when ``opens`` is None; ``kind`` empty for every
    duty kind."""

    date: dt.date
    reason: str
    kind: str = ""
    opens: dt.time | None = None
    closes: dt.time | None = None


@transaction.atomic
def create_office(
    *,
    name: str,
    slug: str,
    street_address: str,
    postal_code: str,
    city: str,
    phone: str,
    latitude: Decimal | str,
    longitude: Decimal | str,
    floor: int | None = None,
    email: str = "",
    sort_order: int = 0,
    weekly: Iterable[WeeklyHours] = (),
    changes: Iterable[DatedChange] = (),
) -> Office:
    """Create an office with its weekly duty hours and dated exceptions, all or nothing."""
    office = Office.objects.create(
        name=name,
        slug=slug,
        street_address=street_address,
        postal_code=postal_code,
        city=city,
        phone=phone,
        latitude=latitude,
        longitude=longitude,
        floor=floor,
        email=email,
        sort_order=sort_order,
    )
    OfficeHours.objects.bulk_create(
        OfficeHours(
            office=office, service=w.kind, weekday=w.weekday, opens=w.opens, closes=w.closes
        )
        for w in weekly
    )
    OfficeException.objects.bulk_create(
        OfficeException(
            office=office,
            date=c.date,
            service=c.kind,
            reason=c.reason,
            opens=c.opens,
            closes=c.closes,
        )
        for c in changes
    )
    return office
