"""Recount the monthly roll-ups of statistics from the contacts (repair; not periodic)."""

from __future__ import annotations

from typing import Any

from django.core.management.base import BaseCommand

from tukipiste.records import rollups
from tukipiste.records.services import rebuild_rollups


class Command(BaseCommand):
    help = "Recount the statistics roll-ups from the contact records."

    def handle(self, *args: Any, **options: Any) -> None:
        total = rebuild_rollups()
        rollups.tidy()
        self.stdout.write(f"recounted {total} contacts")
