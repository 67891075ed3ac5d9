"""The restore drill: back up, encrypt with age, decrypt, restore into a fresh database,
compare. Needs the age tool (Debian package ``age``; CI installs it)."""

from __future__ import annotations

import datetime as dt
import os
import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError
from django.db import connection

from tests.core.test_backup import empty_target, table_counts  # noqa: F401 (a fixture)
from tukipiste.ops.backups import SUFFIX, prune

pytestmark = pytest.mark.skipif(
    shutil.which("age") is None, reason="age is not installed (apt-get install age)"
)


@pytest.fixture
def key_pair(tmp_path: Path) -> tuple[Path, Path]:
    identity = tmp_path / "identity.txt"
    subprocess.run(["age-keygen", "-o", str(identity)], check=True, capture_output=True)
    public = subprocess.run(
        ["age-keygen", "-y", str(identity)], check=True, capture_output=True, text=True
    ).stdout
    recipients = tmp_path / "recipients.txt"
    recipients.write_text(public)
    return recipients, identity


@pytest.mark.django_db(transaction=True)
def test_restore_drill_brings_back_every_row_from_an_encrypted_backup(
    tmp_path: Path,
    key_pair: tuple[Path, Path],
    empty_target: tuple[str, Any],  # noqa: F811 (the fixture imported above)
) -> None:
    from tukipiste.demo.loader import load_demo
    from tukipiste.website.services import submit_feedback

    load_demo()
    submit_feedback(category="idea", message="keep me", reply_contact="x", language="fi")
    recipients, identity = key_pair
    backup = tmp_path / "backups" / f"nightly{SUFFIX}"
    call_command("encrypted_backup", recipients=recipients, output=backup)

    assert backup.exists() and oct(backup.stat().st_mode & 0o777) == "0o600"
    assert backup.read_bytes().startswith(b"age-encryption.org/v1")
    assert b"keep me" not in backup.read_bytes()
    assert [p.name for p in backup.parent.iterdir()] == [backup.name]  # no plain dump left

    url, open_cursor = empty_target
    call_command("encrypted_restore", str(backup), identity=identity, database_url=url)
    tables = connection.introspection.table_names()
    with connection.cursor() as cursor:
        expected = table_counts(cursor, tables)
    assert table_counts(open_cursor(), tables) == expected
    assert expected["website_feedback"] == 1 and expected["wagtailcore_page"] > 60
    assert expected["offices_office"] >= 3


# SQLite's backup API waits forever for a connection inside a test's open transaction.
@pytest.mark.django_db(transaction=True)
def test_restore_with_the_wrong_key_is_a_clear_error(
    tmp_path: Path, key_pair: tuple[Path, Path]
) -> None:
    recipients, _ = key_pair
    backup = tmp_path / f"b{SUFFIX}"
    call_command("encrypted_backup", recipients=recipients, output=backup)
    other = tmp_path / "other.txt"
    subprocess.run(["age-keygen", "-o", str(other)], check=True, capture_output=True)
    with pytest.raises(CommandError, match="could not decrypt"):
        call_command("encrypted_restore", str(backup), identity=other)


@pytest.mark.django_db
def test_backup_without_recipients_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(CommandError, match="no recipients file"):
        call_command("encrypted_backup", recipients=tmp_path / "none.txt")


def test_old_encrypted_backups_are_pruned(tmp_path: Path) -> None:
    now = dt.datetime(2026, 11, 29, 3, 0, tzinfo=dt.UTC)
    old, new, other = (
        tmp_path / f"tukipiste-old{SUFFIX}",
        tmp_path / f"tukipiste-new{SUFFIX}",
        tmp_path / "notes.txt",
    )
    for path in (old, new, other):
        path.write_text("x")
    fifteen_days = (now - dt.timedelta(days=15)).timestamp()
    os.utime(old, (fifteen_days, fifteen_days))
    os.utime(other, (fifteen_days, fifteen_days))
    os.utime(new, (now.timestamp(), now.timestamp()))
    assert prune(directory=tmp_path, keep_days=14, now=now) == [old]
    assert new.exists() and other.exists()
