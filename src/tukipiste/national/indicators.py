"""The project's indicators against its goals, as tables (pure: numbers in, cells out).

Counts of people (professionals trained, contacts in outreach) are suppressed with the
statistics' rules (``stats.suppression``): a small count is hidden, and a year's hidden
count cannot be recovered from the period's total. Localities, partners and trainings are
not people and are shown as they are.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from tukipiste.national.choices import PEOPLE_INDICATORS, Indicator
from tukipiste.stats.suppression import Cell, suppress


@dataclass(frozen=True)
class Line:
    indicator: str
    label: str
    years: list[Cell]
    period: Cell  # achieved over the whole period
    target: int | None
    share: int | None  # per cent of the target reached; None without a target or when hidden

    @property
    def reached(self) -> bool:
        return self.share is not None and self.share >= 100


@dataclass(frozen=True)
class PeriodTable:
    first_year: int
    last_year: int
    years: list[int]
    lines: list[Line]

    def column_of(self, year: int) -> int:
        return self.years.index(year)


def _achieved(
    indicator: str,
    years: Sequence[int],
    by_year: Mapping[tuple[str, int], int],
    localities_by_year: Mapping[int, set[int]],
) -> int:
    if indicator == Indicator.LOCALITIES_REACHED:
        # A town reached in two years of the period is one town reached.
        return len(set().union(*(localities_by_year.get(y, set()) for y in years)))
    if indicator == Indicator.PARTNERS_WITH_LETTER:
        return by_year.get((indicator, years[-1]), 0)  # letters in force at the period's end
    return sum(by_year.get((indicator, y), 0) for y in years)


def period_table(
    *,
    first_year: int,
    last_year: int,
    by_year: Mapping[tuple[str, int], int],
    localities_by_year: Mapping[int, set[int]],
    targets: Mapping[str, int],
) -> PeriodTable:
    """Every indicator year by year over a period, its result over the period, and the
    target set for the period (if any)."""
    years = list(range(first_year, last_year + 1))
    lines: list[Line] = []
    for indicator in Indicator:
        values = [by_year.get((indicator, y), 0) for y in years]
        achieved = _achieved(indicator, years, by_year, localities_by_year)
        if indicator in PEOPLE_INDICATORS:
            # One line with its total: the statistics' primary and secondary suppression.
            row = suppress([values], column_totals=False)[0]
            cells, period = row[:-1], row[-1]
        else:
            cells, period = [Cell(v) for v in values], Cell(achieved)
        target = targets.get(indicator)
        share = round(100 * achieved / target) if target and period.shown else None
        lines.append(Line(indicator, str(indicator.label), cells, period, target, share))
    return PeriodTable(first_year, last_year, years, lines)


def periods_covering(year: int, goal_periods: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
    """The goal periods that include ``year``, or the year alone when no goal covers it."""
    covering = sorted({p for p in goal_periods if p[0] <= year <= p[1]})
    return covering or [(year, year)]
