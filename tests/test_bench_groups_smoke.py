"""The community calendar benchmark runs end to end at a smoke size (real figures:
`make bench-groups`)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from tests.serverproc import ROOT, prepared_env


def test_groups_benchmark_smoke(tmp_path: Path, prepared_platform: Path) -> None:
    env = prepared_env(tmp_path, prepared_platform)
    output = tmp_path / "groups.json"
    done = subprocess.run(
        [
            sys.executable,
            "bench/groups.py",
            "--groups",
            "3",
            "--requests",
            "1",
            "--output",
            str(output),
        ],
        env=env,
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-3000:]
    results = json.loads(output.read_text())
    assert results["groups"] >= 3 and results["months"] == 24
    for name in ("calendar", "feed", "calendar_cold", "feed_cold"):
        assert 0 < results[f"{name}_p50_ms"] <= results[f"{name}_p99_ms"]
    assert results["feed_bytes"] > 0
