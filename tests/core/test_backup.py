"""A backup restores into an empty database with every record."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from django.core.management import call_command
from django.db import connection

from tukipiste.core.audit import log_action
from tukipiste.website.services import submit_feedback


def table_counts(cursor: Any, tables: list[str]) -> dict[str, int]:
    counts = {}
    for table in tables:
        cursor.execute(f'SELECT COUNT(*) FROM "{table}"')  # noqa: S608 (names from introspection)
        counts[table] = cursor.fetchone()[0]
    return counts


@pytest.fixture
def empty_target(tmp_path: Path) -> Iterator[tuple[str, Any]]:
    """An empty database of the same engine, and a function that opens a cursor on it."""
    if connection.vendor == "sqlite":
        import sqlite3

        path = tmp_path / "restored.sqlite3"
        yield f"sqlite:///{path}", lambda: sqlite3.connect(path).cursor()
        return
    import psycopg

    settings = connection.settings_dict
    name = f"restore_{uuid.uuid4().hex[:10]}"
    conninfo = {
        "host": settings["HOST"] or "127.0.0.1",
        "port": settings["PORT"] or 5432,
        "user": settings["USER"],
        "password": settings["PASSWORD"] or None,
    }
    with psycopg.connect(dbname="postgres", autocommit=True, **conninfo) as admin:
        admin.execute(f'CREATE DATABASE "{name}"')
    user = settings["USER"]
    url = f"postgres://{user}@{conninfo['host']}:{conninfo['port']}/{name}"
    opened: list[Any] = []

    def cursor() -> Any:
        conn = psycopg.connect(dbname=name, **conninfo)
        opened.append(conn)
        return conn.cursor()

    yield url, cursor
    for conn in opened:
        conn.close()
    with psycopg.connect(dbname="postgres", autocommit=True, **conninfo) as admin:
        admin.execute(f'DROP DATABASE IF EXISTS "{name}"')


@pytest.mark.django_db(transaction=True)
def test_backup_restores_into_an_empty_database_with_every_record(
    tmp_path: Path, empty_target: tuple[str, Any]
) -> None:
    from tukipiste.demo.loader import load_demo

    load_demo()
    item = submit_feedback(category="idea", message="keep me", reply_contact="x", language="sv")
    log_action(actor=None, action="website.feedback.viewed", obj=item)
    backup = tmp_path / "backup.dump"
    call_command("backup", output=backup)
    url, open_cursor = empty_target
    call_command("restore", str(backup), database_url=url)

    tables = connection.introspection.table_names()
    with connection.cursor() as cursor:
        expected = table_counts(cursor, tables)
    restored = table_counts(open_cursor(), tables)
    assert restored == expected
    assert expected["website_feedback"] == 1 and expected["wagtailcore_page"] > 60


def test_restore_of_a_missing_file_is_a_clear_error(db: None, tmp_path: Path) -> None:
    from django.core.management.base import CommandError

    with pytest.raises(CommandError, match="No such backup file"):
        call_command("restore", str(tmp_path / "nope.sqlite3"))
