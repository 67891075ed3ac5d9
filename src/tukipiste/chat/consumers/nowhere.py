"""Every WebSocket path that is not a chat socket's."""

from __future__ import annotations

from channels.generic.websocket import AsyncWebsocketConsumer


class NoSuchSocket(AsyncWebsocketConsumer):
    """Refuses the handshake (403), as an unknown page is answered with a 404: without it the
    router raised for the path, the server answered 500 and logged a traceback each time."""

    async def connect(self) -> None:
        await self.close()
