"""Django's ASGI handler, serving each HTTP request as a WSGI server would: in one thread,
which is kept for the next request.

Two costs of Django's own handler, measured on the front page (decision 0017):

- It runs each request's synchronous code on a thread of its own that ends with the request,
  and database connections belong to a thread: every request opened a new connection and
  ``CONN_MAX_AGE`` kept nothing (SQLite read the whole schema again; PostgreSQL would start
  a new session per page). Here a request takes a single-thread executor from a small pool,
  as asgiref's ``ThreadSensitiveContext(executor=...)`` allows, and gives it back.
- Its middleware chain is asynchronous, and every synchronous middleware (ours, django-otp's)
  and every ``process_request``/``process_response`` of the others crossed between the
  event loop and the thread, about a dozen crossings per request. Every view of the site is
  synchronous (one small health check excepted, which Django runs as it does under WSGI),
  so here the whole chain is synchronous and a request crosses once.

WebSockets are Channels' and do not pass through here.
"""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor
from typing import Any

from asgiref.sync import ThreadSensitiveContext, sync_to_async
from django.core.handlers.asgi import ASGIHandler
from django.core.handlers.base import BaseHandler
from django.db import connections
from django.http import HttpRequest, HttpResponseBase

# Threads kept idle per process; a burst of concurrent requests may use more for a while.
KEEP_IDLE = 8


class RequestThreads:
    """Single-thread executors, taken by a request and given back when it ends."""

    def __init__(self, keep: int = KEEP_IDLE) -> None:
        self.keep = keep
        self.idle: list[ThreadPoolExecutor] = []

    def take(self) -> ThreadPoolExecutor:
        if self.idle:
            return self.idle.pop()
        return ThreadPoolExecutor(max_workers=1, thread_name_prefix="request")

    def give_back(self, executor: ThreadPoolExecutor) -> None:
        if len(self.idle) < self.keep:
            self.idle.append(executor)
            return
        # One too many: its thread closes its connections and ends.
        executor.submit(connections.close_all)
        executor.shutdown(wait=False)


class ASGIHandlerWithKeptThreads(ASGIHandler):
    threads = RequestThreads()

    def __init__(self) -> None:
        BaseHandler.__init__(self)
        self.load_middleware(is_async=False)

    async def get_response_async(self, request: HttpRequest) -> HttpResponseBase:
        # The synchronous path of BaseHandler, on the request's thread.
        return await sync_to_async(self.get_response, thread_sensitive=True)(request)

    async def __call__(self, scope: dict[str, Any], receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            await super().__call__(scope, receive, send)  # refuses it, as Django does
            return
        executor = self.threads.take()
        try:
            async with ThreadSensitiveContext(executor=executor):
                await self.handle(scope, receive, send)
        finally:
            self.threads.give_back(executor)


def get_asgi_application() -> ASGIHandlerWithKeptThreads:
    """As ``django.core.asgi.get_asgi_application``, with the handler above."""
    import django

    django.setup(set_prefix=False)
    return ASGIHandlerWithKeptThreads()
