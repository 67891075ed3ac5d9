"""Opening-hours arithmetic, table-driven, across daylight-saving changes."""

from __future__ import annotations

import datetime as dt

import pytest

from tukipiste.offices.hours import (
    HELSINKI,
    DatedException,
    WeeklyWindow,
    openings_on,
    status_at,
    upcoming_exceptions,
)

T = dt.time
UTC = dt.UTC
# Sunday drop-in 10-16 and weekday 12-16, so both sides of each DST change are covered.
WEEKLY = [WeeklyWindow(weekday=d, opens=T(12), closes=T(16)) for d in range(5)] + [
    WeeklyWindow(weekday=6, opens=T(10), closes=T(16))
]


def utc(*args: int) -> dt.datetime:
    return dt.datetime(*args, tzinfo=UTC)


@pytest.mark.parametrize(
    ("moment", "is_open", "next_start_utc"),
    [
        # An ordinary winter Wednesday (UTC+2): 12:00 local is 10:00 UTC.
        (utc(2026, 11, 25, 9, 59), False, utc(2026, 11, 25, 10, 0)),
        (utc(2026, 11, 25, 10, 0), True, utc(2026, 11, 26, 10, 0)),
        (utc(2026, 11, 25, 13, 59), True, utc(2026, 11, 26, 10, 0)),
        (utc(2026, 11, 25, 14, 0), False, utc(2026, 11, 26, 10, 0)),
        # Saturday night: next is Sunday 10:00 local.
        (utc(2026, 11, 28, 20, 0), False, utc(2026, 11, 29, 8, 0)),
        # Spring forward, Sunday 29 March 2026 at 03:00 local: 10:00 is UTC+3 = 07:00 UTC.
        (utc(2026, 3, 29, 6, 59), False, utc(2026, 3, 29, 7, 0)),
        (utc(2026, 3, 29, 7, 0), True, utc(2026, 3, 30, 9, 0)),
        # The Saturday before it is still winter time: Sunday opening counted in summer time.
        (utc(2026, 3, 28, 20, 0), False, utc(2026, 3, 29, 7, 0)),
        # Fall back, Sunday 25 October 2026 at 04:00 local: 10:00 is UTC+2 = 08:00 UTC.
        (utc(2026, 10, 25, 7, 30), False, utc(2026, 10, 25, 8, 0)),
        (utc(2026, 10, 25, 8, 0), True, utc(2026, 10, 26, 10, 0)),
        (utc(2026, 10, 25, 13, 59), True, utc(2026, 10, 26, 10, 0)),
        (utc(2026, 10, 25, 14, 0), False, utc(2026, 10, 26, 10, 0)),
    ],
)
def test_status_follows_helsinki_wall_clock_across_dst(
    moment: dt.datetime, is_open: bool, next_start_utc: dt.datetime
) -> None:
    status = status_at(moment, WEEKLY, [])
    assert status.is_open is is_open
    assert status.next_opening is not None
    assert status.next_opening.starts.astimezone(UTC) == next_start_utc


def test_open_status_reports_closing_time_in_local_time() -> None:
    status = status_at(utc(2026, 11, 25, 11, 0), WEEKLY, [])
    assert status.current is not None
    assert status.current.ends.astimezone(HELSINKI).time() == T(16)


def test_holiday_closes_the_day_and_next_opening_skips_it() -> None:
    christmas = [DatedException(date=dt.date(2026, 12, 24)), DatedException(dt.date(2026, 12, 25))]
    status = status_at(utc(2026, 12, 24, 11, 0), WEEKLY, christmas)
    assert status.is_open is False
    assert status.next_opening is not None
    # 26.12. is a Saturday (closed), 27.12. a Sunday opening at 10:00 local (08:00 UTC).
    assert status.next_opening.starts.astimezone(UTC) == utc(2026, 12, 27, 8, 0)


def test_special_hours_replace_the_weekly_hours_of_that_day() -> None:
    short_day = [DatedException(date=dt.date(2026, 12, 31), opens=T(10), closes=T(13))]
    assert [
        (o.starts.time(), o.ends.time())
        for o in openings_on(dt.date(2026, 12, 31), WEEKLY, short_day)
    ] == [(T(10), T(13))]
    assert status_at(utc(2026, 12, 31, 11, 30), WEEKLY, short_day).is_open is False


def test_no_hours_at_all_means_closed_without_next_opening() -> None:
    status = status_at(utc(2026, 11, 25, 12, 0), [], [])
    assert status.is_open is False and status.next_opening is None


def test_naive_moment_is_refused() -> None:
    with pytest.raises(ValueError, match="timezone-aware"):
        status_at(dt.datetime(2026, 11, 25, 12, 0), WEEKLY, [])


def test_wall_time_in_the_skipped_spring_hour_does_not_crash() -> None:
    night = [WeeklyWindow(weekday=6, opens=T(3, 30), closes=T(5))]
    openings = openings_on(dt.date(2026, 3, 29), night, [])
    assert len(openings) == 1
    assert openings[0].starts.astimezone(UTC) < openings[0].ends.astimezone(UTC)


def test_upcoming_exceptions_are_sorted_and_bounded() -> None:
    days = [DatedException(dt.date(2027, 1, 1)), DatedException(dt.date(2026, 12, 24))]
    got = upcoming_exceptions(dt.date(2026, 12, 1), days, days=30)
    assert [e.date for e in got] == [dt.date(2026, 12, 24)]
