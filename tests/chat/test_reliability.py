"""Nothing lost, nothing doubled: resends, reconnects, races between workers."""

from __future__ import annotations

import threading
from typing import Any

import pytest
from django.db import close_old_connections

from tests.chat.test_chat_flow import CLIENT, open_worker, start_client
from tests.chat.wsclient import Peer
from tests.staff import make_staff
from tukipiste.chat import services
from tukipiste.chat.models import Chat, ChatMessage


def transcript(frames: list[dict[str, Any]]) -> list[tuple[int, str]]:
    seen: dict[int, str] = {}
    for frame in frames:
        if frame["type"] == "message":
            assert seen.get(frame["seq"], frame["id"]) == frame["id"]
            seen[frame["seq"]] = frame["id"]
    return sorted(seen.items())


def test_dropped_socket_and_resend_lose_nothing_and_double_nothing(
    server_url: str, staff: dict[str, Any]
) -> None:
    worker = open_worker(server_url, staff["alice"])
    client, token = start_client(server_url)
    chat = Chat.objects.get()
    worker.send(type="accept", chat=chat.pk)
    worker.expect("assigned")
    client.send(type="send", id="c1", body="first")
    client.expect("ack", id="c1")
    seen_by_client = client.drain()
    # The phone loses its connection just after sending c2; the ack never arrives.
    client.send(type="send", id="c2", body="second")
    client.ws.close()
    worker.send(type="send", chat=chat.pk, id="w1", body="while you were away")
    worker.expect("ack", id="w1")

    again = Peer(server_url, CLIENT)
    last_seq = max(f["seq"] for f in seen_by_client if f["type"] == "message")
    again.send(type="resume", token=token, last_seq=last_seq)
    resumed = again.expect("resumed")
    assert resumed["status"] == "active" and resumed["worker"] == "Alice"
    again.send(type="send", id="c2", body="second")  # the outbox resends it
    ack = again.expect("ack", id="c2")
    frames = again.drain(0.5)
    assert any(f["type"] == "message" and f["id"] == "w1" for f in frames)

    stored = list(ChatMessage.objects.filter(chat=chat).values_list("seq", "client_id"))
    assert [cid for _, cid in stored].count("c2") == 1
    assert ack["seq"] == {cid: seq for seq, cid in stored}["c2"]
    worker_view = transcript(worker.drain(0.5) + list(worker.inbox))
    for seq, cid in worker_view:
        assert (seq, cid) in stored
    again.send(type="fetch", after_seq=0)
    history = again.expect("history")["messages"]
    assert [(m["seq"], m["id"]) for m in history] == stored  # no internal notes here


def test_ten_workers_accepting_one_chat_at_once_exactly_one_gets_it(
    transactional_db: None, chat_open: None
) -> None:
    workers = [make_staff(f"w{i}", "worker", ["helsinki"]) for i in range(10)]
    for worker in workers:
        services.set_duty(worker=worker, on=True)
    chat, _ = services.start_chat(language="fi")
    barrier = threading.Barrier(10)
    outcomes: list[str] = []

    def accept(worker: Any) -> None:
        try:
            barrier.wait()
            services.accept_chat(chat_id=chat.pk, worker=worker)
            outcomes.append("won")
        except services.Taken:
            outcomes.append("taken")
        finally:
            close_old_connections()

    threads = [threading.Thread(target=accept, args=(w,)) for w in workers]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=30)
    assert sorted(outcomes) == ["taken"] * 9 + ["won"]
    chat.refresh_from_db()
    assert chat.status == "active" and chat.worker in workers


def test_a_resent_message_is_stored_once(transactional_db: None, chat_open: None) -> None:
    chat, _ = services.start_chat(language="fi")
    first, created = services.post_message(
        chat_id=chat.pk, sender="client", client_id="x", body="hi"
    )
    again, created_again = services.post_message(
        chat_id=chat.pk, sender="client", client_id="x", body="hi"
    )
    assert created and not created_again and first.pk == again.pk
    assert ChatMessage.objects.filter(chat=chat).count() == 1


def test_a_resend_takes_no_seq_and_is_answered_after_the_end(
    transactional_db: None, chat_open: None
) -> None:
    chat, _ = services.start_chat(language="fi")
    first, _ = services.post_message(chat_id=chat.pk, sender="client", client_id="x", body="hi")
    services.post_message(chat_id=chat.pk, sender="client", client_id="x", body="hi")
    chat.refresh_from_db()
    assert chat.last_seq == first.seq  # the refused second row gave its seq back
    services.end_chat(chat_id=chat.pk, by="client")
    again, created = services.post_message(
        chat_id=chat.pk, sender="client", client_id="x", body="hi"
    )
    assert again.pk == first.pk and not created  # the client's outbox gets its ack
    with pytest.raises(services.ChatEnded):
        services.post_message(chat_id=chat.pk, sender="client", client_id="y", body="new")


def test_frames_over_64_kib_are_refused(server_url: str, chat_open: None) -> None:
    from websockets.exceptions import ConnectionClosed

    peer = Peer(server_url, CLIENT)
    peer.expect("duty")  # the first frame of every client socket
    peer.send_raw('{"type":"ping","pad":"' + "x" * (70 * 1024) + '"}')
    with pytest.raises(ConnectionClosed) as closed:
        peer.ws.recv(timeout=5)
    assert closed.value.rcvd is not None and closed.value.rcvd.code == 1009


class _Failing:
    """A channel layer's ``group_add`` while its server is away."""

    def __init__(self, failures: int) -> None:
        self.failures = failures
        self.calls = 0

    async def __call__(self, group: str, channel: str) -> None:
        self.calls += 1
        if self.calls <= self.failures:
            raise ConnectionError("Error 111 connecting to 127.0.0.1:6379. Connection refused.")


def test_a_group_join_is_tried_again_while_the_layer_is_away(monkeypatch: Any) -> None:
    import asyncio

    from tukipiste.chat import events

    monkeypatch.setattr(events, "JOIN_RETRY_SECONDS", (0, 0, 0))

    class Layer:
        group_add = _Failing(2)

    monkeypatch.setattr(events, "get_channel_layer", lambda: Layer)
    asyncio.run(events.join("chat-1", channel_name="x"))
    assert Layer.group_add.calls == 3  # two refusals, then joined
    Layer.group_add = _Failing(10)
    with pytest.raises(events.LayerUnavailable):
        asyncio.run(events.join("chat-1", channel_name="x"))
    assert Layer.group_add.calls == 4  # the first try and three more


def test_a_client_whose_socket_cannot_join_is_closed_and_resumes_the_same_chat(
    server_url: str, chat_open: None, monkeypatch: Any
) -> None:
    from channels.layers import get_channel_layer
    from websockets.exceptions import ConnectionClosed

    from tukipiste.chat import events

    monkeypatch.setattr(events, "JOIN_RETRY_SECONDS", (0, 0))
    layer = get_channel_layer()
    monkeypatch.setattr(layer, "group_add", _Failing(100))
    client = Peer(server_url, CLIENT)
    client.send(type="hello", v=1)
    client.expect("hello")
    client.send(type="start", language="en")
    token = client.expect("started")["token"]  # the page keeps its token ...
    with pytest.raises(ConnectionClosed) as closed:
        client.expect("never", timeout=5)
    assert closed.value.rcvd is not None and closed.value.rcvd.code == 1013  # ... retries
    monkeypatch.undo()  # the layer is back
    again = Peer(server_url, CLIENT)
    again.send(type="hello", v=1)
    again.send(type="resume", token=token, last_seq=0)
    assert again.expect("resumed")["status"] == "queued"
    assert Chat.objects.count() == 1  # the same chat, not a second one


def test_an_event_for_a_socket_that_just_closed_does_not_end_the_consumer() -> None:
    import asyncio

    from tukipiste.chat.consumers.base import BaseConsumer

    class Closing(BaseConsumer):
        handled: list[str] = []

        async def chat_relay(self, event: dict[str, Any]) -> None:
            raise ConnectionResetError("the socket closed while the event was on its way")

        async def websocket_disconnect(self, message: dict[str, Any]) -> None:
            self.handled.append("disconnect")

    consumer = Closing()
    # Raised further, the ASGI server would end the consumer before its disconnect ran.
    asyncio.run(consumer.dispatch({"type": "chat.relay"}))
    asyncio.run(consumer.dispatch({"type": "websocket.disconnect", "code": 1006}))
    assert Closing.handled == ["disconnect"]
    with pytest.raises(ValueError, match="No handler"):
        asyncio.run(consumer.dispatch({"type": "no.such"}))
