"""Periodic jobs while ``make run`` serves, on APScheduler.

Production runs the same management commands from the system's timer instead
(``docs/operations.md``) and sets ``RUN_SCHEDULER=0``, so that several web workers never
run a job twice.
"""

from __future__ import annotations

from apscheduler.schedulers.background import BackgroundScheduler
from apscheduler.triggers.cron import CronTrigger

# (job id, management command, cron fields)
JOBS = [
    ("purge_expired", "purge_expired", {"minute": "17"}),
    ("forget_event_nicknames", "forget_event_nicknames", {"minute": "23"}),
    ("appointment_reminders", "send_appointment_reminders", {"minute": "*/5"}),
]


def _run(command: str) -> None:
    # A failed run is logged and recorded (the health report and the metrics show it) and
    # retried at the next tick; the server keeps serving.
    from tukipiste.ops.services import run_job

    run_job(command=command)


def build_scheduler() -> BackgroundScheduler:
    scheduler = BackgroundScheduler(timezone="Europe/Helsinki")
    for job_id, command, cron in JOBS:
        scheduler.add_job(
            _run, CronTrigger(**cron), args=[command], id=job_id, coalesce=True, max_instances=1
        )
    return scheduler
