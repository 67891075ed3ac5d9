"""Month numbers (``YYYYMM``): stepping, counting and ranges across year boundaries."""

from __future__ import annotations

import datetime as dt

import pytest

from tukipiste.core import months


@pytest.mark.parametrize(
    ("month", "count", "expected"),
    [
        (202501, 1, 202502),
        (202512, 1, 202601),
        (202501, -1, 202412),
        (202503, -12, 202403),
        (202511, 14, 202701),
        (202412, 0, 202412),
        (202401, -13, 202212),
        (209912, 1, 210001),
    ],
)
def test_add_months_crosses_years(month: int, count: int, expected: int) -> None:
    assert months.add_months(month, count) == expected


@pytest.mark.parametrize(
    ("start", "end", "expected"),
    [
        (202501, 202501, 0),
        (202512, 202601, 1),
        (202601, 202512, -1),
        (202403, 202502, 11),
        (201601, 202601, 120),
    ],
)
def test_months_between_counts_steps_across_years(start: int, end: int, expected: int) -> None:
    assert months.months_between(start, end) == expected
    assert months.add_months(start, expected) == end


@pytest.mark.parametrize(
    ("start", "end", "expected"),
    [
        (202411, 202502, [202411, 202412, 202501, 202502]),
        (202412, 202412, [202412]),
        (202502, 202501, []),
    ],
)
def test_month_range_includes_both_ends(start: int, end: int, expected: list[int]) -> None:
    assert months.month_range(start, end) == expected


@pytest.mark.parametrize(
    ("day", "month", "first", "last"),
    [
        (dt.date(2025, 1, 31), 202501, dt.date(2025, 1, 1), dt.date(2025, 1, 31)),
        (dt.date(2024, 2, 10), 202402, dt.date(2024, 2, 1), dt.date(2024, 2, 29)),
        (dt.date(2025, 2, 28), 202502, dt.date(2025, 2, 1), dt.date(2025, 2, 28)),
        (dt.date(2025, 12, 31), 202512, dt.date(2025, 12, 1), dt.date(2025, 12, 31)),
    ],
)
def test_a_day_has_its_month_and_the_month_its_first_and_last_day(
    day: dt.date, month: int, first: dt.date, last: dt.date
) -> None:
    assert months.month_number(day) == month
    assert (months.first_day(month), months.last_day(month)) == (first, last)


def test_a_month_splits_into_year_and_calendar_month() -> None:
    assert (months.year_of(202603), months.month_of_year(202603)) == (2026, 3)
    assert (months.first_of_year(2026), months.last_of_year(2026)) == (202601, 202612)


@pytest.mark.parametrize("month", [0, 13])
def test_a_month_outside_one_to_twelve_is_refused(month: int) -> None:
    with pytest.raises(ValueError):
        months.make(2026, month)
