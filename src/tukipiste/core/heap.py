"""The garbage collector in a server process.

A server process keeps its start-up objects (modules, models, URL patterns and the views they
import) for its whole life, and a full collection would walk them all again each time.

Measured on the statistics dashboard (decision 0018): a full collection in a process that
had just migrated took 123 ms, inside one request, and made that request three times its
median. After ``settle()`` the same collections walk only what requests left behind.

A chat server adds the state of every open socket: at 1,000 chats (2,100 sockets) 160,000
objects that live as long as their socket, walked by every full collection (140-150 ms, every
ten to twenty seconds, because each message leaves a few objects that live until the socket's
next one). ``keep_settled()`` freezes what survives each full collection as ``settle()``
froze start-up's objects (decision 0020).
"""

from __future__ import annotations

import gc
import time
from collections.abc import Callable
from typing import Any

# How often the frozen objects are given back to the collector, so that one full collection
# frees whatever of them has since died in a reference cycle.
THAW_SECONDS = 3600.0
# Set by ``tukipiste.serve`` for its own process and the worker processes uvicorn spawns.
KEEP_SETTLED_ENV = "TUKIPISTE_KEEP_HEAP_SETTLED"


def settle() -> None:
    """Free start-up's garbage, then put every object alive now out of the collector's
    sight (``gc.freeze``): they are never freed anyway, and full collections stop
    walking them. Called once per process when the application is ready."""
    gc.collect()
    gc.freeze()


class Keeper:
    """A ``gc.callbacks`` entry: after each full collection, freeze its survivors; once per
    ``thaw_seconds``, unfreeze everything instead.

    What a full collection leaves alive mostly lives until its socket closes or its next
    message, and is then freed by its reference count, frozen or not (a chat consumer is:
    ``tests/chat/test_heap_of_sockets.py``). Only an object that dies in a reference cycle
    needs the collector; if it was frozen, it waits for the first full collection after
    the next thaw, which walks everything once (0.3-0.4 s at 1,000 chats) and frees it.
    The memory held that way is about an hour of such cycles under load (a thaw happens at a
    full collection, so later when the server is idle)."""

    def __init__(
        self, thaw_seconds: float = THAW_SECONDS, clock: Callable[[], float] = time.monotonic
    ) -> None:
        self.thaw_seconds = thaw_seconds
        self.clock = clock
        self.thawed_at = clock()
        self.thaws = 0

    def __call__(self, phase: str, info: dict[str, Any]) -> None:
        if phase != "stop" or info["generation"] != 2:
            return
        if self.clock() - self.thawed_at >= self.thaw_seconds:
            self.thawed_at = self.clock()
            self.thaws += 1
            gc.unfreeze()
        else:
            gc.freeze()


def keep_settled(thaw_seconds: float = THAW_SECONDS) -> Keeper:
    """Install the ``Keeper`` for this process, once (``tukipiste/asgi.py``, in a process
    that ``tukipiste.serve`` marked)."""
    for callback in gc.callbacks:
        if isinstance(callback, Keeper):
            return callback
    keeper = Keeper(thaw_seconds)
    gc.callbacks.append(keeper)
    return keeper
