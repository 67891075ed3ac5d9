"""Send workers without a console off duty, and close the queue when chat duty has ended.

Every server process does this on its own clock while sockets are open; the timer runs it
too, so that it happens even when no socket is open anywhere. Safe to run at any time.
"""

from __future__ import annotations

from typing import Any

from django.core.management.base import BaseCommand

from tukipiste.chat import services


class Command(BaseCommand):
    help = "Send away workers off duty and close the queue after chat duty."

    def handle(self, *args: Any, **options: Any) -> None:
        away = services.send_away_workers_off_duty()
        closed = services.close_queue_after_duty()
        self.stdout.write(f"{len(away)} workers sent off duty, {closed} waiting chats closed")
