"""What a hostile client can send: limits per chat, foreign origins, unstorable text, floods."""

from __future__ import annotations

import json
from typing import Any

import pytest
from websockets.exceptions import ConnectionClosed, InvalidStatus

from tests.chat.test_chat_flow import CLIENT, WORKER, open_worker, start_client
from tests.chat.wsclient import Peer
from tukipiste.chat.models import Chat, ChatMessage


def test_message_limit_holds_per_chat_across_sockets(
    server_url: str, staff: dict[str, Any], settings: Any
) -> None:
    settings.CHAT_MESSAGES_PER_MINUTE = 3
    first, token = start_client(server_url)
    second = Peer(server_url, CLIENT)
    second.send(type="resume", token=token, last_seq=0)
    second.expect("resumed")
    for i, peer in enumerate((first, second, first)):
        peer.send(type="send", id=f"m{i}", body="hi")
        peer.expect("ack", id=f"m{i}")
    second.send(type="send", id="m9", body="hi")
    assert second.expect("error")["code"] == "rate_limited"
    assert ChatMessage.objects.filter(sender="client").count() == 3


def test_typing_frames_are_limited_per_chat(
    server_url: str, staff: dict[str, Any], settings: Any
) -> None:
    settings.CHAT_TYPING_PER_MINUTE = 3
    worker = open_worker(server_url, staff["alice"])
    client, _ = start_client(server_url)
    chat = Chat.objects.get()
    worker.send(type="accept", chat=chat.pk)
    worker.expect("assigned")
    for i in range(10):
        client.send(type="typing", on=i % 2 == 0)
    assert len([f for f in worker.drain(1.0) if f["type"] == "typing"]) == 3
    client.send(type="ping")
    client.expect("pong")  # the socket itself stays usable


@pytest.mark.parametrize(
    "origin",
    [
        "https://evil.example",
        "http://127.0.0.1:1",  # the right host on another port
        "https://127.0.0.1",  # the right host with another scheme
        "null",
    ],
)
@pytest.mark.parametrize("path", [CLIENT, WORKER])
def test_socket_from_a_foreign_origin_is_refused(
    server_url: str, chat_open: None, origin: str, path: str
) -> None:
    with pytest.raises(InvalidStatus) as refused:
        Peer(server_url, path, origin=origin)
    assert refused.value.response.status_code == 403


@pytest.mark.parametrize(
    "field",
    [
        {"type": "start", "language": "fi", "nickname": "Ro\u0000se"},
        {"type": "start", "language": "fi", "nickname": "\ud800"},
        {"type": "send", "id": "m1", "body": "bad \udfff text"},
        {"type": "send", "id": "m\u0000", "body": "hi"},
        {"type": "resume", "token": "\ud83d", "last_seq": 0},
    ],
)
def test_nul_and_unpaired_surrogates_get_bad_frame(
    server_url: str, chat_open: None, field: dict[str, Any]
) -> None:
    peer = Peer(server_url, CLIENT)
    if field["type"] == "send":
        peer.send(type="start", language="fi")
        peer.expect("started")
    # json.dumps writes the lone surrogate as the escape a browser's JSON would carry.
    peer.send_raw(json.dumps(field))
    error = peer.expect("error")
    assert error["code"] == "bad_frame", error
    peer.send(type="ping")
    peer.expect("pong")
    assert not ChatMessage.objects.filter(sender="client").exists()


def test_a_10_mb_frame_closes_with_1009(server_url: str, chat_open: None) -> None:
    peer = Peer(server_url, CLIENT)
    peer.expect("duty")  # the first frame of every client socket
    peer.send_raw('{"type":"ping","pad":"' + "x" * (10 * 1024 * 1024) + '"}')
    with pytest.raises(ConnectionClosed) as closed:
        peer.ws.recv(timeout=10)
    assert closed.value.rcvd is not None and closed.value.rcvd.code == 1009
