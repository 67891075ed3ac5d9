"""The periodic jobs on a plain clock, where systemd's timers are not at hand: the compose
layout's ``jobs`` service and ``make run-prod-like``. Each job runs in a process of its own
(``manage.py run_job``), as a timer's unit would run it, one at a time.
"""

from __future__ import annotations

import contextlib
import os
import subprocess
import sys
import threading
import time
from collections.abc import Callable
from pathlib import Path

from tukipiste.ops.jobs import JOBS

ROOT = Path(__file__).resolve().parents[3]


def schedule(*, with_backup: bool) -> list[tuple[str, int]]:
    """(job, seconds between runs); the nightly backup only when it has recipients."""
    return [
        (job.command, job.every_seconds)
        for job in JOBS
        if job.command != "encrypted_backup" or with_backup
    ]


def run_forever(
    *,
    run: Callable[[str], object],
    jobs: list[tuple[str, int]],
    stop: threading.Event,
) -> None:
    """Run each job at once, then every interval, until ``stop`` is set."""
    due = dict.fromkeys((job for job, _ in jobs), 0.0)
    every = dict(jobs)
    while not stop.is_set():
        now = time.monotonic()
        for job, at in due.items():
            if now >= at:
                due[job] = now + every[job]
                run(job)
        stop.wait(1)


def run_job_process(job: str, env: dict[str, str] | None = None) -> int:
    done = subprocess.run(
        [sys.executable, str(ROOT / "manage.py"), "run_job", job], env=env, cwd=ROOT, check=False
    )
    return done.returncode


def main() -> int:
    recipients = Path(os.environ.get("BACKUP_RECIPIENTS", "/etc/tukipiste/backup-recipients.txt"))
    stop = threading.Event()
    with contextlib.suppress(KeyboardInterrupt):
        run_forever(run=run_job_process, jobs=schedule(with_backup=recipients.is_file()), stop=stop)
    return 0


if __name__ == "__main__":
    sys.exit(main())
