"""How committed events reach the channel layer, and the in-memory layer of the default.

The sockets' view of the same (real server, real layer) is in test_chat_flow and the
benchmark; these pin the two mechanisms down without a server.
"""

from __future__ import annotations

import asyncio
import contextvars
import threading
from typing import Any

import pytest
from asgiref.sync import async_to_sync
from channels.layers import get_channel_layer

from tukipiste.chat import events
from tukipiste.chat.layers import InMemoryChannelLayer


@pytest.fixture(autouse=True)
def _memory_layer(settings: Any) -> Any:
    """The hand-over is under test, not Redis: these tests run several event loops, and the
    Redis layer binds its connections to one."""
    from channels.layers import channel_layers

    settings.CHANNEL_LAYERS = {"default": {"BACKEND": "tukipiste.chat.layers.InMemoryChannelLayer"}}
    # The live server of other tests keeps its own layer: put it back afterwards (a new
    # Redis layer made by the next caller could be bound to the wrong event loop).
    kept = dict(channel_layers.backends)
    channel_layers.backends.clear()
    yield
    channel_layers.backends.clear()
    channel_layers.backends.update(kept)


def test_events_of_a_database_call_go_out_from_the_loop_in_commit_order() -> None:
    async def scenario() -> tuple[list[int], bool]:
        layer = get_channel_layer()
        channel = await layer.new_channel()
        await layer.group_add("delivery-test", channel)
        released = threading.Event()

        def database_call() -> None:  # as the consumers' ``db`` runs a service
            for n in range(10):
                events._send_now("delivery-test", {"type": "test.event", "n": n})
            released.set()  # returned without waiting for the loop to send anything

        events.sending_loop.set(asyncio.get_running_loop())
        context = contextvars.copy_context()
        await asyncio.get_running_loop().run_in_executor(None, context.run, database_call)
        received = [(await layer.receive(channel))["n"] for _ in range(10)]
        await layer.group_discard("delivery-test", channel)
        return received, released.is_set()

    received, released = asyncio.run(scenario())
    assert released
    assert received == list(range(10))


def test_events_outside_a_consumer_are_sent_before_the_call_returns() -> None:
    layer = get_channel_layer()
    channel = async_to_sync(layer.new_channel)()
    async_to_sync(layer.group_add)("delivery-test-sync", channel)
    events._send_now("delivery-test-sync", {"type": "test.event", "n": 1})
    assert async_to_sync(layer.receive)(channel) == {"type": "test.event", "n": 1}
    async_to_sync(layer.group_discard)("delivery-test-sync", channel)


def test_the_in_memory_layer_gives_each_member_a_copy_and_drops_over_capacity() -> None:
    async def scenario() -> tuple[list[Any], list[Any]]:
        layer = InMemoryChannelLayer(capacity=2)
        one, two = await layer.new_channel(), await layer.new_channel()
        for channel in (one, two):
            await layer.group_add("members", channel)
        for n in range(3):  # the third finds both channels full: dropped, no error
            await layer.group_send("members", {"type": "test.event", "n": n})
        first = [await layer.receive(one) for _ in range(2)]
        first[0]["n"] = "changed by one consumer"
        second = [await layer.receive(two) for _ in range(2)]
        await layer.group_send("members", {"type": "test.event", "n": 9})
        return first, [*second, await layer.receive(two)]

    first, second = asyncio.run(scenario())
    assert [m["n"] for m in first] == ["changed by one consumer", 1]
    assert [m["n"] for m in second] == [0, 1, 9]


def test_the_in_memory_layer_still_expires_messages_but_not_on_every_call(
    monkeypatch: Any,
) -> None:
    from tukipiste.chat import layers

    async def scenario() -> tuple[int, int]:
        layer = InMemoryChannelLayer(expiry=60)
        stale, fresh = await layer.new_channel(), await layer.new_channel()
        await layer.send(stale, {"type": "test.event"})
        layer.channels[stale]._queue[0] = (0.0, {"type": "test.event"})  # long expired
        walks = 0
        base = layers.BaseInMemoryChannelLayer._clean_expired

        def counted(self: Any) -> None:
            nonlocal walks
            walks += 1
            base(self)

        monkeypatch.setattr(layers.BaseInMemoryChannelLayer, "_clean_expired", counted)
        for _ in range(50):
            await layer.send(fresh, {"type": "test.event"})
            await layer.receive(fresh)
        return walks, len(layer.channels.get(stale, []) or [])

    walks, left = asyncio.run(scenario())
    assert walks == 1  # once a second at most, not once per receive
    assert left == 0  # the expired message was removed by that walk
