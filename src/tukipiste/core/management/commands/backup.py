from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand

from tukipiste.core.backup import back_up


class Command(BaseCommand):
    help = "Back up the database (SQLite backup API or pg_dump) to var/backups/ or --output."

    def add_arguments(self, parser: Any) -> None:
        parser.add_argument("--output", type=Path, default=None)

    def handle(self, *args: Any, **options: Any) -> None:
        path = back_up(output=options["output"])
        self.stdout.write(f"Backup written to {path}")
