"""The health report: database, channel layer, migrations, periodic jobs.

``status`` is ``ok``; ``degraded`` when only a job is late or failed its last run (the
service answers, a purge or a reminder is behind); ``failing`` when the database, the
channel layer or the migrations are not right (the view then answers 503, so that a load
balancer or a monitor can act on the status code alone).
"""

from __future__ import annotations

import asyncio
import contextlib
import time
import uuid
from typing import Any

from asgiref.sync import sync_to_async
from channels.layers import get_channel_layer
from django.conf import settings
from django.db import DEFAULT_DB_ALIAS, connections
from django.db.migrations.executor import MigrationExecutor
from django.utils import timezone

from tukipiste.ops import selectors

LAYER_TIMEOUT_SECONDS = 2.0
# Once every migration is applied in a process it stays so (new migrations come with new
# code, hence a restart); reading every migration file on each probe would cost ~100 ms.
_migrations_applied = False


def check_database() -> dict[str, Any]:
    began = time.perf_counter()
    try:
        with connections[DEFAULT_DB_ALIAS].cursor() as cursor:
            cursor.execute("SELECT 1")
            cursor.fetchone()
    except Exception as error:  # any failure to reach the database is the answer
        return {"ok": False, "error": type(error).__name__}
    return {"ok": True, "ms": round((time.perf_counter() - began) * 1000, 1)}


def check_migrations() -> dict[str, Any]:
    global _migrations_applied
    if _migrations_applied:
        return {"ok": True, "unapplied": 0}
    try:
        connection = connections[DEFAULT_DB_ALIAS]
        executor = MigrationExecutor(connection)
        plan = executor.migration_plan(executor.loader.graph.leaf_nodes())
    except Exception as error:
        return {"ok": False, "error": type(error).__name__}
    _migrations_applied = not plan
    return {"ok": not plan, "unapplied": len(plan)}


async def check_channel_layer() -> dict[str, Any]:
    """Send a message to a fresh channel of the layer and read it back."""
    layer = get_channel_layer()
    if layer is None:
        return {"ok": False, "error": "no channel layer"}
    began = time.perf_counter()
    nonce = uuid.uuid4().hex
    channel: str | None = None
    try:
        channel = await layer.new_channel("ops.health.")
        await layer.send(channel, {"type": "ops.health", "nonce": nonce})
        message = await asyncio.wait_for(layer.receive(channel), LAYER_TIMEOUT_SECONDS)
    except Exception as error:  # TimeoutError included: no answer is the answer
        return {"ok": False, "error": type(error).__name__ or "error"}
    finally:
        # A receive that is cancelled unsubscribes the channel (Redis publish/subscribe
        # layer); without it every probe would leave a subscription behind.
        if channel is not None:
            with contextlib.suppress(Exception, asyncio.CancelledError):
                await asyncio.wait_for(layer.receive(channel), 0.001)
    ok = message.get("nonce") == nonce
    return {"ok": ok, "ms": round((time.perf_counter() - began) * 1000, 1)}


def _sync_part() -> dict[str, Any]:
    database = check_database()
    migrations = check_migrations() if database["ok"] else {"ok": False, "error": "no database"}
    jobs: list[dict[str, Any]] = []
    if database["ok"]:
        try:
            jobs = selectors.job_report(now=timezone.now(), scheduler=settings.RUN_SCHEDULER)
        except Exception as error:  # e.g. the ops table not migrated yet
            migrations = {**migrations, "ok": False, "error": type(error).__name__}
    return {"database": database, "migrations": migrations, "jobs": jobs}


async def health_report() -> dict[str, Any]:
    """The whole report (see the module docstring)."""
    part = await sync_to_async(_sync_part, thread_sensitive=True)()
    layer = await check_channel_layer()
    failing = not (part["database"]["ok"] and part["migrations"]["ok"] and layer["ok"])
    jobs_behind = any(job["late"] or job["last_ok"] is False for job in part["jobs"])
    status = "failing" if failing else "degraded" if jobs_behind else "ok"
    return {
        "status": status,
        "checks": {
            "database": part["database"],
            "channel_layer": layer,
            "migrations": part["migrations"],
        },
        "jobs": part["jobs"],
        "time": timezone.now().isoformat(),
    }
