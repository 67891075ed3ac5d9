"""SQLite's checkpoints on a thread of their own in a server process (decision 0023)."""

from __future__ import annotations

import contextlib
import sqlite3
import threading
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest

from tukipiste.core import walcheckpoint


def wal_database(path: Path) -> sqlite3.Connection:
    db = sqlite3.connect(path, isolation_level=None)
    db.execute("PRAGMA journal_mode=WAL")
    db.execute("PRAGMA wal_autocheckpoint=0")  # only the checkpoints under test
    db.execute("CREATE TABLE message (body TEXT)")
    return db


def test_a_checkpoint_copies_the_log_into_the_database_while_a_writer_is_open(
    tmp_path: Path,
) -> None:
    path = tmp_path / "chat.sqlite3"
    with contextlib.closing(wal_database(path)) as writer:
        for n in range(200):
            writer.execute("INSERT INTO message VALUES (?)", (f"message {n} " + "x" * 200,))
        busy, logged, copied = walcheckpoint.checkpoint(path)
        assert busy == 0 and logged > 10 and copied == logged
        # The writer goes on; the log is reused from its start.
        writer.execute("INSERT INTO message VALUES ('after')")
        assert walcheckpoint.checkpoint(path)[1] < logged
        with contextlib.closing(sqlite3.connect(path)) as reader:
            assert reader.execute("SELECT count(*) FROM message").fetchone() == (201,)


def test_a_missing_database_is_an_error_not_a_new_empty_file(tmp_path: Path) -> None:
    with pytest.raises(sqlite3.OperationalError):
        walcheckpoint.checkpoint(tmp_path / "gone.sqlite3")
    assert not (tmp_path / "gone.sqlite3").exists()


@pytest.mark.django_db
def test_the_servers_connections_checkpoint_by_themselves_only_past_the_safety_net() -> None:
    from django.db import connection

    if connection.vendor != "sqlite":
        pytest.skip("SQLite's write-ahead log")
    connection.ensure_connection()
    walcheckpoint.raise_automatic_mark(None, connection)
    with connection.cursor() as cursor:
        cursor.execute("PRAGMA wal_autocheckpoint")
        assert cursor.fetchone()[0] == walcheckpoint.SAFETY_NET_PAGES
        cursor.execute("PRAGMA wal_autocheckpoint=1000")


def test_the_thread_starts_once_and_only_for_a_database_file(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    settings_dict: dict[str, Any] = {"ENGINE": "django.db.backends.postgresql", "NAME": "x"}
    connection = SimpleNamespace(settings_dict=settings_dict, connection=None)
    monkeypatch.setattr(walcheckpoint, "connections", {"default": connection})
    monkeypatch.setattr(walcheckpoint, "_started", False)
    assert walcheckpoint.checkpoint_in_background() is None  # PostgreSQL checkpoints itself
    settings_dict.update(ENGINE="django.db.backends.sqlite3", NAME=":memory:")
    assert walcheckpoint.checkpoint_in_background() is None
    path = tmp_path / "db.sqlite3"
    wal_database(path).close()
    settings_dict["NAME"] = str(path)
    monkeypatch.setattr(walcheckpoint, "EVERY_SECONDS", 0.01)
    checkpointed = threading.Event()
    calls: list[str] = []

    def checkpoint(at: str) -> tuple[int, int, int]:
        calls.append(at)
        if len(calls) == 1:
            raise RuntimeError("one bad moment")  # the thread goes on after any error
        checkpointed.set()
        return (0, 0, 0)

    monkeypatch.setattr(walcheckpoint, "checkpoint", checkpoint)
    started = walcheckpoint.checkpoint_in_background()
    try:
        assert started is not None
        assert walcheckpoint.checkpoint_in_background() is None  # once per process
        assert checkpointed.wait(5), calls
        assert set(calls) == {str(path)}
    finally:
        if started is not None:
            started.stop.set()
            started.thread.join(5)
        from django.db.backends.signals import connection_created

        connection_created.disconnect(dispatch_uid="wal-checkpoint-mark")
    assert started is not None and not started.thread.is_alive()
