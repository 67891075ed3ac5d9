"""Rate limits keyed by a client's address without ever writing the address down.

The address is hashed with a salt that changes every day and lives only in memory, and only
the hash is used as a cache key with a short expiry. Nothing that could identify a client
outlives the day, and nothing reaches a log or the database.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import hmac
import secrets
import threading

from django.core.cache import cache
from django.http import HttpRequest

_lock = threading.Lock()
_salt: tuple[dt.date, bytes] | None = None


def _daily_salt(today: dt.date) -> bytes:
    global _salt
    with _lock:
        if _salt is None or _salt[0] != today:
            _salt = (today, secrets.token_bytes(32))
        return _salt[1]


def address_fingerprint(address: str) -> str:
    """Return a daily-salted hash of an address, for rate limiting only."""
    salt = _daily_salt(dt.date.today())
    return hmac.new(salt, address.encode(), hashlib.sha256).hexdigest()[:32]


def client_fingerprint(request: HttpRequest) -> str:
    return address_fingerprint(request.META.get("REMOTE_ADDR", "") or "")


def hit(*, request: HttpRequest, scope: str, limit: int, period_seconds: int) -> bool:
    """Count one action of ``scope`` for this client; return False once over ``limit``."""
    return hit_fingerprint(
        fingerprint=client_fingerprint(request),
        scope=scope,
        limit=limit,
        period_seconds=period_seconds,
    )


def hit_fingerprint(*, fingerprint: str, scope: str, limit: int, period_seconds: int) -> bool:
    """As ``hit``, for callers that are not Django views (WebSocket consumers)."""
    key = f"rl:{scope}:{fingerprint}"
    added = cache.add(key, 1, timeout=period_seconds)
    if added:
        return True
    try:
        count = cache.incr(key)
    except ValueError:  # expired between add and incr
        cache.set(key, 1, timeout=period_seconds)
        return True
    return count <= limit
