"""Writes of appointments: booking, moving, cancelling, attendance, reminders, erasure."""

from __future__ import annotations

import datetime as dt
import logging
from dataclasses import dataclass

from django.conf import settings
from django.contrib.auth.models import User
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.db.models import Q
from django.utils.translation import gettext as _

from tukipiste.appointments import notify, selectors, slots, sms
from tukipiste.appointments.models import (
    HOLDING,
    Appointment,
    AppointmentKind,
    Availability,
    Mode,
    Status,
)
from tukipiste.core import codes
from tukipiste.core.audit import log_action
from tukipiste.records.choices import Channel
from tukipiste.records.services import ContactInput, record_contact

log = logging.getLogger(__name__)

# When the usual reminder moment has passed at booking, one this long before still goes out.
LATE_REMINDER = dt.timedelta(hours=2)


class SlotTaken(Exception):
    """The time was given to someone else a moment ago; ``nearest`` are free times."""

    def __init__(self, nearest: list[dt.datetime]) -> None:
        super().__init__("slot taken")
        self.nearest = nearest


@dataclass(frozen=True)
class BookingRequest:
    """What a client asks for: a kind, where, the conversation's language and a time."""

    kind: AppointmentKind
    mode: str
    office_id: int | None
    language: str
    starts_at: dt.datetime
    nickname: str
    email: str = ""
    phone: str = ""
    message: str = ""
    page_language: str = "fi"


def _check_offered(request: BookingRequest) -> None:
    if not selectors.kind_offered(
        kind=request.kind, mode=request.mode, office_id=request.office_id, language=request.language
    ):
        raise ValidationError(
            {"kind": _("This kind of appointment is not offered there in this language.")}
        )


def _free_on_day(
    *, kind: AppointmentKind, mode: str, office_id: int | None, day: dt.date, now: dt.datetime
) -> dict[dt.datetime, list[int]]:
    return selectors.free_times(
        kind=kind, mode=mode, office_id=office_id, first_day=day, last_day=day, now=now
    )


def _nearest(request: BookingRequest, moment: dt.datetime, now: dt.datetime) -> list[dt.datetime]:
    free = selectors.upcoming_free_times(
        kind=request.kind, mode=request.mode, office_id=request.office_id, now=now
    )
    return slots.nearest(free, moment)


def _remind_at(
    *, starts_at: dt.datetime, now: dt.datetime, has_contact: bool
) -> dt.datetime | None:
    if not has_contact:
        return None
    usual = starts_at - dt.timedelta(hours=settings.APPOINTMENT_REMINDER_HOURS)
    if usual > now:
        return usual
    late = starts_at - LATE_REMINDER
    return late if late > now else None


def _free_workers(request: BookingRequest, now: dt.datetime) -> list[int]:
    if request.starts_at <= now:
        raise ValidationError({"slot": _("This time has already passed. Choose a coming time.")})
    day = selectors.helsinki_today(request.starts_at)
    free = _free_on_day(
        kind=request.kind, mode=request.mode, office_id=request.office_id, day=day, now=now
    )
    workers = free.get(request.starts_at.astimezone(slots.UTC), [])
    if workers:
        return workers
    taken = Appointment.objects.filter(
        kind=request.kind, starts_at=request.starts_at, status__in=HOLDING
    ).exists()
    if taken:
        raise SlotTaken(_nearest(request, request.starts_at, now))
    raise ValidationError({"slot": _("This time is not offered. Choose one of the free times.")})


def book_appointment(*, request: BookingRequest, now: dt.datetime) -> tuple[Appointment, str]:
    """Book the first free worker at the requested time; return the booking and its code
    (shown once, stored only hashed).

    Raises ``ValidationError`` (by field) for a kind not offered, a past time or a time
    outside availability, and ``SlotTaken`` with the nearest free times when another client
    got the time first: the database's unique slot constraint decides that race.
    """
    _check_offered(request)
    workers = _free_workers(request, now)
    length = dt.timedelta(minutes=request.kind.length_minutes)
    code = codes.generate(length=selectors.CODE_LENGTH)
    office_id = request.office_id
    for worker_id in workers:
        if office_id is None or request.mode != Mode.OFFICE:
            office_id = _office_of_window(request, worker_id)
        try:
            with transaction.atomic():
                appointment = Appointment.objects.create(
                    code_hash=codes.storage_hash(code, purpose=selectors.CODE_PURPOSE),
                    kind=request.kind,
                    office_id=office_id,
                    mode=request.mode,
                    worker_id=worker_id,
                    starts_at=request.starts_at,
                    ends_at=request.starts_at + length,
                    language=request.language,
                    page_language=request.page_language,
                    nickname=request.nickname,
                    message=request.message,
                    reminder_email=request.email,
                    reminder_phone=request.phone,
                    remind_at=_remind_at(
                        starts_at=request.starts_at,
                        now=now,
                        has_contact=bool(request.email or request.phone),
                    ),
                )
        except IntegrityError:
            continue  # this worker's slot went to a concurrent booking: try the next one
        return appointment, code
    raise SlotTaken(_nearest(request, request.starts_at, now))


def _office_of_window(request: BookingRequest, worker_id: int) -> int:
    # A remote appointment belongs to the office whose availability gave it (for scoping).
    weekday = request.starts_at.astimezone(slots.HELSINKI).weekday()
    window = (
        Availability.objects.filter(
            worker_id=worker_id, kind=request.kind, mode=request.mode, weekday=weekday
        )
        .values_list("office_id", flat=True)
        .first()
    )
    if window is None:
        raise ValidationError(
            {"slot": _("This time is not offered. Choose one of the free times.")}
        )
    return int(window)


def move_appointment(
    *, appointment: Appointment, starts_at: dt.datetime, now: dt.datetime
) -> Appointment:
    """Move a booking to another free time of the same kind and place (the client's own
    choice); the old time is free again at once. Raises as ``book_appointment``."""
    request = BookingRequest(
        kind=appointment.kind,
        mode=appointment.mode,
        office_id=appointment.office_id if appointment.mode == Mode.OFFICE else None,
        language=appointment.language,
        starts_at=starts_at,
        nickname=appointment.nickname,
    )
    workers = _free_workers(request, now)
    length = dt.timedelta(minutes=appointment.kind.length_minutes)
    for worker_id in workers:
        try:
            with transaction.atomic():
                Appointment.objects.filter(pk=appointment.pk, status=Status.BOOKED).update(
                    worker_id=worker_id,
                    starts_at=starts_at,
                    ends_at=starts_at + length,
                    remind_at=_remind_at(
                        starts_at=starts_at, now=now, has_contact=appointment.has_contact
                    ),
                    reminder_sent_at=None,
                )
        except IntegrityError:
            continue
        appointment.refresh_from_db()
        return appointment
    raise SlotTaken(_nearest(request, starts_at, now))


def cancel_by_client(*, appointment: Appointment) -> None:
    """The client cancels: the time is free again and their contact details are erased."""
    Appointment.objects.filter(pk=appointment.pk, status=Status.BOOKED).update(
        status=Status.CANCELLED, reminder_email="", reminder_phone="", remind_at=None
    )


def cancel_by_staff(*, appointment: Appointment, by: User) -> bool:
    """Staff cancel: the client hears of it when they left a contact (returns whether a
    message went out), then the contact is erased."""
    if appointment.status != Status.BOOKED:
        raise ValidationError(_("Only a booked appointment can be cancelled."))
    notified = False
    if appointment.has_contact:
        try:
            notify.send_cancellation(appointment)
            notified = True
        except (sms.SmsError, OSError):
            log.warning("cancellation notice for appointment %s could not be sent", appointment.pk)
    with transaction.atomic():
        Appointment.objects.filter(pk=appointment.pk).update(
            status=Status.CANCELLED, reminder_email="", reminder_phone="", remind_at=None
        )
        log_action(actor=by, action="appointments.appointment.cancelled", obj=appointment)
    return notified


def mark_attended(*, appointment: Appointment, by: User, now: dt.datetime) -> None:
    """The client came: the appointment becomes a contact of channel "appointment" through
    the records' one write path, both or neither."""
    if appointment.status != Status.BOOKED:
        raise ValidationError(_("This appointment is already marked."))
    if appointment.starts_at > now:
        raise ValidationError(_("An appointment can be marked once it has started."))
    with transaction.atomic():
        record_contact(
            contact=ContactInput(
                channel=Channel.APPOINTMENT,
                started_at=appointment.starts_at,
                duration_seconds=int((appointment.ends_at - appointment.starts_at).total_seconds()),
                office=appointment.office,
                language=appointment.language,
                workers=[appointment.worker],
            ),
            by=by,
        )
        Appointment.objects.filter(pk=appointment.pk).update(status=Status.ATTENDED)
        log_action(actor=by, action="appointments.appointment.attended", obj=appointment)


def mark_no_show(*, appointment: Appointment, by: User, now: dt.datetime) -> None:
    """The client did not come."""
    if appointment.status != Status.BOOKED:
        raise ValidationError(_("This appointment is already marked."))
    if appointment.starts_at > now:
        raise ValidationError(_("An appointment can be marked once it has started."))
    with transaction.atomic():
        Appointment.objects.filter(pk=appointment.pk).update(status=Status.NO_SHOW)
        log_action(actor=by, action="appointments.appointment.no_show", obj=appointment)


def send_due_reminders(*, now: dt.datetime) -> int:
    """Send every reminder whose moment has come; return how many went out. A reminder
    that fails stays due and is tried at the next run, until the appointment starts."""
    due = Appointment.objects.filter(
        status=Status.BOOKED, remind_at__lte=now, reminder_sent_at__isnull=True, starts_at__gt=now
    ).select_related("kind")
    sent = 0
    for appointment in due:
        try:
            notify.send_reminder(appointment)
        except (sms.SmsError, OSError):
            log.warning("reminder for appointment %s failed; retried next run", appointment.pk)
            continue
        Appointment.objects.filter(pk=appointment.pk).update(reminder_sent_at=now)
        sent += 1
    return sent


def erase_past_contacts(*, now: dt.datetime) -> int:
    """Erase the reminder contact of every appointment that is over: it served only the
    reminder (principle 2)."""
    return (
        Appointment.objects.filter(ends_at__lte=now)
        .filter(~Q(reminder_email="") | ~Q(reminder_phone=""))
        .update(reminder_email="", reminder_phone="", remind_at=None)
    )


def purge_appointments(cutoff: dt.datetime) -> int:
    """Retention: appointments over before ``cutoff`` are deleted with their nicknames and
    messages (attendance lives on as an anonymous contact record)."""
    deleted, _per_model = Appointment.objects.filter(ends_at__lt=cutoff).delete()
    return int(deleted)


def ensure_kind(
    *,
    slug: str,
    names: dict[str, str],
    length_minutes: int,
    office_ids: list[int],
    languages: list[str],
) -> AppointmentKind:
    """Create a kind of appointment unless one with ``slug`` exists (the demo and set-up
    scripts; editors keep kinds in the back-office)."""
    kind, created = AppointmentKind.objects.get_or_create(
        slug=slug,
        defaults={
            **{f"name_{code}": name for code, name in names.items()},
            "length_minutes": length_minutes,
            "languages": languages,
        },
    )
    if created:
        kind.offices.set(office_ids)
    return kind


def publish_availability(
    *,
    worker: User,
    office_id: int,
    kind: AppointmentKind,
    mode: str,
    weekday: int,
    starts: dt.time,
    ends: dt.time,
) -> Availability:
    """Add one weekly availability of ``worker`` unless the same one exists."""
    availability, _created = Availability.objects.get_or_create(
        worker=worker,
        office_id=office_id,
        kind=kind,
        mode=mode,
        weekday=weekday,
        starts=starts,
        defaults={"ends": ends},
    )
    return availability
