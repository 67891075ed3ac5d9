"""The appointment as an iCalendar file (RFC 5545), for the client's own calendar.

The event names neither the organisation nor the kind of appointment: a calendar may be
synchronised to a device someone else sees.
"""

from __future__ import annotations

import datetime as dt
import hashlib

from django.http import HttpResponse
from django.utils import timezone
from django.utils.translation import gettext as _

from tukipiste.appointments.models import Appointment, Mode


def _escape(text: str) -> str:
    return text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def _stamp(moment: dt.datetime) -> str:
    return moment.astimezone(dt.UTC).strftime("%Y%m%dT%H%M%SZ")


def calendar_text(appointment: Appointment) -> str:
    """The VCALENDAR text of one appointment, CRLF line ends."""
    office = appointment.office
    if appointment.mode == Mode.OFFICE:
        location = f"{office.street_address}, {office.postal_code} {office.city}"
    elif appointment.mode == Mode.PHONE:
        location = _("By phone: call %(phone)s") % {"phone": office.phone}
    else:
        location = _("By chat")
    # Stable across downloads (a second download updates the event), unrelated to the code.
    uid = hashlib.sha256(f"appointment-{appointment.code_hash}".encode()).hexdigest()[:32]
    lines = [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        "PRODID:-//Tukipiste//Appointments//EN",
        "BEGIN:VEVENT",
        f"UID:{uid}@tukipiste",
        f"DTSTAMP:{_stamp(timezone.now())}",
        f"DTSTART:{_stamp(appointment.starts_at)}",
        f"DTEND:{_stamp(appointment.ends_at)}",
        f"SUMMARY:{_escape(_('Appointment'))}",
        f"LOCATION:{_escape(location)}",
        "END:VEVENT",
        "END:VCALENDAR",
    ]
    return "\r\n".join(lines) + "\r\n"


def response(appointment: Appointment) -> HttpResponse:
    """The file as a download."""
    reply = HttpResponse(calendar_text(appointment), content_type="text/calendar; charset=utf-8")
    reply["Content-Disposition"] = 'attachment; filename="appointment.ics"'
    return reply
