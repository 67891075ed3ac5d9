"""The benchmarks run end to end at a smoke size (the real figures come from `make bench-*`)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from tests.serverproc import ROOT, free_port, prepared_env


def test_site_benchmark_smoke(tmp_path: Path) -> None:
    env = prepared_env(tmp_path)
    output = tmp_path / "site.json"
    subprocess.run(
        [
            sys.executable,
            "bench/site.py",
            "--port",
            str(free_port()),
            "--seconds",
            "0.5",
            "--rate",
            "20",
            "--output",
            str(output),
        ],
        env=env,
        cwd=ROOT,
        check=True,
        capture_output=True,
        timeout=120,
    )
    results = json.loads(output.read_text())
    assert set(results) == {"static", "home", "office", "news"}
    for figures in results.values():
        assert figures["rps"] > 0 and 0 < figures["p50_ms"] <= figures["p99_ms"]
