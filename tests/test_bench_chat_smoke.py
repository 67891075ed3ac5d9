"""The chat benchmark runs end to end at a smoke size (the real figures: `make bench-chat`)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from tests.serverproc import ROOT, free_port

KEYS = {
    "concurrent_chats",
    "workers",
    "database",
    "channel_layer",
    "messages",
    "rate_per_s",
    "lost",
    "duplicated",
    "p50_ms",
    "p99_ms",
    "baseline_p50_ms",
    "baseline_p99_ms",
    "setup_seconds",
    "nudge",
    "setup_stalled",
    "burst_clients",
    "burst_errors",
    "burst_position_p99_ms",
    "memory_per_socket_kib",
}


def test_chat_benchmark_smoke(tmp_path: Path) -> None:
    output = tmp_path / "chat.json"
    env = {k: v for k, v in os.environ.items() if k != "DJANGO_ALLOW_ASYNC_UNSAFE"}
    done = subprocess.run(
        [
            sys.executable,
            "bench/chat.py",
            "--chats",
            "20",
            "--seconds",
            "2",
            "--rate",
            "20",
            "--burst",
            "30",
            "--burst-seconds",
            "2",
            "--stall-seconds",
            "20",
            "--port",
            str(free_port()),
            "--output",
            str(output),
        ],
        env=env,
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=180,
    )
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-3000:]
    results = json.loads(output.read_text())
    assert set(results) >= KEYS
    assert results["concurrent_chats"] == 20
    assert results["lost"] == 0 and results["duplicated"] == 0
    assert results["messages"] > 0
    assert results["p50_ms"] > 0 and results["baseline_p50_ms"] > 0
    # No nudging: every chat opened on the server's own events.
    assert results["nudge"] is False and results["setup_stalled"] is False
    assert results["burst_clients"] == 30 and results["burst_errors"] == 0
    assert results["burst_position_p99_ms"] > 0
    assert results["server_rss_after_burst_kib"] > 0
