"""Blank the nicknames of sign-ups once their event is over: they only served the day."""

from __future__ import annotations

import datetime as dt
from typing import Any

from django.core.management.base import BaseCommand
from django.utils import timezone

from tukipiste.community import services

# The day after: a late head count or a forgotten bag may still need the list.
GRACE = dt.timedelta(days=1)


class Command(BaseCommand):
    help = "Blank the nicknames of sign-ups to events that ended over a day ago (run hourly)."

    def handle(self, *args: Any, **options: Any) -> None:
        forgotten = services.forget_event_nicknames(timezone.now() - GRACE)
        self.stdout.write(f"{forgotten} nicknames of past events blanked")
