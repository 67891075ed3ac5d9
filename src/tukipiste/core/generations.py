"""Values read once per change of the rows they come from (decision 0017).

A ``Generation`` names the current version of some rows in the shared cache (Redis in
production, so every server process sees it). A value computed from those rows is stored
under the generation that was current when the reading began; any save or deletion of one
of the rows moves the generation on, at the change and again when its transaction commits.
A request that read the old rows while a change was committing stores what it read under
the old generation, where nobody looks again, so no process keeps a stale value.
"""

from __future__ import annotations

import time
import uuid
from collections.abc import Callable, Iterable
from typing import Any, TypeVar, cast

from django.core.cache import cache
from django.db import models, transaction
from django.db.models.signals import post_delete, post_save

T = TypeVar("T")

# A value nobody asked for in a day is read again from the rows.
VALUE_SECONDS = 24 * 3600


class Generation:
    def __init__(self, name: str, *, version: int = 1) -> None:
        """``version`` names the stored value's format: raise it whenever the value's
        classes change, or a process of the new release would read (and one of the old
        release unpickle) the other's values, which stay in a shared cache across a
        rolling restart."""
        self.name = name
        self.key = f"generation:{name}"
        self.value_prefix = f"{name}:v{version}"
        # This process's copy of the current value: (generation, value, good until).
        # Asking the shared cache for the generation alone is cheap; unpickling the value
        # on every request was a tenth of the front page's time. Values are read-only to
        # their users.
        self.memo: tuple[str, Any, float] | None = None

    def current(self) -> str:
        generation = cache.get(self.key)
        if generation is None:
            # A new one, never an earlier number: a cache that lost only this key must
            # not lead back to values stored before.
            generation = uuid.uuid4().hex
            if not cache.add(self.key, generation, timeout=None):
                generation = cache.get(self.key, generation)
        return str(generation)

    def cached(self, compute: Callable[[], T]) -> T:
        """``compute()``, or what it returned before in this generation (read-only: the
        same object serves every request of the process until the generation moves)."""
        generation = self.current()
        memo = self.memo
        if memo is not None and memo[0] == generation and time.monotonic() < memo[2]:
            return cast(T, memo[1])
        key = f"{self.value_prefix}:{generation}"
        value = cache.get(key)
        if value is None:
            value = compute()
            cache.set(key, value, timeout=VALUE_SECONDS)
        # No longer than the shared value: a renewal lost while the cache was away heals
        # within the same day in every process.
        self.memo = (generation, value, time.monotonic() + VALUE_SECONDS)
        return value

    def renew(self, **_: Any) -> None:
        """Move on now (the changing transaction itself reads the new rows) and again once
        the change is committed (before that, other requests still read the old rows)."""
        self._new()
        transaction.on_commit(self._new)

    def follow(self, models_: Iterable[type[models.Model]]) -> None:
        """Renew on every save and deletion of these models."""
        for model in models_:
            for signal in (post_save, post_delete):
                signal.connect(
                    self.renew,
                    sender=model,
                    weak=False,
                    dispatch_uid=f"generation-{self.name}-{model._meta.label}",
                )

    def _new(self) -> None:
        cache.set(self.key, uuid.uuid4().hex, timeout=None)
