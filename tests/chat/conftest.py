"""Chat duty open (a Wednesday noon in Helsinki), a verified worker's session cookie."""

from __future__ import annotations

import contextlib
import datetime as dt
import time
import warnings
from collections.abc import Iterator
from typing import Any

import pytest
import time_machine

from tests.staff import make_office, verified_client
from tukipiste.offices.models import OfficeHours
from tukipiste.offices.selectors import HOURS

WEDNESDAY_NOON = dt.datetime(2026, 11, 25, 10, 0, tzinfo=dt.UTC)  # 12:00 in Helsinki
SUNDAY_NIGHT = dt.datetime(2026, 11, 29, 21, 0, tzinfo=dt.UTC)


@pytest.fixture
def chat_open(transactional_db: None) -> Iterator[None]:
    office = make_office("helsinki")
    OfficeHours.objects.bulk_create(
        OfficeHours(
            office=office, service="chat", weekday=day, opens=dt.time(10), closes=dt.time(15)
        )
        for day in range(5)
    )
    HOURS.renew()  # bulk_create sends no signal
    with time_machine.travel(WEDNESDAY_NOON, tick=True):
        yield


def worker_cookie(user: Any) -> str:
    client = verified_client(user)
    return f"sessionid={client.cookies['sessionid'].value}"


@pytest.fixture
def staff(cast: dict[str, Any], chat_open: None) -> dict[str, Any]:
    from tukipiste.accounts.services import ensure_profile

    for name in ("alice", "bob"):
        profile = ensure_profile(user=cast[name])
        profile.display_name = name.title()
        profile.save()
    return cast


@pytest.fixture
def demo_chat_page(chat_open: None) -> None:
    """The demo site's pages (the chat page among them) on top of the chat-duty office."""
    from tukipiste.demo.loader import load_demo

    load_demo()


@pytest.hookimpl(tryfirst=True)
def pytest_runtest_teardown(item: pytest.Item, nextitem: pytest.Item | None) -> None:
    """Before the database is flushed: close the test's sockets and let the server finish
    what their closing does (presence, duty), or the flush meets those writes (on
    PostgreSQL one of the two may be chosen as a deadlock's victim)."""
    from tests.chat.wsclient import Peer

    for peer in Peer.opened:
        with contextlib.suppress(Exception):
            peer.close()
    Peer.opened.clear()
    wait_for_closed_sockets()


def wait_for_closed_sockets() -> None:
    """Until the server has run the closing of every socket to its end, with its database
    writes, and any tick of the chat's clock has ended (at most 5 s). A console page closed
    while its socket was still connecting writes its presence after the socket has left
    the clock: the sockets are counted from their first frame to their closing's end."""
    from tukipiste.chat.consumers.base import live_sockets
    from tukipiste.chat.consumers.clock import clock

    deadline = time.monotonic() + 5  # returns at once when no socket is left
    while len(live_sockets) or clock.clients or clock.consoles or _ticking(clock):
        if time.monotonic() > deadline:
            # A consumer that was never told of its disconnect (a test's communicator that
            # was not disconnected) would keep the clock ticking into later tests.
            warnings.warn(
                f"chat sockets still open after the test: {len(live_sockets)} live, "
                f"{len(clock.clients)} clients and {len(clock.consoles)} consoles on the clock",
                stacklevel=2,
            )
            return
        time.sleep(0.02)


def _ticking(clock: Any) -> bool:
    """A tick that had begun when the last socket left runs to its end (and may write)."""
    return clock.task is not None and not clock.task.done() and not clock.sleeping
