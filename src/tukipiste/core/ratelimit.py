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


def client_fingerprint(request: HttpRequest) -> str:
    """Return a daily-salted hash of the request's address, for rate limiting only."""
    address = request.META.get("REMOTE_ADDR", "") or ""
    salt = _daily_salt(dt.date.today())
    return hmac.new(salt, address.encode(), hashlib.sha256).hexdigest()[:32]


def hit(*, request: HttpRequest, scope: str, limit: int, period_seconds: int) -> bool:
    """Count one action of ``scope`` for this client; return False once over ``limit``."""
    key = f"rl:{scope}:{client_fingerprint(request)}"
    added = cache.add(key, 1, timeout=period_seconds)
    if added:
        return True
    try:
        count = cache.incr(key)
    except ValueError:  # expired between add and incr
        cache.set(key, 1, timeout=period_seconds)
        return True
    return count <= limit
