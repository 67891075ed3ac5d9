"""What both consumers share: frame parsing and errors, hello and ping, group membership.

Consumers are thin: validate a frame, call one service or selector, relay the result.
Every database call runs in a worker thread (``db``); the channel layer is reached only
through ``chat.events``.
"""

from __future__ import annotations

import asyncio
import contextlib
import functools
import json
import logging
import time
import weakref
from collections.abc import Awaitable, Callable
from concurrent.futures import ThreadPoolExecutor
from typing import Any

from channels.consumer import get_handler_name
from channels.db import database_sync_to_async
from channels.exceptions import StopConsumer
from channels.generic.websocket import AsyncWebsocketConsumer
from django.conf import settings
from django.utils import timezone

from tukipiste.chat import events, protocol, services
from tukipiste.chat.consumers.dispatch import dispatch_in_order
from tukipiste.chat.models import Chat
from tukipiste.chat.protocol import ProtocolError


def db(func: Callable[..., Any]) -> Callable[..., Awaitable[Any]]:
    """``func`` as a coroutine function that runs in the database thread; the events it
    commits are handed back to this loop at once, so the thread is free for the next call
    while they are sent (``chat.events``)."""
    call = database_sync_to_async(func)

    @functools.wraps(func)
    async def run(*args: Any, **kwargs: Any) -> Any:
        token = events.sending_loop.set(asyncio.get_running_loop())
        try:
            return await call(*args, **kwargs)
        finally:
            events.sending_loop.reset(token)

    return run


# The clock's reads (the queue's snapshots, the consoles' checks) on a thread and database
# connection of their own: they commit nothing, and on the one database thread every chat
# message waited behind them (a check of 20 consoles took 10-20 ms, each second).
_reading_thread = ThreadPoolExecutor(max_workers=1, thread_name_prefix="chat-reads")


def read(func: Callable[..., Any]) -> Callable[..., Awaitable[Any]]:
    """``func``, which only reads, as a coroutine function on the reading thread."""
    return database_sync_to_async(func, thread_sensitive=False, executor=_reading_thread)


log = logging.getLogger(__name__)
QUEUE_REFRESH_SECONDS = 0.3
MESSAGE_TOO_BIG = 1009
LAYER_AWAY = 1013  # "try again later": the page reconnects and resumes


class SharedSnapshot:
    """One computation per process and moment, shared by every consumer in the process."""

    def __init__(self, compute: Callable[[], Any]) -> None:
        self.compute = compute
        self.value: Any = None
        self.at = 0.0
        self.lock: asyncio.Lock | None = None
        self.loop: asyncio.AbstractEventLoop | None = None

    async def get(self) -> Any:
        loop = asyncio.get_running_loop()
        if self.lock is None or self.loop is not loop:
            # A lock belongs to one event loop (tests run several, one after another).
            self.lock, self.loop = asyncio.Lock(), loop
        async with self.lock:
            if self.value is None or time.monotonic() - self.at > QUEUE_REFRESH_SECONDS:
                # Stamped when the reading starts: a change committed while it ran is newer
                # than the snapshot, and the next caller must not take it as fresh.
                started = time.monotonic()
                self.value = await read(self.compute)()
                self.at = started
            return self.value


# Every chat socket of this process from its connection until its closing has run to the
# end (with the database writes of both): nothing more will come of a socket not in here.
# (The tests wait for it to empty before they clear the database.)
live_sockets: weakref.WeakSet[BaseConsumer] = weakref.WeakSet()


class BaseConsumer(AsyncWebsocketConsumer):
    allowed: set[str] = set()
    origin = ""

    async def __call__(self, scope: Any, receive: Any, send: Any) -> None:
        """Channels' ``AsyncConsumer.__call__`` with ``dispatch_in_order`` for its loop."""
        self.scope = scope
        self.base_send = send
        events_of_socket = await events.open_channel(self)
        sources = [receive] if events_of_socket is None else [receive, events_of_socket]
        with contextlib.suppress(StopConsumer):
            await dispatch_in_order(sources, self.dispatch)

    async def websocket_connect(self, message: dict[str, Any]) -> None:
        live_sockets.add(self)
        await super().websocket_connect(message)

    async def websocket_disconnect(self, message: dict[str, Any]) -> None:
        try:
            await super().websocket_disconnect(message)
        finally:
            live_sockets.discard(self)

    async def dispatch(self, message: dict[str, Any]) -> None:
        """Channels' dispatch without its ``aclose_old_connections`` before every message.

        That call is a hop into the one database thread for every frame and every event
        of every socket, queued behind whatever database work is waiting: in a burst of
        starts it doubled a relayed message's latency. Every database call of these
        consumers goes through ``db`` (``database_sync_to_async``), which closes old
        connections itself, in that thread, around the call.

        An event that meets a socket closed a moment ago (the server raises
        ``ClientDisconnected``, an ``OSError``, from ``send``) is dropped here. Raised
        further it would end the consumer without its ``disconnect``: a worker whose tab
        closed while a message was on its way stayed "on duty" with an open console, and
        their client was never told (found on Redis, where such races are more frequent).
        """
        handler = getattr(self, get_handler_name(message), None)
        if handler is None:
            raise ValueError(f"No handler for message type {message['type']}")
        try:
            await handler(message)
        except OSError:
            # The disconnect is already queued behind this message; it runs next.
            log.info("chat socket closed under an event (%s)", message["type"])

    async def send_json(self, payload: dict[str, Any]) -> None:
        await self.send(text_data=json.dumps(payload, separators=(",", ":")))

    async def receive(self, text_data: str | None = None, bytes_data: bytes | None = None) -> None:
        # The server reads frames up to its transport limit so that an oversized one is
        # refused with a proper close code instead of a reset connection.
        data = text_data.encode("utf-8", "surrogatepass") if text_data else bytes_data or b""
        if len(data) > settings.CHAT_MAX_FRAME_BYTES:
            await self.close(code=MESSAGE_TOO_BIG)
            return
        frame: dict[str, Any] = {}
        try:
            frame = protocol.parse(text_data, allowed=self.allowed)
            await self.before_frame(frame)
            handler = getattr(self, f"on_{frame['type']}")
            await handler(frame)
        except ProtocolError as error:
            await self.send_json(error.frame())
            if error.fatal:
                await self.close(code=4400)
        except services.ChatError as error:
            ref = str(frame.get("id") or frame.get("type"))[:64]
            await self.send_json(ProtocolError(error.code, str(error), ref=ref).frame())
        except Chat.DoesNotExist:
            await self.send_json(ProtocolError("unknown_chat", "no such chat").frame())
        except events.LayerUnavailable:
            # The socket could not join its chat's group: it would miss every live event.
            # Closed, the page reconnects and resumes, joining again (docs/chat-protocol.md).
            log.warning("chat socket closed: the channel layer is away")
            await self.close(code=LAYER_AWAY)
        except OSError:
            # The socket closed while the answer was on its way (the server's
            # ClientDisconnected): nobody is left to tell, and no bug to report.
            log.info("chat socket closed before its answer", exc_info=True)
        except Exception:
            # A bug must not cost the client the conversation: report, keep the socket.
            log.exception("chat frame failed")
            await self.send_json(ProtocolError("server_error", "please try again").frame())

    async def before_frame(self, frame: dict[str, Any]) -> None:
        """Checks that every frame of this consumer passes first (the worker's session)."""

    async def on_hello(self, frame: dict[str, Any]) -> None:
        protocol.hello(frame)
        await self.send_json(
            {"type": "hello", "v": protocol.VERSION, "server_time": timezone.now().isoformat()}
        )

    async def on_ping(self, frame: dict[str, Any]) -> None:
        await self.send_json({"type": "pong"})

    async def join(self, group: str) -> None:
        await events.join(group, channel_name=self.channel_name)

    async def leave_group(self, group: str) -> None:
        await events.leave(group, channel_name=self.channel_name)

    async def send_receipt(self, chat_id: int, frame: dict[str, Any]) -> None:
        seq = protocol.integer(frame, "seq", minimum=1)
        state = frame.get("state", "read")
        if not isinstance(state, str) or state not in ("delivered", "read"):
            raise ProtocolError("bad_frame", "state must be delivered or read", "read")
        await events.receipt(chat_id, origin=self.origin, seq=seq, state=state)
