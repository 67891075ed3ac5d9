"""Soak of the production layout under faults (issue 14; decision 0016).

Starts the layout of ``make run-prod-like`` (``tukipiste.ops.prodlike``: nginx with TLS, two
ASGI processes, PostgreSQL, a Redis server of its own) on a fresh database, then for
``SOAK_MINUTES`` (default 30) runs, all through nginx:

- chat: ``--chats`` clients (default 12) and the workers they need (about four chats each)
  over WebSockets, speaking the protocol as the pages do (``chat/static/chat/socket.js``):
  a ``ping`` every 10 s (two unanswered: the socket is dead), ``sync`` every 20 s, ``fetch``
  on a gap in ``seq``, and after a dropped socket a reconnect that resumes (client) or comes
  back on duty (worker) and resends what was not acknowledged, under the same ids. Each side
  writes every 4 to 12 s; each chat lasts a few minutes, then the client checks that
  everything arrived and leaves, and a new chat takes its place;
- booking: every few seconds two clients race for the same free time (the one-worker kind of
  ``bench/booking.py``, so one of them must be told "taken"), or book a time of the
  twenty-worker kind;
- pages: the public pages in several languages, about two a second.

Faults: at 40 % of the run one ASGI process is killed (SIGKILL) and started again 5 s later;
at 70 % Redis is stopped and started again 2 s later (the channel layer, the cache and the
rate-limit counters are gone for that time; Redis keeps nothing, as in production).

Writes ``bench/results/soak.json``: ``messages`` (written by the bench), ``lost`` (not seen
by the other side when its chat ended, after a final ``fetch``), ``doubled`` (one message id
under two ``seq``), ``double_bookings`` (active bookings of one worker's time beyond the
first, from the database), ``client_errors`` (HTTP answers of 500 and over or failed
requests, unexpected ``error`` frames), ``reconnects`` (sockets that dropped and came back)
and ``reconnect_failures`` (that did not), and ``memory_growth_pct``: the largest growth of
any process's resident memory from its start (after a warm-up of a tenth of the run, at
least 60 s, so that it compares a process serving with itself serving) to the end.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import json
import os
import random
import re
import ssl
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "bench"))

from chat import SETUP_SCRIPT, percentile  # noqa: E402 (bench/chat.py: workers and sessions)

from tukipiste.ops.prodlike import Layout, ensure_database, port_is_free, rss_kib  # noqa: E402

BODY = "Hei, kysyisin yhtä asiaa: onko teillä aikaa tällä viikolla?"
PAGES = ["/fi/", "/en/", "/sv/", "/ru/", "/th/", "/fi/privacy/", "/en/feedback/", "/fi/chat/"]
# Refusals that are part of the game between several workers, not errors.
EXPECTED_CODES = {"taken", "limit_reached", "ended", "not_yours", "unknown_chat"}
DOUBLE_BOOKINGS = r"""
from django.db.models import Count
from tukipiste.appointments.models import HOLDING, Appointment
rows = (Appointment.objects.filter(kind__slug__startswith="bench-", status__in=HOLDING)
        .values("worker_id", "starts_at").annotate(n=Count("pk")).filter(n__gt=1))
print("DOUBLE", sum(row["n"] - 1 for row in rows))
"""


def status_kib(pid: int, field: str) -> int:
    """One figure of /proc/<pid>/status in KiB (0 when missing)."""
    with contextlib.suppress(OSError):
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith(field):
                return int(line.split()[1])
    return 0


def tls_context() -> ssl.SSLContext:
    context = ssl.create_default_context()
    context.check_hostname = False
    context.verify_mode = ssl.CERT_NONE  # the layout's own self-signed certificate
    return context


@dataclass
class Side:
    """One side's view of one chat: the seqs it has seen, per the protocol."""

    seen: set[int] = field(default_factory=set)

    def contiguous(self) -> int:
        n = 0
        while n + 1 in self.seen:
            n += 1
        return n


@dataclass
class Conversation:
    key: str
    chat: int = 0
    token: str = ""
    client: Side = field(default_factory=Side)
    worker: Side = field(default_factory=Side)
    accepted: asyncio.Event = field(default_factory=asyncio.Event)
    worker_owner: int = -1
    ended: bool = False


class Stats:
    def __init__(self) -> None:
        self.sent: dict[str, tuple[str, str]] = {}  # id -> (conversation, side that wrote it)
        self.sent_at: dict[str, float] = {}
        self.delivered: dict[str, float] = {}
        self.seq_of: dict[tuple[str, str, str], int] = {}
        self.doubled = 0
        self.errors: dict[str, int] = {}
        self.drops = 0
        self.reconnects = 0
        self.chats_started = 0
        self.chats_completed = 0
        self.bookings: dict[str, int] = {}
        self.pages = 0
        self.lost_ids: list[str] = []
        self.began = time.perf_counter()

    def error(self, what: str) -> None:
        self.errors[what] = self.errors.get(what, 0) + 1

    def see(self, conv: Conversation, side: str, message: dict[str, Any]) -> None:
        view = conv.client if side == "client" else conv.worker
        view.seen.add(message["seq"])
        key = (conv.key, message["from"], message["id"])
        if self.seq_of.setdefault(key, message["seq"]) != message["seq"]:
            self.doubled += 1
            self.seq_of[key] = message["seq"]
        mid = message["id"]
        if mid in self.sent and self.sent[mid][1] != side and mid not in self.delivered:
            self.delivered[mid] = time.perf_counter()


class Soak:
    def __init__(self, base: str, origin: str, sessions: list[str], args: argparse.Namespace):
        self.base = base
        self.origin = origin
        self.sessions = sessions
        self.args = args
        self.stats = Stats()
        self.run = uuid.uuid4().hex[:6]
        self.by_chat: dict[int, Conversation] = {}
        self.by_key: dict[str, Conversation] = {}
        self.stop_at = 0.0
        self.stopping = asyncio.Event()
        self.ssl = tls_context()
        self.counter = 0
        self.limit = args.limit
        self.worker_sockets: dict[int, Any] = {}
        self.worker_held: dict[int, set[int]] = {i: set() for i in range(len(sessions))}
        self.accepting: set[int] = set()
        self.last_drop = ""
        # Messages of the consoles not acknowledged yet: id -> (chat, body, when last sent).
        self.worker_outbox: dict[str, tuple[int, str, float]] = {}

    async def connect(self, path: str, cookie: str | None = None) -> Any:
        from websockets.asyncio.client import connect

        headers = {"Origin": self.origin}
        if cookie:
            headers["Cookie"] = f"sessionid={cookie}"
        return await connect(
            self.base + path,
            additional_headers=headers,
            ssl=self.ssl,
            ping_interval=None,
            open_timeout=10,
            close_timeout=2,
            max_size=2**22,
        )

    # --- workers ---
    async def worker(self, index: int) -> None:
        """A console: on duty, accepts bench chats up to its limit, answers in each."""
        first = True
        while not self.stopping.is_set():
            try:
                ws = await self.connect("/ws/chat/worker/", self.sessions[index])
            except Exception:
                await asyncio.sleep(1)
                continue
            if not first:
                self.stats.reconnects += 1
            first = False
            self.worker_sockets[index] = ws
            self.worker_held[index] = set()
            writer = asyncio.create_task(self.worker_writer(index, ws))
            pinger = asyncio.create_task(self.pinger(ws))
            try:
                await ws.send(json.dumps({"type": "hello", "v": 1}))
                await ws.send(json.dumps({"type": "duty", "on": True}))
                async for raw in ws:
                    await self.on_worker_frame(index, ws, json.loads(raw))
            except Exception as error:  # a dropped socket: counted below, then reconnected
                self.last_drop = repr(error)
            finally:
                writer.cancel()
                pinger.cancel()
                self.worker_sockets.pop(index, None)
            if not self.stopping.is_set():
                self.stats.drops += 1
                await asyncio.sleep(random.uniform(0.2, 1.0))

    async def on_worker_frame(self, index: int, ws: Any, frame: dict[str, Any]) -> None:
        kind = frame.get("type")
        if kind == "queue":
            prefix = f"soak:{self.run}:"
            for waiting in frame.get("waiting", []):
                chat = waiting["chat"]
                held = len(self.worker_held[index])
                if (
                    (waiting.get("nickname") or "").startswith(prefix)
                    and chat not in self.accepting
                    and held < self.limit
                ):
                    self.accepting.add(chat)
                    await ws.send(json.dumps({"type": "accept", "chat": chat}))
        elif kind == "assigned":
            conv = self.by_key.get(frame.get("nickname") or "")
            self.accepting.discard(frame["chat"])
            if conv is None:
                return
            conv.chat = frame["chat"]
            conv.worker_owner = index
            self.by_chat[conv.chat] = conv
            self.worker_held[index].add(conv.chat)
            for message in frame.get("messages", []):
                self.stats.see(conv, "worker", message)
            await self.worker_gap(ws, conv)
        elif kind == "unassigned":
            self.worker_held[index].discard(frame["chat"])
        elif kind == "message":
            conv = self.by_chat.get(frame.get("chat", 0))
            if conv is not None:
                self.stats.see(conv, "worker", frame)
                await self.worker_gap(ws, conv, upto=frame["seq"])
        elif kind == "history":
            conv = self.by_chat.get(frame.get("chat", 0))
            if conv is not None:
                for message in frame["messages"]:
                    self.stats.see(conv, "worker", message)
        elif kind == "chats":
            for row in frame.get("chats", []):
                conv = self.by_chat.get(row["chat"])
                if conv is not None and row.get("held"):
                    await self.worker_gap(ws, conv, upto=row.get("last_seq", 0))
        elif kind == "ack":
            self.worker_outbox.pop(frame["id"], None)
        elif kind == "ended":
            self.worker_held[index].discard(frame.get("chat", 0))
        elif kind == "error":
            code = frame.get("code", "")
            if code in ("taken", "limit_reached"):
                self.accepting.clear()
            elif code not in EXPECTED_CODES:
                self.stats.error(f"worker:{code}")

    async def worker_gap(self, ws: Any, conv: Conversation, upto: int = 0) -> None:
        have = conv.worker.contiguous()
        if upto > have + 1 or any(s > have for s in conv.worker.seen):
            await ws.send(json.dumps({"type": "fetch", "chat": conv.chat, "after_seq": have}))

    async def worker_writer(self, index: int, ws: Any) -> None:
        while True:
            await asyncio.sleep(random.uniform(2, 6))
            # As the console does: what was not acknowledged goes again, under its id.
            now = time.monotonic()
            for mid, (chat, body, at) in list(self.worker_outbox.items()):
                if chat in self.worker_held[index] and now - at > 5:
                    self.worker_outbox[mid] = (chat, body, now)
                    frame = {"type": "send", "chat": chat, "id": mid, "body": body}
                    await ws.send(json.dumps(frame))
            if self.stopping.is_set():
                return
            for chat in list(self.worker_held[index]):
                conv = self.by_chat.get(chat)
                if conv is None or conv.ended or random.random() > 0.5:
                    continue
                mid = uuid.uuid4().hex
                self.stats.sent[mid] = (conv.key, "worker")
                self.stats.sent_at[mid] = time.perf_counter()
                self.worker_outbox[mid] = (chat, BODY, time.monotonic())
                frame = {"type": "send", "chat": chat, "id": mid, "body": BODY}
                await ws.send(json.dumps(frame))

    async def pinger(self, ws: Any) -> None:
        """A ping every 10 s; the page takes the socket as dead after two unanswered."""
        while True:
            await asyncio.sleep(10)
            try:
                waiter = await ws.ping()
                await asyncio.wait_for(waiter, 20)
            except Exception:
                with contextlib.suppress(Exception):
                    await ws.close()
                return

    # --- clients ---
    async def client_slot(self, slot: int) -> None:
        """One client after another in this slot: a chat of a few minutes each."""
        await asyncio.sleep(slot * 0.7)
        while not self.stopping.is_set():
            self.counter += 1
            conv = Conversation(key=f"soak:{self.run}:{self.counter}")
            self.by_key[conv.key] = conv
            await self.client(conv)

    async def client(self, conv: Conversation) -> None:
        length = random.uniform(self.args.chat_seconds * 0.6, self.args.chat_seconds * 1.4)
        ends_at = time.monotonic() + length
        outbox: dict[str, str] = {}  # unacknowledged messages, resent until acknowledged
        first = True
        while True:
            try:
                ws = await self.connect("/ws/chat/client/")
            except Exception:
                if self.stopping.is_set() and not conv.token:
                    return
                await asyncio.sleep(1)
                continue
            pinger = asyncio.create_task(self.pinger(ws))
            reader = asyncio.create_task(self.client_reader(conv, ws, outbox))
            try:
                await ws.send(json.dumps({"type": "hello", "v": 1}))
                if conv.token:
                    last = conv.client.contiguous()
                    await ws.send(
                        json.dumps({"type": "resume", "token": conv.token, "last_seq": last})
                    )
                    if not first:
                        self.stats.reconnects += 1
                    for mid, body in list(outbox.items()):
                        await ws.send(json.dumps({"type": "send", "id": mid, "body": body}))
                else:
                    start = {"type": "start", "language": "fi", "nickname": conv.key}
                    await ws.send(json.dumps(start))
                    self.stats.chats_started += 1
                first = False
                done = await self.converse(conv, ws, outbox, reader, ends_at)
                if done:
                    # The person closes the tab. A socket left open would stay (the server
                    # pings it, and a client answers pings while its tab lives): the run
                    # would measure the memory of abandoned sockets, not of serving.
                    with contextlib.suppress(Exception):
                        await ws.close()
                    return
            except Exception as error:  # a dropped socket: counted below, then reconnected
                self.last_drop = repr(error)
            finally:
                pinger.cancel()
                reader.cancel()
            self.stats.drops += 1
            await asyncio.sleep(random.uniform(0.2, 1.5))

    async def converse(
        self,
        conv: Conversation,
        ws: Any,
        outbox: dict[str, str],
        reader: asyncio.Task[None],
        ends_at: float,
    ) -> bool:
        """Write until the chat's time is up; True when the chat ended as planned."""
        next_sync = time.monotonic() + 20
        while not reader.done():
            await asyncio.sleep(random.uniform(4, 12))
            if reader.done():
                break
            now = time.monotonic()
            if now > next_sync:
                next_sync = now + 20
                await ws.send(json.dumps({"type": "sync", "last_seq": conv.client.contiguous()}))
            if now >= ends_at or self.stopping.is_set():
                if conv.accepted.is_set():
                    await self.finish(conv, ws, outbox)
                else:
                    await ws.send(json.dumps({"type": "leave"}))
                    conv.ended = True
                return True
            for mid, body in list(outbox.items()):  # not acknowledged since the last tick
                await ws.send(json.dumps({"type": "send", "id": mid, "body": body}))
            if conv.accepted.is_set() and not conv.ended:
                mid = uuid.uuid4().hex
                outbox[mid] = BODY
                self.stats.sent[mid] = (conv.key, "client")
                self.stats.sent_at[mid] = time.perf_counter()
                await ws.send(json.dumps({"type": "send", "id": mid, "body": BODY}))
        return False

    async def finish(self, conv: Conversation, ws: Any, outbox: dict[str, str]) -> None:
        """Before leaving: wait until both sides have everything (fetching as the protocol
        says), then leave; whatever is still missing is lost."""
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            missing = self.missing(conv)
            if not missing and not outbox:
                break
            for mid, (chat, body, _) in list(self.worker_outbox.items()):
                holder = self.worker_sockets.get(conv.worker_owner)
                if chat == conv.chat and holder is not None and mid in missing:
                    with contextlib.suppress(Exception):
                        frame = {"type": "send", "chat": chat, "id": mid, "body": body}
                        await holder.send(json.dumps(frame))
            await ws.send(json.dumps({"type": "fetch", "after_seq": 0}))
            worker = self.worker_sockets.get(conv.worker_owner)
            if worker is not None and conv.chat:
                with contextlib.suppress(Exception):
                    frame = {"type": "fetch", "chat": conv.chat, "after_seq": 0}
                    await worker.send(json.dumps(frame))
            for mid, body in list(outbox.items()):
                await ws.send(json.dumps({"type": "send", "id": mid, "body": body}))
            await asyncio.sleep(2)
        conv.ended = True
        self.stats.lost_ids.extend(self.missing(conv))
        with contextlib.suppress(Exception):
            await ws.send(json.dumps({"type": "leave"}))
        self.stats.chats_completed += 1

    def missing(self, conv: Conversation) -> list[str]:
        return [
            mid
            for mid, (key, _) in self.stats.sent.items()
            if key == conv.key and mid not in self.stats.delivered
        ]

    async def client_reader(self, conv: Conversation, ws: Any, outbox: dict[str, str]) -> None:
        with contextlib.suppress(Exception):
            async for raw in ws:
                frame = json.loads(raw)
                kind = frame.get("type")
                if kind == "started":
                    conv.token = frame["token"]
                elif kind in ("accepted", "resumed") and (
                    kind == "accepted" or frame.get("status") == "active"
                ):
                    conv.accepted.set()
                elif kind == "message":
                    self.stats.see(conv, "client", frame)
                    if frame.get("event") == "accepted":
                        conv.accepted.set()
                    if frame["seq"] > conv.client.contiguous() + 1:
                        after = conv.client.contiguous()
                        await ws.send(json.dumps({"type": "fetch", "after_seq": after}))
                elif kind == "history":
                    for message in frame["messages"]:
                        self.stats.see(conv, "client", message)
                        if message.get("event") == "accepted":
                            conv.accepted.set()
                elif kind == "state":
                    if frame.get("status") == "active":
                        conv.accepted.set()
                    if frame.get("last_seq", 0) > conv.client.contiguous():
                        after = conv.client.contiguous()
                        await ws.send(json.dumps({"type": "fetch", "after_seq": after}))
                elif kind == "ack":
                    outbox.pop(frame["id"], None)
                elif kind == "error":
                    code = frame.get("code", "")
                    if code not in EXPECTED_CODES:
                        self.stats.error(f"client:{code}")

    # --- booking and pages ---
    async def bookings(self) -> None:
        async with httpx.AsyncClient(base_url=self.origin, verify=self.ssl, timeout=30) as http:
            turn = 0
            week = {"bench-race": 0, "bench-month": 0}  # as a person who pages forward
            while not self.stopping.is_set():
                await asyncio.sleep(random.uniform(3, 6))
                turn += 1
                kind = "bench-race" if turn % 2 else "bench-month"
                params = {"place": "bench-office", "kind": kind, "language": "fi"}
                if week[kind]:
                    params["week"] = str(week[kind])
                try:
                    page = await http.get("/fi/appointments/", params=params)
                except httpx.HTTPError:
                    self.stats.error("booking:transport")
                    continue
                if page.status_code >= 500:
                    self.stats.error(f"booking:{page.status_code}")
                    continue
                token = re.search(r'name="form_token" value="([^"]+)"', page.text)
                slot = re.search(r'name="slot" value="([^"]+)"', page.text)
                if token is None or slot is None:
                    self.stats.bookings["no_free_time"] = (
                        self.stats.bookings.get("no_free_time", 0) + 1
                    )
                    week[kind] = (week[kind] + 1) % 5  # the booking page shows five weeks
                    continue

                async def book(
                    n: int, token: str = token[1], slot: str = slot[1], params: Any = params
                ) -> None:
                    data = {**params, "form_token": token, "slot": slot, "nickname": f"soak {n}"}
                    try:
                        answer = await http.post("/fi/appointments/", data=data)
                    except httpx.HTTPError:
                        self.stats.error("booking:transport")
                        return
                    outcome = {200: "booked", 409: "taken"}.get(answer.status_code)
                    if outcome is None and answer.status_code >= 500:
                        self.stats.error(f"booking:{answer.status_code}")
                    outcome = outcome or f"status_{answer.status_code}"
                    self.stats.bookings[outcome] = self.stats.bookings.get(outcome, 0) + 1

                await asyncio.gather(book(2 * turn), book(2 * turn + 1))

    async def pages(self) -> None:
        async with httpx.AsyncClient(base_url=self.origin, verify=self.ssl, timeout=30) as http:
            while not self.stopping.is_set():
                await asyncio.sleep(random.uniform(0.2, 0.8))
                path = random.choice(PAGES)
                try:
                    answer = await http.get(path)
                except httpx.HTTPError:
                    self.stats.error("page:transport")
                    continue
                self.stats.pages += 1
                if answer.status_code >= 500:
                    self.stats.error(f"page:{answer.status_code}")


# --- the run ---------------------------------------------------------------------------------


class Memory:
    """Each process's resident memory after its warm-up and at the end."""

    def __init__(self, layout: Layout, warmup: float) -> None:
        self.layout = layout
        self.warmup = warmup
        self.born: dict[str, tuple[int, float]] = {}  # role -> (pid, when it was seen first)
        self.start: dict[str, int] = {}
        self.end: dict[str, int] = {}
        self.history: dict[str, list[tuple[int, int]]] = {}
        self.shared: dict[str, int] = {}  # of the resident memory, shared memory (nginx zones)

    def sample(self, elapsed: float) -> None:
        for role, pid in self.layout.pids().items():
            if self.born.get(role, (0, 0.0))[0] != pid:
                self.born[role] = (pid, elapsed)  # a new process in this role: start afresh
                self.start.pop(role, None)
            rss = rss_kib(pid)
            if not rss:
                continue
            self.shared[role] = status_kib(pid, "RssShmem:")
            if role not in self.start and elapsed - self.born[role][1] >= self.warmup:
                self.start[role] = rss
            self.end[role] = rss
            self.history.setdefault(role, []).append((round(elapsed), rss))

    def trace(self, role: str) -> list[tuple[int, int]]:
        """About ten samples over the run: (seconds, KiB)."""
        samples = self.history.get(role, [])
        step = max(1, len(samples) // 10)
        return samples[::step] + samples[-1:]

    def growth(self) -> dict[str, dict[str, Any]]:
        return {
            role: {
                "start_kib": self.start[role],
                "end_kib": self.end[role],
                "trace_kib": self.trace(role),
                "shared_at_end_kib": self.shared.get(role, 0),
                "growth_pct": round(
                    100 * (self.end[role] - self.start[role]) / self.start[role], 2
                ),
            }
            for role in sorted(self.start)
            if role in self.end
        }


async def drive(soak: Soak, layout: Layout, seconds: float, warmup: float) -> dict[str, Any]:
    memory = Memory(layout, warmup)
    faults: list[dict[str, Any]] = []
    began = time.monotonic()
    soak.stop_at = began + seconds
    tasks = [asyncio.create_task(soak.worker(i)) for i in range(len(soak.sessions))]
    await asyncio.sleep(2)
    tasks += [asyncio.create_task(soak.client_slot(i)) for i in range(soak.args.chats)]
    tasks += [asyncio.create_task(soak.bookings()), asyncio.create_task(soak.pages())]
    kill_at, redis_at = began + 0.4 * seconds, began + 0.7 * seconds
    killed = redis_done = False
    last_report = 0.0
    while time.monotonic() < soak.stop_at:
        await asyncio.sleep(1)
        now = time.monotonic()
        elapsed = now - began
        memory.sample(elapsed)
        if not killed and now >= kill_at:
            killed = True
            layout.kill_app(0)
            faults.append({"at_s": round(elapsed), "fault": "ASGI process 1 killed (SIGKILL)"})
            print(f"  {elapsed:.0f} s: killed ASGI process 1", flush=True)
            await asyncio.sleep(5)
            await asyncio.to_thread(layout.start_app, 0)
            faults.append({"at_s": round(time.monotonic() - began), "fault": "restarted"})
        if not redis_done and now >= redis_at:
            redis_done = True
            layout.stop_redis()
            faults.append({"at_s": round(elapsed), "fault": "Redis stopped"})
            print(f"  {elapsed:.0f} s: stopped Redis", flush=True)
            await asyncio.sleep(2)
            await asyncio.to_thread(layout.start_redis)
            faults.append({"at_s": round(time.monotonic() - began), "fault": "Redis started"})
        if now - last_report >= 30:
            last_report = now
            s = soak.stats
            print(
                f"  {elapsed:.0f} s: {len(s.sent)} messages, {len(s.delivered)} delivered, "
                f"{s.chats_started} chats, {s.pages} pages, bookings {s.bookings}, "
                f"drops {s.drops}, reconnects {s.reconnects}, errors {s.errors}",
                flush=True,
            )
    soak.stopping.set()
    memory.sample(time.monotonic() - began)
    # Every client finishes its chat (a final check of delivery, then `leave`).
    clients = tasks[len(soak.sessions) : len(soak.sessions) + soak.args.chats]
    with contextlib.suppress(TimeoutError):
        await asyncio.wait_for(asyncio.gather(*clients, return_exceptions=True), 60)
    for task in tasks:
        task.cancel()
    await asyncio.gather(*tasks, return_exceptions=True)
    return {"faults": faults, "memory": memory}


def prepare_data(layout: Layout, workers: int, limit: int) -> list[str]:
    env = layout.env()
    done = subprocess.run(
        [sys.executable, "-c", SETUP_SCRIPT, str(ROOT / "src"), str(workers), str(limit)],
        env=env,
        cwd=ROOT,
        check=True,
        stdout=subprocess.PIPE,
        text=True,
    )
    booking = "import booking; booking.setup_django(); booking.prepare(20)"
    subprocess.run(
        [sys.executable, "-c", f"import sys; sys.path.insert(0, 'bench'); {booking}"],
        env=env,
        cwd=ROOT,
        check=True,
    )
    return list(json.loads(done.stdout.strip().splitlines()[-1]))


def count_double_bookings(layout: Layout) -> int:
    done = subprocess.run(
        [sys.executable, str(ROOT / "manage.py"), "shell", "-c", DOUBLE_BOOKINGS],
        env=layout.env(),
        cwd=ROOT,
        check=True,
        capture_output=True,
        text=True,
    )
    return int(re.search(r"DOUBLE (\d+)", done.stdout)[1])  # type: ignore[index]


def free_ports(count: int, start: int) -> list[int]:
    ports, port = [], start
    while len(ports) < count:
        if port_is_free(port):
            ports.append(port)
        port += 1
    return ports


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument(
        "--minutes", type=float, default=float(os.environ.get("SOAK_MINUTES", "30"))
    )
    parser.add_argument("--chats", type=int, default=int(os.environ.get("SOAK_CHATS", "12")))
    parser.add_argument("--limit", type=int, default=4, help="chats per worker")
    parser.add_argument(
        "--chat-seconds", type=float, default=None, help="mean length of a chat (default: scaled)"
    )
    parser.add_argument(
        "--database-url",
        default=os.environ.get("SOAK_DATABASE_URL", ""),
        help="PostgreSQL database for the run (created; emptied first); default: "
        "the database of DATABASE_URL with _soak appended",
    )
    parser.add_argument("--output", default=str(ROOT / "bench" / "results" / "soak.json"))
    args = parser.parse_args()
    seconds = args.minutes * 60
    if args.chat_seconds is None:
        args.chat_seconds = min(240.0, max(40.0, seconds / 8))
    database_url = args.database_url or soak_database_url()
    workers = -(-args.chats // args.limit) + 1  # one more than needed: a requeue finds room
    reset_database(database_url)
    ensure_database(database_url)
    ports = free_ports(5, 18400)
    with tempfile.TemporaryDirectory(prefix="tukipiste-soak-") as tmp:
        layout = Layout(
            root=Path(tmp),
            database_url=database_url,
            redis_port=free_ports(1, 16390)[0],
            http_port=ports[0],
            https_port=ports[1],
            app_ports=(ports[2], ports[3]),
            extra_env={
                "CHAT_STARTS_PER_HOUR": "100000",
                "CHAT_MESSAGES_PER_MINUTE": "100000",
                "CHAT_MAX_QUEUE": "1000",
                "APPOINTMENT_BOOKINGS_PER_HOUR": "100000",
                "FEEDBACK_RATE_PER_HOUR": "100000",
            },
        )
        began = time.perf_counter()
        try:
            layout.prepare()
            sessions = prepare_data(layout, workers, args.limit)
            layout.start()
            print(
                f"layout up in {time.perf_counter() - began:.0f} s: {layout.origin}, "
                f"{args.chats} chats, {workers} workers, {args.minutes:g} minutes "
                f"(setup steps: {layout.timings})",
                flush=True,
            )
            soak = Soak(f"wss://127.0.0.1:{layout.https_port}", layout.origin, sessions, args)
            warmup = max(60.0, seconds / 10)
            outcome = asyncio.run(drive(soak, layout, seconds, warmup))
            double_bookings = count_double_bookings(layout)
        finally:
            layout.stop()
            logs = {p.name: p.read_text(errors="replace")[-2000:] for p in layout.logs.glob("*")}
            with contextlib.suppress(Exception):  # its own database: nothing to keep
                reset_database(database_url)
    stats = soak.stats
    memory = outcome["memory"].growth()
    latencies = [
        (stats.delivered[m] - stats.sent_at[m]) * 1000
        for m in stats.delivered
        if m in stats.sent_at
    ] or [0.0]
    results = {
        "minutes": args.minutes,
        "database": "postgresql",
        "channel_layer": "redis",
        "asgi_processes": 2,
        "concurrent_chats": args.chats,
        "workers": workers,
        "chats_started": stats.chats_started,
        "chats_completed": stats.chats_completed,
        "messages": len(stats.sent),
        "lost": len(stats.lost_ids),
        # Which side wrote each lost message and when (seconds into the run).
        "lost_detail": [
            {"by": stats.sent[m][1], "at_s": round(stats.sent_at[m] - stats.began)}
            for m in stats.lost_ids
        ],
        "doubled": stats.doubled,
        "delivery_p50_ms": round(statistics.median(latencies), 1),
        "delivery_p99_ms": round(percentile(latencies, 99), 1),
        "bookings": stats.bookings,
        "double_bookings": double_bookings,
        "pages": stats.pages,
        "client_errors": sum(stats.errors.values()),
        "client_error_kinds": stats.errors,
        "socket_drops": stats.drops,
        "reconnects": stats.reconnects,
        "reconnect_failures": max(0, stats.drops - stats.reconnects),
        "memory_growth_pct": max((m["growth_pct"] for m in memory.values()), default=0.0),
        "memory": memory,
        "faults": outcome["faults"],
    }
    results["targets_met"] = (
        results["lost"] == 0
        and results["doubled"] == 0
        and results["double_bookings"] == 0
        and results["reconnect_failures"] == 0
        and results["memory_growth_pct"] < 10
    )
    text = json.dumps(results, indent=2)
    print(text)
    if not results["targets_met"]:
        for name, tail in logs.items():
            print(f"--- {name} (end)\n{tail}")
    Path(args.output).parent.mkdir(parents=True, exist_ok=True)
    Path(args.output).write_text(text + "\n")
    print(f"wrote {args.output}")
    return 0 if results["targets_met"] else 1


def soak_database_url() -> str:
    base = os.environ.get("DATABASE_URL", "")
    if not base.startswith("postgres"):
        return "postgres://postgres@127.0.0.1:5432/tukipiste_soak"
    return base.rstrip("/") + "_soak"


def reset_database(database_url: str) -> None:
    """Drop the soak's database of an earlier run: every run starts from nothing."""
    import dj_database_url
    import psycopg

    config = dj_database_url.parse(database_url)
    with psycopg.connect(
        dbname="postgres",
        autocommit=True,
        host=str(config.get("HOST") or "127.0.0.1"),
        port=int(config.get("PORT") or 5432),
        user=str(config.get("USER") or "postgres"),
    ) as admin:
        admin.execute(f'DROP DATABASE IF EXISTS "{config["NAME"]}" WITH (FORCE)')


if __name__ == "__main__":
    sys.exit(main())
