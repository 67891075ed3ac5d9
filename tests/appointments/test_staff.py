"""The worker's side: day and week views by role and office, marking, staff cancellation,
the staff home panel and the audit trail."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
import time_machine
from django.core import mail

from tests.appointments.conftest import FRIDAY, MONDAY_10, booking
from tests.staff import make_office, verified_client
from tukipiste.appointments import services
from tukipiste.appointments.models import Appointment, Status
from tukipiste.core.models import AuditEntry
from tukipiste.records.models import Contact

pytestmark = pytest.mark.usefixtures("alice_hours")


@pytest.fixture
def booked(kind: Any) -> Appointment:
    with time_machine.travel(FRIDAY, tick=False):
        appointment, _ = services.book_appointment(
            request=booking(kind, MONDAY_10, email="kukka@example.org"), now=FRIDAY
        )
    return appointment


MONDAY = "2026-11-30"


@pytest.mark.parametrize(
    ("who", "status", "sees"),
    [
        ("alice", 200, True),
        ("charlie", 200, True),
        ("bob", 200, False),
        ("peter", 302, False),
        ("dora", 302, False),
    ],
)
def test_day_view_by_role_and_office(
    cast: dict[str, Any], booked: Appointment, who: str, status: int, sees: bool
) -> None:
    client = verified_client(cast[who])
    response = client.get("/admin/appointments/", {"date": MONDAY, "all": "1"})
    assert response.status_code == status
    if status == 200:
        assert ("Kukka" in response.content.decode()) is sees


def test_a_worker_of_another_office_cannot_open_it_or_mark_there(
    cast: dict[str, Any], booked: Appointment
) -> None:
    client = verified_client(cast["bob"])
    helsinki = make_office("helsinki").pk
    refused = client.get("/admin/appointments/", {"office": helsinki})
    assert refused.status_code == 302 and refused["Location"] == "/admin/"  # Wagtail's refusal
    response = client.post(f"/admin/appointments/{booked.pk}/mark/", {"action": "no_show"})
    assert response.status_code in (302, 404) and response.get("Location") != "/admin/appointments/"
    booked.refresh_from_db()
    assert booked.status == Status.BOOKED


def test_week_view_per_worker_and_per_office(cast: dict[str, Any], booked: Appointment) -> None:
    client = verified_client(cast["alice"])
    by_worker = client.get(
        "/admin/appointments/", {"worker": cast["alice"].pk, "span": "week", "date": "2026-12-02"}
    )
    assert "Kukka" in by_worker.content.decode()
    office = make_office("helsinki").pk
    by_office = client.get(
        "/admin/appointments/", {"office": office, "span": "week", "date": MONDAY}
    )
    assert "Kukka" in by_office.content.decode()
    next_week = client.get(
        "/admin/appointments/", {"office": office, "span": "week", "date": "2026-12-07"}
    )
    assert "Kukka" not in next_week.content.decode()
    assert AuditEntry.objects.filter(action="appointments.appointment.listed").count() == 3


def test_attended_creates_an_appointment_contact(cast: dict[str, Any], booked: Appointment) -> None:
    with time_machine.travel(MONDAY_10 + dt.timedelta(minutes=50), tick=False):
        client = verified_client(cast["alice"])
        response = client.post(f"/admin/appointments/{booked.pk}/mark/", {"action": "attended"})
    assert response.status_code == 302
    booked.refresh_from_db()
    assert booked.status == Status.ATTENDED
    contact = Contact.objects.get()
    assert contact.channel == "appointment"
    assert contact.office_id == booked.office_id and contact.language == "fi"
    assert contact.duration_seconds == 45 * 60
    assert AuditEntry.objects.filter(action="appointments.appointment.attended").exists()


def test_marking_before_the_start_is_refused(cast: dict[str, Any], booked: Appointment) -> None:
    client = verified_client(cast["alice"])
    with time_machine.travel(FRIDAY, tick=False):
        client.post(f"/admin/appointments/{booked.pk}/mark/", {"action": "attended"})
    booked.refresh_from_db()
    assert booked.status == Status.BOOKED and not Contact.objects.exists()


def test_no_show_records_no_contact(cast: dict[str, Any], booked: Appointment) -> None:
    with time_machine.travel(MONDAY_10 + dt.timedelta(minutes=50), tick=False):
        client = verified_client(cast["alice"])
        client.post(f"/admin/appointments/{booked.pk}/mark/", {"action": "no_show"})
    booked.refresh_from_db()
    assert booked.status == Status.NO_SHOW and not Contact.objects.exists()


def test_staff_cancel_tells_the_client_and_erases_the_contact(
    cast: dict[str, Any], booked: Appointment
) -> None:
    client = verified_client(cast["alice"])
    with time_machine.travel(FRIDAY, tick=False):
        client.post(f"/admin/appointments/{booked.pk}/mark/", {"action": "cancel"})
    [message] = mail.outbox
    assert message.to == ["kukka@example.org"] and "/en/appointments/" in message.body
    booked.refresh_from_db()
    assert booked.status == Status.CANCELLED and booked.reminder_email == ""
    assert AuditEntry.objects.filter(action="appointments.appointment.cancelled").exists()


def test_staff_home_shows_todays_appointments(cast: dict[str, Any], booked: Appointment) -> None:
    with time_machine.travel(MONDAY_10 - dt.timedelta(hours=1), tick=False):
        client = verified_client(cast["alice"])
        html = client.get("/admin/").content.decode()
    assert 'id="appointments-today-heading"' in html and "Kukka" in html
    editor_home = verified_client(cast["dora"]).get("/admin/").content.decode()
    assert 'id="appointments-today-heading"' not in editor_home


def test_availability_list_is_scoped_to_the_workers_offices(cast: dict[str, Any]) -> None:
    alice = verified_client(cast["alice"])
    bob = verified_client(cast["bob"])
    url = "/admin/snippets/appointments/availability/"
    assert "alice" in alice.get(url).content.decode()
    assert "alice" not in bob.get(url).content.decode()
    from tukipiste.appointments.models import Availability

    pk = Availability.objects.get().pk
    assert bob.get(f"{url}edit/{pk}/").status_code == 302  # Wagtail's refusal
    assert alice.get(f"{url}edit/{pk}/").status_code == 200
    assert verified_client(cast["peter"]).get(url).status_code == 302


def test_week_view_queries_do_not_grow_with_the_appointments(
    cast: dict[str, Any], kind: Any
) -> None:
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    from tests.appointments.conftest import open_hours

    for weekday in range(5):
        open_hours(cast["alice"], kind, weekday=weekday)
    client = verified_client(cast["charlie"])
    week = {"span": "week", "date": MONDAY, "all": "1"}
    counts = []
    for days in (1, 5):
        with time_machine.travel(FRIDAY, tick=False):
            for day in range(days):
                for slot in range(2):
                    start = MONDAY_10 + dt.timedelta(days=day, minutes=45 * slot)
                    if not Appointment.objects.filter(starts_at=start).exists():
                        services.book_appointment(request=booking(kind, start), now=FRIDAY)
        with CaptureQueriesContext(connection) as queries:
            response = client.get("/admin/appointments/", week)
        assert response.content.decode().count("<td>Kukka</td>") == 2 * days
        counts.append(len(queries))
    assert counts[0] == counts[1]


def test_editors_keep_the_kinds_and_workers_do_not(cast: dict[str, Any], kind: Any) -> None:
    url = "/admin/snippets/appointments/appointmentkind/"
    assert "Sosiaalineuvonta" in verified_client(cast["dora"]).get(url).content.decode()
    assert verified_client(cast["alice"]).get(url).status_code == 302
