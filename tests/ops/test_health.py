"""The health report: what it checks, what it answers, and to whom."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from asgiref.sync import async_to_sync
from django.test import Client
from django.utils import timezone

from tukipiste.ops import health
from tukipiste.ops.jobs import JOBS
from tukipiste.ops.selectors import job_report
from tukipiste.ops.services import record_job_run

LOCAL = {"REMOTE_ADDR": "127.0.0.1", "HTTP_HOST": "127.0.0.1"}


@pytest.fixture
def all_jobs_ran(db: None) -> None:
    for job in JOBS:
        record_job_run(job=job.command, started_at=timezone.now(), duration_ms=5, ok=True)


def test_health_is_ok_when_database_layer_migrations_and_jobs_are(all_jobs_ran: None) -> None:
    response = Client().get("/ops/health", **LOCAL)
    assert response.status_code == 200
    report = response.json()
    assert report["status"] == "ok"
    assert {name: check["ok"] for name, check in report["checks"].items()} == {
        "database": True,
        "channel_layer": True,
        "migrations": True,
    }
    assert [job["job"] for job in report["jobs"]] == [job.command for job in JOBS]
    assert response["Cache-Control"].startswith("max-age=0")


def test_a_failed_job_makes_the_health_degraded_not_failing(all_jobs_ran: None) -> None:
    record_job_run(job="purge_expired", started_at=timezone.now(), duration_ms=5, ok=False)
    response = Client().get("/ops/health", **LOCAL)
    assert response.status_code == 200
    report = response.json()
    assert report["status"] == "degraded"
    purge = next(job for job in report["jobs"] if job["job"] == "purge_expired")
    assert purge["last_ok"] is False and purge["failures"] == 1 and purge["runs"] == 2


def test_a_job_that_has_not_run_for_two_intervals_is_late(db: None) -> None:
    now = timezone.now()
    record_job_run(
        job="send_appointment_reminders",
        started_at=now - dt.timedelta(seconds=661),
        duration_ms=1,
        ok=True,
    )
    record_job_run(job="purge_expired", started_at=now, duration_ms=1, ok=True)
    report = {row["job"]: row for row in job_report(now=now, scheduler=False)}
    assert report["send_appointment_reminders"]["late"] is True
    assert report["purge_expired"]["late"] is False
    assert report["chat_duty_tick"]["late"] is True  # never ran
    # Under `make run` the scheduler does not run the tick or the backup: not expected there.
    scheduled = {row["job"]: row for row in job_report(now=now, scheduler=True)}
    assert scheduled["chat_duty_tick"]["expected"] is False
    assert scheduled["chat_duty_tick"]["late"] is False


def test_a_broken_channel_layer_makes_the_health_failing(
    all_jobs_ran: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    async def broken() -> dict[str, Any]:
        return {"ok": False, "error": "ConnectionError"}

    monkeypatch.setattr(health, "check_channel_layer", broken)
    response = Client().get("/ops/health", **LOCAL)
    assert response.status_code == 503
    assert response.json()["status"] == "failing"


def test_an_unapplied_migration_makes_the_health_failing(
    all_jobs_ran: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(health, "_migrations_applied", False)
    monkeypatch.setattr(
        health.MigrationExecutor, "migration_plan", lambda self, targets: [("ops", "0002")]
    )
    report = async_to_sync(health.health_report)()
    assert report["status"] == "failing"
    assert report["checks"]["migrations"] == {"ok": False, "unapplied": 1}


def test_the_channel_layer_check_reads_back_what_it_sent(db: None) -> None:
    result = async_to_sync(health.check_channel_layer)()
    assert result["ok"] is True and result["ms"] >= 0


@pytest.mark.parametrize(
    "meta",
    [
        {"REMOTE_ADDR": "203.0.113.9"},  # another machine
        {"REMOTE_ADDR": "127.0.0.1", "HTTP_X_FORWARDED_FOR": "203.0.113.9"},  # via the proxy
        {"REMOTE_ADDR": "127.0.0.1", "HTTP_FORWARDED": "for=203.0.113.9"},
    ],
)
def test_health_detail_is_not_found_for_the_public(db: None, meta: dict[str, str]) -> None:
    response = Client().get("/ops/health", HTTP_HOST="127.0.0.1", **meta)
    assert response.status_code in (302, 404)
    assert b"database" not in response.content


def test_health_detail_is_shown_to_a_monitor_with_the_token(
    all_jobs_ran: None, settings: Any
) -> None:
    settings.OPS_TOKEN = "s3cret-token-of-the-monitor"
    outside = {"REMOTE_ADDR": "203.0.113.9", "HTTP_HOST": "127.0.0.1"}
    wrong = Client().get("/ops/health", HTTP_AUTHORIZATION="Bearer nope", **outside)
    assert wrong.status_code in (302, 404)
    right = Client().get(
        "/ops/health", HTTP_AUTHORIZATION="Bearer s3cret-token-of-the-monitor", **outside
    )
    assert right.status_code == 200 and right.json()["status"] == "ok"


def test_the_health_report_holds_no_client_data(all_jobs_ran: None) -> None:
    text = Client().get("/ops/health", **LOCAL).content.decode()
    for word in ("127.0.0.1", "user_agent", "Mozilla", "203.0.113"):
        assert word not in text
