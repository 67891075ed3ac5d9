from typing import Any

from django.core.management.base import BaseCommand

from tukipiste.core.retention import purge_expired


class Command(BaseCommand):
    help = "Delete client-related data older than its retention period (run daily)."

    def handle(self, *args: Any, **options: Any) -> None:
        for result in purge_expired():
            self.stdout.write(
                f"{result.kind}: {result.purged} purged (before {result.cutoff:%Y-%m-%d %H:%M})"
            )
