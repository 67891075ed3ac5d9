"""Periods of the statistics: any range of days (both included), in the organisation's time
zone, with the calendar month, quarter and year as shortcuts. Months are the ``YYYYMM``
numbers of ``tukipiste.core.months``."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from django.utils.formats import date_format

from tukipiste.core import months


def _year_earlier(day: dt.date) -> dt.date:
    try:
        return day.replace(year=day.year - 1)
    except ValueError:  # 29 February
        return day.replace(year=day.year - 1, day=28)


@dataclass(frozen=True)
class Period:
    """The days from ``first`` to ``last``, both included."""

    first: dt.date
    last: dt.date

    def __post_init__(self) -> None:
        if self.first > self.last:
            raise ValueError("a period cannot end before it starts")

    @classmethod
    def of_months(cls, start: int, end: int) -> Period:
        """Whole months ``start`` to ``end`` (``YYYYMM``)."""
        return cls(months.first_day(start), months.last_day(end))

    @classmethod
    def month(cls, month: int) -> Period:
        return cls.of_months(month, month)

    @classmethod
    def quarter(cls, year: int, quarter: int) -> Period:
        first = months.make(year, 3 * quarter - 2)
        return cls.of_months(first, months.add_months(first, 2))

    @classmethod
    def year(cls, year: int) -> Period:
        return cls.of_months(months.first_of_year(year), months.last_of_year(year))

    @property
    def start(self) -> int:
        """The first month the period touches."""
        return months.month_number(self.first)

    @property
    def end(self) -> int:
        """The last month the period touches."""
        return months.month_number(self.last)

    @property
    def whole_months(self) -> bool:
        return self.first.day == 1 and self.last == months.last_day(self.end)

    def months(self) -> list[int]:
        """Every month the period touches (the first and last may be cut)."""
        return months.month_range(self.start, self.end)

    def year_before(self) -> Period:
        if self.whole_months:
            return Period.of_months(
                months.add_months(self.start, -12), months.add_months(self.end, -12)
            )
        return Period(_year_earlier(self.first), _year_earlier(self.last))

    def bounds(self, zone: dt.tzinfo) -> tuple[dt.datetime, dt.datetime]:
        """The first moment of the period and the first moment after it."""
        start = dt.datetime.combine(self.first, dt.time(), tzinfo=zone)
        end = dt.datetime.combine(self.last + dt.timedelta(days=1), dt.time(), tzinfo=zone)
        return start, end

    def label(self) -> str:
        """The days in the active language's short date format."""
        first = date_format(self.first, "SHORT_DATE_FORMAT")
        return (
            first
            if self.first == self.last
            else f"{first}–{date_format(self.last, 'SHORT_DATE_FORMAT')}"
        )
