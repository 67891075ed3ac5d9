"""The heap after start-up: objects alive then are out of the collector's sight, and the
collector still frees what requests leave behind."""

from __future__ import annotations

import gc
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
