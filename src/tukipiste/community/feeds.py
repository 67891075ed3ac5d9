"""iCalendar feeds (RFC 5545) of the groups and events, built with the ``icalendar``
library.

A group is one recurring VEVENT (its RRULE from the first meeting, DTSTART and DTEND in
Europe/Helsinki with the VTIMEZONE included). Each cancelled meeting, by an editor or by an
office closure, is an EXDATE of the series and also an overriding VEVENT with the same UID,
RECURRENCE-ID and STATUS:CANCELLED, so that calendars that show cancellations say so and
those that do not simply drop it; a moved meeting is an override with its new time; an extra
meeting is a VEVENT of its own.
"""

from __future__ import annotations

import datetime as dt
from functools import lru_cache

import icalendar
from django.utils.translation import gettext as _

from tukipiste.community import recurrence
from tukipiste.community.models import Event, Group
from tukipiste.community.selectors import FeedData, group_meetings

PRODID = "-//Tukipiste//Community activities//EN"
UID_DOMAIN = "community.tukipiste"


@lru_cache(maxsize=8)
def _vtimezone(first_year: int, last_year: int) -> icalendar.Timezone:
    # The transitions of the years the feed spans, not every year since 1970.
    return icalendar.Timezone.from_tzid(
        "Europe/Helsinki",
        first_date=dt.date(first_year, 1, 1),
        last_date=dt.date(last_year, 12, 31),
    )


def _summary(title: str, audience: str) -> str:
    return f"{title} ({audience})"


def _group_components(
    group: Group,
    *,
    stamp: dt.datetime,
    changes: list[recurrence.Change],
    closures: dict[dt.date, str],
    first: dt.date,
    last: dt.date,
) -> list[icalendar.Event]:
    uid = f"group-{group.pk}@{UID_DOMAIN}"
    summary = _summary(group.name, str(group.get_audience_display()))
    place = group.place or f"{group.office.street_address}, {group.office.city}"
    series = icalendar.Event()
    series.add("uid", uid)
    series.add("dtstamp", stamp)
    series.add("summary", summary)
    series.add("description", group.description)
    series.add("location", place)
    series.add("dtstart", recurrence.aware(group.starts_on, group.start_time))
    ends_on = group.starts_on + dt.timedelta(days=int(group.end_time <= group.start_time))
    series.add("dtend", recurrence.aware(ends_on, group.end_time))
    rule = icalendar.vRecur.from_ical(group.recurrence_rule)
    if group.until:
        # UNTIL in UTC, as RFC 5545 requires when DTSTART has a time zone.
        until = recurrence.aware(group.until, dt.time(23, 59, 59)).astimezone(dt.UTC)
        rule["UNTIL"] = [until]
    series.add("rrule", rule)
    components = [series]
    exdates: list[dt.datetime] = []
    for meeting in group_meetings(
        group, changes=changes, first=max(first, group.starts_on), last=last, closures=closures
    ):
        if meeting.status == recurrence.Status.SCHEDULED:
            continue
        override = icalendar.Event()
        override.add("dtstamp", stamp)
        override.add("location", meeting.place)
        override.add("dtstart", meeting.starts.astimezone(recurrence.HELSINKI))
        override.add("dtend", meeting.ends.astimezone(recurrence.HELSINKI))
        if meeting.original_date is None:  # an extra meeting: an event of its own
            override.add(
                "uid", f"group-{group.pk}-extra-{meeting.starts:%Y%m%dT%H%MZ}@{UID_DOMAIN}"
            )
            override.add("summary", summary)
            components.append(override)
            continue
        original = recurrence.aware(meeting.original_date, group.start_time)
        override.add("uid", uid)
        override.add("recurrence-id", original)
        if meeting.cancelled:
            exdates.append(original)
            reason = (
                _("Cancelled: the office is closed (%(reason)s)") % {"reason": meeting.closure}
                if meeting.closure
                else _("Cancelled")
            )
            override.add("summary", f"{reason}: {summary}")
            override.add("status", "CANCELLED")
        else:
            override.add("summary", summary)
        components.append(override)
    if exdates:
        series.add("exdate", exdates)
    return components


def _event_component(event: Event, *, stamp: dt.datetime) -> icalendar.Event:
    component = icalendar.Event()
    component.add("uid", f"event-{event.pk}@{UID_DOMAIN}")
    component.add("dtstamp", stamp)
    summary = _summary(event.name, str(event.get_audience_display()))
    component.add("summary", f"{_('Cancelled')}: {summary}" if event.cancelled else summary)
    component.add("description", event.description)
    component.add("location", event.place)
    component.add("dtstart", event.starts_at.astimezone(recurrence.HELSINKI))
    component.add("dtend", event.ends_at.astimezone(recurrence.HELSINKI))
    if event.cancelled:
        component.add("status", "CANCELLED")
    return component


def calendar_bytes(data: FeedData, *, now: dt.datetime, name: str) -> bytes:
    """The feed of ``data`` as an RFC 5545 calendar."""
    stamp = now.astimezone(dt.UTC).replace(microsecond=0)
    calendar = icalendar.Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("x-wr-calname", name)
    calendar.add("x-wr-timezone", "Europe/Helsinki")
    first_year = data.first.year
    calendar.add_component(_vtimezone(first_year, data.last.year))
    for group in data.groups:
        for component in _group_components(
            group,
            stamp=stamp,
            changes=data.changes.get(group.pk, []),
            closures=data.closures.get(group.office_id, {}),
            first=data.first,
            last=data.last,
        ):
            calendar.add_component(component)
    for event in data.events:
        calendar.add_component(_event_component(event, stamp=stamp))
    return bytes(calendar.to_ical())
