"""Retention: each app registers how to purge its kind of data; one job runs them all.

A purger receives the cut-off moment and returns how many records it purged. Apps register
their purgers in ``AppConfig.ready``; the command ``purge_expired`` (run daily by the
system timer in production, by APScheduler under ``make run``) calls every registered one.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass

from django.db import transaction
from django.utils import timezone

from tukipiste.core.models import DEFAULT_RETENTION_DAYS, AuditEntry, DataKind, RetentionPolicy

Purger = Callable[[dt.datetime], int]
_purgers: dict[str, Purger] = {}


def register_purger(kind: str, purger: Purger) -> None:
    """Make ``purger`` responsible for one kind of data."""
    if kind not in DataKind.values:
        raise ValueError(f"unknown data kind {kind!r}")
    _purgers[kind] = purger


def registered_kinds() -> list[str]:
    """The kinds of data some installed app keeps (and purges): only these have a retention
    period worth setting."""
    return sorted(_purgers)


def retention_days(kind: str) -> int:
    """The configured retention of one kind, or its default."""
    policy = RetentionPolicy.objects.filter(kind=kind).first()
    return policy.days if policy else DEFAULT_RETENTION_DAYS[DataKind(kind)]


@dataclass(frozen=True)
class PurgeResult:
    kind: str
    cutoff: dt.datetime
    purged: int


def purge_expired(*, now: dt.datetime | None = None) -> list[PurgeResult]:
    """Run every registered purger with its kind's cut-off; return what each purged."""
    now = now or timezone.now()
    results = []
    for kind, purger in sorted(_purgers.items()):
        cutoff = now - dt.timedelta(days=retention_days(kind))
        with transaction.atomic():
            results.append(PurgeResult(kind=kind, cutoff=cutoff, purged=purger(cutoff)))
    return results


def purge_audit_entries(cutoff: dt.datetime) -> int:
    # The one sanctioned deletion of audit entries: bypasses the append-only guards.
    expired = AuditEntry.objects.filter(at__lt=cutoff)
    return int(expired._raw_delete(expired.db))
