"""Meetings of a recurring group: an RFC 5545 recurrence rule, dated changes and office
closures turned into concrete meetings.

Pure functions over plain values. Rules are expanded in Helsinki wall-clock time (a group
that meets at 14.00 meets at 14.00 on both sides of a daylight-saving change) and only then
made aware; every comparison between moments is made on aware values.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from enum import StrEnum
from zoneinfo import ZoneInfo

from dateutil.rrule import rrule, rrulestr

HELSINKI = ZoneInfo("Europe/Helsinki")
# Rule parts an editor may use: enough for "weekly", "every second week", "the first
# Tuesday of the month"; nothing below a day (a group does not meet hourly).
ALLOWED_FREQUENCIES = {"DAILY", "WEEKLY", "MONTHLY", "YEARLY"}
# How far a meeting may be moved: calendars read only the changes within this reach of the
# days they show.
MAX_MOVE_DAYS = 31


class ChangeKind(StrEnum):
    CANCELLED = "cancelled"
    MOVED = "moved"
    EXTRA = "extra"


class Status(StrEnum):
    SCHEDULED = "scheduled"
    CANCELLED = "cancelled"
    MOVED = "moved"
    EXTRA = "extra"


@dataclass(frozen=True)
class Schedule:
    """When a group meets: from ``starts_on`` by ``rule`` (RRULE without DTSTART), from
    ``start`` to ``end`` Helsinki time, up to and including ``until`` when given."""

    starts_on: dt.date
    start: dt.time
    end: dt.time
    rule: str
    until: dt.date | None = None


@dataclass(frozen=True)
class Change:
    """A dated change: ``date`` is the meeting it changes (cancelled, moved) or the day of
    an extra meeting; moved and extra meetings give their day and times."""

    date: dt.date
    kind: ChangeKind
    new_date: dt.date | None = None
    new_start: dt.time | None = None
    new_end: dt.time | None = None
    place: str = ""


@dataclass(frozen=True)
class Meeting:
    """One concrete meeting, ``starts`` and ``ends`` in UTC. ``original_date`` is the
    rule's date it stands for (None for an extra meeting); ``closure`` names the office
    closure that cancelled it."""

    starts: dt.datetime
    ends: dt.datetime
    status: Status
    original_date: dt.date | None
    place: str = ""
    closure: str = ""

    @property
    def cancelled(self) -> bool:
        return self.status == Status.CANCELLED

    @property
    def date(self) -> dt.date:
        """The Helsinki date it starts on."""
        return self.starts.astimezone(HELSINKI).date()


class RuleError(ValueError):
    """The recurrence rule cannot be read or is not allowed."""


def normalise_rule(text: str) -> str:
    """The rule as stored: upper case, no ``RRULE:`` prefix, no blanks."""
    rule = "".join(text.split()).upper()
    return rule.removeprefix("RRULE:")


def parse_rule(schedule: Schedule) -> rrule:
    """The dateutil rule of ``schedule`` in naive Helsinki wall-clock time.

    Raises ``RuleError`` for a rule dateutil cannot read, a frequency below a day or a
    DTSTART inside the rule (the schedule's first day is the start)."""
    rule = normalise_rule(schedule.rule)
    parts = dict(p.split("=", 1) for p in rule.split(";") if "=" in p)
    if not rule or parts.get("FREQ") not in ALLOWED_FREQUENCIES or "DTSTART" in rule:
        raise RuleError(rule)
    until = parts.get("UNTIL", "")
    if until.endswith("Z"):
        # An UNTIL in UTC (as feeds write it) read as Helsinki wall-clock time, so that it
        # compares with the naive start.
        try:
            moment = dt.datetime.strptime(until, "%Y%m%dT%H%M%SZ").replace(tzinfo=dt.UTC)
        except ValueError as error:
            raise RuleError(rule) from error
        local = moment.astimezone(HELSINKI).strftime("%Y%m%dT%H%M%S")
        rule = rule.replace(f"UNTIL={until}", f"UNTIL={local}")
    start = dt.datetime.combine(schedule.starts_on, schedule.start)
    try:
        parsed = rrulestr(rule, dtstart=start)
    except (ValueError, TypeError) as error:
        raise RuleError(rule) from error
    if not isinstance(parsed, rrule):
        raise RuleError(rule)
    return parsed


def weekly_rule(*, interval_weeks: int, weekday: int) -> str:
    """The RRULE of "every ``interval_weeks`` weeks on ``weekday``" (0 is Monday)."""
    day = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")[weekday]
    interval = f";INTERVAL={interval_weeks}" if interval_weeks > 1 else ""
    return f"FREQ=WEEKLY{interval};BYDAY={day}"


def aware(day: dt.date, time: dt.time) -> dt.datetime:
    """``day`` at ``time`` on the Helsinki wall clock, as an aware datetime.

    A wall-clock time skipped by the spring change (03.00-04.00) is read forward, as
    zoneinfo's ``fold=0`` does; groups do not meet at night."""
    return dt.datetime.combine(day, time, tzinfo=HELSINKI)


def _span(day: dt.date, start: dt.time, end: dt.time) -> tuple[dt.datetime, dt.datetime]:
    """Start and end in UTC: Python subtracts and compares two datetimes that share a
    tzinfo by their wall-clock time, which is wrong on the day of a change."""
    ends_day = day if end > start else day + dt.timedelta(days=1)  # past midnight
    return aware(day, start).astimezone(dt.UTC), aware(ends_day, end).astimezone(dt.UTC)


def rule_dates(schedule: Schedule, *, first: dt.date, last: dt.date) -> list[dt.date]:
    """The dates the rule alone gives from ``first`` to ``last`` inclusive."""
    if schedule.until is not None:
        last = min(last, schedule.until)
    if last < first or last < schedule.starts_on:
        return []
    parsed = parse_rule(schedule)
    after = dt.datetime.combine(max(first, schedule.starts_on), dt.time.min)
    before = dt.datetime.combine(last, dt.time.max)
    return [moment.date() for moment in parsed.between(after, before, inc=True)]


def meetings(
    schedule: Schedule,
    changes: Iterable[Change],
    *,
    first: dt.date,
    last: dt.date,
    closures: Mapping[dt.date, str] | None = None,
    place: str = "",
) -> list[Meeting]:
    """Every meeting that starts from ``first`` to ``last`` (inclusive), in time order.

    Cancelled meetings are kept, marked, so a calendar can say so. A closure of the office
    (``closures``: date -> reason) cancels the meeting of that day, a moved meeting by its
    new date. A move may take a meeting into or out of the range: the range is widened by
    the furthest move before the rule is read."""
    closures = closures or {}
    changes = list(changes)
    by_date = {c.date: c for c in changes if c.kind != ChangeKind.EXTRA}
    reach = max(
        (abs((c.new_date - c.date).days) for c in changes if c.new_date is not None), default=0
    )
    found: list[Meeting] = []
    for day in rule_dates(
        schedule,
        first=first - dt.timedelta(days=reach),
        last=last + dt.timedelta(days=reach),
    ):
        change = by_date.get(day)
        starts, ends = _span(day, schedule.start, schedule.end)
        if change is None:
            meeting = Meeting(starts, ends, Status.SCHEDULED, day, place)
        elif change.kind == ChangeKind.CANCELLED:
            meeting = Meeting(starts, ends, Status.CANCELLED, day, place)
        else:
            new_day = change.new_date or day
            starts, ends = _span(
                new_day, change.new_start or schedule.start, change.new_end or schedule.end
            )
            meeting = Meeting(starts, ends, Status.MOVED, day, change.place or place)
        found.append(meeting)
    for change in changes:
        if change.kind == ChangeKind.EXTRA:
            starts, ends = _span(
                change.new_date or change.date,
                change.new_start or schedule.start,
                change.new_end or schedule.end,
            )
            found.append(Meeting(starts, ends, Status.EXTRA, None, change.place or place))
    result = []
    for meeting in found:
        if not first <= meeting.date <= last:
            continue
        reason = closures.get(meeting.date)
        if reason is not None and not meeting.cancelled:
            meeting = Meeting(
                meeting.starts,
                meeting.ends,
                Status.CANCELLED,
                meeting.original_date,
                meeting.place,
                closure=reason,
            )
        result.append(meeting)
    return sorted(result, key=lambda m: (m.starts, m.status))
