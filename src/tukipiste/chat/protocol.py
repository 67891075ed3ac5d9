"""Validation of WebSocket frames (docs/chat-protocol.md), as pure functions.

A frame that fails validation raises ``ProtocolError`` with a documented error code; the
consumer turns it into an ``error`` frame and keeps the connection open unless fatal.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from django.conf import settings

from tukipiste.chat.models import MESSAGE_MAX_LENGTH, Topic
from tukipiste.core.text import storable

VERSION = 1
MAX_ID = 64
MAX_NICKNAME = 40
MAX_NOTE = 500


@dataclass
class ProtocolError(Exception):
    code: str
    message: str
    ref: str | None = None
    fatal: bool = False

    def frame(self) -> dict[str, Any]:
        return {
            "type": "error",
            "code": self.code,
            "message": self.message,
            "ref": self.ref,
            "fatal": self.fatal,
        }


CLIENT_TYPES = {
    "hello",
    "start",
    "resume",
    "send",
    "typing",
    "read",
    "fetch",
    "leave",
    "erase",
    "sync",
    "ping",
}
WORKER_TYPES = {
    "hello",
    "duty",
    "accept",
    "send",
    "typing",
    "read",
    "fetch",
    "transfer",
    "end",
    "block",
    "ping",
}


def parse(text: str | None, *, allowed: set[str]) -> dict[str, Any]:
    """Decode one text frame into a dict with a known ``type``."""
    if text is None:
        raise ProtocolError("bad_json", "binary frames are not used")
    try:
        frame = json.loads(text)
    except (ValueError, RecursionError) as exc:
        raise ProtocolError("bad_json", "frame is not JSON") from exc
    if not isinstance(frame, dict):
        raise ProtocolError("bad_json", "frame is not a JSON object")
    kind = frame.get("type")
    if not isinstance(kind, str) or kind not in allowed:
        raise ProtocolError("bad_frame", "unknown frame type", ref=str(kind)[:40])
    return frame


def text(
    frame: dict[str, Any], name: str, *, limit: int, required: bool = True, minimum: int = 1
) -> str:
    value = frame.get(name)
    if value is None and not required:
        return ""
    if not isinstance(value, str):
        raise ProtocolError("bad_frame", f"{name} must be a string", ref=frame.get("type"))
    if not storable(value):
        raise ProtocolError(
            "bad_frame", f"{name} has characters that cannot be stored", ref=frame.get("type")
        )
    if len(value) > limit:
        raise ProtocolError("too_long", f"{name} is longer than {limit}", ref=frame.get("type"))
    if required and len(value.strip()) < minimum:
        raise ProtocolError("bad_frame", f"{name} is empty", ref=frame.get("type"))
    return value


def integer(frame: dict[str, Any], name: str, *, minimum: int = 0) -> int:
    value = frame.get(name)
    if isinstance(value, bool) or not isinstance(value, int) or value < minimum or value > 2**31:
        raise ProtocolError("bad_frame", f"{name} must be a whole number", ref=frame.get("type"))
    return value


def boolean(frame: dict[str, Any], name: str) -> bool:
    value = frame.get(name)
    if not isinstance(value, bool):
        raise ProtocolError("bad_frame", f"{name} must be true or false", ref=frame.get("type"))
    return value


def language(frame: dict[str, Any]) -> str:
    value = frame.get("language")
    if not isinstance(value, str) or value not in dict(settings.LANGUAGES):
        raise ProtocolError("bad_frame", "unknown language", ref="start")
    return str(value)


def topic(frame: dict[str, Any]) -> str:
    value = frame.get("topic") or ""
    if value and (not isinstance(value, str) or value not in Topic.values):
        raise ProtocolError("bad_frame", "unknown topic", ref="start")
    return str(value)


def message_id(frame: dict[str, Any]) -> str:
    return text(frame, "id", limit=MAX_ID)


def body(frame: dict[str, Any]) -> str:
    return text(frame, "body", limit=MESSAGE_MAX_LENGTH)


def hello(frame: dict[str, Any]) -> None:
    if frame.get("v", VERSION) != VERSION:
        raise ProtocolError("unsupported_version", "this server speaks version 1", "hello", True)
