"""Meetings of recurring groups, table-driven: daylight-saving changes, every second week
across a year boundary, dated changes, office closures and moved meetings."""

from __future__ import annotations

import datetime as dt

import pytest

from tukipiste.community.recurrence import (
    HELSINKI,
    Change,
    ChangeKind,
    RuleError,
    Schedule,
    Status,
    meetings,
    parse_rule,
    rule_dates,
    weekly_rule,
)

T = dt.time
D = dt.date
UTC = dt.UTC

TUESDAYS = Schedule(starts_on=D(2026, 1, 13), start=T(14), end=T(16), rule="FREQ=WEEKLY;BYDAY=TU")
# The PRO-Group: every second Thursday from 8 January 2026.
PRO = Schedule(
    starts_on=D(2026, 1, 8),
    start=T(17),
    end=T(19, 30),
    rule=weekly_rule(interval_weeks=2, weekday=3),
)


def utc_hours(found: list) -> list[tuple[dt.date, int]]:
    return [(m.date, m.starts.astimezone(UTC).hour) for m in found]


@pytest.mark.parametrize(
    ("first", "last", "expected"),
    [
        # Spring forward on Sunday 29 March 2026: 14.00 is 12:00 UTC before, 11:00 UTC after.
        (D(2026, 3, 24), D(2026, 3, 31), [(D(2026, 3, 24), 12), (D(2026, 3, 31), 11)]),
        # Fall back on Sunday 25 October 2026: 11:00 UTC before, 12:00 UTC after.
        (D(2026, 10, 20), D(2026, 10, 27), [(D(2026, 10, 20), 11), (D(2026, 10, 27), 12)]),
    ],
)
def test_meetings_keep_their_wall_clock_time_across_daylight_saving_changes(
    first: dt.date, last: dt.date, expected: list[tuple[dt.date, int]]
) -> None:
    found = meetings(TUESDAYS, [], first=first, last=last)
    assert utc_hours(found) == expected
    assert all(m.starts.astimezone(HELSINKI).time() == T(14) for m in found)
    assert all(m.ends - m.starts == dt.timedelta(hours=2) for m in found)


def test_a_meeting_on_the_day_of_the_change_lasts_its_real_length() -> None:
    sunday = Schedule(starts_on=D(2026, 3, 1), start=T(2), end=T(5), rule="FREQ=WEEKLY;BYDAY=SU")
    (meeting,) = meetings(sunday, [], first=D(2026, 3, 29), last=D(2026, 3, 29))
    # 02.00 EET to 05.00 EEST is two hours of real time: the clock skipped one.
    assert meeting.ends - meeting.starts == dt.timedelta(hours=2)


@pytest.mark.parametrize(
    ("first", "last", "expected"),
    [
        (D(2026, 1, 1), D(2026, 1, 31), [D(2026, 1, 8), D(2026, 1, 22)]),
        # Across the turn of the year the fortnight keeps counting from the start date.
        (
            D(2026, 12, 1),
            D(2027, 1, 31),
            [D(2026, 12, 10), D(2026, 12, 24), D(2027, 1, 7), D(2027, 1, 21)],
        ),
        # 2026 has 53 ISO weeks: the rhythm must not follow week numbers.
        (D(2027, 12, 20), D(2028, 1, 10), [D(2027, 12, 23), D(2028, 1, 6)]),
        (D(2025, 12, 1), D(2026, 1, 7), []),  # nothing before the start date
    ],
)
def test_every_second_week_counts_from_the_start_date_across_year_boundaries(
    first: dt.date, last: dt.date, expected: list[dt.date]
) -> None:
    assert rule_dates(PRO, first=first, last=last) == expected
    assert [m.date for m in meetings(PRO, [], first=first, last=last)] == expected


def test_no_meetings_after_the_last_day() -> None:
    ending = Schedule(
        starts_on=D(2026, 1, 13), start=T(14), end=T(16), rule="FREQ=WEEKLY", until=D(2026, 1, 27)
    )
    assert rule_dates(ending, first=D(2026, 1, 1), last=D(2026, 3, 1)) == [
        D(2026, 1, 13),
        D(2026, 1, 20),
        D(2026, 1, 27),
    ]


def test_an_until_in_utc_inside_the_rule_is_read_in_helsinki_time() -> None:
    # 21:59:59Z on 27 January is 23:59:59 in Helsinki: the 27th is still in.
    rule = "FREQ=WEEKLY;BYDAY=TU;UNTIL=20260127T215959Z"
    schedule = Schedule(starts_on=D(2026, 1, 13), start=T(14), end=T(16), rule=rule)
    assert rule_dates(schedule, first=D(2026, 1, 1), last=D(2026, 3, 1))[-1] == D(2026, 1, 27)


def test_a_cancelled_meeting_is_kept_and_marked() -> None:
    change = Change(date=D(2026, 12, 1), kind=ChangeKind.CANCELLED)
    found = meetings(TUESDAYS, [change], first=D(2026, 12, 1), last=D(2026, 12, 8))
    assert [(m.date, m.status) for m in found] == [
        (D(2026, 12, 1), Status.CANCELLED),
        (D(2026, 12, 8), Status.SCHEDULED),
    ]
    assert found[0].closure == ""


def test_an_office_closure_cancels_the_meeting_and_names_the_reason() -> None:
    found = meetings(
        PRO,
        [],
        first=D(2026, 12, 20),
        last=D(2026, 12, 31),
        closures={D(2026, 12, 24): "Public holiday"},
    )
    assert [(m.date, m.status, m.closure) for m in found] == [
        (D(2026, 12, 24), Status.CANCELLED, "Public holiday")
    ]


def test_a_moved_meeting_takes_its_new_day_time_and_place() -> None:
    change = Change(
        date=D(2026, 12, 8),
        kind=ChangeKind.MOVED,
        new_date=D(2026, 12, 9),
        new_start=T(15),
        new_end=T(17),
        place="Museum café",
    )
    found = meetings(TUESDAYS, [change], first=D(2026, 12, 7), last=D(2026, 12, 13), place="Office")
    (moved,) = found
    assert moved.status == Status.MOVED
    assert moved.original_date == D(2026, 12, 8)
    assert moved.starts == dt.datetime(2026, 12, 9, 15, tzinfo=HELSINKI)
    assert moved.place == "Museum café"


def test_a_meeting_moved_into_the_range_is_found_and_one_moved_out_is_not() -> None:
    into = Change(date=D(2026, 12, 1), kind=ChangeKind.MOVED, new_date=D(2026, 12, 3))
    found = meetings(TUESDAYS, [into], first=D(2026, 12, 2), last=D(2026, 12, 4))
    assert [(m.date, m.original_date) for m in found] == [(D(2026, 12, 3), D(2026, 12, 1))]
    out = Change(date=D(2026, 12, 8), kind=ChangeKind.MOVED, new_date=D(2026, 12, 14))
    found = meetings(TUESDAYS, [out], first=D(2026, 12, 7), last=D(2026, 12, 13))
    assert found == []


def test_a_meeting_moved_onto_a_closed_day_is_cancelled_by_the_closure() -> None:
    change = Change(date=D(2026, 12, 22), kind=ChangeKind.MOVED, new_date=D(2026, 12, 24))
    (found,) = meetings(
        TUESDAYS,
        [change],
        first=D(2026, 12, 23),
        last=D(2026, 12, 24),
        closures={D(2026, 12, 24): "Public holiday"},
    )
    assert (found.status, found.closure) == (Status.CANCELLED, "Public holiday")


def test_an_extra_meeting_is_added_with_its_own_time() -> None:
    extra = Change(date=D(2026, 12, 17), kind=ChangeKind.EXTRA, new_start=T(10), new_end=T(12))
    found = meetings(TUESDAYS, [extra], first=D(2026, 12, 14), last=D(2026, 12, 20))
    assert [(m.date, m.status, m.original_date) for m in found] == [
        (D(2026, 12, 15), Status.SCHEDULED, D(2026, 12, 15)),
        (D(2026, 12, 17), Status.EXTRA, None),
    ]
    assert found[1].starts.astimezone(HELSINKI).time() == T(10)


@pytest.mark.parametrize(
    "rule",
    ["", "FREQ=HOURLY", "FREQ=WEEKLY;BYDAY=XX", "DTSTART:20260101T000000\nFREQ=WEEKLY", "nonsense"],
)
def test_a_rule_that_cannot_be_used_is_refused(rule: str) -> None:
    with pytest.raises(RuleError):
        parse_rule(Schedule(starts_on=D(2026, 1, 1), start=T(14), end=T(16), rule=rule))


def test_a_monthly_rule_gives_the_first_tuesday() -> None:
    schedule = Schedule(
        starts_on=D(2026, 1, 6), start=T(14), end=T(16), rule="RRULE:FREQ=MONTHLY;BYDAY=1TU"
    )
    assert rule_dates(schedule, first=D(2026, 1, 1), last=D(2026, 3, 31)) == [
        D(2026, 1, 6),
        D(2026, 2, 3),
        D(2026, 3, 3),
    ]
