"""Messages to a client who left a contact: a reminder, or word that staff cancelled.

Rendered in the language of the client's pages at booking time. The text names no
organisation, service or kind of appointment: a phone may be seen by someone else.
"""

from __future__ import annotations

import datetime as dt

from django.conf import settings
from django.core.mail import send_mail
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from tukipiste.appointments import sms
from tukipiste.appointments.models import Appointment
from tukipiste.appointments.slots import HELSINKI


def _when(moment: dt.datetime) -> str:
    local = timezone.localtime(moment, HELSINKI)
    return f"{local:%d.%m.%Y %H:%M}"


def _send(appointment: Appointment, *, subject: str, body: str) -> None:
    if appointment.reminder_email:
        send_mail(subject, body, settings.DEFAULT_FROM_EMAIL, [appointment.reminder_email])
    if appointment.reminder_phone:
        sms.send_sms(to=appointment.reminder_phone, body=body)


def send_reminder(appointment: Appointment) -> None:
    """Remind the client of the coming appointment (raises ``sms.SmsError``)."""
    with translation.override(appointment.page_language or settings.LANGUAGE_CODE):
        subject = _("Reminder of your appointment")
        body = _("Reminder: your appointment is on %(when)s. To move or cancel it: %(url)s") % {
            "when": _when(appointment.starts_at),
            "url": _manage_url(appointment),
        }
    _send(appointment, subject=subject, body=body)


def send_cancellation(appointment: Appointment) -> None:
    """Tell the client that staff had to cancel (raises ``sms.SmsError``)."""
    with translation.override(appointment.page_language or settings.LANGUAGE_CODE):
        subject = _("Your appointment was cancelled")
        body = _(
            "Sorry: we had to cancel your appointment on %(when)s. "
            "You can book a new time at %(url)s"
        ) % {"when": _when(appointment.starts_at), "url": _book_url(appointment)}
    _send(appointment, subject=subject, body=body)


def _manage_url(appointment: Appointment) -> str:
    return _book_url(appointment) + "manage/"


def _book_url(appointment: Appointment) -> str:
    # The public address (``BASE_URL``), in the language the client booked in.
    base = settings.WAGTAILADMIN_BASE_URL.rstrip("/")
    return f"{base}/{appointment.page_language}/appointments/"
