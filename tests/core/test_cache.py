"""The Redis cache answers as an empty cache while Redis is away (decision 0016)."""

from __future__ import annotations

import pytest

from tests.serverproc import free_port
from tukipiste.core.cache import ResilientRedisCache
from tukipiste.core.ratelimit import hit_key


def test_an_unreachable_redis_reads_as_an_empty_cache_and_drops_writes() -> None:
    cache = ResilientRedisCache(f"redis://127.0.0.1:{free_port()}/0", {})
    assert cache.get("page", "default") == "default"
    assert cache.get_many(["a", "b"]) == {}
    assert cache.has_key("a") is False
    cache.set("page", "html")
    assert cache.add("rl:first", 1) is True  # a rate limit lets the action through
    with pytest.raises(ValueError):
        cache.incr("rl:first")
    assert cache.delete("page") is False
    cache.clear()


def test_a_rate_limit_lets_actions_through_while_redis_is_away(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from tukipiste.core import ratelimit

    monkeypatch.setattr(
        ratelimit, "cache", ResilientRedisCache(f"redis://127.0.0.1:{free_port()}/0", {})
    )
    assert all(hit_key(key="k", scope="test", limit=1, period_seconds=60) for _ in range(3))
