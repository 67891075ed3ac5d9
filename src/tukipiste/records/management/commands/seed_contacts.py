"""Add realistic random contacts for benchmarks and demos: ``manage.py seed_contacts 1000000``."""

from __future__ import annotations

import time
from typing import Any

from django.core.management.base import BaseCommand, CommandParser

from tukipiste.records import rollups
from tukipiste.records.models import Contact
from tukipiste.records.seeding import replicate_contacts, seed_contacts


class Command(BaseCommand):
    help = "Add random contacts (seeded, bulk inserted) and count them in the statistics."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("count", type=int, help="how many contacts to add")
        parser.add_argument("--seed", type=int, default=2026)
        parser.add_argument("--years", type=int, default=4)
        parser.add_argument(
            "--up-to", action="store_true", help="add only what the database lacks of COUNT"
        )
        parser.add_argument(
            "--replicate",
            action="store_true",
            help="reach COUNT by copying the contacts there are (set-based; for ten million)",
        )

    def handle(
        self, *args: Any, count: int, seed: int, years: int, up_to: bool, replicate: bool, **kw: Any
    ) -> None:
        if up_to:
            count -= Contact.objects.count()
        started = time.perf_counter()
        if replicate:
            there = Contact.objects.count()
            added = replicate_contacts(
                copies=max(0, count // max(there, 1)),
                progress=lambda done: self.stdout.write(f"  {done} contacts copied"),
            )
            rollups.tidy()
            self.stdout.write(f"added {added} contacts in {time.perf_counter() - started:.1f} s")
            return

        def progress(done: int) -> None:
            if done < 0:
                self.stdout.write("  counting the roll-ups")
            elif done % 100000 == 0:
                self.stdout.write(f"  {done} contacts")

        added = seed_contacts(count=max(0, count), seed=seed, years=years, progress=progress)
        rollups.tidy()
        self.stdout.write(f"added {added} contacts in {time.perf_counter() - started:.1f} s")
