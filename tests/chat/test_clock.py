"""The chat's clock stops when the last socket of the process leaves, without a tick for
nobody: such a tick's housekeeping wrote to the database after every socket had closed."""

from __future__ import annotations

import asyncio
from typing import Any

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


def test_an_empty_queue_frame_is_kept_until_someone_waits_colleagues_change_or_it_is_old(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    reads: list[dict[str, Any]] = []
    waiting: list[dict[str, Any]] = []
    on_duty = [[{"user": 1}]]
    versions = iter(range(1, 100))

    def worker_queue_frame(*, on_duty: list[dict[str, Any]]) -> dict[str, Any]:
        reads.append({"type": "queue", "waiting": list(waiting), "on_duty": on_duty})
        return {**reads[-1], "version": next(versions)}

    monkeypatch.setattr(clock_module.selectors, "worker_queue_frame", worker_queue_frame)
    monkeypatch.setattr(clock_module.selectors, "queue_version", lambda: next(versions))
    monkeypatch.setattr(clock_module.selectors, "anyone_waiting", lambda: bool(waiting))
    colleagues = clock_module.Colleagues()
    monkeypatch.setattr(colleagues, "current", lambda: on_duty[0])
    now = [100.0]
    source = clock_module.ConsoleQueueSource(colleagues, clock=lambda: now[0])

    first = source.current()
    now[0] += 1
    kept = source.current()
    assert len(reads) == 1  # nothing changed: not read again...
    # ...but confirmed now, so a console sent a newer view since (one that showed a client
    # who has left the queue) takes this one.
    assert kept.key == first.key and kept.version > first.version
    assert f'"version":{kept.version}' in kept.text
    waiting.append({"chat": 7, "waited_s": 0})
    assert source.current().waiting and len(reads) == 2  # a client waits: read
    now[0] += 1
    assert source.current().waiting and len(reads) == 3  # waiting times grow: read
    waiting.clear()
    empty = source.current()
    assert not empty.waiting and len(reads) == 4  # the last waiting client was answered
    now[0] += 1
    assert source.current().key == empty.key and len(reads) == 4
    on_duty[0] = [{"user": 1}, {"user": 2}]  # a colleague came on duty
    assert source.current().frame["on_duty"] == on_duty[0] and len(reads) == 5
    now[0] += clock_module.EMPTY_QUEUE_SECONDS  # when duty closes may have changed
    source.current()
    assert len(reads) == 6
    source.forget()
    source.current()
    assert len(reads) == 7


def test_anyone_waiting_reads_the_queue(staff: dict[str, Any]) -> None:
    from tukipiste.chat import selectors, services

    assert not selectors.anyone_waiting()
    chat, _ = services.start_chat(nickname="Mira", language="fi")
    assert selectors.anyone_waiting()
    services.set_duty(worker=staff["alice"], on=True)
    services.accept_chat(chat_id=chat.pk, worker=staff["alice"])
    assert not selectors.anyone_waiting()
