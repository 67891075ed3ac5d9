"""The booking benchmark runs end to end at a smoke size (`make bench-booking` gives the
real figures)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from tests.serverproc import ROOT, free_port, prepared_env


def test_booking_benchmark_smoke(tmp_path: Path, prepared_platform: Path) -> None:
    env = prepared_env(tmp_path, prepared_platform)
    output = tmp_path / "booking.json"
    subprocess.run(
        [
            sys.executable,
            "bench/booking.py",
            "--port",
            str(free_port()),
            "--attempts",
            "12",
            "--workers",
            "3",
            "--repeats",
            "5",
            "--output",
            str(output),
        ],
        env=env,
        cwd=ROOT,
        check=True,
        capture_output=True,
        timeout=300,
    )
    results = json.loads(output.read_text())
    assert results["attempts"] == 12
    assert results["successes"] == 1 and results["double_bookings"] == 0
    assert results["refused_taken"] == 11
    assert 0 < results["p50_ms"] <= results["p99_ms"]
