"""The statistics benchmark runs end to end at a smoke size (real figures: `make bench-stats`)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from tests.serverproc import ROOT, prepared_env


def test_stats_benchmark_smoke(tmp_path: Path, prepared_platform: Path) -> None:
    env = prepared_env(tmp_path, prepared_platform)
    output = tmp_path / "stats.json"
    done = subprocess.run(
        [
            sys.executable,
            "bench/stats.py",
            "--contacts",
            "2000",
            "--requests",
            "3",
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
    assert results["contacts"] >= 2000  # the demo data brings contacts of its own
    assert results["database"] == "sqlite"
    for name in ("dashboard", "export"):
        assert 0 < results[name]["p50_ms"] <= results[name]["p99_ms"]
