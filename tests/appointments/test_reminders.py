"""Reminders by e-mail and SMS at the right moment, the 46elks backend against a local fake
server, erasure of contacts after the appointment, and the retention purge."""

from __future__ import annotations

import base64
import datetime as dt
import threading
import urllib.parse
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import pytest
from django.core import mail
from django.core.management import call_command

from tests.appointments.conftest import FRIDAY, MONDAY_10, booking
from tukipiste.appointments import services, sms
from tukipiste.appointments.models import Appointment
from tukipiste.core.retention import purge_expired

pytestmark = pytest.mark.usefixtures("frozen", "alice_hours")


class FakeElks(BaseHTTPRequestHandler):
    """Answers as 46elks' POST /a1/sms does; records what it got."""

    received: list[dict[str, Any]] = []
    status = 200

    def do_POST(self) -> None:
        length = int(self.headers["Content-Length"])
        form = urllib.parse.parse_qs(self.rfile.read(length).decode())
        FakeElks.received.append(
            {"path": self.path, "auth": self.headers["Authorization"], "form": form}
        )
        self.send_response(FakeElks.status)
        self.send_header("Content-Type", "application/json")
        self.end_headers()
        self.wfile.write(b'{"status": "created", "id": "s1"}')

    def log_message(self, *args: Any) -> None:  # keep the test output clean
        pass


@pytest.fixture
def elks(settings: Any) -> Iterator[list[dict[str, Any]]]:
    server = ThreadingHTTPServer(("127.0.0.1", 0), FakeElks)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    FakeElks.received = []
    FakeElks.status = 200
    settings.SMS_BACKEND = "tukipiste.appointments.sms.ElksBackend"
    settings.SMS_API_URL = f"http://127.0.0.1:{server.server_address[1]}/a1/sms"
    settings.SMS_API_USERNAME = "u123"
    settings.SMS_API_PASSWORD = "secret"
    settings.SMS_SENDER = "Tukipiste"
    yield FakeElks.received
    server.shutdown()


def _book(kind: Any, **contact: str) -> Appointment:
    appointment, _ = services.book_appointment(
        request=booking(kind, MONDAY_10, **contact), now=FRIDAY
    )
    return appointment


def test_email_reminder_goes_out_a_day_before_in_the_clients_language(kind: Any) -> None:
    appointment = _book(kind, email="kukka@example.org", page_language="fi")
    day_before = MONDAY_10 - dt.timedelta(hours=24)
    assert services.send_due_reminders(now=day_before - dt.timedelta(minutes=5)) == 0
    assert services.send_due_reminders(now=day_before) == 1
    assert services.send_due_reminders(now=day_before + dt.timedelta(minutes=5)) == 0
    [message] = mail.outbox
    assert message.to == ["kukka@example.org"]
    assert "30.11.2026 10:00" in message.body
    assert "/fi/appointments/manage/" in message.body
    appointment.refresh_from_db()
    assert appointment.reminder_sent_at == day_before


def test_sms_reminder_goes_through_the_46elks_api(kind: Any, elks: list[dict[str, Any]]) -> None:
    _book(kind, phone="+358401234567")
    assert services.send_due_reminders(now=MONDAY_10 - dt.timedelta(hours=24)) == 1
    [request] = elks
    assert request["path"] == "/a1/sms"
    assert request["auth"] == "Basic " + base64.b64encode(b"u123:secret").decode()
    assert request["form"]["to"] == ["+358401234567"]
    assert request["form"]["from"] == ["Tukipiste"]
    assert "30.11.2026 10:00" in request["form"]["message"][0]


def test_a_refused_sms_stays_due_and_is_retried(kind: Any, elks: list[dict[str, Any]]) -> None:
    _book(kind, phone="+358401234567")
    FakeElks.status = 401
    moment = MONDAY_10 - dt.timedelta(hours=24)
    assert services.send_due_reminders(now=moment) == 0
    FakeElks.status = 200
    assert services.send_due_reminders(now=moment + dt.timedelta(minutes=5)) == 1
    assert len(elks) == 2


def test_an_unreachable_provider_raises_sms_error(settings: Any) -> None:
    settings.SMS_BACKEND = "tukipiste.appointments.sms.ElksBackend"
    settings.SMS_API_URL = "http://127.0.0.1:9/a1/sms"
    with pytest.raises(sms.SmsError):
        sms.send_sms(to="+358401234567", body="x")


def test_a_late_booking_is_reminded_two_hours_before(kind: Any) -> None:
    late = MONDAY_10 - dt.timedelta(hours=5)
    appointment, _ = services.book_appointment(
        request=booking(kind, MONDAY_10, email="k@example.org"), now=late
    )
    assert appointment.remind_at == MONDAY_10 - dt.timedelta(hours=2)


def test_no_contact_means_no_reminder(kind: Any) -> None:
    assert _book(kind).remind_at is None


def test_the_job_erases_contacts_once_the_appointment_is_over(kind: Any) -> None:
    appointment = _book(kind, email="k@example.org", phone="+358401234567")
    call_command("send_appointment_reminders")  # Friday: nothing due, nothing over
    appointment.refresh_from_db()
    assert appointment.reminder_email
    assert services.erase_past_contacts(now=appointment.ends_at) == 1
    appointment.refresh_from_db()
    assert (appointment.reminder_email, appointment.reminder_phone) == ("", "")


def test_retention_deletes_appointments_with_their_nicknames(kind: Any) -> None:
    appointment = _book(kind)
    results = {
        r.kind: r.purged for r in purge_expired(now=appointment.ends_at + dt.timedelta(days=29))
    }
    assert results["appointments"] == 0
    results = {
        r.kind: r.purged for r in purge_expired(now=appointment.ends_at + dt.timedelta(days=31))
    }
    assert results["appointments"] == 1
    assert not Appointment.objects.exists()


def test_console_backend_prints_the_message(capsys: Any) -> None:
    sms.ConsoleBackend().send(to="+358401234567", body="hello")
    assert "hello" in capsys.readouterr().out
