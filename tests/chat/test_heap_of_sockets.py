"""A closed chat socket's objects are freed by their reference counts, without the garbage
collector. The server freezes what survives its full collections (``core/heap.py``, decision
0020): an object frozen while its socket was open and then dying in a reference cycle would
stay in memory until the next thaw."""

from __future__ import annotations

import gc
import time
import weakref
from typing import Any

from tests.chat.conftest import wait_for_closed_sockets
from tests.chat.test_chat_flow import open_worker, start_client
from tukipiste.chat.consumers.client import ClientConsumer
from tukipiste.chat.consumers.worker import WorkerConsumer


def _consumers() -> list[weakref.ref[Any]]:
    # By type, not isinstance: the heap holds weak proxies, and a dead one raises.
    return [
        weakref.ref(obj)
        for obj in gc.get_objects()
        if issubclass(type(obj), ClientConsumer | WorkerConsumer)
    ]


def test_closed_chat_sockets_leave_no_cycle(server_url: str, staff: dict[str, Any]) -> None:
    worker = open_worker(server_url, staff["alice"])
    client, _ = start_client(server_url, topic="health", nickname="Rose")
    waiting = worker.expect("queue", timeout=3)
    while not waiting["waiting"]:
        waiting = worker.expect("queue", timeout=3)
    chat_id = waiting["waiting"][0]["chat"]
    worker.send(type="accept", chat=chat_id)
    worker.expect("assigned", chat=chat_id)
    client.expect("accepted")
    client.send(type="send", id="c1", body="Hello")
    worker.expect("message", id="c1")
    worker.send(type="typing", chat=chat_id, on=True)
    worker.send(type="send", chat=chat_id, id="w1", body="Hi")
    client.expect("message", id="w1")
    # A change of the queue starts the console's coalescing refresh, cancelled at its close.
    other, _ = start_client(server_url, topic="health", nickname="Iris")
    worker.expect("queue", timeout=3)

    gc.collect()  # consumers of earlier tests that died in a cycle are not counted
    consumers = _consumers()
    assert len(consumers) == 3
    gc.disable()
    try:
        for peer in (client, other, worker):
            peer.close()
        wait_for_closed_sockets()
        deadline = time.monotonic() + 3
        while any(ref() is not None for ref in consumers) and time.monotonic() < deadline:
            time.sleep(0.05)
        left = [type(ref()).__name__ for ref in consumers if ref() is not None]
    finally:
        gc.enable()
    assert left == []
