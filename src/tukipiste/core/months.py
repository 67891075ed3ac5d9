"""Month numbers: a calendar month as one integer ``YYYYMM`` (``202603`` is March 2026).

The monthly roll-ups store months this way and statistics filter and group by them, so
every step from a date to a month, from a month to the next, or across a year boundary is
done here and nowhere else. Pure: no time zone is applied; callers pass a local date.
"""

from __future__ import annotations

import datetime as dt


def month_number(day: dt.date) -> int:
    """The month a date (or a datetime, read as it is) falls in."""
    return make(day.year, day.month)


def make(year: int, month: int) -> int:
    """The month number of ``month`` (1 to 12) of ``year``."""
    if not 1 <= month <= 12:
        raise ValueError(f"no month {month}")
    return year * 100 + month


def year_of(month: int) -> int:
    return month // 100


def month_of_year(month: int) -> int:
    """The calendar month (1 to 12) of a month number."""
    return month % 100


def first_of_year(year: int) -> int:
    return make(year, 1)


def last_of_year(year: int) -> int:
    return make(year, 12)


def add_months(month: int, count: int) -> int:
    """The month ``count`` months after ``month`` (before it when ``count`` is negative)."""
    index = _index(month) + count
    return make(index // 12, index % 12 + 1)


def months_between(start: int, end: int) -> int:
    """How many month steps lead from ``start`` to ``end`` (negative if ``end`` is earlier)."""
    return _index(end) - _index(start)


def month_range(start: int, end: int) -> list[int]:
    """Every month from ``start`` to ``end``, both included; empty if ``end`` is earlier."""
    return [add_months(start, step) for step in range(months_between(start, end) + 1)]


def first_day(month: int) -> dt.date:
    """The first day of a month."""
    return dt.date(year_of(month), month_of_year(month), 1)


def last_day(month: int) -> dt.date:
    """The last day of a month."""
    return first_day(add_months(month, 1)) - dt.timedelta(days=1)


def _index(month: int) -> int:
    # Months counted from year 0, so that stepping is plain integer arithmetic.
    return year_of(month) * 12 + month_of_year(month) - 1
