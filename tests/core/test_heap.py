"""The heap after start-up: objects alive then are out of the collector's sight, and the
collector still frees what requests leave behind."""

from __future__ import annotations

import gc
import os
import subprocess
import sys
import weakref
from collections.abc import Iterator

import pytest

from tukipiste.core import heap


@pytest.fixture
def unfrozen() -> Iterator[None]:
    yield
    gc.unfreeze()


class Node:
    def __init__(self) -> None:
        self.other: Node | None = None


def test_settle_freezes_what_is_alive_and_frees_start_up_garbage(unfrozen: None) -> None:
    kept = Node()
    garbage = Node()
    garbage.other = garbage  # a cycle: only the collector frees it
    gone = weakref.ref(garbage)
    del garbage

    heap.settle()

    assert gone() is None
    assert gc.get_freeze_count() > 0
    assert all(obj is not kept for obj in gc.get_objects())


def test_cycles_made_after_settling_are_still_collected(unfrozen: None) -> None:
    heap.settle()
    later = Node()
    later.other = later
    gone = weakref.ref(later)
    del later

    gc.collect()

    assert gone() is None


class FakeClock:
    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def keeper(unfrozen: None) -> Iterator[tuple[heap.Keeper, FakeClock]]:
    clock = FakeClock()
    keeper = heap.Keeper(thaw_seconds=3600, clock=clock)
    # Only the tests' own collections: an automatic one (any thread of this process may
    # start it) would freeze or thaw between their steps.
    gc.disable()
    gc.callbacks.append(keeper)
    yield keeper, clock
    gc.callbacks.remove(keeper)
    gc.enable()


def tracked(obj: object) -> bool:
    return any(other is obj for other in gc.get_objects())


def test_a_full_collection_freezes_its_survivors(keeper: tuple[heap.Keeper, FakeClock]) -> None:
    survivor = Node()
    assert tracked(survivor)

    gc.collect()

    assert not tracked(survivor)
    assert gc.get_freeze_count() > 0


def test_younger_collections_freeze_nothing(keeper: tuple[heap.Keeper, FakeClock]) -> None:
    gc.unfreeze()
    young = Node()

    gc.collect(0)
    gc.collect(1)

    assert tracked(young)
    assert gc.get_freeze_count() == 0


def test_objects_made_after_a_freeze_are_collected_as_before(
    keeper: tuple[heap.Keeper, FakeClock],
) -> None:
    gc.collect()
    later = Node()
    later.other = later
    gone = weakref.ref(later)
    del later

    gc.collect(1)

    assert gone() is None


def test_a_frozen_object_freed_by_its_count_needs_no_thaw(
    keeper: tuple[heap.Keeper, FakeClock],
) -> None:
    socket_state = Node()
    gone = weakref.ref(socket_state)
    gc.collect()
    assert not tracked(socket_state)

    del socket_state

    assert gone() is None


def test_the_thaw_gives_frozen_cycles_back_to_the_collector(
    keeper: tuple[heap.Keeper, FakeClock],
) -> None:
    keeper_, clock = keeper
    cycle = Node()
    cycle.other = cycle
    gone = weakref.ref(cycle)
    gc.collect()  # frozen while alive
    del cycle
    gc.collect()
    assert gone() is not None  # died in a cycle while frozen: out of the collector's sight

    clock.now = 3599.0
    gc.collect()
    assert gone() is not None and keeper_.thaws == 0

    clock.now = 3600.0
    gc.collect()  # this one thaws: everything goes back to the collector
    assert keeper_.thaws == 1 and gc.get_freeze_count() == 0
    gc.collect()  # walks everything once, frees the cycle, and freezes again
    assert gone() is None
    assert gc.get_freeze_count() > 0


def test_keep_settled_installs_one_keeper() -> None:
    first = heap.keep_settled()
    try:
        assert heap.keep_settled() is first
        assert sum(isinstance(callback, heap.Keeper) for callback in gc.callbacks) == 1
    finally:
        gc.callbacks.remove(first)
        gc.unfreeze()


def test_a_server_worker_process_installs_the_keeper_when_marked() -> None:
    """uvicorn's worker processes (``--workers`` over 1) import the application afresh:
    the mark ``tukipiste.serve`` leaves in the environment makes them install it too."""
    check = (
        "import gc, tukipiste.asgi; from tukipiste.core.heap import Keeper; "
        "print(sum(isinstance(c, Keeper) for c in gc.callbacks))"
    )
    env = {k: v for k, v in os.environ.items() if k != heap.KEEP_SETTLED_ENV}
    runs = {
        marked: subprocess.run(
            [sys.executable, "-c", check],
            env={**env, heap.KEEP_SETTLED_ENV: "1"} if marked else env,
            capture_output=True,
            text=True,
            check=True,
            timeout=60,
        ).stdout.split()[-1]
        for marked in (True, False)
    }
    assert runs == {True: "1", False: "0"}
