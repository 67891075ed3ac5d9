"""Run a periodic job and record its run (what the systemd timers call)."""

from __future__ import annotations

from typing import Any

from django.core.management.base import BaseCommand, CommandError

from tukipiste.ops.jobs import JOB_NAMES
from tukipiste.ops.services import run_job


class Command(BaseCommand):
    help = "Run one periodic job (e.g. purge_expired) and record its run for the health report."

    def add_arguments(self, parser: Any) -> None:
        parser.add_argument("job", choices=sorted(JOB_NAMES))
        parser.add_argument("job_args", nargs="*", help="arguments passed to the job's command")

    def handle(self, *args: Any, **options: Any) -> None:
        if not run_job(command=options["job"], arguments=options["job_args"]):
            # A non-zero exit marks the systemd unit failed (OnFailure=, journal).
            raise CommandError(f"{options['job']} failed; see the log above")
