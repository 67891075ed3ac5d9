"""What operations keep: the last run of each periodic job (no client data)."""

from __future__ import annotations

from django.db import models


class JobStatus(models.Model):
    """One row per periodic job, updated by every run: bounded, unlike a row per run (the
    chat duty tick runs every 30 seconds)."""

    job = models.CharField(max_length=60, unique=True)
    last_started_at = models.DateTimeField(null=True, blank=True)
    last_finished_at = models.DateTimeField(null=True, blank=True)
    last_succeeded_at = models.DateTimeField(null=True, blank=True)
    last_ok = models.BooleanField(null=True)
    last_duration_ms = models.PositiveIntegerField(default=0)
    runs = models.PositiveBigIntegerField(default=0)
    failures = models.PositiveBigIntegerField(default=0)

    class Meta:
        ordering = ["job"]

    def __str__(self) -> str:
        outcome = {True: "ok", False: "failed", None: "never ran"}[self.last_ok]
        return f"{self.job} ({outcome})"
