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
