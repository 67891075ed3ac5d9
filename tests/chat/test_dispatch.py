"""A socket's messages from its two sources, handled one at a time in arrival order."""

from __future__ import annotations

import asyncio
from typing import Any

import pytest

from tukipiste.chat.consumers.dispatch import dispatch_in_order


class Source:
    """Messages put in by the test; counts how often the consumer asked for the next."""

    def __init__(self) -> None:
        self.queue: asyncio.Queue[Any] = asyncio.Queue()
        self.reads = 0

    async def __call__(self) -> Any:
        self.reads += 1
        item = await self.queue.get()
        if isinstance(item, Exception):
            raise item
        return item


class Stop(Exception):
    pass


def test_messages_of_both_sources_are_handled_in_order_and_one_at_a_time() -> None:
    async def scenario() -> list[str]:
        client, layer = Source(), Source()
        handled: list[str] = []
        busy = asyncio.Event()
        release = asyncio.Event()

        async def dispatch(message: str) -> None:
            if message == "stop":
                raise Stop
            if message == "slow":
                busy.set()
                await release.wait()
            handled.append(message)

        run = asyncio.ensure_future(dispatch_in_order([client, layer], dispatch))
        client.queue.put_nowait("slow")
        await busy.wait()
        # While "slow" is handled, the client's next frame stays with the server (one read
        # per source at a time); the layer's event waits its turn.
        client.queue.put_nowait("frame 2")
        layer.queue.put_nowait("event 1")
        await asyncio.sleep(0.01)
        assert client.reads == 1 and handled == []
        release.set()
        await asyncio.sleep(0.01)
        layer.queue.put_nowait("stop")
        with pytest.raises(Stop):
            await run
        assert client.reads == 3  # "slow", "frame 2", then the read cancelled at the end
        return handled

    assert asyncio.run(scenario()) == ["slow", "event 1", "frame 2"]


def test_a_failing_source_ends_the_loop_with_its_error() -> None:
    async def scenario() -> None:
        client, layer = Source(), Source()
        handled: list[str] = []

        async def dispatch(message: str) -> None:
            handled.append(message)

        run = asyncio.ensure_future(dispatch_in_order([client, layer], dispatch))
        client.queue.put_nowait("frame")
        await asyncio.sleep(0.01)
        layer.queue.put_nowait(ConnectionError("the layer is away"))
        with pytest.raises(ConnectionError):
            await run
        assert handled == ["frame"]

    asyncio.run(scenario())


def test_cancelling_the_loop_cancels_its_readers() -> None:
    async def scenario() -> None:
        client = Source()

        async def dispatch(message: str) -> None:
            pass

        run = asyncio.ensure_future(dispatch_in_order([client], dispatch))
        await asyncio.sleep(0.01)
        run.cancel()
        with pytest.raises(asyncio.CancelledError):
            await run
        others = [task for task in asyncio.all_tasks() if task is not asyncio.current_task()]
        assert others == []

    asyncio.run(scenario())
