"""Only pages of this site may open a WebSocket: the ``Origin`` must be a site origin.

Browsers send ``Origin`` with every WebSocket handshake and a page cannot forge it, so an
exact match of scheme, host and port against ``SITE_ORIGINS`` keeps other sites (and other
ports of the same host) from talking to the chat in a visitor's name. A host name alone, as
Channels' ``AllowedHostsOriginValidator`` checks it, would admit ``http://`` beside
``https://`` and any port.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any
from urllib.parse import urlsplit

from channels.security.websocket import WebsocketDenier
from django.conf import settings

DEFAULT_PORTS = {"http": 80, "https": 443, "ws": 80, "wss": 443}


def normalise(origin: str) -> str | None:
    """``scheme://host:port`` in lower case with the port spelled out; None if malformed."""
    try:
        parts = urlsplit(origin.strip())
        port = parts.port or DEFAULT_PORTS.get(parts.scheme.lower())
    except ValueError:
        return None
    if not parts.scheme or not parts.hostname or port is None or parts.path not in ("", "/"):
        return None
    return f"{parts.scheme.lower()}://{parts.hostname.lower()}:{port}"


def is_site_origin(origin: str | None, site_origins: Iterable[str]) -> bool:
    """Whether ``origin`` is exactly one of the site's origins."""
    if not origin:
        return False
    mine = normalise(origin)
    return mine is not None and mine in {normalise(o) for o in site_origins}


class SiteOriginValidator:
    """ASGI middleware refusing WebSocket handshakes from any other origin (HTTP 403)."""

    def __init__(self, application: Any) -> None:
        self.application = application

    async def __call__(self, scope: dict[str, Any], receive: Any, send: Any) -> Any:
        if scope["type"] == "websocket":
            origin = next(
                (v.decode("latin-1") for k, v in scope.get("headers", []) if k == b"origin"), None
            )
            if not is_site_origin(origin, settings.SITE_ORIGINS):
                return await WebsocketDenier()(scope, receive, send)
        return await self.application(scope, receive, send)
