"""The only module that talks to the channel layer.

Services call these functions inside their transaction; the event leaves only after the
commit, so a rolled-back change never reaches a socket. Delivery is at most once (the Redis
layer may drop under load): clients detect gaps in ``seq`` and fetch what they missed.
"""

from __future__ import annotations

import asyncio
import contextlib
import functools
import logging
from collections import deque
from collections.abc import Awaitable, Callable
from contextvars import ContextVar
from typing import Any
from weakref import WeakKeyDictionary

from asgiref.sync import async_to_sync
from channels.layers import get_channel_layer
from django.db import transaction

log = logging.getLogger(__name__)
WORKERS = "chat-workers"


def chat_group(chat_id: int) -> str:
    return f"chat-{chat_id}"


def worker_group(user_id: int) -> str:
    return f"chat-worker-{user_id}"


# The event loop of the consumer whose database call is running (the consumers' ``db``
# helper sets it): the events that call commits go out from that loop.
sending_loop: ContextVar[asyncio.AbstractEventLoop | None] = ContextVar(
    "chat_events_loop", default=None
)


# Hurry-ups that only make sockets read a shared snapshot sooner: one per process and
# this many seconds is enough (consoles coalesce them over the same span anyway). In a burst
# of 100 starts a second each one reached every console socket: 10,000 events a second.
COALESCED = frozenset({"queue.changed"})
COALESCE_SECONDS = 0.3


class _Sender:
    """Sends the events handed to one event loop one after another, in commit order; a
    hurry-up (``COALESCED``) at most once per ``COALESCE_SECONDS``, the last one of a burst
    always at the end of its span."""

    def __init__(self) -> None:
        self.pending: deque[tuple[Any, str, dict[str, Any]]] = deque()
        self.task: asyncio.Task[None] | None = None
        self.hurried_at: dict[str, float] = {}
        self.hurry_due: dict[str, asyncio.TimerHandle] = {}

    def put(self, layer: Any, group: str, message: dict[str, Any]) -> None:  # on the loop
        if message.get("type") in COALESCED:
            self._hurry(layer, group, message)
            return
        self._queue(layer, group, message)

    def _queue(self, layer: Any, group: str, message: dict[str, Any]) -> None:
        self.pending.append((layer, group, message))
        if self.task is None or self.task.done():
            self.task = asyncio.get_running_loop().create_task(self.drain())

    def _hurry(self, layer: Any, group: str, message: dict[str, Any]) -> None:
        key = f"{group}:{message['type']}"
        if key in self.hurry_due:
            return  # one is already due at the end of this span: it covers this change
        loop = asyncio.get_running_loop()
        wait = self.hurried_at.get(key, float("-inf")) + COALESCE_SECONDS - loop.time()
        if wait <= 0:
            self.hurried_at[key] = loop.time()
            self._queue(layer, group, message)
            return

        def fire() -> None:
            del self.hurry_due[key]
            self.hurried_at[key] = loop.time()
            self._queue(layer, group, message)

        self.hurry_due[key] = loop.call_later(wait, fire)

    async def drain(self) -> None:
        while self.pending:
            layer, group, message = self.pending.popleft()
            try:
                await layer.group_send(group, message)
            except Exception:  # at most once: a lost event is found by the seq gap
                log.exception("a chat event was not sent")


_senders: WeakKeyDictionary[asyncio.AbstractEventLoop, _Sender] = WeakKeyDictionary()


def _hand_over(layer: Any, group: str, message: dict[str, Any]) -> None:
    sender = _senders.setdefault(asyncio.get_running_loop(), _Sender())
    sender.put(layer, group, message)


def _send_now(group: str, message: dict[str, Any]) -> None:
    layer = get_channel_layer()
    if layer is None:
        return
    loop = sending_loop.get()
    if loop is not None:
        # In a consumer's database call: hand the event to the consumer's loop and return,
        # instead of holding the one database thread until the loop has sent it.
        with contextlib.suppress(RuntimeError):  # the loop has closed: send it here
            loop.call_soon_threadsafe(_hand_over, layer, group, message)
            return
    async_to_sync(layer.group_send)(group, message)


def send_on_commit(group: str, message: dict[str, Any]) -> None:
    transaction.on_commit(lambda: _send_now(group, message))


def _relay(
    chat_id: int, payload: dict[str, Any], *, origin: str, internal: bool = False
) -> dict[str, Any]:
    """The channel-layer message that carries one frame to every socket of a chat."""
    return {
        "type": "chat.relay",
        "chat": chat_id,
        "payload": payload,
        "origin": origin,
        "internal": internal,
    }


def to_chat(
    chat_id: int, payload: dict[str, Any], *, origin: str = "", internal: bool = False
) -> None:
    """Relay a frame to every socket of a chat (client and worker), after the commit.

    ``origin`` lets the sender's own socket skip an echo (typing); ``internal`` frames reach
    workers only.
    """
    send_on_commit(chat_group(chat_id), _relay(chat_id, payload, origin=origin, internal=internal))


def to_worker(user_id: int, payload: dict[str, Any]) -> None:
    send_on_commit(worker_group(user_id), {"type": "worker.relay", "payload": payload})


def queue_changed() -> None:
    """Waiting chats changed: consoles refresh their queue view at once.

    Waiting clients are not told by event: a burst of starts would send each of a thousand
    clients a thousand events and overflow their channels, dropping what matters (an
    ``accepted``). The clock of each process sends them their place instead (consumers/clock.py).
    """
    send_on_commit(WORKERS, {"type": "queue.changed"})


def revoke_worker(user_id: int) -> None:
    """Make every console socket of this worker check its session now (sent at once).

    A hurry-up only: sockets also check every ``CHAT_SESSION_CHECK_SECONDS``, so a change
    made where no message can be sent (inside a running event loop) is still found.
    """
    try:
        _send_now(worker_group(user_id), {"type": "worker.revoke"})
    except RuntimeError:
        log.info("revocation left to the periodic session check")


async def to_socket(channel_name: str, message: dict[str, Any]) -> None:
    """An event to one socket (a consumer's own follow-up, handled in order with the rest)."""
    layer = get_channel_layer()
    if layer is not None:
        await layer.send(channel_name, message)


# A group joined while Redis restarts: tried again after these pauses (about 8 s in all)
# before the socket gives up. Unlike a lost event, a failed join would leave the socket
# deaf to its chat until it reconnects (the publish/subscribe layer subscribes only then).
JOIN_RETRY_SECONDS = (0.2, 0.5, 1.0, 2.0, 4.0)


class LayerUnavailable(Exception):
    """The channel layer did not take a socket into a group: the consumer closes the socket,
    and the page reconnects and resumes (which joins again)."""


async def open_channel(consumer: Any) -> Callable[[], Awaitable[dict[str, Any]]] | None:
    """Give a socket's consumer its own channel, as Channels' ``AsyncConsumer.__call__``
    does (``channel_layer``, ``channel_name``, ``channel_receive``), and return what
    receives its events; None without a channel layer."""
    layer = get_channel_layer(consumer.channel_layer_alias)
    consumer.channel_layer = layer
    if layer is None:
        return None
    consumer.channel_name = await layer.new_channel()
    consumer.channel_receive = functools.partial(layer.receive, consumer.channel_name)
    return consumer.channel_receive


async def join(group: str, *, channel_name: str) -> None:
    """Add a socket to a group (consumers call this, never the layer itself), trying again
    while the layer's server is away; ``LayerUnavailable`` when it stays away."""
    layer = get_channel_layer()
    if layer is None:
        return
    for pause in (*JOIN_RETRY_SECONDS, None):
        try:
            await layer.group_add(group, channel_name)
            return
        except Exception as error:  # Redis away: its client raises its own error kinds
            if pause is None:
                raise LayerUnavailable(group) from error
            log.warning("joining a chat group failed (%s); trying again", type(error).__name__)
            await asyncio.sleep(pause)


async def leave(group: str, *, channel_name: str) -> None:
    layer = get_channel_layer()
    if layer is not None:
        await layer.group_discard(group, channel_name)


async def _send_ephemeral(chat_id: int, payload: dict[str, Any], *, origin: str) -> None:
    layer = get_channel_layer()
    if layer is not None:
        await layer.group_send(chat_group(chat_id), _relay(chat_id, payload, origin=origin))


async def receipt(chat_id: int, *, origin: str, seq: int, state: str) -> None:
    """Delivery and read receipts, like typing, are ephemeral and go out at once."""
    payload = {"type": "receipt", "chat": chat_id, "seq": seq, "state": state}
    await _send_ephemeral(chat_id, payload, origin=origin)


async def typing(chat_id: int, *, origin: str, on: bool) -> None:
    """Typing indicators are ephemeral and never stored, so they go out at once."""
    await _send_ephemeral(chat_id, {"type": "typing", "on": on}, origin=origin)
