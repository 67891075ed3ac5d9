"""Chat fixtures for the browser tests, and a clean end for each of them."""

from __future__ import annotations

import contextlib

import pytest

from tests.chat.conftest import (  # noqa: F401
    chat_open,
    demo_chat_page,
    staff,
    wait_for_closed_sockets,
)


@pytest.hookimpl(tryfirst=True)
def pytest_runtest_teardown(item: pytest.Item, nextitem: pytest.Item | None) -> None:
    """Before the database is flushed: close the test's pages and let the server finish what
    their sockets' closing does (presence, duty), or the flush meets those writes (as for
    tests/chat).

    A context that a module-scoped fixture shares between tests (marked with
    `keep_between_tests`) stays open; its pages go to a blank page, which closes their
    sockets just the same."""
    browser = getattr(item, "funcargs", {}).get("browser")
    if browser is None:
        return
    for context in list(browser.contexts):
        with contextlib.suppress(Exception):
            if getattr(context, "keep_between_tests", False):
                for tab in context.pages:
                    tab.goto("about:blank")
            else:
                context.close()
    wait_for_closed_sockets()
