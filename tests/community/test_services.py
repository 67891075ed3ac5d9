"""Writes of community activities: meeting changes, sign-ups within their places, and head
counts that become contacts of channel "group"."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
import time_machine
from django.core.exceptions import ValidationError
from django.utils import translation

from tests.community.conftest import D, close_office, make_group
from tests.records.helpers import ensure_categories
from tests.staff import make_office
from tukipiste.community import selectors, services
from tukipiste.community.models import Attendance, Audience, ChangeKind, Event, Group
from tukipiste.community.recurrence import HELSINKI, Status
from tukipiste.core.models import AuditEntry
from tukipiste.records.choices import Channel
from tukipiste.records.models import Contact, MonthlyCount

pytestmark = pytest.mark.django_db
# Wednesday 2 December 2026, noon in Helsinki: the Tuesday group met yesterday.
NOW = dt.datetime(2026, 12, 2, 12, tzinfo=HELSINKI)


@pytest.fixture(autouse=True)
def _english() -> Any:
    """The refusals are matched in English, whatever language an earlier test left active."""
    with translation.override("en"):
        yield


def make_event(**kw: Any) -> Event:
    defaults: dict[str, Any] = {
        "office": make_office("helsinki"),
        "names": {"fi": "Retki", "en": "Trip"},
        "descriptions": {},
        "starts_at": dt.datetime(2026, 12, 12, 10, tzinfo=HELSINKI),
        "ends_at": dt.datetime(2026, 12, 12, 15, tzinfo=HELSINKI),
        "place": "Nuuksio",
        "audience": Audience.OPEN,
        "languages": "fi",
        "signup": True,
        "places": 3,
    }
    return services.create_event(**{**defaults, **kw})


@time_machine.travel(NOW, tick=False)
def test_sign_ups_take_places_until_none_are_left() -> None:
    event = make_event()
    services.sign_up(event=event, count=2, nickname="  Mimi ")
    with pytest.raises(services.SignupRefused, match="not enough places"):
        services.sign_up(event=event, count=2)
    services.sign_up(event=event, count=1)
    event.refresh_from_db()
    assert (event.places_taken, event.places_left) == (3, 0)
    assert sorted(event.signups.values_list("nickname", flat=True)) == ["", "Mimi"]


@time_machine.travel(NOW, tick=False)
def test_sign_up_is_refused_for_a_cancelled_past_or_closed_event() -> None:
    for event in (
        make_event(signup=False),
        make_event(starts_at=NOW - dt.timedelta(hours=1), ends_at=NOW),
    ):
        with pytest.raises(services.SignupRefused, match="closed"):
            services.sign_up(event=event, count=1)
    cancelled = make_event()
    Event.objects.filter(pk=cancelled.pk).update(cancelled=True)
    with pytest.raises(services.SignupRefused, match="closed"):
        services.sign_up(event=cancelled, count=1)


@pytest.mark.parametrize("count", [0, -1, 11])
@time_machine.travel(NOW, tick=False)
def test_sign_up_of_an_impossible_number_of_places_is_refused(count: int) -> None:
    with pytest.raises(services.SignupRefused, match="between 1 and 10"):
        services.sign_up(event=make_event(), count=count)


@time_machine.travel(NOW, tick=False)
def test_an_event_without_a_limit_takes_every_sign_up() -> None:
    event = make_event(places=None)
    for _ in range(5):
        services.sign_up(event=event, count=10)
    event.refresh_from_db()
    assert event.places_taken == 50 and event.places_left is None


@time_machine.travel(NOW, tick=False)
def test_the_database_refuses_more_places_taken_than_there_are() -> None:
    from django.db import IntegrityError, transaction

    event = make_event()
    with pytest.raises(IntegrityError), transaction.atomic():
        Event.objects.filter(pk=event.pk).update(places_taken=4)


@time_machine.travel(NOW, tick=False)
def test_nicknames_are_forgotten_after_the_event(group: Group) -> None:
    event = make_event()
    services.sign_up(event=event, count=1, nickname="Mimi")
    assert services.forget_event_nicknames(event.ends_at) == 0
    assert services.forget_event_nicknames(event.ends_at + dt.timedelta(seconds=1)) == 1
    assert event.signups.get().nickname == ""


@time_machine.travel(NOW, tick=False)
def test_cancelling_a_meeting_marks_it_and_is_audited(cast: dict[str, Any], group: Group) -> None:
    services.cancel_meeting(group=group, date=D(2026, 12, 8), by=cast["dora"])
    (meeting,) = selectors.meetings_of_group(group=group, first=D(2026, 12, 8), last=D(2026, 12, 8))
    assert meeting.status == Status.CANCELLED
    assert AuditEntry.objects.filter(action="community.meeting.cancelled").count() == 1
    services.restore_meeting(group=group, date=D(2026, 12, 8), by=cast["dora"])
    (meeting,) = selectors.meetings_of_group(group=group, first=D(2026, 12, 8), last=D(2026, 12, 8))
    assert meeting.status == Status.SCHEDULED


@time_machine.travel(NOW, tick=False)
def test_a_date_without_a_meeting_cannot_be_cancelled_nor_one_meeting_changed_twice(
    cast: dict[str, Any], group: Group
) -> None:
    with pytest.raises(ValidationError, match="no meeting on this date"):
        services.cancel_meeting(group=group, date=D(2026, 12, 9), by=cast["dora"])
    services.change_meeting(
        group=group, date=D(2026, 12, 8), kind=ChangeKind.MOVED, new_date=D(2026, 12, 10), by=None
    )
    with pytest.raises(ValidationError, match="already been changed"):
        services.cancel_meeting(group=group, date=D(2026, 12, 8), by=cast["dora"])


def test_a_group_with_an_unreadable_rule_is_refused(db: None) -> None:
    with pytest.raises(ValidationError) as error:
        make_group(rule="FREQ=SOMETIMES")
    assert "rule" in error.value.message_dict


@time_machine.travel(NOW, tick=False)
def test_head_count_becomes_group_contacts_with_categories(cast: dict[str, Any]) -> None:
    lists = ensure_categories()
    group = make_group(facilitators=[cast["peter"]])
    woman = lists["gender"]["woman"]
    attendance = services.record_attendance(
        group=group,
        date=D(2026, 12, 1),
        head_count=7,
        genders={woman: 4},
        by=cast["peter"],
    )
    assert attendance.head_count == 7
    contacts = Contact.objects.filter(channel=Channel.GROUP)
    assert contacts.count() == 7
    assert contacts.filter(gender=woman).count() == 4
    first = contacts.first()
    assert first is not None
    assert first.office == group.office
    assert first.started_at == dt.datetime(2026, 12, 1, 14, tzinfo=HELSINKI)
    assert first.duration_seconds == 2 * 3600
    assert (
        MonthlyCount.objects.filter(channel=Channel.GROUP, dimension="contacts").get().amount == 7
    )
    assert AuditEntry.objects.filter(action="community.attendance.recorded").count() == 1


@time_machine.travel(NOW, tick=False)
def test_a_meeting_is_counted_once(cast: dict[str, Any]) -> None:
    group = make_group(facilitators=[cast["peter"]])
    services.record_attendance(group=group, date=D(2026, 12, 1), head_count=5, by=cast["peter"])
    with pytest.raises(ValidationError, match="already been recorded"):
        services.record_attendance(group=group, date=D(2026, 12, 1), head_count=5, by=cast["peter"])
    assert Contact.objects.count() == 5 and Attendance.objects.count() == 1


@time_machine.travel(NOW, tick=False)
def test_attendance_is_refused_for_meetings_not_held_not_begun_or_other_offices(
    cast: dict[str, Any],
) -> None:
    group = make_group(facilitators=[cast["peter"]])
    close_office("helsinki", D(2026, 11, 24))
    cases = [
        (D(2026, 11, 24), cast["peter"], "no meeting"),  # office closed
        (D(2026, 11, 30), cast["peter"], "no meeting"),  # a Monday
        (D(2026, 12, 8), cast["peter"], "not begun"),
        (D(2026, 12, 1), cast["bob"], "your own groups"),  # a worker of Turku
        (D(2026, 12, 1), cast["dora"], "your own groups"),  # an editor
    ]
    for day, user, message in cases:
        with pytest.raises(ValidationError, match=message):
            services.record_attendance(group=group, date=day, head_count=3, by=user)
    with pytest.raises(ValidationError, match="add up to more"):
        lists = ensure_categories()
        services.record_attendance(
            group=group,
            date=D(2026, 12, 1),
            head_count=3,
            genders={lists["gender"]["woman"]: 4},
            by=cast["peter"],
        )
    assert Contact.objects.count() == 0


@time_machine.travel(NOW, tick=False)
def test_a_worker_of_the_office_may_count_a_group_they_do_not_run(cast: dict[str, Any]) -> None:
    group = make_group()
    services.record_attendance(group=group, date=D(2026, 12, 1), head_count=2, by=cast["alice"])
    assert Contact.objects.count() == 2


@time_machine.travel(NOW, tick=False)
def test_a_moved_and_an_extra_meeting_can_be_counted(cast: dict[str, Any]) -> None:
    group = make_group(facilitators=[cast["peter"]])
    services.change_meeting(
        group=group, date=D(2026, 11, 24), kind=ChangeKind.MOVED, new_date=D(2026, 11, 26), by=None
    )
    services.change_meeting(group=group, date=D(2026, 11, 28), kind=ChangeKind.EXTRA, by=None)
    services.record_attendance(group=group, date=D(2026, 11, 24), head_count=2, by=cast["peter"])
    services.record_attendance(group=group, date=D(2026, 11, 28), head_count=3, by=cast["peter"])
    starts = sorted(Contact.objects.values_list("started_at", flat=True).distinct())
    assert starts == [
        dt.datetime(2026, 11, 26, 14, tzinfo=HELSINKI),
        dt.datetime(2026, 11, 28, 14, tzinfo=HELSINKI),
    ]


def test_the_nickname_command_blanks_only_events_over_a_day_ago(db: None) -> None:
    from io import StringIO

    from django.core.management import call_command

    with time_machine.travel(NOW - dt.timedelta(days=30), tick=False):
        old = make_event(
            starts_at=NOW - dt.timedelta(days=3), ends_at=NOW - dt.timedelta(days=2, hours=20)
        )
        recent = make_event(
            starts_at=NOW - dt.timedelta(hours=5), ends_at=NOW - dt.timedelta(hours=2)
        )
        services.sign_up(event=old, count=1, nickname="Old")
        services.sign_up(event=recent, count=1, nickname="Recent")
    with time_machine.travel(NOW, tick=False):
        out = StringIO()
        call_command("forget_event_nicknames", stdout=out)
    assert "1 nicknames" in out.getvalue()
    assert old.signups.get().nickname == "" and recent.signups.get().nickname == "Recent"
