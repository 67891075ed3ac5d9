"""Reads of the ops app: the periodic jobs' last runs as the health report shows them."""

from __future__ import annotations

import datetime as dt
from typing import Any

from tukipiste.ops.jobs import JOBS
from tukipiste.ops.models import JobStatus


def job_report(*, now: dt.datetime, scheduler: bool) -> list[dict[str, Any]]:
    """Each expected job with its last run; ``late`` when none started in time.

    With ``scheduler`` (``make run``) only the jobs the in-process scheduler runs are
    expected; the others are listed with ``expected: false``.
    """
    statuses = {status.job: status for status in JobStatus.objects.all()}
    report = []
    for job in JOBS:
        status = statuses.get(job.command)
        expected = job.in_scheduler or not scheduler
        started = status.last_started_at if status else None
        late = expected and (
            started is None or (now - started).total_seconds() > job.late_after_seconds
        )
        report.append(
            {
                "job": job.command,
                "expected": expected,
                "every_seconds": job.every_seconds,
                "last_started_at": started.isoformat() if started else None,
                "last_succeeded_at": (
                    status.last_succeeded_at.isoformat()
                    if status and status.last_succeeded_at
                    else None
                ),
                "last_ok": status.last_ok if status else None,
                "last_duration_ms": status.last_duration_ms if status else None,
                "runs": status.runs if status else 0,
                "failures": status.failures if status else 0,
                "late": bool(late),
            }
        )
    return report


def job_failures() -> dict[str, tuple[int, int]]:
    """Runs and failures of every job that ever ran, for the metrics."""
    return {row.job: (row.runs, row.failures) for row in JobStatus.objects.all()}
