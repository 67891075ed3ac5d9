"""Writes of offices and localities outside the back-office forms (demo data, imports)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal

from django.db import transaction
from django.db.models import Q

from tukipiste.offices.models import Locality, Office, OfficeException, OfficeHours
from tukipiste.offices.selectors import HOURS


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


def ensure_locality(*, slug: str, name_fi: str, name_sv: str, region: str) -> Locality:
    """Return the locality with ``slug`` or this Finnish name, creating it when missing.

    An existing locality is returned as it is: an editor's corrections are never undone.
    """
    existing = Locality.objects.filter(Q(slug=slug) | Q(name_fi__iexact=name_fi)).first()
    if existing is not None:
        return existing
    return Locality.objects.create(slug=slug, name_fi=name_fi, name_sv=name_sv, region=region)


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
    locality: Locality | None = None,
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
        locality=locality,
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
    HOURS.renew()  # bulk_create sends no signal
    return office


def place_office(*, office: Office, locality: Locality) -> None:
    """Say which locality an office is in, when nobody has said so yet."""
    Office.objects.filter(pk=office.pk, locality__isnull=True).update(locality=locality)
    HOURS.renew()  # update() sends no signal
