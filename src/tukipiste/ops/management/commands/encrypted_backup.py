"""Nightly: an age-encrypted dump of the database, and old ones pruned."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandError

from tukipiste.core.env import env_int, env_str
from tukipiste.ops.backups import BackupError, back_up_encrypted, prune


class Command(BaseCommand):
    help = "Dump the database encrypted with age to BACKUP_DIR (or --output); prune old ones."

    def add_arguments(self, parser: Any) -> None:
        parser.add_argument(
            "--recipients",
            type=Path,
            default=Path(env_str("BACKUP_RECIPIENTS", "/etc/tukipiste/backup-recipients.txt")),
            help="file of age public keys (one a line)",
        )
        parser.add_argument("--output", type=Path, default=None)
        parser.add_argument(
            "--keep-days", type=int, default=env_int("BACKUP_KEEP_DAYS", default=14, minimum=1)
        )

    def handle(self, *args: Any, **options: Any) -> None:
        output = options["output"]
        directory = env_str("BACKUP_DIR")
        if output is None and directory:
            from tukipiste.ops.backups import default_path

            output = Path(directory) / default_path().name
        try:
            path = back_up_encrypted(recipients=options["recipients"], output=output)
        except BackupError as error:
            raise CommandError(str(error)) from error
        removed = prune(directory=path.parent, keep_days=options["keep_days"])
        self.stdout.write(f"Encrypted backup written to {path}; {len(removed)} old ones removed")
