"""Django's Redis cache, made to outlast a Redis restart.

Redis holds only what can be lost (decision 0016): whole anonymous pages, short-lived
snapshots, rate-limit counters. While it is away (a restart takes a second or two) a request
must not fail because of it: reads miss, writes are dropped, and the rate limits let the
action through (``add`` says "first of its period"), which for those seconds is the lesser
harm than refusing every client. Each failure is logged once per ten seconds per process.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from typing import Any, TypeVar

from django.core.cache.backends.redis import RedisCache
from redis.exceptions import ConnectionError as RedisConnectionError
from redis.exceptions import TimeoutError as RedisTimeoutError

log = logging.getLogger(__name__)
T = TypeVar("T")
_UNAVAILABLE = (RedisConnectionError, RedisTimeoutError, ConnectionError, OSError)
_LOG_EVERY_SECONDS = 10.0


class ResilientRedisCache(RedisCache):
    """``RedisCache`` whose operations answer as an empty cache while Redis is away."""

    _logged_at = 0.0

    def _or(self, fallback: T, call: Callable[[], T]) -> T:
        try:
            return call()
        except _UNAVAILABLE:
            now = time.monotonic()
            if now - ResilientRedisCache._logged_at > _LOG_EVERY_SECONDS:
                ResilientRedisCache._logged_at = now
                log.warning("Redis unavailable: the cache answers empty for now", exc_info=True)
            return fallback

    def get(self, key: Any, default: Any = None, version: int | None = None) -> Any:
        return self._or(default, lambda: RedisCache.get(self, key, default, version))

    def get_many(self, keys: Any, version: int | None = None) -> dict[Any, Any]:
        return self._or({}, lambda: RedisCache.get_many(self, keys, version))

    def has_key(self, key: Any, version: int | None = None) -> bool:
        return self._or(False, lambda: RedisCache.has_key(self, key, version))

    def set(self, key: Any, value: Any, timeout: Any = None, version: int | None = None) -> None:
        self._or(None, lambda: RedisCache.set(self, key, value, timeout, version))

    def set_many(self, data: Any, timeout: Any = None, version: int | None = None) -> list[Any]:
        return self._or([], lambda: RedisCache.set_many(self, data, timeout, version))

    def add(self, key: Any, value: Any, timeout: Any = None, version: int | None = None) -> bool:
        return self._or(True, lambda: RedisCache.add(self, key, value, timeout, version))

    def touch(self, key: Any, timeout: Any = None, version: int | None = None) -> bool:
        return self._or(False, lambda: RedisCache.touch(self, key, timeout, version))

    def incr(self, key: Any, delta: int = 1, version: int | None = None) -> int:
        # As for a key that expired: callers already handle ValueError (core.ratelimit).
        result = self._or(None, lambda: RedisCache.incr(self, key, delta, version))
        if result is None:
            raise ValueError(f"Key '{key}' not found (Redis unavailable)")
        return result

    def delete(self, key: Any, version: int | None = None) -> bool:
        return self._or(False, lambda: RedisCache.delete(self, key, version))

    def delete_many(self, keys: Any, version: int | None = None) -> None:
        self._or(None, lambda: RedisCache.delete_many(self, keys, version))

    def clear(self) -> None:
        self._or(None, lambda: RedisCache.clear(self))
