"""The production layout's files: the nginx site keeps client addresses out of its logs and
out of the application's trust, and refuses /ops/; the units name the same jobs."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest

from tests.serverproc import ROOT
from tukipiste.ops.jobs import JOBS
from tukipiste.ops.prodlike import Layout
from tukipiste.ops.timers import run_forever, schedule

DEPLOY = ROOT / "deploy"


def rendered(tmp_path: Path) -> str:
    layout = Layout(root=tmp_path, database_url="postgres://x@127.0.0.1/x")
    return layout.render_site()


def test_the_nginx_log_format_has_no_address_user_agent_or_query_string(tmp_path: Path) -> None:
    site = rendered(tmp_path)
    log_format = site[site.index("log_format") : site.index(";", site.index("log_format"))]
    for variable in ("$remote_addr", "$http_user_agent", "$http_referer", "$request_uri"):
        assert variable not in log_format
    assert "$http_x_forwarded_for" not in site
    # Every error log is at crit: below it nginx writes "client: <address>".
    assert all(line.strip().endswith("crit;") for line in re.findall(r".*error_log.*", site))


def test_nginx_replaces_the_forwarded_address_and_refuses_ops(tmp_path: Path) -> None:
    site = rendered(tmp_path)
    assert site.count("proxy_set_header X-Forwarded-For $remote_addr;") == 2
    assert "proxy_add_x_forwarded_for" not in site
    assert re.search(r"location /ops/ \{\s*return 404;", site)
    assert "@@" not in site


@pytest.mark.skipif(
    not (shutil.which("nginx") or Path("/usr/sbin/nginx").exists()), reason="nginx not installed"
)
def test_nginx_accepts_the_rendered_configuration(tmp_path: Path) -> None:
    layout = Layout(root=tmp_path, database_url="postgres://x@127.0.0.1/x")
    for name in ("logs", "nginx-tmp"):
        (tmp_path / name).mkdir()
    layout._certificate()
    layout._nginx_config()
    nginx = shutil.which("nginx") or "/usr/sbin/nginx"
    done = subprocess.run(
        [
            nginx,
            "-t",
            "-p",
            str(tmp_path),
            "-e",
            str(tmp_path / "logs" / "e.log"),
            "-c",
            str(tmp_path / "nginx.conf"),
        ],
        capture_output=True,
        text=True,
    )
    assert done.returncode == 0, done.stderr


def test_every_periodic_job_has_a_systemd_timer() -> None:
    timers = " ".join(path.read_text() for path in (DEPLOY / "systemd").glob("*.timer"))
    for job in JOBS:
        assert f"Unit=tukipiste-job@{job.command}.service" in timers
    target = (DEPLOY / "systemd" / "tukipiste.target").read_text()
    for timer in (DEPLOY / "systemd").glob("*.timer"):
        assert timer.name in target


def test_the_compose_file_runs_the_same_processes() -> None:
    compose = (DEPLOY / "compose.yaml").read_text()
    for needle in ("tukipiste.serve", "tukipiste.ops.timers", "RUN_SCHEDULER", "--save"):
        assert needle in compose
    assert compose.count("tukipiste.serve") == 2


def test_the_clock_runs_each_job_at_once_and_then_every_interval() -> None:
    import threading

    ran: list[str] = []
    stop = threading.Event()

    def run(job: str) -> None:
        ran.append(job)
        if len(ran) >= 2:
            stop.set()

    run_forever(run=run, jobs=[("purge_expired", 3600), ("chat_duty_tick", 30)], stop=stop)
    assert ran == ["purge_expired", "chat_duty_tick"]
    assert "encrypted_backup" not in dict(schedule(with_backup=False))
    assert dict(schedule(with_backup=True))["encrypted_backup"] == 86400
