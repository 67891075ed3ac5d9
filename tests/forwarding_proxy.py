"""A small reverse proxy for tests: forwards TCP to the real server and, like nginx's
``proxy_add_x_forwarded_for``, appends the connecting peer's address to X-Forwarded-For.

Each client connection carries one HTTP request or one WebSocket; clients bind their own
loopback address (127.0.0.2, 127.0.0.3, ...) to play different people.
"""

from __future__ import annotations

import asyncio
import socket
import threading
from collections.abc import Iterator
from contextlib import contextmanager


async def _pipe(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
    try:
        while data := await reader.read(65536):
            writer.write(data)
            await writer.drain()
    except (ConnectionError, asyncio.CancelledError):
        pass
    finally:
        writer.close()


def _with_forwarded_for(head: bytes, peer: str) -> bytes:
    lines = head.split(b"\r\n")
    for i, line in enumerate(lines[1:], start=1):
        if line.lower().startswith(b"x-forwarded-for:"):
            lines[i] = line + b", " + peer.encode()
            return b"\r\n".join(lines)
    lines.insert(1, b"X-Forwarded-For: " + peer.encode())
    return b"\r\n".join(lines)


@contextmanager
def forwarding_proxy(upstream_port: int) -> Iterator[str]:
    """Run the proxy in a thread; yield its base URL."""
    loop = asyncio.new_event_loop()
    listening = socket.socket()
    listening.bind(("127.0.0.1", 0))
    port = listening.getsockname()[1]

    async def handle(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        peer = writer.get_extra_info("peername")[0]
        head = await reader.readuntil(b"\r\n\r\n")
        up_reader, up_writer = await asyncio.open_connection("127.0.0.1", upstream_port)
        up_writer.write(_with_forwarded_for(head, peer))
        await asyncio.gather(_pipe(reader, up_writer), _pipe(up_reader, writer))

    async def serve() -> asyncio.AbstractServer:
        return await asyncio.start_server(handle, sock=listening)

    server = loop.run_until_complete(serve())
    thread = threading.Thread(target=loop.run_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{port}"
    finally:

        async def shut_down() -> None:
            server.close()
            tasks = [t for t in asyncio.all_tasks() if t is not asyncio.current_task()]
            for task in tasks:
                task.cancel()
            await asyncio.gather(*tasks, return_exceptions=True)

        asyncio.run_coroutine_threadsafe(shut_down(), loop).result(timeout=5)
        loop.call_soon_threadsafe(loop.stop)
        thread.join(timeout=5)
        loop.close()
