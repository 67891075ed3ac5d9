"""Periods of the statistics: whole months, as the ``YYYYMM`` numbers of the roll-up tables
(``tukipiste.core.months``), in the organisation's time zone."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from tukipiste.core import months


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
        return cls(months.first_of_year(year), months.last_of_year(year))

    def months(self) -> list[int]:
        return months.month_range(self.start, self.end)

    def year_before(self) -> Period:
        return Period(months.add_months(self.start, -12), months.add_months(self.end, -12))

    def bounds(self, zone: dt.tzinfo) -> tuple[dt.datetime, dt.datetime]:
        """The first moment of the period and the first moment after it."""
        after = months.add_months(self.end, 1)
        start = dt.datetime.combine(months.first_day(self.start), dt.time(), tzinfo=zone)
        end = dt.datetime.combine(months.first_day(after), dt.time(), tzinfo=zone)
        return start, end
