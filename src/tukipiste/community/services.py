"""Writes of community activities: groups and their meeting changes, one-off events,
anonymous sign-ups and the head counts of meetings."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING

from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.db.models import F, Q
from django.utils import timezone
from django.utils.translation import gettext as _

from tukipiste.accounts.selectors import office_ids_visible_to
from tukipiste.community import recurrence, selectors
from tukipiste.community.models import (
    LANGUAGES,
    Attendance,
    ChangeKind,
    Event,
    EventSignup,
    Group,
    MeetingChange,
    meeting_length,
)
from tukipiste.core.audit import log_action
from tukipiste.records.choices import Channel
from tukipiste.records.services import ContactInput, record_contact

if TYPE_CHECKING:
    from django.contrib.auth.models import User

    from tukipiste.offices.models import Office
    from tukipiste.records.models import Category

MAX_SIGNUP = 10  # places one sign-up may take: a client and a few friends
RECORD_ATTENDANCE = "community.record_attendance"


class SignupRefused(Exception):
    """A sign-up that cannot be taken; ``reason`` is shown to the client."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


def _texts(prefix: str, texts: Mapping[str, str]) -> dict[str, str]:
    return {f"{prefix}_{code}": texts.get(code, "") for code in LANGUAGES}


@transaction.atomic
def create_group(
    *,
    office: Office,
    slug: str,
    names: Mapping[str, str],
    descriptions: Mapping[str, str],
    audience: str,
    languages: str,
    starts_on: dt.date,
    start_time: dt.time,
    end_time: dt.time,
    interval_weeks: int = 1,
    until: dt.date | None = None,
    rule: str = "",
    shared_meal: bool = False,
    interpreting: bool = False,
    place: str = "",
    facilitators: Sequence[User] = (),
) -> Group:
    """A new group (texts keyed by language code); validated as the back-office form is."""
    group = Group(
        office=office,
        slug=slug,
        audience=audience,
        languages=languages,
        starts_on=starts_on,
        start_time=start_time,
        end_time=end_time,
        interval_weeks=interval_weeks,
        until=until,
        rule=rule,
        shared_meal=shared_meal,
        interpreting=interpreting,
        place=place,
        **_texts("name", names),
        **_texts("description", descriptions),
    )
    group.full_clean()
    group.save()
    group.facilitators.set(facilitators)
    return group


def _meeting_on(group: Group, day: dt.date) -> recurrence.Meeting | None:
    """The meeting of ``day`` (a rule's date, or the day it was moved to), cancelled or
    not, with the office's closures applied. A move may reach a week either way."""
    found = selectors.meetings_of_group(
        group=group, first=day - dt.timedelta(days=31), last=day + dt.timedelta(days=31)
    )
    by_rule = [m for m in found if m.original_date == day]
    extra = [m for m in found if m.original_date is None and m.date == day]
    candidates = by_rule or extra
    return candidates[0] if candidates else None


def change_meeting(
    *,
    group: Group,
    date: dt.date,
    kind: str,
    new_date: dt.date | None = None,
    new_start: dt.time | None = None,
    new_end: dt.time | None = None,
    place: str = "",
    by: User | None,
) -> MeetingChange:
    """Cancel or move the meeting of ``date``, or add an extra meeting on it."""
    change = MeetingChange(
        group=group,
        date=date,
        kind=kind,
        new_date=new_date,
        new_start=new_start,
        new_end=new_end,
        place=place,
    )
    change.full_clean(exclude=["group"])
    if kind != ChangeKind.EXTRA and not recurrence.rule_dates(
        group.schedule(), first=date, last=date
    ):
        raise ValidationError({"date": _("The group has no meeting on this date.")})
    try:
        with transaction.atomic():
            change.save()
    except IntegrityError:
        raise ValidationError({"date": _("This meeting has already been changed.")}) from None
    if kind == ChangeKind.CANCELLED:
        log_action(actor=by, action="community.meeting.cancelled", obj=change)
    return change


def cancel_meeting(*, group: Group, date: dt.date, by: User | None) -> MeetingChange:
    """Cancel the group's meeting of ``date`` (a date the rule gives)."""
    return change_meeting(group=group, date=date, kind=ChangeKind.CANCELLED, by=by)


def restore_meeting(*, group: Group, date: dt.date, by: User | None) -> None:
    """Take back the cancellation of the meeting of ``date``; nothing if it was none."""
    deleted, _rows = MeetingChange.objects.filter(
        group=group, date=date, kind=ChangeKind.CANCELLED
    ).delete()
    if deleted:
        log_action(
            actor=by,
            action="community.meeting.restored",
            object_type="community.group",
            object_id=str(group.pk),
            detail=date.isoformat(),
        )


def create_event(
    *,
    office: Office,
    names: Mapping[str, str],
    descriptions: Mapping[str, str],
    starts_at: dt.datetime,
    ends_at: dt.datetime,
    place: str,
    audience: str,
    languages: str,
    signup: bool = False,
    places: int | None = None,
) -> Event:
    """A new one-off event (texts keyed by language code)."""
    event = Event(
        office=office,
        starts_at=starts_at,
        ends_at=ends_at,
        place=place,
        audience=audience,
        languages=languages,
        signup=signup,
        places=places,
        **_texts("name", names),
        **_texts("description", descriptions),
    )
    event.full_clean()
    event.save()
    return event


def sign_up(*, event: Event, count: int, nickname: str = "") -> EventSignup:
    """Take ``count`` places of ``event`` for an anonymous client.

    The places are taken by one conditional UPDATE (``places_taken + count <= places``),
    so that concurrent sign-ups can never take more places than there are: the database
    decides, row by row, and the check constraint is the last guard. Raises
    ``SignupRefused`` with the reason for the client."""
    if not 1 <= count <= MAX_SIGNUP:
        raise SignupRefused(_("Choose between 1 and %(max)s places.") % {"max": MAX_SIGNUP})
    with transaction.atomic():
        open_events = Event.objects.filter(
            pk=event.pk, signup=True, cancelled=False, starts_at__gt=timezone.now()
        )
        taken = open_events.filter(
            Q(places__isnull=True) | Q(places_taken__lte=F("places") - count)
        ).update(places_taken=F("places_taken") + count)
        if not taken:
            if not open_events.exists():
                raise SignupRefused(_("Sign-up for this event is closed."))
            raise SignupRefused(_("There are not enough places left."))
        return EventSignup.objects.create(event=event, count=count, nickname=nickname.strip())


def may_record_attendance(*, user: User, group: Group) -> bool:
    """Facilitators of the group, and staff of its office, with the permission to record."""
    if not user.has_perm(RECORD_ATTENDANCE):
        return False
    if group.facilitators.filter(pk=user.pk).exists():
        return True
    return group.office_id in office_ids_visible_to(user)


def _spread(total: int, counts: Mapping[Category, int]) -> list[Category | None]:
    """One entry per person: the categories given by count, the rest unknown."""
    people: list[Category | None] = [c for c, n in counts.items() for _i in range(max(0, n))]
    return people + [None] * (total - len(people))


def record_attendance(
    *,
    group: Group,
    date: dt.date,
    head_count: int,
    by: User,
    genders: Mapping[Category, int] | None = None,
    age_bands: Mapping[Category, int] | None = None,
) -> Attendance:
    """Record how many people came to the group's meeting of ``date``, once.

    Each person becomes one anonymous contact of channel "group" through the contact
    records' one write path, so the statistics count them (and suppress small cells) like
    every other contact. ``genders`` and ``age_bands`` may say how many were of each; the
    others are recorded without it. Raises ``ValidationError`` for a meeting that is not
    held, not yet begun or already counted."""
    if not may_record_attendance(user=by, group=group):
        raise ValidationError(_("You may record attendance only for your own groups."))
    genders = genders or {}
    age_bands = age_bands or {}
    if head_count < 1 or head_count > 500:
        raise ValidationError({"head_count": _("Give the number of people, from 1 to 500.")})
    if sum(genders.values()) > head_count or sum(age_bands.values()) > head_count:
        raise ValidationError(_("The counts by category add up to more than the people present."))
    meeting = _meeting_on(group, date)
    if meeting is None or meeting.cancelled:
        raise ValidationError({"date": _("The group had no meeting on this date.")})
    if meeting.starts > timezone.now():
        raise ValidationError({"date": _("This meeting has not begun yet.")})
    gender_of = _spread(head_count, genders)
    age_of = _spread(head_count, age_bands)
    try:
        with transaction.atomic():
            attendance = Attendance.objects.create(
                group=group,
                date=date,
                starts_at=meeting.starts,
                head_count=head_count,
                recorded_by=by,
            )
            for person in range(head_count):
                record_contact(
                    contact=ContactInput(
                        channel=Channel.GROUP,
                        started_at=meeting.starts,
                        duration_seconds=meeting_length(meeting.starts, meeting.ends),
                        office=group.office,
                        gender=gender_of[person],
                        age_band=age_of[person],
                    ),
                    by=by,
                )
            log_action(actor=by, action="community.attendance.recorded", obj=attendance)
    except IntegrityError:
        raise ValidationError(
            _("The attendance of this meeting has already been recorded.")
        ) from None
    return attendance


def forget_event_nicknames(cutoff: dt.datetime) -> int:
    """Blank the nicknames of sign-ups to events that ended before ``cutoff``: they were
    only for the day itself."""
    return (
        EventSignup.objects.filter(event__ends_at__lt=cutoff)
        .exclude(nickname="")
        .update(nickname="")
    )
