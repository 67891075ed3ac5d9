"""Writes of the ops app: a periodic job's run, recorded whether it succeeded or failed."""

from __future__ import annotations

import logging
import time
from collections.abc import Sequence
from typing import Any

from django.core.management import call_command
from django.db import DatabaseError, models
from django.utils import timezone

from tukipiste.ops.models import JobStatus

log = logging.getLogger(__name__)


def record_job_run(*, job: str, started_at: Any, duration_ms: int, ok: bool) -> None:
    """Count one run of ``job`` and remember when it ran and how it ended."""
    finished_at = timezone.now()
    JobStatus.objects.get_or_create(job=job)
    changes: dict[str, Any] = {
        "last_started_at": started_at,
        "last_finished_at": finished_at,
        "last_ok": ok,
        "last_duration_ms": max(0, duration_ms),
        "runs": models.F("runs") + 1,
    }
    if ok:
        changes["last_succeeded_at"] = finished_at
    else:
        changes["failures"] = models.F("failures") + 1
    JobStatus.objects.filter(job=job).update(**changes)


def run_job(*, command: str, arguments: Sequence[str] = ()) -> bool:
    """Run the management command ``command`` as a periodic job and record its run.

    Returns whether it succeeded. A failure is logged, not raised: the scheduler retries at
    the next tick, and the timer's unit reports it through the exit status of ``run_job``.
    """
    started_at = timezone.now()
    began = time.perf_counter()
    ok = True
    try:
        call_command(command, *arguments)
    except Exception:
        ok = False
        log.exception("periodic job %s failed", command)
    duration_ms = round((time.perf_counter() - began) * 1000)
    try:
        record_job_run(job=command, started_at=started_at, duration_ms=duration_ms, ok=ok)
    except DatabaseError:  # the database being down is what the health report will say
        log.exception("could not record the run of %s", command)
    return ok
