"""An on-duty worker's console socket: the queue, several chats, transfers.

Only staff with chat duty (workers and coordinators, decision 0007) may open it. The
session behind it is checked again before every frame that needs it, every
``CHAT_SESSION_CHECK_SECONDS`` (by the process's clock, for every console due in one
database job) and whenever the account changes (``worker.revoke``): a logout anywhere, the
idle timeout, a deactivated account or a removed role closes it and takes the worker off
duty within seconds. Work on the socket keeps the session alive.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import time
from typing import Any

from django.conf import settings

from tukipiste.accounts import services as accounts_services
from tukipiste.chat import events, protocol, selectors, services
from tukipiste.chat.consumers.base import QUEUE_REFRESH_SECONDS, BaseConsumer, db
from tukipiste.chat.consumers.clock import ConsoleQueue, clock, colleagues, worker_queue
from tukipiste.chat.models import ChatStatus, Sender
from tukipiste.chat.protocol import ProtocolError

log = logging.getLogger(__name__)
# Frames that are not work: they neither need a fresh check nor keep the session alive.
IDLE_FRAMES = {"hello", "ping"}
TOUCH_SECONDS = 60.0
# Frames a worker's own socket sends that its console must not get back.
OWN_ECHOES = {"typing", "receipt", "presence"}
SESSION_ENDED = 4401
FORBIDDEN = 4403


class WorkerConsumer(BaseConsumer):
    allowed = protocol.WORKER_TYPES
    origin = Sender.WORKER

    async def connect(self) -> None:
        self.user = self.scope.get("user")
        session = self.scope.get("session")
        self.session_key: str = (session.session_key if session is not None else None) or ""
        self.user_id: int = getattr(self.user, "pk", None) or 0
        self.chats: set[int] = set()
        self.queue_refresh: asyncio.Task[None] | None = None
        self.queue_dirty = False
        self.last_queue: ConsoleQueue | None = None
        self.chats_changed = 0  # counts assign and let_go: tells a resync that is stale
        self.checked_at = 0.0
        self.touched_at = 0.0
        self.closing = False
        self.opened = False
        await self.accept()
        if not await self.authorised():
            await self.send_json(
                ProtocolError("forbidden", "chat duty needs a worker's login", None, True).frame()
            )
            await self.close(code=FORBIDDEN)
            return
        await self.join(events.WORKERS)
        await self.join(events.worker_group(self.user_id))
        await db(services.console_opened)(worker_id=self.user_id)
        self.opened = True
        await self.send_duty()
        for chat in await db(selectors.active_chats_of)(worker=self.user):
            await self.assign(chat.pk, note="")
        await self.send_queue()
        clock.add(self)

    async def disconnect(self, code: int) -> None:
        clock.remove(self)
        refresh = getattr(self, "queue_refresh", None)
        if refresh is not None:
            # Dropped as well as cancelled: the cancelled task keeps its error, whose
            # traceback holds this consumer, and a consumer holding the task would make
            # the socket's objects a cycle that only a full collection frees.
            self.queue_refresh = None
            refresh.cancel()
        if not getattr(self, "user_id", 0):
            return
        await self.leave_group(events.WORKERS)
        await self.leave_group(events.worker_group(self.user_id))
        for chat_id in self.chats:
            await self.leave_group(events.chat_group(chat_id))
        if self.opened:
            await db(services.console_closed)(worker_id=self.user_id)

    # --- the session behind the socket ---
    async def authorised(self) -> bool:
        """Check the session again; the socket then works with the user as read now, so a
        changed role (a coordinator made a worker) applies to the next frame too."""
        self.checked_at = time.monotonic()
        if not self.user_id:
            return False
        user = await db(selectors.chat_worker_of_session)(
            user_id=self.user_id, session_key=self.session_key
        )
        if user is None:
            return False
        self.user = user
        return True

    async def before_frame(self, frame: dict[str, Any]) -> None:
        if frame["type"] in IDLE_FRAMES:
            return
        stale = time.monotonic() - self.checked_at > settings.CHAT_SESSION_CHECK_SECONDS
        if stale and not await self.authorised():
            await self.revoke()
            raise ProtocolError("session_ended", "log in again", frame["type"], True)
        # A tenth of the idle timeout (at most a minute) keeps a busy session far from it.
        touch_every = min(TOUCH_SECONDS, settings.SESSION_COOKIE_AGE / 10)
        if time.monotonic() - self.touched_at > touch_every:
            # Work on the socket is activity: a worker in a long chat is never timed out.
            self.touched_at = time.monotonic()
            await db(accounts_services.keep_session_alive)(session_key=self.session_key)

    def due_for_check(self, now: float) -> bool:
        """Whether the clock should check this socket's session again now."""
        return (
            self.opened
            and not self.closing
            and now - self.checked_at >= settings.CHAT_SESSION_CHECK_SECONDS
        )

    async def checked(self, user: Any, chats: list[dict[str, Any]], mark: int) -> None:
        """The clock's check of this socket: ``user`` as read now, or None when the session
        no longer holds; ``chats`` as the database had them when ``chats_changed`` was
        ``mark``."""
        if user is None:
            await self.revoke()
            return
        self.user = user
        # Through the socket's own queue of events, so that the resync never runs alongside
        # an ``assigned`` or ``unassigned`` of the same chats. A layer that is away for a
        # moment costs this one resync, not the socket its place on the clock.
        try:
            await events.to_socket(
                self.channel_name, {"type": "console.resync", "chats": chats, "mark": mark}
            )
        except Exception:
            log.warning("could not resynchronise a console", exc_info=True)

    async def console_resync(self, event: dict[str, Any]) -> None:
        if event.get("mark") == self.chats_changed:
            await self.apply_chats(event["chats"])
        else:  # a chat came or went since those were read: read them again
            await self.resync_chats()

    async def resync_chats(self) -> None:
        await self.apply_chats(
            await db(selectors.held_chats_state)(worker_id=self.user_id, known=set(self.chats))
        )

    async def apply_chats(self, chats: list[dict[str, Any]]) -> None:
        """The last resort against lost events: the chats this worker holds and their last
        seq. A held chat the socket does not know is opened (a missed transfer), a known one
        held by nobody here any more is let go (a missed one the other way)."""
        for row in chats:
            if row["held"] and row["chat"] not in self.chats:
                await self.assign(row["chat"], note="")
            elif not row["held"] and row["status"] != ChatStatus.ENDED:
                await self.let_go(row["chat"])
        await self.send_json({"type": "chats", "chats": chats})

    async def revoke(self) -> None:
        """Take the worker off duty and close the socket: the session no longer holds."""
        if self.closing:
            return
        self.closing = True
        await db(services.end_duty)(worker_id=self.user_id)
        with contextlib.suppress(Exception):  # the socket may already be gone
            await self.send_json(ProtocolError("session_ended", "log in again", None, True).frame())
            await self.close(code=SESSION_ENDED)

    # --- frames ---
    def held_chat(self, frame: dict[str, Any]) -> int:
        """The id of a chat this socket holds (no query: the socket knows its chats; the
        services check again where they write)."""
        chat_id = protocol.integer(frame, "chat", minimum=1)
        if chat_id not in self.chats:
            raise ProtocolError("unknown_chat", "no such chat of yours", frame.get("type"))
        return chat_id

    async def on_duty(self, frame: dict[str, Any]) -> None:
        on = protocol.boolean(frame, "on")
        await db(services.set_duty)(worker=self.user, on=on)
        colleagues.changed()  # this console's own queue frame, next, shows the change
        await self.send_duty()
        await self.send_queue()

    async def on_accept(self, frame: dict[str, Any]) -> None:
        chat_id = protocol.integer(frame, "chat", minimum=1)
        await db(services.accept_chat)(chat_id=chat_id, worker=self.user)
        await self.assign(chat_id, note="")

    async def on_send(self, frame: dict[str, Any]) -> None:
        chat_id = self.held_chat(frame)
        client_id = protocol.message_id(frame)
        body = protocol.body(frame)
        message, _ = await db(services.post_message)(
            chat_id=chat_id, sender=Sender.WORKER, client_id=client_id, body=body, author=self.user
        )
        await self.send_json({"type": "ack", "chat": chat_id, "id": client_id, "seq": message.seq})

    async def on_typing(self, frame: dict[str, Any]) -> None:
        chat_id = self.held_chat(frame)
        await events.typing(chat_id, origin=Sender.WORKER, on=protocol.boolean(frame, "on"))

    async def on_read(self, frame: dict[str, Any]) -> None:
        await self.send_receipt(self.held_chat(frame), frame)

    async def on_fetch(self, frame: dict[str, Any]) -> None:
        # Coordinators may read any chat's transcript (audited), not only those they hold.
        chat = await db(selectors.chat_visible_to)(
            user=self.user, chat_id=protocol.integer(frame, "chat", minimum=1)
        )
        if chat is None:
            raise ProtocolError("unknown_chat", "no such chat of yours", "fetch")
        after = protocol.integer(frame, "after_seq")
        messages = await db(services.read_transcript)(chat=chat, reader=self.user, after_seq=after)
        await self.send_json({"type": "history", "chat": chat.pk, "messages": messages})

    async def on_transfer(self, frame: dict[str, Any]) -> None:
        chat_id = self.held_chat(frame)
        note = protocol.text(frame, "note", limit=protocol.MAX_NOTE, required=False)
        target = None
        if frame.get("to") is not None:
            target = await db(selectors.colleague_for_transfer)(
                user_id=protocol.integer(frame, "to", minimum=1)
            )
            if target is None:
                raise ProtocolError("bad_frame", "no such colleague on chat duty", "transfer")
        await db(services.transfer_chat)(chat_id=chat_id, by=self.user, to=target, note=note)

    async def on_end(self, frame: dict[str, Any]) -> None:
        chat_id = self.held_chat(frame)
        await db(services.end_chat)(chat_id=chat_id, by=Sender.WORKER, worker=self.user)

    async def on_block(self, frame: dict[str, Any]) -> None:
        await db(services.block_chat)(chat_id=self.held_chat(frame), worker=self.user)

    async def assign(self, chat_id: int, *, note: str) -> None:
        self.chats.add(chat_id)
        self.chats_changed += 1
        await self.join(events.chat_group(chat_id))
        await self.send_json(
            await db(services.open_assigned_chat)(chat_id=chat_id, reader=self.user, note=note)
        )

    async def send_duty(self) -> None:
        await self.send_json(await db(selectors.duty_state)(worker=self.user))

    async def let_go(self, chat_id: int) -> None:
        self.chats.discard(chat_id)
        self.chats_changed += 1
        await self.leave_group(events.chat_group(chat_id))
        await self.send_json({"type": "unassigned", "chat": chat_id})

    # --- events from the channel layer ---
    async def chat_relay(self, event: dict[str, Any]) -> None:
        payload = event["payload"]
        if event["origin"] == Sender.WORKER and payload["type"] in OWN_ECHOES:
            return
        if payload["type"] in ("accepted", "requeued"):
            return  # the console learns these from assigned / queue frames
        await self.send_json({**payload, "chat": event["chat"]})

    async def worker_relay(self, event: dict[str, Any]) -> None:
        payload = event["payload"]
        if payload["type"] == "unassigned":
            await self.let_go(payload["chat"])
        elif payload["type"] == "assigned_by_transfer":
            await self.assign(payload["chat"], note=payload.get("note", ""))
        else:
            await self.send_json(payload)

    async def worker_revoke(self, event: dict[str, Any]) -> None:
        """The account changed (logout, role, deactivation): check at once."""
        if not await self.authorised():
            await self.revoke()

    async def queue_changed(self, event: dict[str, Any]) -> None:
        """A hurry-up: the clock sends the queue within a second anyway."""
        colleagues.changed()
        self.queue_dirty = True
        if self.queue_refresh is None or self.queue_refresh.done():
            self.queue_refresh = asyncio.ensure_future(self._refresh_queue())

    async def _refresh_queue(self) -> None:
        # Coalesce a burst of changes; one arriving while the snapshot is read runs the loop
        # again, so the last change is never left out.
        while self.queue_dirty:
            self.queue_dirty = False
            await asyncio.sleep(QUEUE_REFRESH_SECONDS)
            try:
                await self.offer_queue(await worker_queue.get(), force=False)
            except OSError:
                return  # the console closed meanwhile: nobody to tell

    async def offer_queue(self, queue: ConsoleQueue, *, force: bool) -> None:
        """Send the queue if it changed (waiting times aside) or ``force``; never an older
        view than the one sent last."""
        last = self.last_queue
        if last is not None and queue.version < last.version:
            return
        self.last_queue = queue
        if not force and last is not None and last.key == queue.key:
            return
        await self.send(text_data=queue.text)

    async def send_queue(self) -> None:
        self.last_queue = None
        await self.offer_queue(ConsoleQueue(await db(selectors.worker_queue_frame)()), force=True)
