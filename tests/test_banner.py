"""`make run` prints where to go and how to log in before Django is set up."""

from __future__ import annotations

import subprocess
import sys

from tests.serverproc import ROOT


def test_banner_prints_urls_and_demo_login_without_django() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "tukipiste.demo.banner", "8123"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
        env={"PATH": "/usr/bin:/bin", "PYTHONPATH": str(ROOT / "src")},
    )
    assert "http://127.0.0.1:8123/fi/" in result.stdout
    assert "tukipiste-demo-2026" in result.stdout
