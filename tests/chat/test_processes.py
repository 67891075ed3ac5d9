"""The real server process: restarted mid-chat, and two processes sharing Redis."""

from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys
import time
from collections.abc import Iterator

import httpx
import pytest
from django.contrib.sessions.backends.db import SessionStore
from django.db import connection
from django.utils import timezone
from django_otp import DEVICE_ID_SESSION_KEY
from django_otp.plugins.otp_totp.models import TOTPDevice

from tests.chat.test_reliability import transcript
from tests.chat.wsclient import Peer
from tests.serverproc import ROOT, free_port
from tests.staff import make_office, make_staff
from tukipiste.chat.models import Chat, ChatMessage
from tukipiste.offices.models import OfficeException


def database_url() -> str:
    settings = connection.settings_dict
    if connection.vendor == "sqlite":
        return f"sqlite:///{settings['NAME']}"
    host = settings["HOST"] or "127.0.0.1"
    return f"postgres://{settings['USER']}@{host}:{settings['PORT'] or 5432}/{settings['NAME']}"


class Server:
    """`python -m tukipiste.serve` on the test database, as production runs it."""

    def __init__(self, port: int, *, redis: bool) -> None:
        self.port = port
        self.url = f"http://127.0.0.1:{port}"
        self.env = {k: v for k, v in os.environ.items() if k != "DJANGO_ALLOW_ASYNC_UNSAFE"}
        self.env.update(
            DATABASE_URL=database_url(),
            DJANGO_SETTINGS_MODULE="tukipiste.settings",
            RUN_SCHEDULER="0",
            LOG_LEVEL="WARNING",
            PORT=str(port),
        )
        if not redis:
            self.env.pop("REDIS_URL", None)
        self.proc: subprocess.Popen[bytes] | None = None

    def start(self) -> Server:
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "tukipiste.serve", "--port", str(self.port)],
            env=self.env,
            cwd=ROOT,
        )
        for _ in range(200):
            try:
                httpx.get(self.url + "/healthz", timeout=1)
                return self
            except httpx.TransportError:
                time.sleep(0.05)
        raise RuntimeError("server did not start")

    def stop(self) -> None:
        if self.proc is not None:
            self.proc.terminate()
            self.proc.wait(timeout=10)


@pytest.fixture
def worker_session(transactional_db: None) -> Iterator[str]:
    """A worker with a verified session, and chat duty open today in real time."""
    office = make_office("helsinki")
    OfficeException.objects.create(
        office=office,
        date=timezone.localdate(),
        service="chat",
        reason="special",
        opens=dt.time(0, 0),
        closes=dt.time(23, 59, 59),
    )
    user = make_staff("ws-worker", "worker", ["helsinki"])
    device = TOTPDevice.objects.get(user=user)
    session = SessionStore()
    session["_auth_user_id"] = str(user.pk)
    session["_auth_user_backend"] = "django.contrib.auth.backends.ModelBackend"
    session["_auth_user_hash"] = user.get_session_auth_hash()
    session[DEVICE_ID_SESSION_KEY] = device.persistent_id
    session.create()
    yield f"sessionid={session.session_key}"


def converse(client: Peer, worker: Peer, chat_id: int, tag: str) -> None:
    client.send(type="send", id=f"c-{tag}", body=f"client {tag}")
    client.expect("ack", id=f"c-{tag}")
    worker.expect("message", id=f"c-{tag}")
    worker.send(type="send", chat=chat_id, id=f"w-{tag}", body=f"worker {tag}")
    worker.expect("ack", id=f"w-{tag}")
    client.expect("message", id=f"w-{tag}")


def open_conversation(client_url: str, worker_url: str, cookie: str) -> tuple[Peer, Peer, str, int]:
    worker = Peer(worker_url, "/ws/chat/worker/", cookie=cookie)
    worker.send(type="duty", on=True)
    worker.expect("duty", on=True)
    client = Peer(client_url, "/ws/chat/client/")
    client.send(type="start", language="fi")
    token = client.expect("started")["token"]
    chat = Chat.objects.get()
    worker.send(type="accept", chat=chat.pk)
    worker.expect("assigned", chat=chat.pk)
    client.expect("accepted")
    return client, worker, token, chat.pk


def test_server_restart_mid_chat_loses_and_doubles_nothing(worker_session: str) -> None:
    port = free_port()
    server = Server(port, redis=True).start()
    try:
        client, worker, token, chat_id = open_conversation(server.url, server.url, worker_session)
        converse(client, worker, chat_id, "before")
        client.drain()
        worker.drain()
        client_frames, worker_frames = client.log, worker.log
        server.stop()
        server = Server(port, redis=True).start()

        client = Peer(server.url, "/ws/chat/client/")
        seen = transcript(client_frames)
        client.send(type="resume", token=token, last_seq=seen[-1][0] if seen else 0)
        assert client.expect("resumed")["status"] == "active"
        worker = Peer(server.url, "/ws/chat/worker/", cookie=worker_session)
        assigned = worker.expect("assigned", chat=chat_id)
        converse(client, worker, chat_id, "after")
        client.drain(0.5)
        worker.drain(0.5)
        client_frames += client.log
        worker_frames += [{**m, "type": "message"} for m in assigned["messages"]] + worker.log
    finally:
        server.stop()
    stored = list(
        ChatMessage.objects.filter(chat_id=chat_id).values_list("seq", "client_id", "internal")
    )
    public = [(seq, cid) for seq, cid, internal in stored if not internal]
    client_view = transcript(client_frames)
    assert {cid for _, cid in client_view} >= {"c-before", "w-before", "c-after", "w-after"}
    assert set(client_view) <= set(public)
    assert transcript(worker_frames) == [(seq, cid) for seq, cid, _ in stored]


@pytest.mark.skipif(not os.environ.get("REDIS_URL"), reason="needs REDIS_URL (the CI's second run)")
def test_client_and_worker_on_two_processes_talk_through_redis(worker_session: str) -> None:
    first = Server(free_port(), redis=True).start()
    second = Server(free_port(), redis=True).start()
    try:
        client, worker, _, chat_id = open_conversation(first.url, second.url, worker_session)
        for tag in ("one", "two", "three"):
            converse(client, worker, chat_id, tag)
        worker.send(type="typing", chat=chat_id, on=True)
        assert client.expect("typing")["on"] is True
    finally:
        first.stop()
        second.stop()
