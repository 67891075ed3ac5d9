"""Opening-hours arithmetic for offices: "open now" and "next opening".

Pure functions over plain values, computed in Europe/Helsinki. Every comparison is made in
UTC, because Python compares two datetimes that share a tzinfo by their wall-clock time,
which is wrong across a daylight-saving change.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from zoneinfo import ZoneInfo

HELSINKI = ZoneInfo("Europe/Helsinki")
UTC = dt.UTC
LOOKAHEAD_DAYS = 21


@dataclass(frozen=True)
class WeeklyWindow:
    """A recurring opening: ``weekday`` 0 is Monday, times are Helsinki wall-clock times."""

    weekday: int
    opens: dt.time
    closes: dt.time


@dataclass(frozen=True)
class DatedException:
    """A dated change: closed all day when ``opens`` is None, else these hours instead."""

    date: dt.date
    opens: dt.time | None = None
    closes: dt.time | None = None


@dataclass(frozen=True)
class Opening:
    """One concrete opening, as aware datetimes in Helsinki time."""

    starts: dt.datetime
    ends: dt.datetime


@dataclass(frozen=True)
class Status:
    """Whether a service is open at a moment, until when, and when it next opens."""

    is_open: bool
    current: Opening | None
    next_opening: Opening | None


def _at(day: dt.date, time: dt.time) -> dt.datetime:
    # A wall time that does not exist (the skipped hour in spring) is read with the offset
    # before the change, which moves it one hour later in real time, as a clock on the wall
    # would show it.
    local = dt.datetime.combine(day, time).replace(tzinfo=HELSINKI)
    return local.astimezone(UTC).astimezone(HELSINKI)


def openings_on(
    day: dt.date,
    weekly: Iterable[WeeklyWindow],
    exceptions: Iterable[DatedException],
) -> list[Opening]:
    """Return the openings on one Helsinki calendar day, exceptions applied, in order."""
    dated = [exc for exc in exceptions if exc.date == day]
    if dated:
        windows = [(e.opens, e.closes) for e in dated if e.opens is not None and e.closes]
    else:
        windows = [(w.opens, w.closes) for w in weekly if w.weekday == day.weekday()]
    openings = [
        Opening(starts=_at(day, opens), ends=_at(day, closes))
        for opens, closes in windows
        if opens is not None and closes is not None and closes > opens
    ]
    return sorted(openings, key=lambda o: o.starts.astimezone(UTC))


def status_at(
    moment: dt.datetime,
    weekly: Iterable[WeeklyWindow],
    exceptions: Iterable[DatedException],
) -> Status:
    """Return the status at an aware ``moment``: open or not, and the next opening."""
    if moment.tzinfo is None:
        raise ValueError("moment must be timezone-aware")
    weekly = list(weekly)
    exceptions = list(exceptions)
    now = moment.astimezone(UTC)
    today = moment.astimezone(HELSINKI).date()
    current: Opening | None = None
    for offset in range(LOOKAHEAD_DAYS + 1):
        for opening in openings_on(today + dt.timedelta(days=offset), weekly, exceptions):
            starts, ends = opening.starts.astimezone(UTC), opening.ends.astimezone(UTC)
            if current is None and starts <= now < ends:
                current = opening
            elif starts > now:
                return Status(is_open=current is not None, current=current, next_opening=opening)
    return Status(is_open=current is not None, current=current, next_opening=None)


def upcoming_exceptions(
    today: dt.date, exceptions: Iterable[DatedException], *, days: int = 30
) -> list[DatedException]:
    """Return the exceptions from ``today`` on within ``days``, in date order."""
    last = today + dt.timedelta(days=days)
    return sorted((e for e in exceptions if today <= e.date <= last), key=lambda e: e.date)
