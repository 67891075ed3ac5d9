from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandError

from tukipiste.core.backup import restore


class Command(BaseCommand):
    help = "Restore a backup made by `backup` into the database (replaces its contents)."

    def add_arguments(self, parser: Any) -> None:
        parser.add_argument("file", type=Path)
        parser.add_argument("--database-url", default=None, help="restore elsewhere")

    def handle(self, *args: Any, **options: Any) -> None:
        try:
            restore(backup=options["file"], database_url=options["database_url"])
        except FileNotFoundError as exc:
            raise CommandError(f"No such backup file: {exc}") from exc
        self.stdout.write(f"Restored {options['file']}")
