"""Serve the platform on uvicorn, the ASGI server of ``make run`` and of production.

Uvicorn's own access log is switched off because its format carries the client's address;
``tukipiste.core.middleware.AccessLogMiddleware`` logs requests without it.
"""

from __future__ import annotations

import argparse
import os

import uvicorn

from tukipiste.core import heap
from tukipiste.core.env import env_bool, env_int, env_str

WS_TRANSPORT_MAX_BYTES = 128 * 1024


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--host", default=env_str("HOST", "127.0.0.1"))
    parser.add_argument("--port", type=int, default=env_int("PORT", default=8000, minimum=1))
    parser.add_argument("--workers", type=int, default=env_int("WEB_CONCURRENCY", default=1))
    args = parser.parse_args()
    # The default site origins (the WebSocket origin check) name the port actually served.
    os.environ["PORT"] = str(args.port)
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "tukipiste.settings")
    # The chat sockets' long-lived objects out of the collector's sight (decision 0020):
    # tukipiste/asgi.py reads the mark, in this process and in every worker uvicorn starts.
    os.environ[heap.KEEP_SETTLED_ENV] = "1"
    scheduler = None
    if env_bool("RUN_SCHEDULER", default=True):
        import django

        django.setup()
        from tukipiste.scheduler import build_scheduler

        scheduler = build_scheduler()
        scheduler.start()
    try:
        _serve(args)
    finally:
        if scheduler is not None:
            scheduler.shutdown(wait=False)


def _serve(args: argparse.Namespace) -> None:
    uvicorn.run(
        "tukipiste.asgi:application",
        host=args.host,
        port=args.port,
        workers=args.workers,
        access_log=False,
        server_header=False,
        proxy_headers=False,
        # The chat refuses frames over its own 64 KiB with close code 1009; the server
        # closes anything over twice that with 1009 too, before buffering it.
        ws_max_size=WS_TRANSPORT_MAX_BYTES,
        log_level=env_str("LOG_LEVEL", "info").lower(),
        timeout_graceful_shutdown=5,
    )


if __name__ == "__main__":
    main()
