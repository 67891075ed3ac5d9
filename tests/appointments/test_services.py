"""Booking, moving, cancelling and the database's guard against a slot given twice."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction

from tests.appointments.conftest import FRIDAY, MONDAY_10, booking, make_kind, open_hours
from tests.staff import make_office
from tukipiste.appointments import selectors, services
from tukipiste.appointments.models import Appointment, AppointmentKind, Mode, Status
from tukipiste.offices.models import OfficeException

pytestmark = pytest.mark.usefixtures("frozen")


def test_booking_gives_a_code_that_finds_the_appointment(alice_hours: Any, kind: Any) -> None:
    appointment, code = services.book_appointment(request=booking(kind, MONDAY_10), now=FRIDAY)
    assert appointment.worker == alice_hours.worker
    assert appointment.ends_at - appointment.starts_at == dt.timedelta(minutes=45)
    assert len(code) == 14 and code.count("-") == 2
    assert code not in appointment.code_hash
    assert selectors.appointment_by_code(code=code.lower(), now=FRIDAY) == appointment


def test_second_booking_of_same_slot_is_refused_with_nearest_times(
    alice_hours: Any, kind: AppointmentKind
) -> None:
    services.book_appointment(request=booking(kind, MONDAY_10), now=FRIDAY)
    with pytest.raises(services.SlotTaken) as refused:
        services.book_appointment(request=booking(kind, MONDAY_10), now=FRIDAY)
    assert refused.value.nearest[0] == MONDAY_10 + dt.timedelta(minutes=45)
    assert Appointment.objects.count() == 1


def test_two_workers_at_one_time_give_it_twice_and_then_no_more(
    cast: dict[str, Any], kind: AppointmentKind
) -> None:
    open_hours(cast["alice"], kind)
    open_hours(cast["charlie"], kind)
    for _ in range(2):
        services.book_appointment(request=booking(kind, MONDAY_10), now=FRIDAY)
    with pytest.raises(services.SlotTaken):
        services.book_appointment(request=booking(kind, MONDAY_10), now=FRIDAY)
    assert {a.worker.username for a in Appointment.objects.all()} == {"alice", "charlie"}


def test_database_refuses_a_second_active_booking_of_a_slot(
    alice_hours: Any, kind: AppointmentKind
) -> None:
    first, _ = services.book_appointment(request=booking(kind, MONDAY_10), now=FRIDAY)
    copy = {
        f.attname: getattr(first, f.attname)
        for f in Appointment._meta.concrete_fields
        if f.attname not in {"id", "code_hash"}
    }
    with pytest.raises(IntegrityError), transaction.atomic():
        Appointment.objects.create(**copy, code_hash="x" * 64)
    Appointment.objects.filter(pk=first.pk).update(status=Status.CANCELLED)
    Appointment.objects.create(**copy, code_hash="y" * 64)  # a cancelled slot is free again


@pytest.mark.parametrize(
    ("moment", "field"),
    [
        (FRIDAY - dt.timedelta(hours=1), "slot"),  # past
        (MONDAY_10 + dt.timedelta(minutes=10), "slot"),  # not on the slot grid
        (MONDAY_10 + dt.timedelta(days=1), "slot"),  # Tuesday: no hours
    ],
)
def test_times_outside_availability_are_form_errors(
    alice_hours: Any, kind: AppointmentKind, moment: dt.datetime, field: str
) -> None:
    with pytest.raises(ValidationError) as refused:
        services.book_appointment(request=booking(kind, moment), now=FRIDAY)
    assert field in refused.value.message_dict
    assert not Appointment.objects.exists()


def test_kind_not_offered_at_the_office_or_in_the_language_is_refused(
    alice_hours: Any, kind: AppointmentKind
) -> None:
    turku = make_office("turku")
    for request in (
        booking(kind, MONDAY_10, office_id=turku.pk),
        booking(kind, MONDAY_10, language="th"),
    ):
        with pytest.raises(ValidationError) as refused:
            services.book_appointment(request=request, now=FRIDAY)
        assert "kind" in refused.value.message_dict


def test_office_closure_and_absence_remove_slots(
    cast: dict[str, Any], alice_hours: Any, kind: AppointmentKind
) -> None:
    monday = dt.date(2026, 11, 30)
    free = selectors.free_times(
        kind=kind,
        mode=Mode.OFFICE,
        office_id=alice_hours.office_id,
        first_day=monday,
        last_day=monday,
        now=FRIDAY,
    )
    assert len(free) == 2
    OfficeException.objects.create(office=alice_hours.office, date=monday, reason="holiday")
    free = selectors.free_times(
        kind=kind,
        mode=Mode.OFFICE,
        office_id=alice_hours.office_id,
        first_day=monday,
        last_day=monday,
        now=FRIDAY,
    )
    assert free == {}
    with pytest.raises(ValidationError):
        services.book_appointment(request=booking(kind, MONDAY_10), now=FRIDAY)


def test_move_frees_the_old_time_and_resets_the_reminder(
    alice_hours: Any, kind: AppointmentKind
) -> None:
    appointment, _ = services.book_appointment(
        request=booking(kind, MONDAY_10, email="k@example.org"), now=FRIDAY
    )
    later = MONDAY_10 + dt.timedelta(minutes=45)
    moved = services.move_appointment(appointment=appointment, starts_at=later, now=FRIDAY)
    assert moved.starts_at == later
    assert moved.remind_at == later - dt.timedelta(hours=24)
    again, _ = services.book_appointment(request=booking(kind, MONDAY_10), now=FRIDAY)
    assert again.starts_at == MONDAY_10


def test_move_to_a_taken_time_is_refused_and_keeps_the_booking(
    alice_hours: Any, kind: AppointmentKind
) -> None:
    mine, _ = services.book_appointment(request=booking(kind, MONDAY_10), now=FRIDAY)
    later = MONDAY_10 + dt.timedelta(minutes=45)
    services.book_appointment(request=booking(kind, later), now=FRIDAY)
    with pytest.raises(services.SlotTaken):
        services.move_appointment(appointment=mine, starts_at=later, now=FRIDAY)
    mine.refresh_from_db()
    assert mine.starts_at == MONDAY_10 and mine.status == Status.BOOKED


def test_cancelled_wrong_and_past_codes_are_all_not_found(
    alice_hours: Any, kind: AppointmentKind
) -> None:
    appointment, code = services.book_appointment(
        request=booking(kind, MONDAY_10, phone="+358401234567"), now=FRIDAY
    )
    after = MONDAY_10 + dt.timedelta(hours=1)
    assert selectors.appointment_by_code(code=code, now=after) is None
    assert selectors.appointment_by_code(code="ACDE-FGHJ-KMNP", now=FRIDAY) is None
    assert selectors.appointment_by_code(code="nonsense", now=FRIDAY) is None
    services.cancel_by_client(appointment=appointment)
    assert selectors.appointment_by_code(code=code, now=FRIDAY) is None
    appointment.refresh_from_db()
    assert appointment.reminder_phone == "" and appointment.status == Status.CANCELLED


def test_remote_appointment_belongs_to_the_office_of_the_availability(
    cast: dict[str, Any],
) -> None:
    kind = make_kind(slug="legal", office_ids=[])
    open_hours(cast["bob"], kind, office_id=make_office("turku").pk, mode=Mode.PHONE)
    appointment, _ = services.book_appointment(
        request=booking(kind, MONDAY_10, mode=Mode.PHONE, office_id=None), now=FRIDAY
    )
    assert appointment.office.slug == "turku" and appointment.mode == Mode.PHONE
    remote = selectors.next_remote_times(language="fi", now=FRIDAY)
    week = dt.timedelta(days=7)
    assert [r.starts_at for r in remote] == [
        MONDAY_10 + dt.timedelta(minutes=45),  # 10:00 is taken
        MONDAY_10 + week,
        MONDAY_10 + week + dt.timedelta(minutes=45),
    ]
    assert selectors.next_remote_times(language="th", now=FRIDAY) == []


def test_a_workers_overlapping_hours_are_refused(
    cast: dict[str, Any], kind: AppointmentKind
) -> None:
    from tukipiste.appointments.models import Availability

    open_hours(cast["alice"], kind)  # Monday 10-12
    office = make_office("helsinki")
    overlapping = Availability(
        worker=cast["alice"],
        office=office,
        kind=kind,
        mode=Mode.PHONE,
        weekday=0,
        starts=dt.time(11),
        ends=dt.time(13),
    )
    with pytest.raises(ValidationError) as refused:
        overlapping.full_clean()
    assert "starts" in refused.value.message_dict
    later = Availability(
        worker=cast["alice"],
        office=office,
        kind=kind,
        mode=Mode.PHONE,
        weekday=0,
        starts=dt.time(12),
        ends=dt.time(13),
    )
    later.full_clean()
    other_worker = Availability(
        worker=cast["bob"],
        office=office,
        kind=kind,
        weekday=0,
        starts=dt.time(11),
        ends=dt.time(13),
    )
    other_worker.full_clean()
