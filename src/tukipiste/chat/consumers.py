"""WebSocket consumers of chat duty (docs/chat-protocol.md). Thin: validate, call a
service, relay. Every database call runs in a worker thread."""

from __future__ import annotations

import asyncio
import logging
import time
from collections import deque
from typing import Any

from channels.db import database_sync_to_async
from channels.generic.websocket import AsyncWebsocketConsumer
from django.conf import settings
from django.utils import timezone

from tukipiste.chat import events, protocol, selectors, services
from tukipiste.chat.models import Chat, ChatStatus, Sender
from tukipiste.chat.protocol import ProtocolError
from tukipiste.core import ratelimit

db = database_sync_to_async
log = logging.getLogger(__name__)
QUEUE_REFRESH_SECONDS = 0.3


class _Shared:
    """One queue computation per process and moment, shared by every consumer in it."""

    def __init__(self, compute: Any) -> None:
        self.compute = compute
        self.value: Any = None
        self.at = 0.0
        self.lock: asyncio.Lock | None = None

    async def get(self) -> Any:
        if self.lock is None:
            self.lock = asyncio.Lock()
        async with self.lock:
            if self.value is None or time.monotonic() - self.at > QUEUE_REFRESH_SECONDS:
                self.value = await db(self.compute)()
                self.at = time.monotonic()
            return self.value


_queue_snapshot = _Shared(lambda: selectors.queue_snapshot())
_worker_queue = _Shared(lambda: _queue_frame())


class BaseConsumer(AsyncWebsocketConsumer):
    allowed: set[str] = set()
    origin = ""

    async def send_json(self, payload: dict[str, Any]) -> None:
        import json

        await self.send(text_data=json.dumps(payload, separators=(",", ":")))

    async def receive(self, text_data: str | None = None, bytes_data: bytes | None = None) -> None:
        try:
            frame = protocol.parse(text_data, allowed=self.allowed)
            handler = getattr(self, f"on_{frame['type']}")
            await handler(frame)
        except ProtocolError as error:
            await self.send_json(error.frame())
            if error.fatal:
                await self.close(code=4400)
        except services.ChatError as error:
            await self.send_json(ProtocolError(error.code, str(error), ref=_ref(text_data)).frame())
        except Chat.DoesNotExist:
            await self.send_json(ProtocolError("unknown_chat", "no such chat").frame())
        except Exception:
            # A bug must not cost the client the conversation: report, keep the socket.
            log.exception("chat frame failed")
            await self.send_json(ProtocolError("server_error", "please try again").frame())

    async def on_hello(self, frame: dict[str, Any]) -> None:
        protocol.hello(frame)
        await self.send_json(
            {"type": "hello", "v": protocol.VERSION, "server_time": timezone.now().isoformat()}
        )

    async def on_ping(self, frame: dict[str, Any]) -> None:
        await self.send_json({"type": "pong"})

    async def join(self, group: str) -> None:
        await self.channel_layer.group_add(group, self.channel_name)

    async def leave_group(self, group: str) -> None:
        await self.channel_layer.group_discard(group, self.channel_name)


def _ref(text_data: str | None) -> str | None:
    import json

    try:
        frame = json.loads(text_data or "")
        return str(frame.get("id") or frame.get("type"))[:64] if isinstance(frame, dict) else None
    except ValueError:
        return None


class ClientConsumer(BaseConsumer):
    """A client's chat: no account; the chat's token is the only key."""

    allowed = protocol.CLIENT_TYPES
    origin = Sender.CLIENT

    async def connect(self) -> None:
        self.chat: Chat | None = None
        self.sent: deque[float] = deque()
        self.queue_refresh: asyncio.Task[None] | None = None
        await self.accept()

    async def disconnect(self, code: int) -> None:
        await self.leave_group(events.QUEUE_CLIENTS)
        if self.chat is not None:
            await self.leave_group(events.chat_group(self.chat.pk))

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
        address = (self.scope.get("client") or ("", 0))[0] or ""
        allowed = ratelimit.hit_fingerprint(
            fingerprint=ratelimit.address_fingerprint(address),
            scope="chat-start",
            limit=settings.CHAT_STARTS_PER_HOUR,
            period_seconds=3600,
        )
        if not allowed:
            raise ProtocolError("rate_limited", "too many new chats from this connection", "start")
        chat, token = await db(services.start_chat)(
            language=language, topic=topic, nickname=nickname
        )
        self.chat = chat
        await self.join(events.chat_group(chat.pk))
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
        self.chat = chat
        await self.join(events.chat_group(chat.pk))
        worker = await db(_worker_name)(chat)
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
        now = time.monotonic()
        while self.sent and now - self.sent[0] > 60:
            self.sent.popleft()
        if len(self.sent) >= settings.CHAT_MESSAGES_PER_MINUTE:
            raise ProtocolError("rate_limited", "slow down a little", client_id)
        self.sent.append(now)
        message, _ = await db(services.post_message)(
            chat=chat, sender=Sender.CLIENT, client_id=client_id, body=body
        )
        await self.send_json({"type": "ack", "id": client_id, "seq": message.seq})

    async def on_typing(self, frame: dict[str, Any]) -> None:
        chat = self.require_chat()
        await events.typing(chat.pk, origin=Sender.CLIENT, on=protocol.boolean(frame, "on"))

    async def on_read(self, frame: dict[str, Any]) -> None:
        chat = self.require_chat()
        await _receipt(self, chat.pk, frame)

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
        payload = {k: v for k, v in event["payload"].items() if k != "chat"}
        if self.chat is not None:
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


def _worker_name(chat: Chat) -> str | None:
    return selectors.display_name(chat.worker) if chat.worker_id and chat.worker else None


async def _receipt(consumer: BaseConsumer, chat_id: int, frame: dict[str, Any]) -> None:
    seq = protocol.integer(frame, "seq", minimum=1)
    state = frame.get("state", "read")
    if not isinstance(state, str) or state not in ("delivered", "read"):
        raise ProtocolError("bad_frame", "state must be delivered or read", "read")
    await events.receipt(chat_id, origin=consumer.origin, seq=seq, state=state)


class WorkerConsumer(BaseConsumer):
    """An on-duty worker's console: the queue, several chats, transfers."""

    allowed = protocol.WORKER_TYPES
    origin = Sender.WORKER

    async def connect(self) -> None:
        self.user = self.scope.get("user")
        self.chats: set[int] = set()
        self.queue_refresh: asyncio.Task[None] | None = None
        await self.accept()
        if not await db(_is_verified_staff)(self.scope):
            await self.send_json(
                ProtocolError("forbidden", "log in to the back-office first", None, True).frame()
            )
            await self.close(code=4403)
            return
        await self.join(events.WORKERS)
        await self.join(events.worker_group(self.user.pk))
        on, limit = await db(_duty_state)(self.user)
        await self.send_json({"type": "duty", "on": on, "limit": limit})
        for chat in await db(selectors.active_chats_of)(worker=self.user):
            await self.assign(chat.pk, note="")
        await self.send_queue()

    async def disconnect(self, code: int) -> None:
        if getattr(self, "user", None) is None or not self.user.is_authenticated:
            return
        await self.leave_group(events.WORKERS)
        await self.leave_group(events.worker_group(self.user.pk))
        for chat_id in self.chats:
            await self.leave_group(events.chat_group(chat_id))

    async def held_chat(self, frame: dict[str, Any]) -> Chat:
        chat_id = protocol.integer(frame, "chat", minimum=1)
        chat = await db(selectors.chat_visible_to)(user=self.user, chat_id=chat_id)
        if chat is None:
            raise ProtocolError("unknown_chat", "no such chat of yours", frame.get("type"))
        return chat

    async def on_duty(self, frame: dict[str, Any]) -> None:
        on = protocol.boolean(frame, "on")
        await db(services.set_duty)(worker=self.user, on=on)
        on, limit = await db(_duty_state)(self.user)
        await self.send_json({"type": "duty", "on": on, "limit": limit})
        await self.send_queue()

    async def on_accept(self, frame: dict[str, Any]) -> None:
        chat_id = protocol.integer(frame, "chat", minimum=1)
        await db(services.accept_chat)(chat_id=chat_id, worker=self.user)
        await self.assign(chat_id, note="")

    async def on_send(self, frame: dict[str, Any]) -> None:
        chat = await self.held_chat(frame)
        client_id = protocol.message_id(frame)
        body = protocol.body(frame)
        message, _ = await db(services.post_message)(
            chat=chat, sender=Sender.WORKER, client_id=client_id, body=body, author=self.user
        )
        await self.send_json({"type": "ack", "chat": chat.pk, "id": client_id, "seq": message.seq})

    async def on_typing(self, frame: dict[str, Any]) -> None:
        chat = await self.held_chat(frame)
        await events.typing(chat.pk, origin=Sender.WORKER, on=protocol.boolean(frame, "on"))

    async def on_read(self, frame: dict[str, Any]) -> None:
        chat = await self.held_chat(frame)
        await _receipt(self, chat.pk, frame)

    async def on_fetch(self, frame: dict[str, Any]) -> None:
        chat = await self.held_chat(frame)
        after = protocol.integer(frame, "after_seq")
        messages = await db(selectors.messages_after)(chat=chat, after_seq=after, for_worker=True)
        await self.send_json({"type": "history", "chat": chat.pk, "messages": messages})

    async def on_transfer(self, frame: dict[str, Any]) -> None:
        chat = await self.held_chat(frame)
        note = protocol.text(frame, "note", limit=protocol.MAX_NOTE, required=False)
        target_id = frame.get("to")
        target = None
        if target_id is not None:
            target = await db(_staff_user)(protocol.integer(frame, "to", minimum=1))
            if target is None:
                raise ProtocolError("bad_frame", "no such colleague", "transfer")
        await db(services.transfer_chat)(chat_id=chat.pk, by=self.user, to=target, note=note)

    async def on_end(self, frame: dict[str, Any]) -> None:
        chat = await self.held_chat(frame)
        await db(services.end_chat)(chat_id=chat.pk, by=Sender.WORKER, worker=self.user)

    async def on_block(self, frame: dict[str, Any]) -> None:
        chat = await self.held_chat(frame)
        await db(services.block_chat)(chat_id=chat.pk, worker=self.user)

    async def assign(self, chat_id: int, *, note: str) -> None:
        self.chats.add(chat_id)
        await self.join(events.chat_group(chat_id))
        await self.send_json(await db(_assigned_frame)(chat_id, note))

    # --- events from the channel layer ---
    async def chat_relay(self, event: dict[str, Any]) -> None:
        payload = event["payload"]
        if event["origin"] == Sender.WORKER and payload["type"] in ("typing", "receipt"):
            return
        if payload["type"] in ("accepted", "requeued"):
            return  # the console learns these from assigned / queue frames
        await self.send_json({**payload, "chat": event["chat"]})

    async def worker_relay(self, event: dict[str, Any]) -> None:
        payload = event["payload"]
        if payload["type"] == "unassigned":
            self.chats.discard(payload["chat"])
            await self.leave_group(events.chat_group(payload["chat"]))
            await self.send_json(payload)
        elif payload["type"] == "assigned_by_transfer":
            await self.assign(payload["chat"], note=payload.get("note", ""))
        else:
            await self.send_json(payload)

    async def queue_changed(self, event: dict[str, Any]) -> None:
        if self.queue_refresh is None or self.queue_refresh.done():
            self.queue_refresh = asyncio.ensure_future(self._refresh_queue())

    async def _refresh_queue(self) -> None:
        await asyncio.sleep(QUEUE_REFRESH_SECONDS)
        await self.send_json(await _worker_queue.get())

    async def send_queue(self) -> None:
        await self.send_json(await db(_queue_frame)())


def _is_verified_staff(scope: dict[str, Any]) -> bool:
    from django_otp import DEVICE_ID_SESSION_KEY
    from django_otp.models import Device

    user = scope.get("user")
    session = scope.get("session")
    if user is None or not user.is_authenticated or not user.is_active or session is None:
        return False
    if not user.has_perm("wagtailadmin.access_admin"):
        return False
    device_id = session.get(DEVICE_ID_SESSION_KEY)
    return bool(device_id) and Device.from_persistent_id(device_id) is not None


def _duty_state(user: Any) -> tuple[bool, int]:
    from tukipiste.chat.models import WorkerDuty

    duty = WorkerDuty.objects.filter(user=user).first()
    return bool(duty and duty.on_duty), selectors.chat_limit(user)


def _staff_user(user_id: int) -> Any:
    from django.contrib.auth import get_user_model

    return get_user_model().objects.filter(pk=user_id, is_active=True).first()


def _queue_frame() -> dict[str, Any]:
    return {
        "type": "queue",
        "waiting": selectors.waiting_chats(now=timezone.now()),
        "on_duty": selectors.workers_on_duty(),
    }


def _assigned_frame(chat_id: int, note: str) -> dict[str, Any]:
    chat = Chat.objects.get(pk=chat_id)
    return {
        "type": "assigned",
        "chat": chat.pk,
        "language": chat.language,
        "topic": chat.topic,
        "nickname": chat.nickname,
        "status": chat.status,
        "started_at": chat.created_at.isoformat(),
        "note": note,
        "messages": selectors.messages_after(chat=chat, after_seq=0, for_worker=True),
    }
