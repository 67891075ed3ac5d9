"""The test harness itself: a flush that lost a deadlock to the server runs again."""

from __future__ import annotations

from typing import Any

import pytest
from django.db import OperationalError, connection
from django.db.backends.utils import CursorWrapper


@pytest.mark.django_db(transaction=True)
def test_a_flush_chosen_as_a_deadlocks_victim_runs_again(monkeypatch: pytest.MonkeyPatch) -> None:
    execute = CursorWrapper.execute
    calls: list[str] = []

    def deadlocked_once(self: CursorWrapper, sql: str, params: Any = None) -> Any:
        if sql == "SELECT 1":
            calls.append(sql)
            if len(calls) == 1:
                raise OperationalError("deadlock detected")
        return execute(self, sql, params)

    monkeypatch.setattr(CursorWrapper, "execute", deadlocked_once)
    connection.ops.execute_sql_flush(["SELECT 1"])
    assert calls == ["SELECT 1", "SELECT 1"]


@pytest.mark.django_db(transaction=True)
def test_any_other_flush_error_is_raised(monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(self: CursorWrapper, sql: str, params: Any = None) -> Any:
        raise OperationalError("no such table")

    monkeypatch.setattr(CursorWrapper, "execute", broken)
    with pytest.raises(OperationalError, match="no such table"):
        connection.ops.execute_sql_flush(["SELECT 1"])


@pytest.mark.django_db(transaction=True)
def test_the_demo_replayed_into_a_flushed_database_holds_the_rows_its_load_made(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """tests/conftest.py replays the demo data's rows instead of loading it again."""
    from django.core.management import call_command

    from tests.conftest import _rows_of_every_table
    from tukipiste.demo import loader

    loads: list[int] = []  # the real loader's runs, counted at its first step
    load_offices = loader._load_offices
    monkeypatch.setattr(loader, "_load_offices", lambda: loads.append(1) or load_offices())

    filled = []
    for _ in range(2):
        call_command("flush", interactive=False, verbosity=0)
        counts = loader.load_demo()
        assert counts["offices"] == 3
        # (PostgreSQL returns the rows of a table in no set order.)
        filled.append(
            {table: sorted(map(repr, rows)) for table, _, rows in _rows_of_every_table(connection)}
        )
    assert len(loads) <= 1  # the second load at least was a replay
    assert filled[0] == filled[1]
