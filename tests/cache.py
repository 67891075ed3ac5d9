"""Emptying the cache between tests without touching the other test processes' caches."""

from __future__ import annotations

import os

from django.conf import settings
from django.core.cache import cache


def clear_cache() -> None:
    """``cache.clear()`` for this process's keys only.

    On Redis, Django's ``clear`` is ``FLUSHDB``: it also emptied the caches of the other
    parallel test processes (each has its own key prefix, ``settings_test``), and a rate
    limit or a login lock-out being counted in one of them vanished mid-test.
    """
    prefix = settings.CACHES["default"].get("KEY_PREFIX")
    if not prefix:
        cache.clear()
        return
    client = cache._cache.get_client(write=True)  # type: ignore[attr-defined]
    # Also the keys of the servers that tests start as processes of their own, with the
    # production settings and so the production prefix: their rate limits would carry
    # over from one test to the next.
    production = os.environ.get("REDIS_PREFIX", "tukipiste")
    for pattern in (f"{prefix}:*", f"{production}:*"):
        keys = list(client.scan_iter(match=pattern, count=1000))
        if keys:
            client.delete(*keys)
