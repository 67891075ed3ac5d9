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
