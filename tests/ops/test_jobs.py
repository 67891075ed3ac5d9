"""Every periodic run is recorded, whoever runs it: the timers' run_job and make run's
scheduler."""

from __future__ import annotations

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError

from tukipiste import scheduler
from tukipiste.ops.jobs import JOB_NAMES, JOBS
from tukipiste.ops.models import JobStatus
from tukipiste.ops.services import run_job


@pytest.mark.django_db
def test_run_job_records_a_successful_run() -> None:
    call_command("run_job", "purge_expired")
    status = JobStatus.objects.get(job="purge_expired")
    assert (status.runs, status.failures, status.last_ok) == (1, 0, True)
    assert status.last_succeeded_at is not None


@pytest.mark.django_db
def test_a_failing_job_is_recorded_and_exits_non_zero(monkeypatch: pytest.MonkeyPatch) -> None:
    from tukipiste.ops import services

    def broken(command: str, *args: str) -> None:
        raise RuntimeError("the SMS gateway is down")

    monkeypatch.setattr(services, "call_command", broken)
    with pytest.raises(CommandError, match="send_appointment_reminders failed"):
        call_command("run_job", "send_appointment_reminders")
    status = JobStatus.objects.get(job="send_appointment_reminders")
    assert (status.runs, status.failures, status.last_ok) == (1, 1, False)
    assert status.last_succeeded_at is None


@pytest.mark.django_db
def test_the_scheduler_of_make_run_records_its_runs() -> None:
    scheduler._run("forget_event_nicknames")
    assert JobStatus.objects.get(job="forget_event_nicknames").runs == 1


def test_every_job_of_the_scheduler_is_a_known_job() -> None:
    assert {command for _, command, _ in scheduler.JOBS} <= JOB_NAMES
    assert {job.command for job in JOBS if job.in_scheduler} == {
        command for _, command, _ in scheduler.JOBS
    }


def test_run_job_refuses_an_unknown_job() -> None:
    with pytest.raises(CommandError):
        call_command("run_job", "drop_everything")


@pytest.mark.django_db
def test_run_job_passes_arguments_to_the_command(monkeypatch: pytest.MonkeyPatch) -> None:
    from tukipiste.ops import services

    seen: list[tuple[str, ...]] = []
    monkeypatch.setattr(services, "call_command", lambda *args: seen.append(args))
    assert run_job(command="encrypted_backup", arguments=["--keep-days", "7"])
    assert seen == [("encrypted_backup", "--keep-days", "7")]
