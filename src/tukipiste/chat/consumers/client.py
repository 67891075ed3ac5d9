"""The client's socket: no account; the chat's token is the only key."""

from __future__ import annotations

import asyncio
from typing import Any

from asgiref.sync import sync_to_async
from django.conf import settings

from tukipiste.chat import events, protocol, selectors, services
from tukipiste.chat.consumers.base import (
    QUEUE_REFRESH_SECONDS,
    BaseConsumer,
    SharedSnapshot,
    db,
)
from tukipiste.chat.models import Chat, ChatStatus, Sender
from tukipiste.chat.protocol import ProtocolError
from tukipiste.core import ratelimit

# The cache (Redis in production) is a network call: never on the event loop itself.
rate_limit = sync_to_async(ratelimit.hit_key, thread_sensitive=False)
fingerprint = sync_to_async(ratelimit.scope_fingerprint, thread_sensitive=False)
_queue_snapshot = SharedSnapshot(lambda: selectors.queue_snapshot())


class ClientConsumer(BaseConsumer):
    allowed = protocol.CLIENT_TYPES
    origin = Sender.CLIENT

    async def connect(self) -> None:
        self.chat: Chat | None = None
        self.queue_refresh: asyncio.Task[None] | None = None
        await self.accept()

    async def disconnect(self, code: int) -> None:
        if self.queue_refresh is not None:
            self.queue_refresh.cancel()
        await self.leave_group(events.QUEUE_CLIENTS)
        if self.chat is not None:
            await self.leave_group(events.chat_group(self.chat.pk))

    async def attach(self, chat: Chat) -> None:
        """Make ``chat`` this socket's one chat, leaving the group of any earlier one."""
        if self.chat is not None and self.chat.pk != chat.pk:
            await self.leave_group(events.chat_group(self.chat.pk))
            await self.leave_group(events.QUEUE_CLIENTS)
        self.chat = chat
        await self.join(events.chat_group(chat.pk))

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
        chat, token = await db(services.start_chat)(
            language=language, topic=topic, nickname=nickname
        )
        await self.attach(chat)
        await self.join(events.QUEUE_CLIENTS)  # only waiting clients hear of queue changes
        await self.send_json({"type": "started", "token": token, "status": chat.status})
        await self.send_queue()

    async def on_resume(self, frame: dict[str, Any]) -> None:
        token = protocol.text(frame, "token", limit=128)
        last_seq = protocol.integer(frame, "last_seq")
        chat = await db(services.chat_by_token)(token)
        if chat is None:
            raise ProtocolError("unknown_chat", "no chat with this token", "resume")
        if chat.blocked:
            raise ProtocolError("blocked", "this chat was closed by the worker", "resume", True)
        await self.attach(chat)
        worker = await db(selectors.worker_name_of)(chat=chat)
        await self.send_json(
            {"type": "resumed", "status": chat.status, "worker": worker, "last_seq": chat.last_seq}
        )
        for message in await db(selectors.messages_after)(
            chat=chat, after_seq=last_seq, for_worker=False
        ):
            await self.send_json(message)
        if chat.status == ChatStatus.QUEUED:
            await self.join(events.QUEUE_CLIENTS)
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
            await self.leave_group(events.QUEUE_CLIENTS)
        elif kind in ("ended", "blocked"):
            self.chat.status = ChatStatus.ENDED
            await self.leave_group(events.QUEUE_CLIENTS)
        elif kind == "requeued":
            self.chat.status = ChatStatus.QUEUED
            await self.join(events.QUEUE_CLIENTS)
            await self.send_queue()
            return
        await self.send_json(payload)
        if payload["type"] == "blocked":
            await self.close(code=4403)

    async def queue_changed(self, event: dict[str, Any]) -> None:
        if self.chat is None or self.chat.status != ChatStatus.QUEUED:
            return
        if self.queue_refresh is None or self.queue_refresh.done():
            self.queue_refresh = asyncio.ensure_future(self._refresh_queue())

    async def _refresh_queue(self) -> None:
        # Many queue changes in a burst become one update per client, from one snapshot
        # shared by every client of this process.
        await asyncio.sleep(QUEUE_REFRESH_SECONDS)
        if self.chat is None or self.chat.status != ChatStatus.QUEUED:
            return
        ids, on_duty = await _queue_snapshot.get()
        if self.chat.pk in ids:
            position = ids.index(self.chat.pk) + 1
            await self.send_json(selectors.queue_frame_at(position=position, on_duty=on_duty))

    async def send_queue(self) -> None:
        if self.chat is not None:
            await self.send_json(await db(selectors.queue_frame)(chat=self.chat))
