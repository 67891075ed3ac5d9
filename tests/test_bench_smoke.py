"""The benchmarks run end to end at a smoke size (the real figures come from `make bench-*`)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from tests.serverproc import ROOT, free_port, prepared_env


def test_site_benchmark_smoke(tmp_path: Path, prepared_platform: Path) -> None:
    env = prepared_env(tmp_path, prepared_platform)
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
            "--contacts",
            "50",
            "--output",
            str(output),
        ],
        env={**env, "BENCH_REQUESTS": "3"},
        cwd=ROOT,
        check=True,
        capture_output=True,
        timeout=240,
    )
    results = json.loads(output.read_text())
    assert set(results) == {"static", "home", "office", "news", "uncached", "staff"}
    for figures in [
        *(results[k] for k in ("static", "home", "office", "news")),
        *results["uncached"].values(),
    ]:
        assert figures["rps"] > 0 and 0 < figures["p50_ms"] <= figures["p99_ms"]
    assert set(results["uncached"]) == {"home", "office", "news"}
    assert results["uncached"]["home"]["rate_rps"] == 50
    assert results["staff"]["contacts_in_database"] >= 50
    for page in ("home", "contacts"):
        assert 0 < results["staff"][page]["p50_ms"] <= results["staff"][page]["p99_ms"]
