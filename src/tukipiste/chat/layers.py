"""The in-memory channel layer of the embedded default (one process), made to scale with
the number of open sockets.

Channels' ``InMemoryChannelLayer`` walks every channel and every group membership for
expired entries on each ``receive`` and ``group_send``, and starts a task per member for a
``group_send``: with 2,000 sockets open that walk was half of the server's event-loop time in
the chat benchmark, and a burst of starts (each a `queue.changed` to every waiting client)
made it quadratic. Here the walk runs at most once a second (messages expire after a minute,
group memberships after a day, so a second's delay changes nothing) and a group send puts
the message on each member's queue directly. Delivery stays at most once, as before: a full
channel drops the message.
"""

from __future__ import annotations

import asyncio
import contextlib
import time
from copy import deepcopy
from typing import Any

from channels.layers import InMemoryChannelLayer as BaseInMemoryChannelLayer

CLEAN_EVERY_SECONDS = 1.0


class InMemoryChannelLayer(BaseInMemoryChannelLayer):
    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.cleaned_at = 0.0

    def _clean_expired(self) -> None:
        now = time.monotonic()
        if now - self.cleaned_at >= CLEAN_EVERY_SECONDS:
            self.cleaned_at = now
            super()._clean_expired()

    async def group_send(self, group: str, message: dict[str, Any]) -> None:
        assert isinstance(message, dict), "message is not a dict"
        self.require_valid_group_name(group)
        self._clean_expired()
        expires = time.time() + self.expiry
        for channel in list(self.groups.get(group, {})):
            queue = self.channels.get(channel)
            if queue is None:
                queue = self.channels.setdefault(
                    channel, asyncio.Queue(maxsize=self.get_capacity(channel))
                )
            # Each member gets its own copy, as from the base class; a full one gets none.
            with contextlib.suppress(asyncio.QueueFull):
                queue.put_nowait((expires, deepcopy(message)))
