"""Rate limits keyed by a client's address without ever writing the address down.

The address (``core.clientaddress``: the real client behind a trusted proxy) is hashed with
a random salt that changes every day and lives only in the cache, shared by the server's
processes; the hash is used as a cache key with a short expiry. Nothing that could identify
a client outlives two days, and nothing reaches a log or the database.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import hmac
import secrets
from collections.abc import Mapping
from typing import Any

from django.core.cache import cache
from django.http import HttpRequest

from tukipiste.core import clientaddress

SALT_SECONDS = 2 * 24 * 3600


def _daily_salt(today: dt.date) -> bytes:
    # In the cache (Redis in production) so that every server process hashes one address
    # alike; a salt kept per process would multiply each limit by the number of processes.
    key = f"rl:salt:{today.isoformat()}"
    salt = cache.get(key)
    if salt is None:
        cache.add(key, secrets.token_hex(32), timeout=SALT_SECONDS)
        salt = cache.get(key)
    return str(salt).encode()


def address_fingerprint(address: str) -> str:
    """Return a daily-salted hash of an address, for rate limiting only."""
    salt = _daily_salt(dt.date.today())
    return hmac.new(salt, address.encode(), hashlib.sha256).hexdigest()[:32]


def client_fingerprint(request: HttpRequest) -> str:
    """The fingerprint of the client who sent ``request``."""
    return address_fingerprint(clientaddress.of_request(request))


def scope_fingerprint(scope: Mapping[str, Any]) -> str:
    """The fingerprint of the client of an ASGI connection (WebSocket consumers)."""
    return address_fingerprint(clientaddress.of_scope(scope))


def hit(*, request: HttpRequest, scope: str, limit: int, period_seconds: int) -> bool:
    """Count one action of ``scope`` for this client; return False once over ``limit``."""
    return hit_key(
        key=client_fingerprint(request), scope=scope, limit=limit, period_seconds=period_seconds
    )


def hit_key(*, key: str, scope: str, limit: int, period_seconds: int) -> bool:
    """As ``hit``, for any key: a fingerprint (sockets) or a chat's number (its messages)."""
    cache_key = f"rl:{scope}:{key}"
    if cache.add(cache_key, 1, timeout=period_seconds):
        return True
    try:
        count = cache.incr(cache_key)
    except ValueError:  # expired between add and incr
        cache.set(cache_key, 1, timeout=period_seconds)
        return True
    return count <= limit
