"""The periodic jobs, how often each runs, and who runs it (pure data).

Production runs every job from a systemd timer (``deploy/systemd``) through ``manage.py
run_job``; ``make run`` runs those marked ``in_scheduler`` on APScheduler inside the server
(``tukipiste.scheduler``). The health report expects a run within twice the interval.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Job:
    command: str
    every_seconds: int
    in_scheduler: bool  # also run by ``make run``'s scheduler

    @property
    def late_after_seconds(self) -> int:
        """A run this much older than now is overdue: two intervals and a minute."""
        return 2 * self.every_seconds + 60


JOBS = (
    Job("purge_expired", every_seconds=3600, in_scheduler=True),
    Job("forget_event_nicknames", every_seconds=3600, in_scheduler=True),
    Job("send_appointment_reminders", every_seconds=300, in_scheduler=True),
    Job("chat_duty_tick", every_seconds=30, in_scheduler=False),
    Job("encrypted_backup", every_seconds=86400, in_scheduler=False),
)
JOB_NAMES = frozenset(job.command for job in JOBS)
