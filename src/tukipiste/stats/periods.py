"""Month periods of the statistics (pure). Months are ``YYYYMM`` numbers, as in the
roll-up tables, in the organisation's time zone."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass


def month_number(day: dt.date) -> int:
    return day.year * 100 + day.month


def add_months(month: int, count: int) -> int:
    index = (month // 100) * 12 + (month % 100 - 1) + count
    return (index // 12) * 100 + index % 12 + 1


def first_day(month: int) -> dt.date:
    return dt.date(month // 100, month % 100, 1)


@dataclass(frozen=True)
class Period:
    """Whole months from ``start`` to ``end``, both included."""

    start: int
    end: int

    def __post_init__(self) -> None:
        if self.start > self.end:
            raise ValueError("a period cannot end before it starts")

    @classmethod
    def year(cls, year: int) -> Period:
        return cls(year * 100 + 1, year * 100 + 12)

    def months(self) -> list[int]:
        months, month = [], self.start
        while month <= self.end:
            months.append(month)
            month = add_months(month, 1)
        return months

    def year_before(self) -> Period:
        return Period(add_months(self.start, -12), add_months(self.end, -12))

    def bounds(self, zone: dt.tzinfo) -> tuple[dt.datetime, dt.datetime]:
        """The first moment of the period and the first moment after it."""
        start = dt.datetime.combine(first_day(self.start), dt.time(), tzinfo=zone)
        end = dt.datetime.combine(first_day(add_months(self.end, 1)), dt.time(), tzinfo=zone)
        return start, end
