"""The month grid of the calendar: weeks from Monday to Sunday, each day with its entries.
Pure: takes entries that carry a Helsinki ``date``."""

from __future__ import annotations

import calendar
import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Protocol


class Dated(Protocol):
    @property
    def date(self) -> dt.date: ...


@dataclass
class Day:
    date: dt.date
    in_month: bool
    entries: list[Dated] = field(default_factory=list)


def month_bounds(year: int, month: int) -> tuple[dt.date, dt.date]:
    """The first and last day of the month."""
    return dt.date(year, month, 1), dt.date(year, month, calendar.monthrange(year, month)[1])


def grid_bounds(year: int, month: int) -> tuple[dt.date, dt.date]:
    """The Monday before (or on) the first and the Sunday after (or on) the last day."""
    first, last = month_bounds(year, month)
    return first - dt.timedelta(days=first.weekday()), last + dt.timedelta(days=6 - last.weekday())


def weeks(year: int, month: int, entries: Sequence[Dated]) -> list[list[Day]]:
    """The weeks of the month's grid with each day's entries, in the order given."""
    start, end = grid_bounds(year, month)
    by_day: dict[dt.date, list[Dated]] = {}
    for entry in entries:
        by_day.setdefault(entry.date, []).append(entry)
    days = [
        Day(day, day.month == month, by_day.get(day, []))
        for day in (start + dt.timedelta(days=n) for n in range((end - start).days + 1))
    ]
    return [days[i : i + 7] for i in range(0, len(days), 7)]


def neighbours(year: int, month: int) -> tuple[tuple[int, int], tuple[int, int]]:
    """(year, month) of the month before and the month after."""
    before = (year - 1, 12) if month == 1 else (year, month - 1)
    after = (year + 1, 1) if month == 12 else (year, month + 1)
    return before, after
