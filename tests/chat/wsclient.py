"""A small synchronous WebSocket peer for tests, speaking docs/chat-protocol.md."""

from __future__ import annotations

import json
import time
import uuid
from typing import Any

from websockets.exceptions import ConnectionClosed
from websockets.sync.client import ClientConnection, connect


class Peer:
    # Every peer a test opened, closed after the test (tests/chat/conftest.py): a socket
    # left open keeps the server working on a database the next test flushes.
    opened: list[Peer] = []

    def __init__(
        self, server_url: str, path: str, *, cookie: str = "", origin: str | None = None
    ) -> None:
        headers = {"Origin": origin or server_url}
        if cookie:
            headers["Cookie"] = cookie
        self.ws: ClientConnection = connect(
            server_url.replace("http://", "ws://") + path,
            additional_headers=headers,
            open_timeout=5,
            max_size=2**20,
        )
        Peer.opened.append(self)
        self.inbox: list[dict[str, Any]] = []
        self.log: list[dict[str, Any]] = []  # every frame received, for transcripts

    def send(self, **frame: Any) -> None:
        self.ws.send(json.dumps(frame))

    def send_raw(self, text: str) -> None:
        self.ws.send(text)

    def expect(self, kind: str, timeout: float = 5, **match: Any) -> dict[str, Any]:
        """The first frame of ``kind`` (matching ``match``), buffering others for later."""
        for i, frame in enumerate(self.inbox):
            if frame["type"] == kind and all(frame.get(k) == v for k, v in match.items()):
                return self.inbox.pop(i)
        deadline = time.monotonic() + timeout
        while True:
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                raise AssertionError(f"no {kind} {match} within {timeout}s; got {self.inbox}")
            try:
                frame = json.loads(self.ws.recv(timeout=remaining))
            except TimeoutError:
                continue
            self.log.append(frame)
            if frame["type"] == kind and all(frame.get(k) == v for k, v in match.items()):
                return frame
            self.inbox.append(frame)

    def drain(self, wait: float = 0.3) -> list[dict[str, Any]]:
        end = time.monotonic() + wait
        while (remaining := end - time.monotonic()) > 0:
            try:
                frame = json.loads(self.ws.recv(timeout=remaining))
            except (TimeoutError, ConnectionClosed):
                break
            self.log.append(frame)
            self.inbox.append(frame)
        frames, self.inbox = self.inbox, []
        return frames

    def messages(self) -> list[dict[str, Any]]:
        return [f for f in self.drain() if f["type"] == "message"]

    def close(self) -> None:
        self.ws.close()

    @staticmethod
    def new_id() -> str:
        return uuid.uuid4().hex
