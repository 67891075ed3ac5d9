"""One version number for everything the public calendar shows.

Month views and feeds are costly to build for many groups (hundreds of meetings a month)
and change only when an editor changes a group, a meeting, an event or an office's
closures. They are cached under this version; any such save or delete takes a new one, so
a cached calendar is never stale. The date is part of every key as well: "upcoming" moves
with the day.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Any, TypeVar

from django.core.cache import cache

VERSION_KEY = "community:version"
TIMEOUT = 24 * 3600
T = TypeVar("T")


def version() -> int:
    """The current version (the first reader of a fresh cache sets one)."""
    current = cache.get(VERSION_KEY)
    if current is None:
        cache.add(VERSION_KEY, time.time_ns(), None)
        current = cache.get(VERSION_KEY)
    return int(current)


def new_version(**_kwargs: Any) -> None:
    """Take a new version: a signal receiver for the models a calendar shows."""
    cache.set(VERSION_KEY, time.time_ns(), None)


def cached(key: str, build: Callable[[], T]) -> T:
    """``build()`` cached under ``key`` and the current version."""
    full = f"community:{version()}:{key}"
    value = cache.get(full)
    if value is None:
        value = build()
        cache.set(full, value, TIMEOUT)
    return value
