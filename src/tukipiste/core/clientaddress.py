"""The client's address as the server may use it: only in memory, only for rate limits.

Behind a reverse proxy every request arrives from the proxy's address. The proxy names the
real client in ``X-Forwarded-For``; that header is believed only when the request came from
an address in ``TRUSTED_PROXIES``, because anyone else can write it. The result is never
stored or logged: callers hash it (``core.ratelimit``) and forget it.
"""

from __future__ import annotations

import ipaddress
from collections.abc import Iterable, Mapping
from functools import lru_cache
from typing import Any

from django.conf import settings
from django.http import HttpRequest

Network = ipaddress.IPv4Network | ipaddress.IPv6Network


@lru_cache(maxsize=8)
def _networks(entries: tuple[str, ...]) -> tuple[Network, ...]:
    return tuple(ipaddress.ip_network(entry.strip(), strict=False) for entry in entries if entry)


def _is_trusted(address: str, networks: Iterable[Network]) -> bool:
    try:
        ip = ipaddress.ip_address(address)
    except ValueError:
        return False
    return any(ip in network for network in networks)


def resolve(*, peer: str, forwarded_for: str | None, trusted: Iterable[str]) -> str:
    """The client's address given the connection's ``peer`` and its forwarding header.

    Walks ``X-Forwarded-For`` from the right (the entry the nearest proxy added) past every
    trusted proxy; the first untrusted entry is the client. An untrusted peer's header is
    ignored, so a client cannot choose its own rate-limit key.
    """
    networks = _networks(tuple(trusted))
    if not forwarded_for or not _is_trusted(peer, networks):
        return peer
    hops = [hop.strip() for hop in forwarded_for.split(",") if hop.strip()]
    for hop in reversed(hops):
        if not _is_trusted(hop, networks):
            return hop[:64]
    return hops[0][:64] if hops else peer


def of_request(request: HttpRequest) -> str:
    """The client address of an HTTP request."""
    return resolve(
        peer=request.META.get("REMOTE_ADDR", "") or "",
        forwarded_for=request.META.get("HTTP_X_FORWARDED_FOR"),
        trusted=settings.TRUSTED_PROXIES,
    )


def of_scope(scope: Mapping[str, Any]) -> str:
    """The client address of an ASGI connection (a WebSocket consumer's ``scope``)."""
    client = scope.get("client") or ("", 0)
    forwarded = [
        value.decode("latin-1")
        for name, value in scope.get("headers") or []
        if name == b"x-forwarded-for"
    ]
    return resolve(
        peer=client[0] or "",
        forwarded_for=", ".join(forwarded) or None,
        trusted=settings.TRUSTED_PROXIES,
    )
