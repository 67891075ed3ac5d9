"""Error pages that survive a database restart.

Under ASGI, Django turns an exception (a 404 as well) into its response in a thread of its
own pool, not in the thread that served the request. Nothing checks that thread's database
connection at the start of a request, so after PostgreSQL was restarted (or a session was
ended by an administrator) its kept connection (``CONN_MAX_AGE``) stays broken, and every
404 page that thread renders fails as a 500. These handlers first do for that thread what
``request_started`` does for the request's own thread.
"""

from __future__ import annotations

from django.db import connections
from django.http import HttpRequest, HttpResponse
from django.views import defaults


def _usable_connections() -> None:
    for connection in connections.all(initialized_only=True):
        if not connection.in_atomic_block:  # a request inside a transaction keeps it
            connection.close_if_unusable_or_obsolete()


def page_not_found(request: HttpRequest, exception: Exception) -> HttpResponse:
    _usable_connections()
    return defaults.page_not_found(request, exception)


def server_error(request: HttpRequest) -> HttpResponse:
    _usable_connections()
    return defaults.server_error(request)
