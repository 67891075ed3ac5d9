"""Reads of offices, their duty hours and localities: the one way other apps reach them."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass

from django.db.models import Prefetch, QuerySet
from django.utils.translation import get_language

from tukipiste.offices import hours
from tukipiste.offices.models import DutyKind, Locality, Office, OfficeException, OfficeHours

# How far ahead an office's page lists its exceptions (holidays, closures).
EXCEPTIONS_AHEAD_DAYS = 60


@dataclass(frozen=True)
class DutyHours:
    """One duty kind of one office: its label, status now and weekly hours."""

    kind: str
    label: str
    status: hours.Status
    weekly: list[OfficeHours]


@dataclass(frozen=True)
class OfficeStatus:
    office: Office
    status: hours.Status


@dataclass(frozen=True)
class OfficeDetail:
    office: Office
    duties: list[DutyHours]
    exceptions: list[OfficeException]


@dataclass(frozen=True)
class DutyStatus:
    """One duty kind across every office: open while any office's hours are open."""

    is_open: bool
    closes_at: dt.datetime | None
    next_opening: hours.Opening | None


def all_offices() -> QuerySet[Office]:
    """Every office in display order (a queryset, so callers may narrow it)."""
    return Office.objects.order_by("sort_order", "name")


def office_names() -> dict[int, str]:
    """The name of every office by its id, in one query."""
    return dict(Office.objects.values_list("pk", "name"))


def _offices_with_hours(**lookup: str) -> list[Office]:
    return list(
        all_offices()
        .filter(**lookup)
        .prefetch_related(
            Prefetch("hours", queryset=OfficeHours.objects.order_by("weekday", "opens")),
            "exceptions",
        )
    )


def offices_with_status(*, kind: str, moment: dt.datetime) -> list[OfficeStatus]:
    """Every office with the open-now status of one duty kind, in display order."""
    return [OfficeStatus(office=o, status=o.status(kind, moment)) for o in _offices_with_hours()]


def office_detail(*, slug: str, moment: dt.datetime) -> OfficeDetail | None:
    """One office with the hours and status of each duty it keeps, or None."""
    office = next(iter(_offices_with_hours(slug=slug)), None)
    if office is None:
        return None
    duties = [
        DutyHours(
            kind=kind.value,
            label=str(kind.label),
            status=office.status(kind.value, moment),
            weekly=[h for h in office.hours.all() if h.service == kind.value],
        )
        for kind in DutyKind
        if any(h.service == kind.value for h in office.hours.all())
    ]
    today = moment.astimezone(hours.HELSINKI).date()
    last = today + dt.timedelta(days=EXCEPTIONS_AHEAD_DAYS)
    exceptions = [e for e in office.exceptions.all() if today <= e.date <= last]
    return OfficeDetail(office=office, duties=duties, exceptions=exceptions)


def duty_status(*, kind: str, moment: dt.datetime) -> DutyStatus:
    """Whether any office keeps ``kind`` open at ``moment`` (exceptions applied), until
    when, and the next opening of any office when none is open."""
    statuses = [office.status(kind, moment) for office in _offices_with_hours()]
    open_now = [s.current for s in statuses if s.is_open and s.current]
    upcoming = [s.next_opening for s in statuses if s.next_opening]
    return DutyStatus(
        is_open=bool(open_now),
        closes_at=max((o.ends for o in open_now), default=None),
        next_opening=min(upcoming, key=lambda o: o.starts, default=None),
    )


def all_localities() -> QuerySet[Locality]:
    """Every locality, by its Finnish name."""
    return Locality.objects.order_by("name_fi")


def localities_without_office() -> QuerySet[Locality]:
    """The localities no office is in: where mobile outreach goes."""
    return all_localities().filter(offices__isnull=True)


def locality_names(*, language: str | None = None) -> dict[int, str]:
    """The name of every locality by its id, in ``language`` (default: the active one)."""
    language = language or get_language() or ""
    return {loc.pk: loc.name_in(language) for loc in all_localities()}


def closed_days(
    *, office_ids: Iterable[int], first_day: dt.date, last_day: dt.date
) -> set[tuple[int, dt.date]]:
    """The (office id, date) pairs between two days, both included, on which an office is
    closed for every service (holidays, closures): appointments there are not given."""
    rows = OfficeException.objects.filter(
        office_id__in=list(office_ids),
        date__range=(first_day, last_day),
        service="",
        opens__isnull=True,
    ).values_list("office_id", "date")
    return {(office_id, date) for office_id, date in rows}
