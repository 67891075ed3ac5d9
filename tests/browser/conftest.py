"""Chat fixtures for the browser tests, and a clean end for each of them."""

from __future__ import annotations

import contextlib
import time

import pytest

from tests.chat.conftest import chat_open, demo_chat_page, staff  # noqa: F401


@pytest.hookimpl(tryfirst=True)
def pytest_runtest_teardown(item: pytest.Item, nextitem: pytest.Item | None) -> None:
    """Before the database is flushed: close the test's pages and let the server finish what
    their sockets' closing does (presence, duty), or PostgreSQL's TRUNCATE meets those
    writes and one of the two is chosen as a deadlock's victim (as for tests/chat)."""
    from tukipiste.chat.consumers.clock import clock

    browser = getattr(item, "funcargs", {}).get("browser")
    if browser is None:
        return
    contexts = list(browser.contexts)
    for context in contexts:
        with contextlib.suppress(Exception):
            context.close()
    if not (contexts or clock.clients or clock.consoles):
        return
    deadline = time.monotonic() + 5
    # A socket leaves the clock first and writes its presence after: wait for the writes
    # (every socket count back at 0), not only for the clock.
    while time.monotonic() < deadline and (clock.clients or clock.consoles or _sockets_counted()):
        time.sleep(0.05)
    time.sleep(0.2)


def _sockets_counted() -> bool:
    from tukipiste.chat.models import Chat, WorkerDuty

    try:
        return (
            WorkerDuty.objects.filter(sockets__gt=0).exists()
            or Chat.objects.filter(client_sockets__gt=0).exists()
        )
    except Exception:  # a test without database access: nothing of its sockets to wait for
        return False
