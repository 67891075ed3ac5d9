"""Reads of appointment kinds, free times and bookings."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from django.contrib.auth.models import AnonymousUser, User
from django.db.models import QuerySet
from django.utils import timezone

from tukipiste.accounts.selectors import office_ids_visible_to
from tukipiste.appointments import slots
from tukipiste.appointments.models import (
    HOLDING,
    Appointment,
    AppointmentKind,
    Availability,
    AvailabilityException,
    Mode,
    Status,
)
from tukipiste.core import codes
from tukipiste.offices.selectors import closed_days

CODE_PURPOSE = "appointment"
CODE_LENGTH = 12  # 12 characters of 29: about 58 bits, and lookups are rate limited
WEEKS_AHEAD = 4


@dataclass(frozen=True)
class RemoteTime:
    """A free remote appointment, for the chat page's alternatives."""

    kind: AppointmentKind
    mode: str
    starts_at: dt.datetime
    week: int  # which week of the booking page shows it (0: the coming seven days)

    @property
    def mode_label(self) -> str:
        return str(Mode(self.mode).label)


def helsinki_today(now: dt.datetime | None = None) -> dt.date:
    return timezone.localtime(now or timezone.now(), slots.HELSINKI).date()


def bookable_kinds() -> list[AppointmentKind]:
    """Every kind with the offices offering it, in display order."""
    return list(AppointmentKind.objects.prefetch_related("offices").order_by("sort_order", "slug"))


def kind_offered(*, kind: AppointmentKind, mode: str, office_id: int | None, language: str) -> bool:
    """Whether ``kind`` is given in ``language``, and at the office when ``mode`` is office."""
    if language not in kind.languages:
        return False
    if mode == Mode.OFFICE:
        return office_id is not None and any(o.pk == office_id for o in kind.offices.all())
    return True


def free_times(
    *,
    kind: AppointmentKind,
    mode: str,
    office_id: int | None,
    first_day: dt.date,
    last_day: dt.date,
    now: dt.datetime,
) -> dict[dt.datetime, list[int]]:
    """The free start times of ``kind`` by ``mode`` (at ``office_id`` for office visits)
    between two Helsinki days, each with the workers free then. Four queries."""
    availability = Availability.objects.filter(kind=kind, mode=mode)
    if mode == Mode.OFFICE:
        availability = availability.filter(office_id=office_id or 0)
    windows = [
        slots.Window(
            worker_id=a.worker_id,
            office_id=a.office_id,
            weekday=a.weekday,
            starts=a.starts,
            ends=a.ends,
            valid_from=a.valid_from,
            valid_until=a.valid_until,
        )
        for a in availability
    ]
    if not windows:
        return {}
    workers = {w.worker_id for w in windows}
    absences = [
        slots.Absence(worker_id=a.worker_id, date=a.date, starts=a.starts, ends=a.ends)
        for a in AvailabilityException.objects.filter(
            worker_id__in=workers, date__range=(first_day, last_day)
        )
    ]
    span_start = slots.wall(first_day, dt.time(0))
    span_end = slots.wall(last_day + dt.timedelta(days=1), dt.time(0))
    busy = [
        slots.Busy(worker_id=worker_id, starts=starts, ends=ends)
        for worker_id, starts, ends in Appointment.objects.filter(
            worker_id__in=workers,
            status__in=HOLDING,
            starts_at__lt=span_end,
            ends_at__gt=span_start,
        ).values_list("worker_id", "starts_at", "ends_at")
    ]
    closed = {
        (office_id, day)
        for office_id, days in closed_days(
            office_ids={w.office_id for w in windows}, first=first_day, last=last_day
        ).items()
        for day in days
    }
    return slots.free_slots(
        windows=windows,
        length_minutes=kind.length_minutes,
        first_day=first_day,
        last_day=last_day,
        now=now,
        absences=absences,
        closed=closed,
        busy=busy,
    )


def upcoming_free_times(
    *, kind: AppointmentKind, mode: str, office_id: int | None, now: dt.datetime
) -> dict[dt.datetime, list[int]]:
    """Free times from today over the coming ``WEEKS_AHEAD`` weeks."""
    today = helsinki_today(now)
    return free_times(
        kind=kind,
        mode=mode,
        office_id=office_id,
        first_day=today,
        last_day=today + dt.timedelta(weeks=WEEKS_AHEAD),
        now=now,
    )


def next_remote_times(*, language: str, now: dt.datetime, count: int = 3) -> list[RemoteTime]:
    """The next free appointments by chat or phone in ``language`` over the coming two
    weeks: what the chat page offers when the queue is long, full or closed."""
    today = helsinki_today(now)
    found: list[RemoteTime] = []
    for kind in bookable_kinds():
        if language not in kind.languages:
            continue
        for mode in (Mode.CHAT, Mode.PHONE):
            times = free_times(
                kind=kind,
                mode=mode,
                office_id=None,
                first_day=today,
                last_day=today + dt.timedelta(days=14),
                now=now,
            )
            found.extend(
                RemoteTime(
                    kind=kind,
                    mode=mode,
                    starts_at=t,
                    week=(helsinki_today(t) - today).days // 7,
                )
                for t in list(times)[:count]
            )
    return sorted(found, key=lambda r: r.starts_at)[:count]


def appointment_by_code(*, code: str, now: dt.datetime) -> Appointment | None:
    """The coming booked appointment with this code; None for a wrong, cancelled or past
    code alike, so that nobody can tell which codes exist."""
    if not codes.is_well_formed(code, length=CODE_LENGTH):
        return None
    return (
        Appointment.objects.select_related("kind", "office")
        .filter(
            code_hash__in=codes.lookup_hashes(code, purpose=CODE_PURPOSE),
            status=Status.BOOKED,
            ends_at__gt=now,
        )
        .first()
    )


def appointments_visible_to(user: User | AnonymousUser) -> QuerySet[Appointment]:
    """Appointments at the offices ``user`` may see."""
    return Appointment.objects.filter(office_id__in=office_ids_visible_to(user)).select_related(
        "kind", "office", "worker__staff_profile"
    )


def agenda_for(
    *,
    user: User | AnonymousUser,
    first_day: dt.date,
    days: int,
    office_id: int | None = None,
    worker_id: int | None = None,
) -> list[Appointment]:
    """The appointments of ``days`` Helsinki days from ``first_day`` that ``user`` may see,
    narrowed to one office or one worker, cancellations included, in time order."""
    start = slots.wall(first_day, dt.time(0))
    end = slots.wall(first_day + dt.timedelta(days=days), dt.time(0))
    rows = appointments_visible_to(user).filter(starts_at__gte=start, starts_at__lt=end)
    if office_id is not None:
        rows = rows.filter(office_id=office_id)
    if worker_id is not None:
        rows = rows.filter(worker_id=worker_id)
    return list(rows.order_by("starts_at", "pk"))
