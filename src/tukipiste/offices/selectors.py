"""Reads of offices, their duty hours and localities: the one way other apps reach them."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass

from django.db.models import Prefetch, QuerySet
from django.utils.translation import get_language

from tukipiste.core.generations import Generation
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
    """One office's page: its duties, the coming exceptions and ``closed``, the office's
    one status when every duty is closed (None while any is open), so that the page says
    "closed now, next opening" once rather than under every duty."""

    office: Office
    duties: list[DutyHours]
    exceptions: list[OfficeException]
    closed: hours.Status | None


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


# Every public page and the chat's clock (each second) ask whether offices are open; their
# hours change when staff edit them, so they are read once per such change (decision 0017).
HOURS = Generation("office-hours")


def _offices_with_hours(*, slug: str | None = None) -> list[Office]:
    offices = HOURS.cached(_read_offices_with_hours)
    return [o for o in offices if o.slug == slug] if slug is not None else offices


def _read_offices_with_hours() -> list[Office]:
    return list(
        all_offices()
        .select_related("locality")
        .prefetch_related(
            Prefetch("hours", queryset=OfficeHours.objects.order_by("weekday", "opens")),
            Prefetch("exceptions", queryset=OfficeException.objects.order_by("date", "pk")),
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
    closed = None
    if not any(duty.status.is_open for duty in duties):
        upcoming = [d.status.next_opening for d in duties if d.status.next_opening]
        closed = hours.Status(
            is_open=False,
            current=None,
            next_opening=min(upcoming, key=lambda o: o.starts, default=None),
        )
    return OfficeDetail(office=office, duties=duties, exceptions=exceptions, closed=closed)


def duty_status(*, kind: str, moment: dt.datetime) -> DutyStatus:
    """Whether any office keeps ``kind`` open at ``moment`` (exceptions applied), until
    when, and the next opening of any office when none is open."""
    return _summary(kind, moment, _offices_with_hours())


def statuses_and_summary(
    *, kind: str, summary_kind: str, moment: dt.datetime
) -> tuple[list[OfficeStatus], DutyStatus]:
    """``offices_with_status(kind=...)`` and ``duty_status(kind=summary_kind)`` from one
    reading of the offices (the front page shows drop-in per office and chat overall)."""
    offices = _offices_with_hours()
    statuses = [OfficeStatus(office=o, status=o.status(kind, moment)) for o in offices]
    return statuses, _summary(summary_kind, moment, offices)


def _summary(kind: str, moment: dt.datetime, offices: list[Office]) -> DutyStatus:
    statuses = [office.status(kind, moment) for office in offices]
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
    *, office_ids: Iterable[int], first: dt.date, last: dt.date
) -> dict[int, dict[dt.date, str]]:
    """The days from ``first`` to ``last`` on which each office is closed for every service
    (a holiday or closure without hours), with the reason in the active language; one
    query. Offices without closures are absent."""
    closed: dict[int, dict[dt.date, str]] = {}
    rows = OfficeException.objects.filter(
        office_id__in=list(office_ids),
        date__gte=first,
        date__lte=last,
        service="",
        opens__isnull=True,
    )
    for row in rows:
        closed.setdefault(row.office_id, {})[row.date] = str(row.get_reason_display())
    return closed


@dataclass(frozen=True)
class TodaysHours:
    office: Office
    openings: list[hours.Opening]
    status: hours.Status


def hours_today(
    *, kind: str, moment: dt.datetime, office_ids: set[int] | None
) -> list[TodaysHours]:
    """Each office's openings of ``kind`` on the Helsinki day of ``moment`` (exceptions
    applied), for the offices in ``office_ids`` (None: every office)."""
    day = moment.astimezone(hours.HELSINKI).date()
    result = []
    for office in _offices_with_hours():
        if office_ids is not None and office.pk not in office_ids:
            continue
        openings = hours.openings_on(
            day, office.weekly_windows(kind), office.dated_exceptions(kind)
        )
        result.append(
            TodaysHours(office=office, openings=openings, status=office.status(kind, moment))
        )
    return result
