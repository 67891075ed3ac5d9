"""Encrypted backups: the engine's dump (``core.backup``) encrypted with age.

age (https://age-encryption.org, Debian package ``age``) encrypts to public keys: the server
holds only the recipients' public keys (``/etc/tukipiste/backup-recipients.txt``), so a
stolen server or a stolen backup reveals nothing; the private key (the identity) is kept
offline and needed only to restore. The plain dump exists only for the moments of the
dump and the encryption, in a directory only the service's user can read.
"""

from __future__ import annotations

import datetime as dt
import shutil
import subprocess
import tempfile
from pathlib import Path

from django.conf import settings
from django.db import connection

from tukipiste.core import backup as engine_backup

SUFFIX = ".age"


class BackupError(Exception):
    """A backup or restore step failed; the message says which and why."""


def _age() -> str:
    path = shutil.which("age")
    if path is None:
        raise BackupError("age is not installed (Debian: apt-get install age)")
    return path


def default_path() -> Path:
    stamp = dt.datetime.now(tz=dt.UTC).strftime("%Y%m%dT%H%M%SZ")
    kind = "sqlite3" if connection.vendor == "sqlite" else "pgdump"
    return Path(settings.VAR_DIR) / "backups" / f"tukipiste-{stamp}.{kind}{SUFFIX}"


def back_up_encrypted(*, recipients: Path, output: Path | None = None) -> Path:
    """Dump the database and encrypt it to the age public keys listed in ``recipients``."""
    if not recipients.is_file():
        raise BackupError(f"no recipients file {recipients}")
    age = _age()
    target = output or default_path()
    target.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(dir=target.parent, prefix=".plain-") as private:
        plain = engine_backup.back_up(output=Path(private) / "dump")
        partial = target.with_name(target.name + ".partial")
        command = [age, "--encrypt", "--recipients-file", str(recipients), "-o", str(partial)]
        done = subprocess.run(
            [*command, str(plain)],
            capture_output=True,
            text=True,
        )
        if done.returncode != 0:
            partial.unlink(missing_ok=True)
            raise BackupError(f"age failed: {done.stderr.strip()}")
        partial.chmod(0o600)
        partial.replace(target)  # a half-written file never carries the final name
    return target


def restore_encrypted(*, backup: Path, identity: Path, database_url: str | None = None) -> None:
    """Decrypt ``backup`` with the age private key in ``identity`` and restore it."""
    if not backup.is_file():
        raise FileNotFoundError(backup)
    if not identity.is_file():
        raise BackupError(f"no identity file {identity}")
    age = _age()
    with tempfile.TemporaryDirectory(prefix="tukipiste-restore-") as private:
        plain = Path(private) / "dump"
        done = subprocess.run(
            [age, "--decrypt", "--identity", str(identity), "-o", str(plain), str(backup)],
            capture_output=True,
            text=True,
        )
        if done.returncode != 0:
            raise BackupError(f"age could not decrypt {backup}: {done.stderr.strip()}")
        engine_backup.restore(backup=plain, database_url=database_url)


def prune(*, directory: Path, keep_days: int, now: dt.datetime | None = None) -> list[Path]:
    """Delete encrypted backups in ``directory`` older than ``keep_days``; return them."""
    limit = (now or dt.datetime.now(tz=dt.UTC)).timestamp() - keep_days * 86400
    removed = []
    for path in sorted(directory.glob(f"tukipiste-*{SUFFIX}")):
        if path.stat().st_mtime < limit:
            path.unlink()
            removed.append(path)
    return removed
