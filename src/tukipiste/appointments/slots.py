"""Slot arithmetic: weekly availability, absences, office closures and bookings in, free
appointment times out. Pure functions over plain values.

Availability is kept in Helsinki wall-clock time, as workers think of it: a 10:00 slot stays
at 10:00 on both sides of a daylight-saving change, so its UTC moment moves by an hour.
Slots are stepped in wall-clock time from the window's start and converted one by one; every
comparison is then made in UTC (two datetimes that share a tzinfo compare by wall time in
Python, which is wrong across the change).
"""

from __future__ import annotations

import bisect
import datetime as dt
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from zoneinfo import ZoneInfo

HELSINKI = ZoneInfo("Europe/Helsinki")
UTC = dt.UTC
# Longer than any appointment (kinds are at most 240 minutes): where overlap checks stop.
LONGEST = dt.timedelta(hours=12)


@dataclass(frozen=True)
class Window:
    """One weekly availability of one worker (``weekday`` 0 is Monday)."""

    worker_id: int
    office_id: int
    weekday: int
    starts: dt.time
    ends: dt.time
    valid_from: dt.date | None = None
    valid_until: dt.date | None = None


@dataclass(frozen=True)
class Absence:
    """A worker away on ``date``: all day when ``starts`` is None."""

    worker_id: int
    date: dt.date
    starts: dt.time | None = None
    ends: dt.time | None = None


@dataclass(frozen=True)
class Busy:
    """A booked interval of one worker (aware datetimes)."""

    worker_id: int
    starts: dt.datetime
    ends: dt.datetime


def wall(day: dt.date, time: dt.time) -> dt.datetime:
    """A Helsinki wall-clock time as an aware UTC datetime. A time skipped in spring is
    read with the offset before the change (one hour later in real time)."""
    return dt.datetime.combine(day, time).replace(tzinfo=HELSINKI).astimezone(UTC)


def _window_slots(window: Window, day: dt.date, length: dt.timedelta) -> list[dt.datetime]:
    starts: list[dt.datetime] = []
    cursor = dt.datetime.combine(day, window.starts)
    last = dt.datetime.combine(day, window.ends) - length
    while cursor <= last:
        starts.append(wall(day, cursor.time()))
        cursor += length
    return starts


def _overlaps(a0: dt.datetime, a1: dt.datetime, b0: dt.datetime, b1: dt.datetime) -> bool:
    return a0 < b1 and b0 < a1


def _booked(
    intervals: Sequence[tuple[dt.datetime, dt.datetime]], start: dt.datetime, end: dt.datetime
) -> bool:
    # Sorted by start: only bookings starting before ``end`` can overlap; the one that
    # starts last before it, and any long one before that, are checked from the right.
    index = bisect.bisect_left(intervals, (end,))
    while index > 0:
        index -= 1
        begin, finish = intervals[index]
        if finish > start:
            return True
        if begin < start - LONGEST:
            return False
    return False


def free_slots(
    *,
    windows: Iterable[Window],
    length_minutes: int,
    first_day: dt.date,
    last_day: dt.date,
    now: dt.datetime,
    absences: Iterable[Absence] = (),
    closed: Iterable[tuple[int, dt.date]] = (),
    busy: Iterable[Busy] = (),
) -> dict[dt.datetime, list[int]]:
    """The free start times (UTC) between two Helsinki days, both included, each with the
    workers free then, in order. A slot is free when it lies in a worker's window on a day
    its office is open, starts after ``now``, and overlaps none of the worker's absences or
    bookings."""
    length = dt.timedelta(minutes=length_minutes)
    now = now.astimezone(UTC)
    by_weekday: dict[int, list[Window]] = defaultdict(list)
    for window in windows:
        by_weekday[window.weekday].append(window)
    closed_days = set(closed)
    away: dict[tuple[int, dt.date], list[Absence]] = defaultdict(list)
    for absence in absences:
        away[(absence.worker_id, absence.date)].append(absence)
    booked: dict[int, list[tuple[dt.datetime, dt.datetime]]] = defaultdict(list)
    for interval in busy:
        booked[interval.worker_id].append(
            (interval.starts.astimezone(UTC), interval.ends.astimezone(UTC))
        )
    for intervals in booked.values():
        intervals.sort()
    # Workers of one office share their windows: each day's grid is converted once.
    grids: dict[tuple[dt.date, dt.time, dt.time], list[dt.datetime]] = {}

    found: dict[dt.datetime, list[int]] = defaultdict(list)
    day = first_day
    while day <= last_day:
        for window in by_weekday.get(day.weekday(), ()):
            if (window.office_id, day) in closed_days:
                continue
            if window.valid_from and day < window.valid_from:
                continue
            if window.valid_until and day > window.valid_until:
                continue
            absences_today = away.get((window.worker_id, day), [])
            if any(a.starts is None for a in absences_today):
                continue
            grid_key = (day, window.starts, window.ends)
            if grid_key not in grids:
                grids[grid_key] = _window_slots(window, day, length)
            worker_booked = booked.get(window.worker_id, [])
            for start in grids[grid_key]:
                end = start + length
                if start <= now:
                    continue
                if any(
                    _overlaps(start, end, wall(day, a.starts), wall(day, a.ends))
                    for a in absences_today
                    if a.starts is not None and a.ends is not None
                ):
                    continue
                if _booked(worker_booked, start, end):
                    continue
                if window.worker_id not in found[start]:
                    found[start].append(window.worker_id)
        day += dt.timedelta(days=1)
    return {start: sorted(found[start]) for start in sorted(found)}


def nearest(
    slots: Mapping[dt.datetime, Sequence[int]], moment: dt.datetime, *, count: int = 3
) -> list[dt.datetime]:
    """The ``count`` free times closest to ``moment`` (before or after), in time order."""
    moment = moment.astimezone(UTC)
    closest = sorted(slots, key=lambda start: abs((start - moment).total_seconds()))[:count]
    return sorted(closest)
