"""The client's socket: no account; the chat's token is the only key.

A waiting client hears of its place from the process's clock (``clock.py``), not from
events; a missed ``accepted`` is noticed there too (the chat left the queue) and answered
with a ``state`` frame.
"""

from __future__ import annotations

import time
from typing import Any

from asgiref.sync import sync_to_async
from django.conf import settings

from tukipiste.chat import events, protocol, selectors, services
from tukipiste.chat.consumers.base import BaseConsumer, db
from tukipiste.chat.consumers.clock import clock, duty, queue_snapshot
from tukipiste.chat.models import Chat, ChatStatus, Sender
from tukipiste.chat.protocol import ProtocolError
from tukipiste.chat.selectors import QueueSnapshot
from tukipiste.core import ratelimit

# The cache (Redis in production) is a network call: never on the event loop itself.
rate_limit = sync_to_async(ratelimit.hit_key, thread_sensitive=False)
fingerprint = sync_to_async(ratelimit.scope_fingerprint, thread_sensitive=False)
SYNC_MIN_SECONDS = 5.0


def _start_in_queue(
    *, language: str, topic: str, nickname: str, snapshot: QueueSnapshot
) -> tuple[Chat, str, dict[str, Any]]:
    """A new chat and its first place, in one turn of the database thread: in a burst of
    starts every turn is a wait behind all the others."""
    chat, token = services.start_chat(language=language, topic=topic, nickname=nickname)
    return chat, token, selectors.queue_frame(chat=chat, snapshot=snapshot)


class ClientConsumer(BaseConsumer):
    allowed = protocol.CLIENT_TYPES
    origin = Sender.CLIENT

    async def connect(self) -> None:
        self.chat: Chat | None = None
        self.counted: int | None = None  # the chat this socket counts as a client socket of
        self.last_queue: dict[str, Any] | None = None
        self.synced_at = 0.0
        await self.accept()
        frame = await duty.get()
        if clock.duty_open is None:
            clock.duty_open = frame["open"]
        await self.send_json(frame)
        clock.add(self)

    async def disconnect(self, code: int) -> None:
        clock.remove(self)
        if self.chat is not None:
            await self.leave_group(events.chat_group(self.chat.pk))
        if self.counted is not None:
            await db(services.client_presence)(chat_id=self.counted, online=False)

    @property
    def waiting(self) -> bool:
        return self.chat is not None and self.chat.status == ChatStatus.QUEUED

    async def attach(self, chat: Chat, *, returning: bool) -> None:
        """Make ``chat`` this socket's one chat, leaving the group of any earlier one; a
        ``returning`` client's worker learns they are back."""
        if self.chat is not None and self.chat.pk != chat.pk:
            await self.leave_group(events.chat_group(self.chat.pk))
        self.chat = chat
        self.last_queue = None
        await self.join(events.chat_group(chat.pk))
        if not returning:
            self.counted = chat.pk  # start_chat counted this socket
        elif self.counted != chat.pk:
            if self.counted is not None:
                await db(services.client_presence)(chat_id=self.counted, online=False)
            self.counted = chat.pk
            await db(services.client_presence)(chat_id=chat.pk, online=True)

    def require_chat(self) -> Chat:
        if self.chat is None:
            raise ProtocolError("not_started", "start or resume a chat first")
        return self.chat

    async def on_start(self, frame: dict[str, Any]) -> None:
        if self.chat is not None and self.chat.status != ChatStatus.ENDED:
            raise ProtocolError("bad_frame", "a chat is already open on this connection", "start")
        language = protocol.language(frame)
        topic = protocol.topic(frame)
        nickname = protocol.text(frame, "nickname", limit=protocol.MAX_NICKNAME, required=False)
        # Keyed on the real client behind a trusted proxy, hashed; never stored.
        if not await rate_limit(
            key=await fingerprint(self.scope),
            scope="chat-start",
            limit=settings.CHAT_STARTS_PER_HOUR,
            period_seconds=3600,
        ):
            raise ProtocolError("rate_limited", "too many new chats from this connection", "start")
        snapshot = await queue_snapshot.get()
        chat, token, place = await db(_start_in_queue)(
            language=language, topic=topic, nickname=nickname, snapshot=snapshot
        )
        try:
            await self.attach(chat, returning=False)
        finally:
            # Sent even when the socket could not join its chat's group and is closing:
            # with the token the page resumes this chat instead of starting another.
            await self.send_json({"type": "started", "token": token, "status": chat.status})
        self.last_queue = None
        await self.send_if_changed(place)

    async def on_resume(self, frame: dict[str, Any]) -> None:
        token = protocol.text(frame, "token", limit=128)
        last_seq = protocol.integer(frame, "last_seq")
        chat = await db(services.chat_by_token)(token)
        if chat is None:
            raise ProtocolError("unknown_chat", "no chat with this token", "resume")
        if chat.blocked:
            raise ProtocolError("blocked", "this chat was closed by the worker", "resume", True)
        await self.attach(chat, returning=True)
        worker = await db(selectors.worker_name_of)(chat=chat)
        online = await db(selectors.worker_online)(chat=chat)
        await self.send_json(
            {
                "type": "resumed",
                "status": chat.status,
                "worker": worker,
                "worker_online": online,
                "last_seq": chat.last_seq,
                **await db(selectors.ended_reason)(chat=chat),
            }
        )
        for message in await db(selectors.messages_after)(
            chat=chat, after_seq=last_seq, for_worker=False
        ):
            await self.send_json(message)
        if chat.status == ChatStatus.QUEUED:
            await self.send_queue()

    async def on_send(self, frame: dict[str, Any]) -> None:
        chat = self.require_chat()
        client_id = protocol.message_id(frame)
        body = protocol.body(frame)
        # Per chat, not per socket: a second socket on the same token shares the limit.
        if not await rate_limit(
            key=str(chat.pk),
            scope="chat-messages",
            limit=settings.CHAT_MESSAGES_PER_MINUTE,
            period_seconds=60,
        ):
            raise ProtocolError("rate_limited", "slow down a little", client_id)
        message, _ = await db(services.post_message)(
            chat_id=chat.pk, sender=Sender.CLIENT, client_id=client_id, body=body
        )
        await self.send_json({"type": "ack", "id": client_id, "seq": message.seq})

    async def on_typing(self, frame: dict[str, Any]) -> None:
        chat = self.require_chat()
        on = protocol.boolean(frame, "on")
        # Typing is a hint: over the limit it is dropped, not answered with an error.
        if await rate_limit(
            key=str(chat.pk),
            scope="chat-typing",
            limit=settings.CHAT_TYPING_PER_MINUTE,
            period_seconds=60,
        ):
            await events.typing(chat.pk, origin=Sender.CLIENT, on=on)

    async def on_read(self, frame: dict[str, Any]) -> None:
        chat = self.require_chat()
        await self.send_receipt(chat.pk, frame)
        if frame.get("state", "read") == "read":
            await db(services.client_read)(chat_id=chat.pk, seq=frame["seq"])

    async def on_sync(self, frame: dict[str, Any]) -> None:
        """The page's last-resort resynchronisation: where the chat stands now."""
        chat = self.require_chat()
        protocol.integer(frame, "last_seq")
        # A last resort, every 20 s from the page: more often is answered once in 5 s.
        if time.monotonic() - self.synced_at < SYNC_MIN_SECONDS:
            return
        self.synced_at = time.monotonic()
        await self.resync(chat.pk)

    async def resync(self, chat_id: int) -> None:
        chat = await db(Chat.objects.filter(pk=chat_id).first)()
        if chat is None or self.chat is None or self.chat.pk != chat_id:
            return
        self.chat = chat
        self.last_queue = None
        await self.send_json(await db(selectors.client_state)(chat=chat))
        if chat.status == ChatStatus.QUEUED:
            await self.send_queue()

    async def on_fetch(self, frame: dict[str, Any]) -> None:
        chat = self.require_chat()
        after = protocol.integer(frame, "after_seq")
        messages = await db(selectors.messages_after)(chat=chat, after_seq=after, for_worker=False)
        await self.send_json({"type": "history", "messages": messages})

    async def on_leave(self, frame: dict[str, Any]) -> None:
        chat = self.require_chat()
        self.chat = await db(services.end_chat)(chat_id=chat.pk, by=Sender.CLIENT)

    async def on_erase(self, frame: dict[str, Any]) -> None:
        chat = self.require_chat()
        self.chat = await db(services.erase_chat)(chat_id=chat.pk)

    # --- events from the channel layer ---
    async def chat_relay(self, event: dict[str, Any]) -> None:
        if event["internal"] or event["origin"] == Sender.CLIENT:
            return
        if self.chat is None or event["chat"] != self.chat.pk:
            return  # an event of an earlier chat still on its way
        payload = {k: v for k, v in event["payload"].items() if k != "chat"}
        kind = payload["type"]
        if kind == "accepted":
            self.chat.status = ChatStatus.ACTIVE
        elif kind in ("ended", "blocked"):
            self.chat.status = ChatStatus.ENDED
        elif kind == "requeued":
            self.chat.status = ChatStatus.QUEUED
            await self.send_json(payload)
            await self.send_queue()
            return
        await self.send_json(payload)
        if payload["type"] == "blocked":
            await self.close(code=4403)

    # --- from the clock ---
    async def offer_duty(self, frame: dict[str, Any]) -> None:
        await self.send_json(frame)

    async def offer_queue(self, snapshot: QueueSnapshot) -> None:
        """The clock's snapshot: send the place if it changed. A chat no longer in the queue
        that this socket thinks is waiting missed an event (``accepted``, ``ended``): the
        client gets the chat's state instead."""
        if self.chat is None:
            return
        position = snapshot.positions.get(self.chat.pk)
        if position is None:
            if self.last_queue is not None and snapshot.version > self.last_queue["version"]:
                await self.resync(self.chat.pk)
            return
        await self.send_if_changed(selectors.queue_frame_at(position=position, snapshot=snapshot))

    async def send_if_changed(self, frame: dict[str, Any]) -> None:
        last = self.last_queue
        if last is not None and frame["version"] < last["version"]:
            return  # an older view than the one the client has
        self.last_queue = frame
        if last is not None and {**last, "version": 0} == {**frame, "version": 0}:
            return
        await self.send_json(frame)

    async def send_queue(self) -> None:
        if self.chat is not None:
            snapshot = await queue_snapshot.get()
            frame = await db(selectors.queue_frame)(chat=self.chat, snapshot=snapshot)
            self.last_queue = None
            await self.send_if_changed(frame)
