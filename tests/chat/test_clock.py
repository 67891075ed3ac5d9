"""The chat's clock stops when the last socket of the process leaves, without a tick for
nobody: such a tick's housekeeping wrote to the database after every socket had closed."""

from __future__ import annotations

import asyncio

import pytest

from tukipiste.chat.consumers import clock as clock_module
from tukipiste.chat.consumers.clock import Clock


class Console:
    """Stands for a console socket: the clock only holds it."""


def test_the_clock_stops_at_once_when_its_last_socket_leaves(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    ticks: list[int] = []
    clock = Clock()

    async def tick(self: Clock) -> None:
        if self is clock:  # another process-wide clock may tick in a test server's thread
            ticks.append(self.ticks)

    monkeypatch.setattr(Clock, "tick", tick)
    monkeypatch.setattr(clock_module, "TICK_SECONDS", 0.05)

    async def scenario() -> None:
        console = Console()
        clock.add(console)  # type: ignore[arg-type]
        await asyncio.sleep(0.12)  # two ticks
        assert clock.task is not None and not clock.task.done()
        clock.remove(console)
        await asyncio.sleep(0)
        assert clock.task.done()
        counted = len(ticks)
        await asyncio.sleep(0.12)
        assert len(ticks) == counted

    asyncio.run(scenario())
    assert len(ticks) >= 1


def test_a_socket_leaving_during_a_tick_ends_the_clock_after_that_tick(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(clock_module, "TICK_SECONDS", 0.02)
    console = Console()
    seen: list[int] = []
    clock = Clock()

    async def tick(self: Clock) -> None:
        if self is not clock:  # another clock may tick in a test server's thread
            return
        seen.append(self.ticks)
        self.remove(console)  # the socket closes while the tick works
        await asyncio.sleep(0.01)

    monkeypatch.setattr(Clock, "tick", tick)

    async def scenario() -> None:
        clock.add(console)  # type: ignore[arg-type]
        assert clock.task is not None
        await asyncio.wait_for(clock.task, timeout=1)

    asyncio.run(scenario())
    assert seen == [1]


def test_a_socket_leaving_from_elsewhere_during_the_sleep_gets_no_tick(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Left from where the clock's task cannot be cancelled (another thread), the sleep
    runs out, and the clock then ends without a tick for nobody."""
    import threading

    monkeypatch.setattr(clock_module, "TICK_SECONDS", 0.05)
    console = Console()
    seen: list[int] = []
    clock = Clock()

    async def tick(self: Clock) -> None:
        if self is clock:  # another clock may tick in a test server's thread
            seen.append(self.ticks)

    monkeypatch.setattr(Clock, "tick", tick)

    async def scenario() -> None:
        clock.add(console)  # type: ignore[arg-type]
        assert clock.task is not None
        await asyncio.sleep(0.01)  # the clock is asleep
        leaving = threading.Thread(target=clock.remove, args=(console,))
        leaving.start()
        leaving.join()
        assert not clock.task.done()  # not cancelled from that thread
        await asyncio.wait_for(clock.task, timeout=1)

    asyncio.run(scenario())
    assert seen == []


def test_colleagues_are_read_at_most_every_few_seconds_and_after_each_change(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    reads: list[int] = []

    def workers_on_duty() -> list[dict[str, int]]:
        reads.append(1)
        return [{"user": len(reads)}]

    monkeypatch.setattr(clock_module.selectors, "workers_on_duty", workers_on_duty)
    now = [100.0]
    colleagues = clock_module.Colleagues(clock=lambda: now[0])

    assert colleagues.current() == [{"user": 1}]
    now[0] += clock_module.COLLEAGUES_SECONDS - 0.1
    assert colleagues.current() == [{"user": 1}]  # kept: nothing changed, not yet old
    now[0] += 0.2
    assert colleagues.current() == [{"user": 2}]  # old: read again
    now[0] += 0.1
    colleagues.changed()  # a worker came on duty: the next read is fresh, and only it
    assert colleagues.current() == [{"user": 3}]
    now[0] += 0.3
    assert colleagues.current() == [{"user": 3}]
    colleagues.forget()
    assert colleagues.current() == [{"user": 4}]
    assert len(reads) == 4
