"""iCalendar feeds, parsed back: RFC 5545 structure, the Helsinki time zone, the rule, and
every kind of exception."""

from __future__ import annotations

import datetime as dt
from typing import Any

import icalendar
import pytest
import time_machine
from dateutil.rrule import rrulestr
from django.test import Client

from tests.community.conftest import D, T, close_office, make_group
from tests.community.test_services import NOW, make_event
from tukipiste.community import services
from tukipiste.community.models import ChangeKind
from tukipiste.community.recurrence import HELSINKI

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _now() -> Any:
    with time_machine.travel(NOW, tick=False):
        yield


def parse(client: Client, path: str) -> icalendar.Calendar:
    response = client.get(path)
    assert response.status_code == 200
    assert response["Content-Type"] == "text/calendar; charset=utf-8"
    assert not response.cookies
    return icalendar.Calendar.from_ical(response.content)


def events_of(calendar: icalendar.Calendar) -> list[icalendar.Event]:
    return list(calendar.walk("VEVENT"))


def test_feed_is_a_valid_calendar_with_the_helsinki_time_zone(client: Client) -> None:
    make_group()
    calendar = parse(client, "/en/community/calendar.ics")
    assert str(calendar["VERSION"]) == "2.0" and calendar["PRODID"]
    (zone,) = calendar.walk("VTIMEZONE")
    assert str(zone["TZID"]) == "Europe/Helsinki"
    assert {c.name for c in zone.subcomponents} == {"STANDARD", "DAYLIGHT"}
    (series,) = events_of(calendar)
    for required in ("UID", "DTSTAMP", "DTSTART", "DTEND", "SUMMARY", "RRULE"):
        assert required in series
    assert series["DTSTART"].params["TZID"] == "Europe/Helsinki"
    assert series.decoded("DTSTART") == dt.datetime(2026, 1, 13, 14, tzinfo=HELSINKI)


def test_the_rule_read_back_gives_the_same_meetings_across_the_summer_time(client: Client) -> None:
    make_group(starts_on=D(2026, 1, 8), interval_weeks=2, start_time=T(17), end_time=T(19, 30))
    (series,) = events_of(parse(client, "/en/community/calendar.ics"))
    rule = rrulestr(series["RRULE"].to_ical().decode(), dtstart=series.decoded("DTSTART"))
    dates = rule.between(
        dt.datetime(2026, 3, 15, tzinfo=HELSINKI), dt.datetime(2026, 4, 20, tzinfo=HELSINKI)
    )
    # Summer time begins on 29 March: still 17.00 on the wall clock, an hour earlier in UTC.
    assert [(d.date(), d.hour, d.utcoffset()) for d in dates] == [
        (D(2026, 3, 19), 17, dt.timedelta(hours=2)),
        (D(2026, 4, 2), 17, dt.timedelta(hours=3)),
        (D(2026, 4, 16), 17, dt.timedelta(hours=3)),
    ]


def test_cancellations_closures_moves_and_extras_are_in_the_feed(
    client: Client, cast: dict[str, Any]
) -> None:
    group = make_group(until=D(2027, 6, 30))
    services.cancel_meeting(group=group, date=D(2026, 12, 8), by=cast["dora"])
    close_office("helsinki", D(2026, 12, 15))
    services.change_meeting(
        group=group,
        date=D(2026, 12, 22),
        kind=ChangeKind.MOVED,
        new_date=D(2026, 12, 21),
        place="Park",
        by=None,
    )
    services.change_meeting(group=group, date=D(2026, 12, 27), kind=ChangeKind.EXTRA, by=None)
    components = events_of(parse(client, "/en/community/groups/tuesday-group/calendar.ics"))
    series = next(c for c in components if "RRULE" in c)
    assert "UNTIL" in series["RRULE"]
    exdates = {d.dt for d in series["EXDATE"].dts}
    assert exdates == {
        dt.datetime(2026, 12, 8, 14, tzinfo=HELSINKI),
        dt.datetime(2026, 12, 15, 14, tzinfo=HELSINKI),
    }
    overrides = {c.decoded("RECURRENCE-ID").date(): c for c in components if "RECURRENCE-ID" in c}
    assert str(overrides[D(2026, 12, 8)]["STATUS"]) == "CANCELLED"
    assert str(overrides[D(2026, 12, 8)]["SUMMARY"]).startswith("Cancelled")
    assert "office is closed (Public holiday)" in str(overrides[D(2026, 12, 15)]["SUMMARY"])
    moved = overrides[D(2026, 12, 22)]
    assert "STATUS" not in moved and str(moved["LOCATION"]) == "Park"
    assert moved.decoded("DTSTART") == dt.datetime(2026, 12, 21, 14, tzinfo=HELSINKI)
    assert str(moved["UID"]) == str(series["UID"])
    (extra,) = [c for c in components if "RRULE" not in c and "RECURRENCE-ID" not in c]
    assert extra.decoded("DTSTART") == dt.datetime(2026, 12, 27, 14, tzinfo=HELSINKI)
    assert str(extra["UID"]) != str(series["UID"])


def test_the_all_groups_feed_has_events_and_a_cancelled_event_says_so(client: Client) -> None:
    make_group("a")
    make_group("b", office="turku")
    event = make_event()
    event.cancelled = True
    event.save()
    components = events_of(parse(client, "/fi/community/calendar.ics"))
    uids = {str(c["UID"]) for c in components}
    assert len(uids) == 3
    (trip,) = [c for c in components if str(c["UID"]).startswith("event-")]
    assert str(trip["STATUS"]) == "CANCELLED"
    # The group's own feed holds only the group.
    assert len(events_of(parse(client, "/fi/community/groups/a/calendar.ics"))) == 1
