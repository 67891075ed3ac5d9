"""Slot arithmetic: windows, absences, closures, bookings and daylight-saving changes."""

from __future__ import annotations

import datetime as dt

import pytest

from tukipiste.appointments import slots

UTC = dt.UTC


def window(**overrides: object) -> slots.Window:
    fields: dict[str, object] = {
        "worker_id": 1,
        "office_id": 1,
        "weekday": 0,
        "starts": dt.time(10),
        "ends": dt.time(12),
    }
    fields.update(overrides)
    return slots.Window(**fields)  # type: ignore[arg-type]


def free(day: dt.date, *, now: dt.datetime | None = None, **kwargs: object) -> list[str]:
    found = slots.free_slots(
        windows=kwargs.pop("windows", [window()]),  # type: ignore[arg-type]
        length_minutes=int(kwargs.pop("length", 45)),  # type: ignore[call-overload]
        first_day=day,
        last_day=day,
        now=now or dt.datetime(2020, 1, 1, tzinfo=UTC),
        **kwargs,  # type: ignore[arg-type]
    )
    return [f"{start.astimezone(slots.HELSINKI):%H:%M}" for start in found]


MONDAY = dt.date(2026, 11, 30)


@pytest.mark.parametrize(
    ("length", "expected"),
    [
        (45, ["10:00", "10:45"]),  # 11:30 + 45 min would end after noon
        (30, ["10:00", "10:30", "11:00", "11:30"]),
        (120, ["10:00"]),
        (150, []),
    ],
)
def test_a_window_is_cut_into_whole_slots(length: int, expected: list[str]) -> None:
    assert free(MONDAY, length=length) == expected


def test_an_all_day_absence_removes_the_day() -> None:
    assert free(MONDAY, absences=[slots.Absence(worker_id=1, date=MONDAY)]) == []


def test_a_partial_absence_removes_the_slots_it_overlaps() -> None:
    away = slots.Absence(worker_id=1, date=MONDAY, starts=dt.time(10, 30), ends=dt.time(11))
    assert free(MONDAY, absences=[away]) == []  # both 10:00 and 10:45 touch 10:30-11:00
    away = slots.Absence(worker_id=1, date=MONDAY, starts=dt.time(11, 30), ends=dt.time(12))
    assert free(MONDAY, absences=[away]) == ["10:00", "10:45"]


def test_an_office_closure_removes_the_slots_of_that_office_only() -> None:
    other = window(worker_id=2, office_id=2)
    found = slots.free_slots(
        windows=[window(), other],
        length_minutes=45,
        first_day=MONDAY,
        last_day=MONDAY,
        now=dt.datetime(2020, 1, 1, tzinfo=UTC),
        closed=[(1, MONDAY)],
    )
    assert all(workers == [2] for workers in found.values())
    assert len(found) == 2


def test_a_booking_of_another_kind_blocks_the_overlapping_slots() -> None:
    start = slots.wall(MONDAY, dt.time(10, 30))
    busy = [slots.Busy(worker_id=1, starts=start, ends=start + dt.timedelta(minutes=30))]
    assert free(MONDAY, busy=busy) == []
    assert free(MONDAY, windows=[window(), window(worker_id=2)], busy=busy) == ["10:00", "10:45"]


def test_past_slots_and_the_current_one_are_not_offered() -> None:
    now = slots.wall(MONDAY, dt.time(10, 0))
    assert free(MONDAY, now=now) == ["10:45"]


def test_validity_dates_bound_a_window() -> None:
    assert free(MONDAY, windows=[window(valid_from=MONDAY + dt.timedelta(days=1))]) == []
    assert free(MONDAY, windows=[window(valid_until=MONDAY - dt.timedelta(days=1))]) == []
    assert free(MONDAY, windows=[window(valid_from=MONDAY, valid_until=MONDAY)]) != []


@pytest.mark.parametrize(
    ("day", "utc_hour"),
    [
        (dt.date(2026, 3, 23), 8),  # Monday before the spring change: UTC+2
        (dt.date(2026, 3, 30), 7),  # Monday after it (29 March): UTC+3
        (dt.date(2026, 10, 19), 7),  # Monday before the autumn change: UTC+3
        (dt.date(2026, 10, 26), 8),  # Monday after it (25 October): UTC+2
    ],
)
def test_wall_clock_slots_keep_their_local_time_across_daylight_saving(
    day: dt.date, utc_hour: int
) -> None:
    found = slots.free_slots(
        windows=[window()],
        length_minutes=60,
        first_day=day,
        last_day=day,
        now=dt.datetime(2020, 1, 1, tzinfo=UTC),
    )
    first = next(iter(found))
    assert first.utcoffset() == dt.timedelta(0)
    assert first.hour == utc_hour
    assert first.astimezone(slots.HELSINKI).hour == 10


def test_a_night_window_over_the_spring_change_skips_the_missing_hour() -> None:
    sunday = dt.date(2026, 3, 29)
    night = window(weekday=6, starts=dt.time(2), ends=dt.time(5))
    found = slots.free_slots(
        windows=[night],
        length_minutes=60,
        first_day=sunday,
        last_day=sunday,
        now=dt.datetime(2020, 1, 1, tzinfo=UTC),
    )
    # 02:00 (UTC+2); the skipped 03:00 is read as 04:00 (UTC+3), the same moment as the
    # 04:00 slot, so that moment is offered once.
    assert [f"{s:%H:%M}" for s in found] == ["00:00", "01:00"]


def test_nearest_picks_the_closest_times_around_a_moment() -> None:
    base = dt.datetime(2026, 11, 30, 8, tzinfo=UTC)
    times = {base + dt.timedelta(hours=h): [1] for h in (-5, -1, 2, 3, 10)}
    assert slots.nearest(times, base, count=3) == [
        base + dt.timedelta(hours=-1),
        base + dt.timedelta(hours=2),
        base + dt.timedelta(hours=3),
    ]
