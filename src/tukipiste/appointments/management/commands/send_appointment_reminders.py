"""Send the appointment reminders that are due and erase the contacts of past appointments.

Runs every five minutes: by APScheduler under ``make run``, by a systemd timer in production
(``docs/operations.md``).
"""

from __future__ import annotations

from typing import Any

from django.core.management.base import BaseCommand
from django.utils import timezone

from tukipiste.appointments.services import erase_past_contacts, send_due_reminders


class Command(BaseCommand):
    help = "Send due appointment reminders; erase contact details of past appointments."

    def handle(self, *args: Any, **options: Any) -> None:
        now = timezone.now()
        sent = send_due_reminders(now=now)
        erased = erase_past_contacts(now=now)
        self.stdout.write(f"reminders sent: {sent}; contacts erased: {erased}")
