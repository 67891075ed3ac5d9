"""The server `make run` starts logs no client address or user agent, and stores neither."""

from __future__ import annotations

import re
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest

from tests.serverproc import ROOT, free_port, prepared_env

MARK_UA = "PrivacyProbe/1.0 (secret-user-agent-7f3a)"
MARK_IP = "203.0.113.77"


@pytest.fixture(scope="module")
def served(
    tmp_path_factory: pytest.TempPathFactory, prepared_platform: Path
) -> tuple[str, Path, subprocess.Popen[str]]:
    var = tmp_path_factory.mktemp("var")
    env = prepared_env(var, prepared_platform)
    port = free_port()
    log = var / "server.log"
    handle = log.open("w")
    proc = subprocess.Popen(
        [sys.executable, "-m", "tukipiste.serve", "--port", str(port)],
        env=env,
        cwd=ROOT,
        stdout=handle,
        stderr=subprocess.STDOUT,
        text=True,
    )
    url = f"http://127.0.0.1:{port}"
    for _ in range(100):
        try:
            httpx.get(url + "/healthz", timeout=1)
            break
        except httpx.TransportError:
            time.sleep(0.1)
    yield url, var, proc
    proc.terminate()
    proc.wait(timeout=10)
    handle.close()


def test_access_log_and_database_hold_no_client_address_or_user_agent(
    served: tuple[str, Path, subprocess.Popen[str]],
) -> None:
    url, var, _proc = served
    headers = {"User-Agent": MARK_UA, "X-Forwarded-For": MARK_IP, "X-Real-IP": MARK_IP}
    with httpx.Client(headers=headers, timeout=10) as client:
        for path in ["/fi/", "/en/offices/helsinki/", "/fi/feedback/", "/fi/missing/"]:
            client.get(url + path)
        token = re.search(
            r'name="form_token" value="([^"]+)"', client.get(url + "/en/feedback/").text
        )
        assert token
        sent = client.post(
            url + "/en/feedback/",
            data={"form_token": token.group(1), "category": "other", "message": "hello"},
            headers={"Origin": url},
        )
        assert sent.status_code == 200
    time.sleep(0.3)
    log = (var / "server.log").read_text()
    assert "GET /fi/ 200" in log  # the access log exists...
    assert MARK_UA not in log and MARK_IP not in log  # ...without the client
    assert not re.search(r"127\.0\.0\.1:\d+ - ", log), "uvicorn access log format leaked"
    database = (var / "db.sqlite3").read_bytes() + b"".join(
        p.read_bytes() for p in var.glob("db.sqlite3-wal")
    )
    assert MARK_UA.encode() not in database
    assert MARK_IP.encode() not in database


def test_server_stops_cleanly_on_interrupt(served: tuple[str, Path, subprocess.Popen[str]]) -> None:
    import signal

    _url, _var, proc = served
    proc.send_signal(signal.SIGINT)
    assert proc.wait(timeout=10) == 0
