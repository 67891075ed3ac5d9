"""Reads of community activities: the meetings of groups (their rule, changes and office
closures applied), one-off events, and what facilitators and the statistics need."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from typing import TYPE_CHECKING

from django.db.models import Count, Q, QuerySet, Sum
from django.db.models.functions import ExtractMonth
from django.urls import reverse
from django.utils.formats import date_format
from django.utils.translation import get_language
from django.utils.translation import gettext as _

from tukipiste.community import recurrence
from tukipiste.community.models import Attendance, Event, Group, MeetingChange
from tukipiste.core.translated import language_names
from tukipiste.offices import selectors as offices

if TYPE_CHECKING:
    from django.contrib.auth.models import User

# How far ahead "next meeting" looks: a group paused for a long summer still shows one.
NEXT_MEETING_DAYS = 120
# How far back a facilitator is offered meetings to record.
ATTENDANCE_DAYS_BACK = 14


@lru_cache(maxsize=512)
def _group_url(slug: str, language: str) -> str:
    # Reversed once per group and language: a busy month lists hundreds of meetings.
    return reverse("community_group", args=[slug])


@dataclass(frozen=True)
class Entry:
    """One line of the calendar: a group's meeting or a one-off event."""

    starts: dt.datetime
    ends: dt.datetime
    status: recurrence.Status
    title: str
    place: str
    audience: str
    audience_label: str
    languages: list[str]
    office_name: str
    group: Group | None = None
    event: Event | None = None
    original_date: dt.date | None = None
    closure: str = ""

    @cached_property
    def url(self) -> str:
        if self.group is not None:
            return _group_url(self.group.slug, get_language() or "")
        assert self.event is not None
        return reverse("community_event", args=[self.event.pk])

    @cached_property
    def label(self) -> str:
        """What is not as usual about it, in the active language ("" when nothing)."""
        return status_label(self)

    @cached_property
    def when(self) -> str:
        """Day, date and times in the active language: "tiistai 8.12.2026, 14:00–16:00"."""
        start, end = self.local_start, self.local_end
        return f"{date_format(start, 'l j.n.Y')}, {start:%H:%M}–{end:%H:%M}"

    @cached_property
    def start_text(self) -> str:
        return f"{self.local_start:%H:%M}"

    @property
    def cancelled(self) -> bool:
        return self.status == recurrence.Status.CANCELLED

    @property
    def moved(self) -> bool:
        return self.status == recurrence.Status.MOVED

    @property
    def extra(self) -> bool:
        return self.status == recurrence.Status.EXTRA

    @property
    def local_start(self) -> dt.datetime:
        return self.starts.astimezone(recurrence.HELSINKI)

    @property
    def local_end(self) -> dt.datetime:
        return self.ends.astimezone(recurrence.HELSINKI)

    @property
    def date(self) -> dt.date:
        return self.local_start.date()

    @property
    def moved_from(self) -> dt.date | None:
        return self.original_date if self.moved and self.original_date != self.date else None


def active_groups(*, office_slug: str | None = None) -> QuerySet[Group]:
    """Groups shown on the site, with their office (one query)."""
    groups = Group.objects.filter(active=True).select_related("office")
    if office_slug:
        groups = groups.filter(office__slug=office_slug)
    return groups


def changes_of(
    group_ids: Iterable[int], *, first: dt.date, last: dt.date
) -> dict[int, list[recurrence.Change]]:
    """The changes of the groups' meetings that can touch ``first`` to ``last``: those of a
    meeting within a move's reach of them, and those moved into them (one query, plain
    values: a calendar of many groups reads thousands of rows)."""
    reach = dt.timedelta(days=recurrence.MAX_MOVE_DAYS)
    rows = MeetingChange.objects.filter(group_id__in=list(group_ids)).filter(
        Q(date__gte=first - reach, date__lte=last + reach)
        | Q(new_date__gte=first, new_date__lte=last)
    )
    found: dict[int, list[recurrence.Change]] = {}
    for group_id, date, kind, new_date, new_start, new_end, place in rows.values_list(
        "group_id", "date", "kind", "new_date", "new_start", "new_end", "place"
    ):
        found.setdefault(group_id, []).append(
            recurrence.Change(
                date=date,
                kind=recurrence.ChangeKind(kind),
                new_date=new_date,
                new_start=new_start,
                new_end=new_end,
                place=place,
            )
        )
    return found


def group_by_slug(*, slug: str) -> Group | None:
    return active_groups().filter(slug=slug).first()


def event_by_id(*, pk: int) -> Event | None:
    return Event.objects.select_related("office").filter(pk=pk).first()


def _place(group: Group) -> str:
    office = group.office
    return group.place or f"{office.street_address}, {office.postal_code} {office.city}"


def group_meetings(
    group: Group,
    *,
    changes: list[recurrence.Change],
    first: dt.date,
    last: dt.date,
    closures: dict[dt.date, str] | None = None,
) -> list[recurrence.Meeting]:
    """The meetings of one group from ``first`` to ``last``, with its ``changes``."""
    return recurrence.meetings(
        group.schedule(),
        changes,
        first=first,
        last=last,
        closures=closures or {},
        place=_place(group),
    )


def meetings_of_group(*, group: Group, first: dt.date, last: dt.date) -> list[recurrence.Meeting]:
    """The meetings of one group with its office's closures applied (one query more)."""
    closed = offices.closed_days(office_ids=[group.office_id], first=first, last=last)
    return group_meetings(
        group,
        changes=changes_of([group.pk], first=first, last=last).get(group.pk, []),
        first=first,
        last=last,
        closures=closed.get(group.office_id, {}),
    )


def _group_entry(group: Group, meeting: recurrence.Meeting) -> Entry:
    return Entry(
        starts=meeting.starts,
        ends=meeting.ends,
        status=meeting.status,
        title=group.name,
        place=meeting.place,
        audience=group.audience,
        audience_label=str(group.get_audience_display()),
        languages=language_names(group.language_codes),
        office_name=group.office.name,
        group=group,
        original_date=meeting.original_date,
        closure=meeting.closure,
    )


def _event_entry(event: Event) -> Entry:
    return Entry(
        starts=event.starts_at,
        ends=event.ends_at,
        status=recurrence.Status.CANCELLED if event.cancelled else recurrence.Status.SCHEDULED,
        title=event.name,
        place=event.place,
        audience=event.audience,
        audience_label=str(event.get_audience_display()),
        languages=language_names(event.language_codes),
        office_name=event.office.name,
        event=event,
    )


def calendar_entries(
    *, first: dt.date, last: dt.date, office_slug: str | None = None
) -> list[Entry]:
    """Every meeting and event from ``first`` to ``last`` (Helsinki dates), cancelled ones
    included and marked, in time order; four queries whatever the number of groups."""
    groups = list(active_groups(office_slug=office_slug))
    closed = offices.closed_days(office_ids={g.office_id for g in groups}, first=first, last=last)
    changes = changes_of([g.pk for g in groups], first=first, last=last)
    entries = [
        _group_entry(group, meeting)
        for group in groups
        for meeting in group_meetings(
            group,
            changes=changes.get(group.pk, []),
            first=first,
            last=last,
            closures=closed.get(group.office_id, {}),
        )
    ]
    tz = recurrence.HELSINKI
    events = Event.objects.select_related("office").filter(
        starts_at__gte=dt.datetime.combine(first, dt.time.min, tzinfo=tz),
        starts_at__lt=dt.datetime.combine(last + dt.timedelta(days=1), dt.time.min, tzinfo=tz),
    )
    if office_slug:
        events = events.filter(office__slug=office_slug)
    entries += [_event_entry(e) for e in events]
    return sorted(entries, key=lambda e: (e.starts, e.title))


def upcoming_entries(*, now: dt.datetime, days: int, office_slug: str | None = None) -> list[Entry]:
    """Meetings and events that have not ended, up to ``days`` ahead."""
    today = now.astimezone(recurrence.HELSINKI).date()
    entries = calendar_entries(
        first=today, last=today + dt.timedelta(days=days), office_slug=office_slug
    )
    return [e for e in entries if e.ends > now]


def next_meeting(*, group: Group, now: dt.datetime) -> Entry | None:
    """The group's next meeting that takes place (not cancelled) and has not ended."""
    today = now.astimezone(recurrence.HELSINKI).date()
    last = today + dt.timedelta(days=NEXT_MEETING_DAYS)
    for meeting in meetings_of_group(group=group, first=today, last=last):
        if not meeting.cancelled and meeting.ends > now:
            return _group_entry(group, meeting)
    return None


def next_meetings_of_groups(*, now: dt.datetime) -> list[Entry]:
    """The next meeting of every active group, soonest first (for the community page)."""
    today = now.astimezone(recurrence.HELSINKI).date()
    last = today + dt.timedelta(days=NEXT_MEETING_DAYS)
    groups = list(active_groups())
    closed = offices.closed_days(office_ids={g.office_id for g in groups}, first=today, last=last)
    changes = changes_of([g.pk for g in groups], first=today, last=last)
    found = []
    for group in groups:
        meetings = group_meetings(
            group,
            changes=changes.get(group.pk, []),
            first=today,
            last=last,
            closures=closed.get(group.office_id, {}),
        )
        upcoming = next((m for m in meetings if not m.cancelled and m.ends > now), None)
        if upcoming is not None:
            found.append(_group_entry(group, upcoming))
    return sorted(found, key=lambda e: e.starts)


def calendar_offices() -> list[tuple[str, str]]:
    """(slug, name) of the offices that have groups or events, in display order."""
    return list(
        offices.all_offices()
        .filter(Q(groups__active=True) | Q(events__isnull=False))
        .distinct()
        .values_list("slug", "name")
    )


@dataclass
class FacilitatedMeeting:
    entry: Entry
    attendance: Attendance | None = None


@dataclass
class FacilitatorView:
    upcoming: list[Entry] = field(default_factory=list)
    to_record: list[FacilitatedMeeting] = field(default_factory=list)


def groups_facilitated_by(user: User) -> QuerySet[Group]:
    """Groups ``user`` runs, or, for staff who may record without running a group
    (coordinators), the groups of the offices they see."""
    from tukipiste.accounts.selectors import office_ids_visible_to

    mine = Group.objects.filter(facilitators=user)
    if mine.exists() or not user.has_perm("records.view_contact"):
        groups = mine
    else:
        groups = Group.objects.filter(office_id__in=office_ids_visible_to(user))
    return groups.filter(active=True).select_related("office")


def facilitator_view(*, user: User, now: dt.datetime, days_ahead: int = 14) -> FacilitatorView:
    """The next meetings of the groups ``user`` runs, and their recent meetings with the
    head count recorded or still to record."""
    today = now.astimezone(recurrence.HELSINKI).date()
    first = today - dt.timedelta(days=ATTENDANCE_DAYS_BACK)
    last = today + dt.timedelta(days=days_ahead)
    groups = list(groups_facilitated_by(user))
    closed = offices.closed_days(office_ids={g.office_id for g in groups}, first=first, last=last)
    changes = changes_of([g.pk for g in groups], first=first, last=last)
    recorded = {
        (a.group_id, a.date): a
        for a in Attendance.objects.filter(group__in=groups, date__gte=first, date__lte=today)
    }
    view = FacilitatorView()
    for group in groups:
        for meeting in group_meetings(
            group,
            changes=changes.get(group.pk, []),
            first=first,
            last=last,
            closures=closed.get(group.office_id, {}),
        ):
            entry = _group_entry(group, meeting)
            if meeting.ends > now:
                view.upcoming.append(entry)
            if meeting.starts <= now and not meeting.cancelled:
                key = (group.pk, meeting.original_date or meeting.date)
                view.to_record.append(FacilitatedMeeting(entry, recorded.get(key)))
    view.upcoming.sort(key=lambda e: e.starts)
    view.to_record.sort(key=lambda m: m.entry.starts, reverse=True)
    return view


def events_with_signups_for(*, user: User, now: dt.datetime, days_ahead: int = 14) -> list[Event]:
    """Coming events of the offices ``user`` sees, with their sign-ups (count and nickname),
    for the facilitators who welcome the people (two queries)."""
    from tukipiste.accounts.selectors import office_ids_visible_to

    return list(
        Event.objects.filter(
            office_id__in=office_ids_visible_to(user),
            ends_at__gt=now,
            starts_at__lte=now + dt.timedelta(days=days_ahead),
            signup=True,
        )
        .select_related("office")
        .prefetch_related("signups")
        .order_by("starts_at")
    )


@dataclass(frozen=True)
class FeedData:
    groups: list[Group]
    events: list[Event]
    closures: dict[int, dict[dt.date, str]]
    changes: dict[int, list[recurrence.Change]]
    first: dt.date
    last: dt.date


def feed_data(*, now: dt.datetime, group_slug: str | None = None) -> FeedData:
    """What an iCalendar feed holds: the groups (with changes), the events from 90 days
    back, and the office closures from 90 days back to two years ahead."""
    today = now.astimezone(recurrence.HELSINKI).date()
    first = today - dt.timedelta(days=90)
    last = today + dt.timedelta(days=730)
    groups = active_groups()
    if group_slug:
        groups = groups.filter(slug=group_slug)
    group_list = list(groups)
    events: list[Event] = []
    if not group_slug:
        events = list(
            Event.objects.select_related("office").filter(
                starts_at__gte=now - dt.timedelta(days=90)
            )
        )
    closures = offices.closed_days(
        office_ids={g.office_id for g in group_list}, first=first, last=last
    )
    return FeedData(
        groups=group_list,
        events=events,
        closures=closures,
        changes=changes_of([g.pk for g in group_list], first=first, last=last),
        first=first,
        last=last,
    )


@dataclass(frozen=True)
class MeetingCounts:
    """Per (month, office id): meetings whose attendance was recorded, and people."""

    meetings: dict[tuple[int, int], int]
    people: dict[tuple[int, int], int]


def meeting_counts(*, year: int, office_keys: set[int] | None) -> MeetingCounts:
    """Group meetings held (head count recorded) and their attendance in ``year``, by
    month (1-12) and office; one grouped query. ``office_keys`` None: every office."""
    rows = Attendance.objects.filter(date__year=year)
    if office_keys is not None:
        rows = rows.filter(group__office_id__in=office_keys)
    meetings: dict[tuple[int, int], int] = {}
    people: dict[tuple[int, int], int] = {}
    for row in (
        rows.annotate(month=ExtractMonth("date"))
        .values("month", "group__office_id")
        .annotate(meetings=Count("pk"), people=Sum("head_count"))
    ):
        key = (row["month"], row["group__office_id"])
        meetings[key] = row["meetings"]
        people[key] = row["people"] or 0
    return MeetingCounts(meetings=meetings, people=people)


def status_label(entry: Entry) -> str:
    """What a calendar says of a meeting that is not as usual, in the active language."""
    if entry.cancelled and entry.closure:
        return _("Cancelled: the office is closed (%(reason)s)") % {"reason": entry.closure}
    if entry.cancelled:
        return _("Cancelled")
    if entry.moved_from:
        return _("Moved from %(date)s") % {"date": date_format(entry.moved_from, "j.n.Y")}
    if entry.moved:
        return _("New time")
    if entry.extra:
        return _("Extra meeting")
    return ""


def has_events() -> bool:
    return Event.objects.exists()
