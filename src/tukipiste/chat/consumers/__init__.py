"""WebSocket consumers of chat duty (docs/chat-protocol.md): the client's and the worker's."""

from tukipiste.chat.consumers.client import ClientConsumer
from tukipiste.chat.consumers.nowhere import NoSuchSocket
from tukipiste.chat.consumers.worker import WorkerConsumer

__all__ = ["ClientConsumer", "NoSuchSocket", "WorkerConsumer"]
