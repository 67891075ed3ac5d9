"""The chat's clock: one task per server process that keeps every local socket current.

Events on the channel layer are delivered at most once, and a burst of them can overflow a
socket's channel (its capacity), which then drops whatever comes next, an ``accepted``
included. So the queue does not rely on events: once a second the clock reads one shared
snapshot of the queue and sends each waiting client of this process its place when it has
changed, and each console the queue when it has changed. Every few seconds it also checks
whether chat duty opened or closed (clients are told; waiting chats are closed with the
alternatives), writes the sign of life of this process's consoles (one write for all) and
sends workers without a console off duty after their grace period.
Running in every process is safe: those writes are idempotent.

It also checks the consoles' sessions and resynchronises their chats, every
``CHAT_SESSION_CHECK_SECONDS`` each, in one read per tick for all consoles due: checked one
by one, 100 consoles made 40 jobs a second on the one database thread, and every chat
message waited behind whichever was running. Its reads run on a thread of their own
(``base.read``); only its writes (the housekeeping) take turns with the messages.
"""

from __future__ import annotations

import asyncio
import json
import logging
import time
from collections.abc import Callable, Coroutine
from typing import TYPE_CHECKING, Any

from tukipiste.chat import selectors, services
from tukipiste.chat.consumers.base import SharedSnapshot, db, read

if TYPE_CHECKING:
    from tukipiste.chat.consumers.client import ClientConsumer
    from tukipiste.chat.consumers.worker import WorkerConsumer

log = logging.getLogger(__name__)
TICK_SECONDS = 1.0
DUTY_EVERY_TICKS = 5
# A console gets the queue at least this often even unchanged while clients wait: the
# waiting times grow.
CONSOLE_REFRESH_TICKS = 10
COLLEAGUES_SECONDS = 5.0
# The longest an empty queue's frame is kept (when duty closes is in it).
EMPTY_QUEUE_SECONDS = 5.0


class ConsoleQueue:
    """The consoles' queue frame, encoded once for every console of the process, with what
    tells whether it changed for a console (everything but the waiting times)."""

    def __init__(self, frame: dict[str, Any]) -> None:
        self.frame = frame
        self.version: int = frame["version"]
        self.waiting = bool(frame["waiting"])
        self.text = json.dumps(frame, separators=(",", ":"))
        waiting = [{k: v for k, v in row.items() if k != "waited_s"} for row in frame["waiting"]]
        self.key = json.dumps({**frame, "waiting": waiting, "version": 0}, sort_keys=True)

    def confirmed(self) -> ConsoleQueue:
        """The same view under a version of now, its content having just been confirmed:
        a console that was sent a newer view since (which may still show a client who has
        left the queue) takes this one."""
        return ConsoleQueue({**self.frame, "version": selectors.queue_version()})


class Colleagues:
    """The colleagues on duty in the consoles' queue frame, read at most every
    ``COLLEAGUES_SECONDS`` and at the first read after a change of the queue (a worker came on
    duty, took a chat). Every console gets the same list; reading it each second (100
    workers, their chats counted) took longer than all the rest of the frame, on the reading
    thread, while the chat's messages waited for the interpreter."""

    def __init__(self, clock: Callable[[], float] = time.monotonic) -> None:
        self.clock = clock
        self.rows: list[dict[str, Any]] | None = None
        self.read_at = 0.0
        self.changes = 0  # counted on the loop, read on the reading thread
        self.changes_read = 0

    def changed(self) -> None:
        self.changes += 1

    def current(self) -> list[dict[str, Any]]:
        """On the reading thread, the one that runs the consoles' queue snapshot."""
        now, changes = self.clock(), self.changes
        if (
            self.rows is None
            or now - self.read_at >= COLLEAGUES_SECONDS
            or changes != self.changes_read
        ):
            # Counted before the read: a change committed during it makes the next one read.
            self.rows = selectors.workers_on_duty()
            self.read_at, self.changes_read = now, changes
        return self.rows

    def forget(self) -> None:
        self.rows = None


colleagues = Colleagues()


class ConsoleQueueSource:
    """The consoles' queue frame, on the reading thread. While nobody waits it changes only
    with the colleagues on duty or when duty closes, so an empty queue's frame is kept
    until one of those changed or ``EMPTY_QUEUE_SECONDS`` passed, at the cost of one
    lookup: at 100 consoles reading the whole frame every second took 3-7 ms of the
    interpreter while the chat's messages waited (decision 0023)."""

    def __init__(self, colleagues: Colleagues, clock: Callable[[], float] = time.monotonic) -> None:
        self.colleagues = colleagues
        self.clock = clock
        self.frame: ConsoleQueue | None = None
        self.on_duty: list[dict[str, Any]] | None = None
        self.computed_at = 0.0

    def current(self) -> ConsoleQueue:
        on_duty, now = self.colleagues.current(), self.clock()
        if (
            self.frame is None
            or self.frame.waiting
            or on_duty is not self.on_duty
            or now - self.computed_at >= EMPTY_QUEUE_SECONDS
            or selectors.anyone_waiting()
        ):
            self.frame = ConsoleQueue(selectors.worker_queue_frame(on_duty=on_duty))
            self.on_duty, self.computed_at = on_duty, now
        else:
            self.frame = self.frame.confirmed()
        return self.frame

    def forget(self) -> None:
        self.frame = None


console_queue = ConsoleQueueSource(colleagues)
queue_snapshot = SharedSnapshot(lambda: selectors.queue_snapshot())
worker_queue = SharedSnapshot(console_queue.current)
duty = SharedSnapshot(lambda: selectors.duty_frame())


def _housekeeping(console_workers: set[int]) -> None:
    # This process's consoles first, in one write: they are not away, whatever the sweep
    # below would make of a sign of life that each console wrote for itself.
    if console_workers:
        services.consoles_alive(worker_ids=console_workers)
    services.send_away_workers_off_duty()
    services.close_queue_after_duty()


class Clock:
    def __init__(self) -> None:
        self.clients: set[ClientConsumer] = set()
        self.consoles: set[WorkerConsumer] = set()
        self.task: asyncio.Task[None] | None = None
        self.ticks = 0
        self.duty_open: bool | None = None
        self.sleeping = False

    def add(self, consumer: ClientConsumer | WorkerConsumer) -> None:
        from tukipiste.chat.consumers.client import ClientConsumer

        if isinstance(consumer, ClientConsumer):
            self.clients.add(consumer)
        else:
            self.consoles.add(consumer)
        loop = asyncio.get_running_loop()
        # A task of an event loop that has gone (tests run several) never ticks again.
        if self.task is None or self.task.done() or self.task.get_loop() is not loop:
            self.task = loop.create_task(self.run())

    def remove(self, consumer: Any) -> None:
        self.clients.discard(consumer)
        self.consoles.discard(consumer)
        if not (self.clients or self.consoles) and self.sleeping and self.task is not None:
            # The last socket of the process left: the clock stops now rather than tick
            # once more for nobody (the chat_duty_tick job keeps the housekeeping).
            try:
                same_loop = self.task.get_loop() is asyncio.get_running_loop()
            except RuntimeError:
                same_loop = False
            if same_loop:
                self.task.cancel()

    async def run(self) -> None:
        while self.clients or self.consoles:
            self.sleeping = True
            try:
                await asyncio.sleep(TICK_SECONDS)
            except asyncio.CancelledError:
                return
            finally:
                self.sleeping = False
            if not (self.clients or self.consoles):
                # Its last socket left during the sleep: no tick, and no write, for nobody.
                # (A write then met the tests' TRUNCATE after their sockets had closed.)
                return
            self.ticks += 1
            try:
                await self.tick()
            except Exception:  # the database is away for a moment: try again next tick
                log.warning("chat clock tick failed", exc_info=True)

    async def tick(self) -> None:
        if self.ticks % DUTY_EVERY_TICKS == 0:
            await db(_housekeeping)(
                {console.user_id for console in self.consoles if console.user_id}
            )
            frame = await duty.get()
            if frame["open"] != self.duty_open:
                self.duty_open = frame["open"]
                for client in list(self.clients):
                    await self.offer(client, client.offer_duty(frame))
        if any(client.waiting for client in self.clients):
            snapshot = await queue_snapshot.get()
            for client in list(self.clients):
                if client.waiting:
                    await self.offer(client, client.offer_queue(snapshot))
        if self.consoles:
            frame = await worker_queue.get()
            force = frame.waiting and self.ticks % CONSOLE_REFRESH_TICKS == 0
            for console in list(self.consoles):
                await self.offer(console, console.offer_queue(frame, force=force))
            await self.check_consoles()

    async def check_consoles(self) -> None:
        """The sessions of the consoles due for a check, and their chats, in one job."""
        now = time.monotonic()
        due = [console for console in self.consoles if console.due_for_check(now)]
        if not due:
            return
        marks = []
        for console in due:
            console.checked_at = now  # a slow job must not be started twice for them
            marks.append(console.chats_changed)
        results = await read(selectors.console_checks)(
            [(console.user_id, console.session_key, set(console.chats)) for console in due]
        )
        for console, mark, (user, chats) in zip(due, marks, results, strict=True):
            await self.offer(console, console.checked(user, chats, mark))

    async def offer(self, consumer: Any, sending: Coroutine[Any, Any, None]) -> None:
        """One socket's update; a socket that has just closed costs the others nothing."""
        try:
            await sending
        except Exception:
            log.info("a chat socket closed under the clock", exc_info=True)
            self.remove(consumer)


clock = Clock()


def forget_snapshots() -> None:
    """Drop the shared snapshots (tests: a flushed database must not meet them)."""
    for snapshot in (queue_snapshot, worker_queue, duty):
        snapshot.value = None
    colleagues.forget()
    console_queue.forget()
    clock.duty_open = None
