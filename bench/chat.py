"""Benchmark of chat duty on the real server (docs/chat-protocol.md).

Prepares its own data directory (SQLite in a temporary VAR_DIR, or the database of
``DATABASE_URL`` and the channel layer of ``REDIS_URL`` when they are set), creates an office
whose chat duty is open all day, and workers with a verified second factor; starts
``python -m tukipiste.serve``; opens N client chats that the workers accept; then, with all
2N + workers sockets held open, sends messages at a fixed overall rate (alternately client to
worker and worker to client, in random chats) and measures send-to-delivery latency on the
other side. Both peers follow the protocol: a ``seq`` jump is a lost event, answered with
``fetch``; at the end the peers fetch once more, as the next message would make them do, so
only a message that never reaches the other side counts as lost. A bare WebSocket relay with
the same number of socket pairs and the same send pattern is the baseline, measured in the
same run. Writes ``bench/results/chat.json``.

How the chats are set up matters at scale: every queue change (a `start`, an `accept`, a
`duty`) is an event to every worker socket, which then reads the shared queue snapshot
(waiting clients get their place from the server's clock instead, decision 0009). So
clients arrive a few at a time (``SETUP_PARALLEL``), workers come on duty as the chats
need them, and the measurement starts once every socket answers a
`ping` (the server has worked off what the setup left queued). ``setup_seconds`` is the time
to open the N chats; ``lost`` counts messages not delivered within ``STRAGGLER_SECONDS`` of
the last send plus a final `fetch`, so a server that falls behind the rate shows it there
(``acked`` then says how many were stored at all).

No nudging: the chats open on the server's own events (`queue` to the workers, `accepted` to
the client). When no chat is accepted for ``--stall-seconds`` the setup ends with a diagnosis
of which frames are missing (``stall`` in the results) and the run goes on with the chats it
has. ``--nudge`` brings back the old workaround (a worker re-sends `duty` after 4 s without
progress; a client fetches when its worker holds the chat but `accepted` never came).

Then the burst (``--burst N``, default 1000; 0 for none), with the steady phase's sockets still
open: N more client sockets connect and send `start` within ``--burst-seconds`` (default 10; 0:
all at once), each at a random moment of that window and none waiting for another.
``burst_position_p99_ms`` is `start` sent to the first `queue` frame; ``burst_errors``
counts refused or failed connections, `error` frames and clients without a place after
``--burst-timeout``. The server's resident memory (``/proc/<pid>/status``, VmRSS) is read
before the sockets open and once each of them has its place and answered a `ping`:
``memory_per_socket_kib`` is the difference divided by the sockets opened. The bench's
clients all come from one address; the server runs with generous ``CHAT_MAX_QUEUE`` and
``CHAT_STARTS_PER_HOUR``.

Limitation: chat duty hours are 00:00-23:59 every day, so a run over the minute before
midnight (Helsinki time) is refused with ``chat_closed``.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import gc
import json
import math
import os
import random
import resource
import secrets
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import traceback
import uuid
from collections import Counter, deque
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx

ROOT = Path(__file__).resolve().parents[1]
BODY = "Hei! Tämä on testiviesti, suunnilleen tavallisen chat-viestin pituinen."
STRAGGLER_SECONDS = 5.0
# Clients between `start` and `accepted` at once while the chats are set up: a burst of starts
# piles queue events up faster than the server delivers them (see the module docstring).
SETUP_PARALLEL = 10
CONNECT = {"ping_interval": None, "max_size": 2**22, "open_timeout": 120, "close_timeout": 2}

# Runs in a subprocess with the server's environment: the office, the workers and their
# logged-in, second-factor-verified sessions. Prints the session keys as JSON.
SETUP_SCRIPT = r"""
import datetime as dt
import json
import secrets
import sys
from importlib import import_module

sys.path.insert(0, sys.argv[1])
import django

django.setup()
from django.conf import settings
from django.contrib.auth import BACKEND_SESSION_KEY, HASH_SESSION_KEY, SESSION_KEY
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.utils import timezone
from django_otp import DEVICE_ID_SESSION_KEY
from django_otp.plugins.otp_totp.models import TOTPDevice

from tukipiste.accounts.models import Role
from tukipiste.accounts.roles import GROUP_NAMES
from tukipiste.accounts.services import ensure_profile, sync_roles
from tukipiste.accounts.signals import SESSION_GENERATION_KEY
from tukipiste.chat.models import Chat, ChatStatus
from tukipiste.offices.models import Office, OfficeHours

workers, limit = int(sys.argv[2]), int(sys.argv[3])
sync_roles()
office, _ = Office.objects.get_or_create(
    slug="bench-chat",
    defaults={
        "name": "Bench chat",
        "street_address": "Testikatu 1",
        "postal_code": "00100",
        "city": "Helsinki",
        "phone": "+358 40 000 0000",
        "latitude": "60.0",
        "longitude": "24.0",
    },
)
OfficeHours.objects.filter(office=office, service="chat").delete()
OfficeHours.objects.bulk_create(
    OfficeHours(
        office=office, service="chat", weekday=day, opens=dt.time(0), closes=dt.time(23, 59)
    )
    for day in range(7)
)
group = Group.objects.get(name=GROUP_NAMES[Role.WORKER])
User = get_user_model()
SessionStore = import_module(settings.SESSION_ENGINE).SessionStore
now = timezone.now()
# Chats left by an earlier run on the same database: end them without recording contacts.
Chat.objects.filter(status=ChatStatus.QUEUED, nickname__startswith="bench:").update(
    status=ChatStatus.ENDED, ended_at=now, ended_by="system"
)
keys = []
for i in range(workers):
    user, created = User.objects.get_or_create(
        username=f"bench-worker-{i:04d}", defaults={"first_name": f"Bench{i}"}
    )
    if created:
        user.set_unusable_password()
        user.save()
    user.groups.add(group)
    Chat.objects.filter(worker=user).exclude(status=ChatStatus.ENDED).update(
        status=ChatStatus.ENDED, ended_at=now, ended_by="system"
    )
    profile = ensure_profile(user=user)
    profile.chat_limit = limit
    profile.display_name = f"Bench {i}"
    profile.save(update_fields=["chat_limit", "display_name"])
    profile.offices.add(office)
    device = TOTPDevice.objects.filter(user=user, confirmed=True).first()
    if device is None:
        device = TOTPDevice.objects.create(
            user=user, name="bench", key=secrets.token_hex(20), confirmed=True
        )
    session = SessionStore()
    session[SESSION_KEY] = user._meta.pk.value_to_string(user)
    session[BACKEND_SESSION_KEY] = "django.contrib.auth.backends.ModelBackend"
    session[HASH_SESSION_KEY] = user.get_session_auth_hash()
    session[DEVICE_ID_SESSION_KEY] = device.persistent_id
    session[SESSION_GENERATION_KEY] = profile.session_generation
    session.create()
    keys.append(session.session_key)
print(json.dumps(keys))
"""


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    index = min(len(ordered) - 1, max(0, round(q / 100 * len(ordered)) - 1))
    return ordered[index]


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def raise_file_limit() -> None:
    """2N + workers sockets on each end; the server child inherits the raised limit."""
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    if hard == resource.RLIM_INFINITY or hard > soft:
        with contextlib.suppress(ValueError, OSError):
            resource.setrlimit(resource.RLIMIT_NOFILE, (hard, hard))


def team_size(chats: int) -> tuple[int, int]:
    """Workers and their chat limit: about ten chats each; the model allows 1 to 20."""
    workers = max(1, math.ceil(chats / 10))
    limit = math.ceil(chats / workers)
    if limit > 20:
        workers = math.ceil(chats / 20)
        limit = math.ceil(chats / workers)
    return workers, max(1, limit)


@contextlib.contextmanager
def reading() -> Iterator[None]:
    """A socket's reader ends quietly when the socket closes, loudly on a bug of its own."""
    from websockets.exceptions import ConnectionClosed

    try:
        yield
    except (ConnectionClosed, asyncio.CancelledError):
        pass
    except Exception:
        traceback.print_exc()
        raise


# --- Delivery accounting ---------------------------------------------------------------------


class Tally:
    """Send and first-delivery times of one phase, by message id."""

    def __init__(self) -> None:
        self.sent: dict[str, float] = {}
        self.delivered: dict[str, float] = {}
        self.acked: set[str] = set()
        self.duplicated = 0
        self.recovered = 0
        self.errors: Counter[str] = Counter()
        self.all_delivered = asyncio.Event()

    def deliver(self, message_id: str, *, fetched: bool = False) -> None:
        if message_id in self.sent and message_id not in self.delivered:
            self.delivered[message_id] = time.perf_counter()
            self.recovered += fetched
            if len(self.delivered) == len(self.sent):
                self.all_delivered.set()

    async def settle(self, timeout: float) -> None:
        """Wait up to ``timeout`` seconds until every message sent has been delivered."""
        self.all_delivered.clear()
        if len(self.delivered) < len(self.sent):
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self.all_delivered.wait(), timeout)

    def latencies(self) -> list[float]:
        return [(self.delivered[m] - self.sent[m]) * 1000 for m in self.delivered]

    def figures(self) -> dict[str, Any]:
        latencies = self.latencies() or [0.0]
        return {
            "messages": len(self.sent),
            "lost": len(self.sent) - len(self.delivered),
            "p50_ms": round(statistics.median(latencies), 2),
            "p99_ms": round(percentile(latencies, 99), 2),
        }


@dataclass
class View:
    """One side's view of one chat: the seqs it has, per the protocol."""

    last: int = 0
    live: set[int] = field(default_factory=set)
    seen: set[int] = field(default_factory=set)
    fetching: bool = False

    def missing_after(self) -> int | None:
        """The ``after_seq`` to fetch from when a seq up to ``last`` is missing."""
        for seq in range(1, self.last + 1):
            if seq not in self.seen:
                return seq - 1
        return None


@dataclass
class Pair:
    """A chat: the client's socket, and the worker holding it."""

    index: int
    nickname: str
    ws: Any = None
    chat: int = 0
    worker: Worker | None = None
    client_view: View = field(default_factory=View)
    worker_view: View = field(default_factory=View)
    accepted: asyncio.Event = field(default_factory=asyncio.Event)
    assigned: asyncio.Event = field(default_factory=asyncio.Event)
    assigned_at: float = 0.0
    accepted_frame: bool = False  # the client got the `accepted` frame itself
    asked: bool = False  # the client fetched to learn whether it was accepted
    refused: str = ""
    started: bool = False  # the `started` frame came
    queued: bool = False  # a client `queue` frame came


@dataclass
class Worker:
    index: int
    ws: Any = None
    waiting: list[int] = field(default_factory=list)
    tried: set[int] = field(default_factory=set)
    pending: deque[int] = field(default_factory=deque)  # accepts sent, answers due in order
    held: int = 0
    full: bool = False
    forbidden: bool = False
    duty: asyncio.Event = field(default_factory=asyncio.Event)
    seen: set[str] = field(default_factory=set)  # nicknames in the last `queue` frame
    queue_at: float = 0.0  # when the last `queue` frame came


class ChatBench:
    def __init__(
        self,
        base: str,
        origin: str,
        sessions: list[str],
        chats: int,
        limit: int,
        *,
        nudge: bool = False,
        stall_seconds: float = 60.0,
    ):
        self.base = base
        self.nudging = nudge
        self.stall_seconds = stall_seconds
        self.stalled = asyncio.Event()
        self.stall: dict[str, Any] = {}
        self.origin = origin
        self.run = secrets.token_hex(3)
        self.limit = limit
        self.workers = [Worker(i) for i in range(len(sessions))]
        self.sessions = sessions
        self.pairs = [Pair(i, f"bench:{self.run}:{i}") for i in range(chats)]
        self.by_nickname = {pair.nickname: pair for pair in self.pairs}
        self.by_chat: dict[int, Pair] = {}
        self.claimed: set[int] = set()
        self.in_flight: set[int] = set()
        self.capacity_lock = asyncio.Lock()
        self.connected = 0  # workers connected so far, in order
        self.pongs_due = 0
        self.quiet = asyncio.Event()
        self.all_pairs = self.pairs
        self.started_at = time.perf_counter()
        self.seq_of_id: dict[tuple[int, str, str], int] = {}
        self.tally = Tally()
        self.readers: list[asyncio.Task[None]] = []
        self.progress = 0

    # --- frames in ---
    def on_message(self, pair: Pair, side: str, message: dict[str, Any], how: str) -> None:
        """``how``: "live" (a message frame), "fetched" (history) or "initial" (assigned)."""
        view = pair.client_view if side == "client" else pair.worker_view
        seq = message["seq"]
        if how == "live":
            if seq in view.live:
                self.tally.duplicated += 1  # the server pushed the same seq twice
            view.live.add(seq)
        key = (pair.index, message["from"], message["id"])
        if self.seq_of_id.setdefault(key, seq) != seq:
            self.tally.duplicated += 1  # one id stored under two seqs
            self.seq_of_id[key] = seq
        if side == "client" and message.get("event") == "accepted":
            pair.accepted.set()  # the system message says so too, even if the frame was lost
        if seq not in view.seen:
            view.seen.add(seq)
            if message["from"] not in (side, "system"):
                self.tally.deliver(message["id"], fetched=how == "fetched")
        view.last = max(view.last, seq)

    async def check_gap(self, pair: Pair, side: str) -> None:
        view = pair.client_view if side == "client" else pair.worker_view
        after = view.missing_after()
        if after is None or view.fetching:
            return
        view.fetching = True
        if side == "client":
            await pair.ws.send(json.dumps({"type": "fetch", "after_seq": after}))
        elif pair.worker is not None:
            frame = {"type": "fetch", "chat": pair.chat, "after_seq": after}
            await pair.worker.ws.send(json.dumps(frame))

    async def read_client(self, pair: Pair) -> None:
        with reading():
            async for raw in pair.ws:
                frame = json.loads(raw)
                kind = frame.get("type")
                if kind == "message":
                    self.on_message(pair, "client", frame, "live")
                    await self.check_gap(pair, "client")
                elif kind == "history":
                    for message in frame["messages"]:
                        self.on_message(pair, "client", message, "fetched")
                    pair.client_view.fetching = False
                    await self.check_gap(pair, "client")
                elif kind == "ack":
                    self.tally.acked.add(frame["id"])
                elif kind == "pong":
                    self.on_pong()
                elif kind == "accepted":
                    pair.accepted_frame = True
                    pair.accepted.set()
                elif kind == "started":
                    pair.started = True
                elif kind == "queue":
                    pair.queued = True
                elif kind == "error":
                    self.tally.errors[frame["code"]] += 1
                    if not pair.accepted.is_set() and frame["code"] in (
                        "chat_closed",
                        "queue_full",
                        "rate_limited",
                    ):
                        pair.refused = frame["code"]
                        pair.accepted.set()
                        pair.assigned.set()

    async def read_worker(self, worker: Worker) -> None:
        with reading():
            async for raw in worker.ws:
                frame = json.loads(raw)
                kind = frame.get("type")
                if kind == "message":
                    pair = self.by_chat.get(frame["chat"])
                    if pair is not None:
                        self.on_message(pair, "worker", frame, "live")
                        await self.check_gap(pair, "worker")
                elif kind == "history":
                    pair = self.by_chat.get(frame["chat"])
                    if pair is not None:
                        for message in frame["messages"]:
                            self.on_message(pair, "worker", message, "fetched")
                        pair.worker_view.fetching = False
                        await self.check_gap(pair, "worker")
                elif kind == "ack":
                    self.tally.acked.add(frame["id"])
                elif kind == "queue":
                    prefix = f"bench:{self.run}:"
                    worker.waiting = [
                        w["chat"] for w in frame["waiting"] if w["nickname"].startswith(prefix)
                    ]
                    worker.seen = {w["nickname"] for w in frame["waiting"]}
                    worker.queue_at = time.perf_counter()
                    await self.try_accept(worker)
                elif kind == "assigned":
                    await self.on_assigned(worker, frame)
                elif kind == "pong":
                    self.on_pong()
                elif kind == "duty":
                    if frame["on"]:
                        worker.duty.set()
                elif kind == "error":
                    await self.on_worker_error(worker, frame)

    async def on_assigned(self, worker: Worker, frame: dict[str, Any]) -> None:
        pair = self.by_nickname.get(frame["nickname"])
        if frame["chat"] in worker.pending:
            worker.pending.remove(frame["chat"])
        self.in_flight.discard(frame["chat"])
        worker.held += 1
        self.claimed.add(frame["chat"])
        if pair is not None:
            pair.chat, pair.worker = frame["chat"], worker
            self.by_chat[pair.chat] = pair
            for message in frame["messages"]:
                self.on_message(pair, "worker", message, "initial")
            pair.assigned_at = time.perf_counter()
            pair.assigned.set()
            self.progress += 1
        await self.try_accept(worker)

    async def on_worker_error(self, worker: Worker, frame: dict[str, Any]) -> None:
        code = frame["code"]
        if code == "forbidden":
            worker.forbidden = True
            worker.duty.set()
        elif frame.get("ref") == "accept" and worker.pending:
            refused = worker.pending.popleft()
            worker.tried.add(refused)
            self.in_flight.discard(refused)
            if code == "limit_reached":
                worker.full = True
            elif code == "taken":
                await self.try_accept(worker)
            else:
                self.tally.errors[f"accept:{code}"] += 1
        else:
            self.tally.errors[code] += 1

    async def try_accept(self, worker: Worker) -> None:
        # Accepts are pipelined up to the limit: the answers (`assigned` or `error`) come back
        # in the order of the frames.
        while not worker.full and worker.held + len(worker.pending) < self.limit:
            free = [
                c
                for c in worker.waiting
                if c not in worker.tried and c not in self.claimed and c not in worker.pending
            ]
            if not free:
                return
            # Each worker prefers its own share of the queue, then chats no colleague is
            # accepting right now; else it races for what is left.
            mine = [c for c in free if c % len(self.workers) == worker.index]
            calm = [c for c in free if c not in self.in_flight]
            chat = mine[0] if mine else random.choice(calm or free)
            worker.pending.append(chat)
            self.in_flight.add(chat)
            await worker.ws.send(json.dumps({"type": "accept", "chat": chat}))

    # --- phases ---
    async def connect(self, path: str, cookie: str | None = None) -> Any:
        from websockets.asyncio.client import connect

        headers = {"Origin": self.origin}
        if cookie:
            headers["Cookie"] = f"sessionid={cookie}"
        return await connect(self.base + path, additional_headers=headers, **CONNECT)

    async def open_worker(self, worker: Worker) -> None:
        worker.ws = await self.connect("/ws/chat/worker/", self.sessions[worker.index])
        self.readers.append(asyncio.create_task(self.read_worker(worker)))
        await worker.ws.send(json.dumps({"type": "hello", "v": 1}))
        await worker.ws.send(json.dumps({"type": "duty", "on": True}))
        await asyncio.wait_for(worker.duty.wait(), 60)
        if worker.forbidden:
            raise RuntimeError("the server refused the worker session (forbidden)")

    async def ensure_capacity(self) -> None:
        """Workers come on duty as the chats need them, as a shift fills up: each connected
        worker socket refreshes its queue view on every queue change."""
        async with self.capacity_lock:
            while self.connected < len(self.workers):
                waiting = sum(1 for p in self.pairs if p.ws is not None and not p.assigned.is_set())
                free = sum(self.limit - w.held for w in self.workers[: self.connected])
                if free > waiting:
                    return
                self.connected += 1
                await self.open_worker(self.workers[self.connected - 1])

    async def open_client(self, pair: Pair, gate: asyncio.Semaphore) -> None:
        async with gate:
            await self.ensure_capacity()
            pair.ws = await self.connect("/ws/chat/client/")
            self.readers.append(asyncio.create_task(self.read_client(pair)))
            await pair.ws.send(json.dumps({"type": "hello", "v": 1}))
            start = {"type": "start", "language": "fi", "nickname": pair.nickname}
            await pair.ws.send(json.dumps(start))
            await pair.accepted.wait()
            await pair.assigned.wait()
        if pair.refused:
            raise RuntimeError(f"chat {pair.index} refused: {pair.refused}")

    async def watch_setup(self) -> None:
        """Progress lines; and when nothing moved for a while, either a nudge (``--nudge``)
        or, by default, a diagnosis of the stall, which ends the setup: the server must
        deliver every `queue` and `accepted` event without help."""
        ticks, seen, still_since = 0, -1, time.perf_counter()
        while True:
            await asyncio.sleep(2)
            ticks += 1
            now = time.perf_counter()
            if ticks % 5 == 0:
                connected = sum(1 for p in self.pairs if p.ws is not None)
                print(
                    f"  {now - self.started_at:.0f} s: {connected} clients connected, "
                    f"{self.progress} accepted",
                    flush=True,
                )
            if self.nudging:
                await self.ask_acceptance()
            if self.progress != seen:
                seen, still_since = self.progress, now
            elif self.nudging and now - still_since > 4:
                still_since = now
                await self.nudge()
            elif not self.nudging and now - still_since > self.stall_seconds:
                self.stall = self.diagnose(now - still_since)
                print(f"setup stalled: {json.dumps(self.stall)}", flush=True)
                self.stalled.set()
                return

    async def nudge(self) -> None:
        """One worker with room asks again (a `queue.changed` event may have been dropped):
        going on duty answers with `queue`. Only one, as every `duty` frame is itself a queue
        change that reaches every socket."""
        idle = [
            w
            for w in self.workers[: self.connected]
            if not w.pending and not w.full and w.held < self.limit
        ]
        if idle:
            await random.choice(idle).ws.send(json.dumps({"type": "duty", "on": True}))

    def diagnose(self, idle_seconds: float) -> dict[str, Any]:
        """What the frames the bench holds say about a setup that stopped moving."""
        now = time.perf_counter()
        workers = self.workers[: self.connected]
        visible = set().union(*(w.seen for w in workers))
        roomy = [w for w in workers if not w.full and w.held + len(w.pending) < self.limit]
        with_room = set().union(*(w.seen for w in roomy))
        waiting = [p for p in self.pairs if p.ws is not None and not p.assigned.is_set()]
        assigned = [p for p in self.pairs if p.assigned.is_set()]
        return {
            "idle_seconds": round(idle_seconds, 1),
            "accepted": self.progress,
            "workers_connected": len(workers),
            "free_capacity": sum(
                self.limit - w.held - len(w.pending) for w in workers if not w.full
            ),
            # The client sent `start` and heard nothing back.
            "clients_without_started": sum(1 for p in waiting if not p.started),
            # Started, but no `queue` frame told the client its place.
            "clients_without_queue_frame": sum(1 for p in waiting if p.started and not p.queued),
            # Waiting, and in no console's last `queue` frame: a lost `queue.changed`.
            "waiting_invisible_to_workers": sum(
                1 for p in waiting if p.started and p.nickname not in visible
            ),
            "waiting_visible_not_accepted": sum(
                1 for p in waiting if p.started and p.nickname in visible
            ),
            # ... and in no last `queue` frame of a worker who has room to accept it.
            "waiting_invisible_to_workers_with_room": sum(
                1 for p in waiting if p.started and p.nickname not in with_room
            ),
            "accepts_unanswered": sum(len(w.pending) for w in workers),
            # The worker holds the chat; the client got neither `accepted` nor its message.
            "assigned_without_accepted": sum(1 for p in assigned if not p.accepted.is_set()),
            "seconds_since_worker_queue_frame": round(
                min((now - w.queue_at for w in workers if w.queue_at), default=-1.0), 1
            ),
        }

    async def ask_acceptance(self) -> None:
        """A client that heard nothing for a while fetches what it missed (at-most-once
        delivery may drop both the `accepted` frame and the system message)."""
        now = time.perf_counter()
        for pair in self.pairs:
            if (
                pair.assigned.is_set()
                and not pair.accepted.is_set()
                and not pair.asked
                and now - pair.assigned_at > 5
            ):
                pair.asked = True
                after = pair.client_view.last
                await pair.ws.send(json.dumps({"type": "fetch", "after_seq": after}))

    async def setup(self, timeout: float) -> None:
        """Open the chats; give up on those not active after ``timeout`` seconds, or when the
        setup stalls (see ``watch_setup``)."""
        watcher = asyncio.create_task(self.watch_setup())
        gate = asyncio.Semaphore(SETUP_PARALLEL)
        pending = {asyncio.create_task(self.open_client(p, gate)) for p in self.pairs}
        deadline = time.perf_counter() + timeout
        try:
            while pending and not self.stalled.is_set() and time.perf_counter() < deadline:
                if watcher.done():
                    watcher.result()  # a bug of the watcher ends the run
                done, pending = await asyncio.wait(pending, timeout=1)
                for task in done:
                    task.result()  # a refused chat or a bug ends the run here
            for task in pending:
                task.cancel()
            if pending:
                print(f"setup ended: {len(pending)} chats not active", flush=True)
            while self.connected < len(self.workers):  # every worker holds its socket
                self.connected += 1
                await self.open_worker(self.workers[self.connected - 1])
        finally:
            watcher.cancel()
        self.pairs = [p for p in self.pairs if p.accepted.is_set() and p.assigned.is_set()]

    async def settle(self, timeout: float) -> None:
        """Wait until every socket answers a `ping`: the server has worked off what the setup
        left queued, so the measurement starts from a quiet server."""
        sockets = [w.ws for w in self.workers] + [p.ws for p in self.pairs]
        self.pongs_due = len(sockets)
        self.quiet.clear()
        for ws in sockets:
            await ws.send(json.dumps({"type": "ping"}))
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(self.quiet.wait(), timeout)

    def on_pong(self) -> None:
        self.pongs_due -= 1
        if self.pongs_due <= 0:
            self.quiet.set()

    async def report(self) -> None:
        """A line every few seconds: how the conversations keep up."""
        tally, done = self.tally, 0
        while True:
            await asyncio.sleep(5)
            recent = list(tally.delivered.items())[done:]
            done += len(recent)
            latencies = sorted((t - tally.sent[m]) * 1000 for m, t in recent) or [0.0]
            print(
                f"  sent {len(tally.sent)}, acked {len(tally.acked)}, delivered "
                f"{len(tally.delivered)} (fetched {tally.recovered}); last 5 s: p50 "
                f"{statistics.median(latencies):.1f} ms, p99 {percentile(latencies, 99):.1f} ms",
                flush=True,
            )

    async def converse(self, seconds: float, rate: float) -> None:
        reporter = asyncio.create_task(self.report())
        try:
            await self.conversations(seconds, rate)
        finally:
            reporter.cancel()

    async def conversations(self, seconds: float, rate: float) -> None:
        with collector_paused():
            await self._conversations(seconds, rate)

    async def _conversations(self, seconds: float, rate: float) -> None:
        total = int(seconds * rate)
        begin = time.perf_counter()
        for i in range(total):
            delay = begin + i / rate - time.perf_counter()
            if delay > 0:
                await asyncio.sleep(delay)
            pair = random.choice(self.pairs)
            message_id = uuid.uuid4().hex
            if i % 2 == 0:
                ws, frame = pair.ws, {"type": "send", "id": message_id, "body": BODY}
            else:
                assert pair.worker is not None
                ws = pair.worker.ws
                frame = {"type": "send", "chat": pair.chat, "id": message_id, "body": BODY}
            self.tally.sent[message_id] = time.perf_counter()
            await ws.send(json.dumps(frame))
        await self.tally.settle(STRAGGLER_SECONDS)
        if len(self.tally.delivered) < len(self.tally.sent):
            await self.final_fetch()

    async def final_fetch(self) -> None:
        """A tail loss shows only with the next message: fetch once, as that would."""
        for pair in self.pairs:
            if pair.worker is None:
                continue
            await pair.ws.send(json.dumps({"type": "fetch", "after_seq": 0}))
            frame = {"type": "fetch", "chat": pair.chat, "after_seq": 0}
            await pair.worker.ws.send(json.dumps(frame))
        await self.tally.settle(STRAGGLER_SECONDS)

    async def close(self) -> None:
        for worker in self.workers:
            if worker.ws is not None:
                with contextlib.suppress(Exception):
                    await worker.ws.send(json.dumps({"type": "duty", "on": False}))
        sockets = [w.ws for w in self.workers] + [p.ws for p in self.all_pairs]
        await asyncio.gather(*(s.close() for s in sockets if s is not None), return_exceptions=True)
        for task in self.readers:
            task.cancel()


async def run_chat(
    base: str,
    origin: str,
    sessions: list[str],
    chats: int,
    limit: int,
    args: argparse.Namespace,
    server_pid: int,
) -> dict[str, Any]:
    """The steady phase, then (its sockets still open: a burst in a busy shift) the burst."""
    bench = ChatBench(
        base, origin, sessions, chats, limit, nudge=args.nudge, stall_seconds=args.stall_seconds
    )
    started = time.perf_counter()
    setup_seconds = settle_seconds = 0.0
    held = 0
    burst: dict[str, Any] = {}
    try:
        if chats:
            await bench.setup(args.setup_timeout)
            setup_seconds = time.perf_counter() - started
            held = len(bench.pairs)
            print(f"{held} chats active after {setup_seconds:.1f} s", flush=True)
            if not held:
                raise RuntimeError("no chat became active")
            await bench.settle(args.setup_timeout)
            settle_seconds = time.perf_counter() - started - setup_seconds
            print(f"server quiet after {settle_seconds:.1f} s more", flush=True)
            await bench.converse(args.seconds, args.rate)
        if args.burst:
            burst = await run_burst(
                base, origin, args.burst, server_pid, args.burst_timeout, args.burst_seconds
            )
    finally:
        await bench.close()
    tally = bench.tally
    return {
        "concurrent_chats": held,
        **tally.figures(),
        "duplicated": tally.duplicated,
        "acked": len(tally.acked),
        "recovered_by_fetch": tally.recovered,
        "settle_seconds": round(settle_seconds, 2),
        "accepted_frames_missed": sum(1 for p in bench.all_pairs if not p.accepted_frame),
        "clients_fetched_acceptance": sum(1 for p in bench.all_pairs if p.asked),
        "errors": dict(tally.errors),
        "setup_seconds": round(setup_seconds, 2),
        "setup_stalled": bench.stalled.is_set(),
        "stall": bench.stall,
        **burst,
    }


# --- Burst: many clients start at once ---------------------------------------------------------


def rss_kib(pid: int) -> int:
    """The resident memory of a process (Linux), in KiB."""
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1])
    raise RuntimeError(f"no VmRSS for process {pid}")


@dataclass
class BurstClient:
    nickname: str
    ws: Any = None
    connect_at: float = 0.0
    sent_at: float = 0.0  # the `start` frame went out
    queued_at: float = 0.0  # the first `queue` frame came
    error: str = ""
    done: asyncio.Event = field(default_factory=asyncio.Event)
    pong: asyncio.Event = field(default_factory=asyncio.Event)


async def run_burst(
    base: str, origin: str, clients: int, server_pid: int, timeout: float, window: float
) -> dict[str, Any]:
    """``clients`` client sockets connect and send `start`, each at a random moment of the
    first ``window`` seconds and none waiting for another (no pacing); each measures `start`
    sent to its first `queue` frame. The server's resident memory is
    read before the sockets open and once they all have their place and answered a `ping`."""
    from websockets.asyncio.client import connect

    run = secrets.token_hex(3)
    burst = [BurstClient(f"bench:{run}~burst:{i}") for i in range(clients)]
    readers: list[asyncio.Task[None]] = []

    async def read(client: BurstClient) -> None:
        with reading():
            async for raw in client.ws:
                frame = json.loads(raw)
                kind = frame.get("type")
                if kind == "queue" and not client.queued_at:
                    client.queued_at = time.perf_counter()
                    client.done.set()
                elif kind == "error" and not client.done.is_set():
                    client.error = frame.get("code", "error")
                    client.done.set()
                elif kind == "pong":
                    client.pong.set()
        if not client.done.is_set():
            client.error = "closed"
            client.done.set()

    async def start(client: BurstClient, delay: float) -> None:
        await asyncio.sleep(delay)
        client.connect_at = time.perf_counter()
        try:
            client.ws = await connect(
                base + "/ws/chat/client/", additional_headers={"Origin": origin}, **CONNECT
            )
            readers.append(asyncio.create_task(read(client)))
            await client.ws.send(json.dumps({"type": "hello", "v": 1}))
            client.sent_at = time.perf_counter()
            frame = {"type": "start", "language": "fi", "nickname": client.nickname}
            await client.ws.send(json.dumps(frame))
        except Exception as error:  # refused or reset under load: an error of the burst
            client.error = f"connect:{type(error).__name__}"
            client.done.set()

    rss_before = rss_kib(server_pid)
    began = time.perf_counter()
    moments = random.Random(clients).choices(range(1000), k=clients)  # seeded: comparable runs
    await asyncio.gather(
        *(start(c, window * m / 1000) for c, m in zip(burst, moments, strict=True))
    )
    start_seconds = max((c.sent_at for c in burst), default=began) - began
    print(f"burst: {clients} clients sent `start` within {start_seconds:.1f} s", flush=True)
    with contextlib.suppress(TimeoutError):
        await asyncio.wait_for(asyncio.gather(*(c.done.wait() for c in burst)), timeout)
    for client in burst:
        if not client.done.is_set():
            client.error = "no_queue_frame"
    opened = [c for c in burst if c.ws is not None and not c.error]
    # Quiet: every open socket answers a ping, so the memory read is not mid-burst.
    for client in opened:
        await client.ws.send(json.dumps({"type": "ping"}))
    with contextlib.suppress(TimeoutError):
        await asyncio.wait_for(asyncio.gather(*(c.pong.wait() for c in opened)), timeout)
    rss_after = rss_kib(server_pid)
    await asyncio.gather(*(c.ws.close() for c in burst if c.ws is not None), return_exceptions=True)
    for task in readers:
        task.cancel()

    waits = [(c.queued_at - c.sent_at) * 1000 for c in burst if c.queued_at] or [0.0]
    errors = Counter(c.error for c in burst if c.error)
    return {
        "burst_clients": clients,
        "burst_errors": sum(errors.values()),
        "burst_error_kinds": dict(errors),
        "burst_start_seconds": round(start_seconds, 2),
        "burst_position_p50_ms": round(statistics.median(waits), 1),
        "burst_position_p99_ms": round(percentile(waits, 99), 1),
        "burst_position_max_ms": round(max(waits), 1),
        "server_rss_before_burst_kib": rss_before,
        "server_rss_after_burst_kib": rss_after,
        "memory_per_socket_kib": round((rss_after - rss_before) / max(1, len(opened)), 1),
    }


# --- Baseline: a bare WebSocket relay ------------------------------------------------------


async def serve_relay(port: int) -> None:
    """Pair the two connections of each path and forward every text frame to the partner."""
    from websockets.asyncio.server import serve
    from websockets.exceptions import ConnectionClosed

    waiting: dict[str, tuple[Any, asyncio.Future[Any]]] = {}

    async def handler(ws: Any) -> None:
        key = ws.request.path
        if key in waiting:
            partner, future = waiting.pop(key)
            future.set_result(ws)
        else:
            future = asyncio.get_running_loop().create_future()
            waiting[key] = (ws, future)
            partner = await future
        with contextlib.suppress(ConnectionClosed):
            async for message in ws:
                await partner.send(message)

    async with serve(handler, "127.0.0.1", port, ping_interval=None, max_size=2**16) as server:
        await server.serve_forever()


@contextlib.contextmanager
def collector_paused() -> Iterator[None]:
    """This process's garbage collector paused while it times messages: with 2N sockets
    open, a collection here (2-70 ms) would count as the server's latency, on the chat's
    side and on the relay's alike. The servers' collectors run as always."""
    gc.disable()
    try:
        yield
    finally:
        gc.enable()


async def run_baseline(port: int, pairs: int, seconds: float, rate: float) -> dict[str, Any]:
    from websockets.asyncio.client import connect

    tally = Tally()
    readers: list[asyncio.Task[None]] = []

    async def read(ws: Any) -> None:
        with reading():
            async for raw in ws:
                tally.deliver(json.loads(raw)["id"])

    gate = asyncio.Semaphore(50)

    async def open_pair(i: int) -> tuple[Any, Any]:
        async with gate:
            a = await connect(f"ws://127.0.0.1:{port}/{i}", **CONNECT)
            b = await connect(f"ws://127.0.0.1:{port}/{i}", **CONNECT)
        readers.extend([asyncio.create_task(read(a)), asyncio.create_task(read(b))])
        return a, b

    sockets = await asyncio.gather(*(open_pair(i) for i in range(pairs)))
    try:
        with collector_paused():
            await _relay_conversations(sockets, tally, seconds, rate)
    finally:
        flat = [s for pair in sockets for s in pair]
        await asyncio.gather(*(s.close() for s in flat), return_exceptions=True)
        for task in readers:
            task.cancel()
    return tally.figures()


async def _relay_conversations(
    sockets: list[tuple[Any, Any]], tally: Tally, seconds: float, rate: float
) -> None:
    begin = time.perf_counter()
    for i in range(int(seconds * rate)):
        delay = begin + i / rate - time.perf_counter()
        if delay > 0:
            await asyncio.sleep(delay)
        ws = random.choice(sockets)[i % 2]
        message_id = uuid.uuid4().hex
        tally.sent[message_id] = time.perf_counter()
        await ws.send(json.dumps({"type": "send", "id": message_id, "body": BODY}))
    await tally.settle(STRAGGLER_SECONDS)


# --- Processes ---------------------------------------------------------------------------------


def wait_until_up(url: str, process: subprocess.Popen[bytes], what: str) -> None:
    for _ in range(600):
        try:
            httpx.get(url, timeout=1)
            return
        except httpx.TransportError:
            if process.poll() is not None:
                raise RuntimeError(f"{what} did not start (is the port free?)") from None
            time.sleep(0.05)
    raise RuntimeError(f"{what} did not answer in 30 s")


def wait_for_port(port: int, process: subprocess.Popen[bytes]) -> None:
    for _ in range(600):
        with socket.socket() as sock:
            if sock.connect_ex(("127.0.0.1", port)) == 0:
                return
        if process.poll() is not None:
            raise RuntimeError("the relay did not start")
        time.sleep(0.05)
    raise RuntimeError("the relay did not answer in 30 s")


def stop(process: subprocess.Popen[bytes]) -> None:
    if process.poll() is None:
        process.terminate()
        try:
            process.wait(timeout=15)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


def prepare(
    var: Path, port: int, chats: int, burst: int, workers: int, limit: int
) -> dict[str, Any]:
    """The server's environment, migrated, with the office, workers and their sessions."""
    env = {k: v for k, v in os.environ.items() if k != "DJANGO_ALLOW_ASYNC_UNSAFE"}
    env.update(
        VAR_DIR=str(var),
        DJANGO_SETTINGS_MODULE="tukipiste.settings",
        RUN_SCHEDULER="0",
        LOG_LEVEL="WARNING",
        PORT=str(port),
        # Generous: the burst's clients all come from one address and wait at once.
        CHAT_MAX_QUEUE=str(chats + burst + 100),
        CHAT_STARTS_PER_HOUR=str(10 * (chats + burst) + 100),
        CHAT_MESSAGES_PER_MINUTE="100000",
    )
    env.setdefault("DATABASE_URL", f"sqlite:///{var / 'tukipiste.sqlite3'}")
    (var / "static").mkdir(exist_ok=True)  # WhiteNoise warns without it; no file is served
    python = [sys.executable]
    subprocess.run(
        [*python, str(ROOT / "manage.py"), "migrate", "--no-input", "-v0"],
        env=env,
        cwd=ROOT,
        check=True,
    )
    done = subprocess.run(
        [*python, "-c", SETUP_SCRIPT, str(ROOT / "src"), str(workers), str(limit)],
        env=env,
        cwd=ROOT,
        check=True,
        stdout=subprocess.PIPE,
        text=True,
    )
    sessions = json.loads(done.stdout.strip().splitlines()[-1])
    return {"env": env, "sessions": sessions}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--chats", type=int, default=int(os.environ.get("BENCH_CHATS", "1000")))
    parser.add_argument("--port", type=int, default=int(os.environ.get("PORT", "8000")))
    parser.add_argument("--rate", type=float, default=float(os.environ.get("BENCH_RATE", "100")))
    parser.add_argument(
        "--seconds", type=float, default=float(os.environ.get("BENCH_SECONDS", "20"))
    )
    parser.add_argument("--output", default=str(ROOT / "bench" / "results" / "chat.json"))
    parser.add_argument(
        "--setup-timeout",
        type=float,
        default=1800,
        help="seconds to open the chats (and again to let the server settle)",
    )
    parser.add_argument(
        "--burst",
        type=int,
        default=int(os.environ.get("BENCH_BURST", "1000")),
        help="clients that start after the steady phase (0: no burst)",
    )
    parser.add_argument(
        "--burst-seconds",
        type=float,
        default=float(os.environ.get("BENCH_BURST_SECONDS", "10")),
        help="the window in which the burst's clients start (0: all at once)",
    )
    parser.add_argument(
        "--burst-timeout",
        type=float,
        default=120,
        help="seconds for every burst client to get its place",
    )
    parser.add_argument(
        "--nudge",
        action=argparse.BooleanOptionalAction,
        default=os.environ.get("BENCH_NUDGE", "") == "1",
        help="work around lost queue/accepted events during the setup (off: a stall ends it)",
    )
    parser.add_argument(
        "--stall-seconds",
        type=float,
        default=60,
        help="without --nudge, end the setup when no chat was accepted for this long",
    )
    parser.add_argument("--serve-relay", type=int, metavar="PORT", help=argparse.SUPPRESS)
    args = parser.parse_args()
    raise_file_limit()
    # Stopped from outside, the bench still stops the server it started (``finally``).
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(143))
    if args.serve_relay:
        with contextlib.suppress(KeyboardInterrupt):
            asyncio.run(serve_relay(args.serve_relay))
        return 0

    workers, limit = team_size(args.chats)
    base_http = f"http://127.0.0.1:{args.port}"
    with tempfile.TemporaryDirectory(prefix="tukipiste-bench-chat-") as tmp:
        began = time.perf_counter()
        prepared = prepare(Path(tmp), args.port, args.chats, args.burst, workers, limit)
        env = prepared["env"]
        print(
            f"prepared {workers} workers (limit {limit}) in {time.perf_counter() - began:.1f} s",
            flush=True,
        )
        server = subprocess.Popen(
            [sys.executable, "-m", "tukipiste.serve", "--port", str(args.port)], env=env, cwd=ROOT
        )
        try:
            wait_until_up(base_http + "/healthz", server, "the server")
            results = asyncio.run(
                run_chat(
                    f"ws://127.0.0.1:{args.port}",
                    base_http,
                    prepared["sessions"],
                    args.chats,
                    limit,
                    args,
                    server.pid,
                )
            )
        finally:
            stop(server)

    relay_port = free_port()
    relay = subprocess.Popen(
        [sys.executable, str(Path(__file__).resolve()), "--serve-relay", str(relay_port)], cwd=ROOT
    )
    try:
        wait_for_port(relay_port, relay)
        baseline = asyncio.run(
            run_baseline(relay_port, max(1, args.chats), args.seconds, args.rate)
        )
    finally:
        stop(relay)

    database_url = env["DATABASE_URL"]
    output = {
        "concurrent_chats": results["concurrent_chats"],
        "workers": workers,
        "database": "postgresql" if database_url.startswith("postgres") else "sqlite",
        "channel_layer": "redis" if env.get("REDIS_URL") else "memory",
        "messages": results["messages"],
        "rate_per_s": args.rate,
        "lost": results["lost"],
        "duplicated": results["duplicated"],
        "p50_ms": results["p50_ms"],
        "p99_ms": results["p99_ms"],
        "baseline_p50_ms": baseline["p50_ms"],
        "baseline_p99_ms": baseline["p99_ms"],
        "setup_seconds": results["setup_seconds"],
        "settle_seconds": results["settle_seconds"],
        "acked": results["acked"],
        "recovered_by_fetch": results["recovered_by_fetch"],
        "errors": results["errors"],
        "accepted_frames_missed": results["accepted_frames_missed"],
        "clients_fetched_acceptance": results["clients_fetched_acceptance"],
        "baseline_lost": baseline["lost"],
        "p99_vs_relay": round(results["p99_ms"] / max(baseline["p99_ms"], 0.001), 1),
        "nudge": args.nudge,
        "setup_stalled": results["setup_stalled"],
        "stall": results["stall"],
        **{k: v for k, v in results.items() if k.startswith(("burst_", "server_rss", "memory_"))},
    }
    text = json.dumps(output, indent=2)
    print(text)
    Path(args.output).parent.mkdir(parents=True, exist_ok=True)
    Path(args.output).write_text(text + "\n")
    print(f"wrote {args.output}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
