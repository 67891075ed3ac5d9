"""The restore drill's command: decrypt an age-encrypted backup and restore it."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandError

from tukipiste.ops.backups import BackupError, restore_encrypted


class Command(BaseCommand):
    help = "Decrypt a backup of `encrypted_backup` with an age identity and restore it."

    def add_arguments(self, parser: Any) -> None:
        parser.add_argument("file", type=Path)
        parser.add_argument("--identity", type=Path, required=True, help="age private key file")
        parser.add_argument("--database-url", default=None, help="restore elsewhere")

    def handle(self, *args: Any, **options: Any) -> None:
        try:
            restore_encrypted(
                backup=options["file"],
                identity=options["identity"],
                database_url=options["database_url"],
            )
        except FileNotFoundError as error:
            raise CommandError(f"No such backup file: {error}") from error
        except BackupError as error:
            raise CommandError(str(error)) from error
        self.stdout.write(f"Restored {options['file']}")
