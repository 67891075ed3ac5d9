"""Benchmark of the public site on the server `make run` starts.

For the home page, an office page and a news article, and a static file as the baseline
measured in the same run: the highest throughput reached by closed-loop clients, and the
p50/p99 latency at a fixed open-loop rate (200 requests per second by default). Then, in a
section ``uncached``, the same pages from a server with the page cache off (every request
renders: p99 target under 50 ms at 50 requests per second), and in a section ``staff`` the
staff home and the contact list of a logged-in worker with ``--contacts`` contacts in the
database (``bench/staff.py``; p99 target under 150 ms). Writes ``bench/results/site.json``.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import re
import statistics
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import httpx

ROOT = Path(__file__).resolve().parents[1]
TARGETS = {
    "home": "/fi/",
    "office": "/fi/offices/helsinki/",
    "news": "/fi/news/chat-duty-evenings/",
}
UNCACHED_RATE = 50.0


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    index = min(len(ordered) - 1, max(0, round(q / 100 * len(ordered)) - 1))
    return ordered[index]


async def throughput(
    client: httpx.AsyncClient, url: str, seconds: float, concurrency: int
) -> float:
    done = 0
    stop = time.perf_counter() + seconds

    async def worker() -> None:
        nonlocal done
        while time.perf_counter() < stop:
            response = await client.get(url)
            response.raise_for_status()
            done += 1

    started = time.perf_counter()
    await asyncio.gather(*(worker() for _ in range(concurrency)))
    return done / (time.perf_counter() - started)


async def latency_at_rate(
    client: httpx.AsyncClient, url: str, seconds: float, rate: float
) -> list[float]:
    latencies: list[float] = []
    failures = 0

    async def one() -> None:
        nonlocal failures
        started = time.perf_counter()
        response = await client.get(url)
        if response.status_code != 200:
            failures += 1
        latencies.append((time.perf_counter() - started) * 1000)

    tasks = []
    begin = time.perf_counter()
    total = int(seconds * rate)
    for i in range(total):
        delay = begin + i / rate - time.perf_counter()
        if delay > 0:
            await asyncio.sleep(delay)
        tasks.append(asyncio.create_task(one()))
    await asyncio.gather(*tasks)
    if failures:
        raise RuntimeError(f"{failures} requests to {url} failed")
    return latencies


async def measure(
    base: str, paths: dict[str, str], seconds: float, rate: float
) -> dict[str, dict[str, float]]:
    limits = httpx.Limits(max_connections=64, max_keepalive_connections=64)
    results: dict[str, dict[str, float]] = {}
    async with httpx.AsyncClient(base_url=base, limits=limits, timeout=10) as client:
        for name, path in paths.items():
            await throughput(client, path, min(1.0, seconds), 8)  # warm up caches
            rps = await throughput(client, path, seconds, 16)
            latencies = await latency_at_rate(client, path, seconds, rate)
            results[name] = {
                "rps": round(rps, 1),
                "p50_ms": round(statistics.median(latencies), 2),
                "p99_ms": round(percentile(latencies, 99), 2),
                "rate_rps": rate,
                "requests_at_rate": len(latencies),
            }
            print(f"{name:8} {results[name]}", flush=True)
    return results


def static_path(base: str) -> str:
    html = httpx.get(base + "/fi/", timeout=10).text
    match = re.search(r'href="(/static/website/css/[^"]+\.css)"', html)
    if not match:
        raise RuntimeError("could not find the stylesheet on the home page")
    return match.group(1)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--port", type=int, default=int(os.environ.get("PORT", "8000")))
    parser.add_argument(
        "--seconds", type=float, default=float(os.environ.get("BENCH_SECONDS", "10"))
    )
    parser.add_argument("--rate", type=float, default=float(os.environ.get("BENCH_RATE", "200")))
    parser.add_argument("--output", default=str(ROOT / "bench" / "results" / "site.json"))
    parser.add_argument(
        "--contacts", type=int, default=int(os.environ.get("BENCH_CONTACTS", "1000000"))
    )
    args = parser.parse_args()

    env = {**os.environ, "DJANGO_SETTINGS_MODULE": "tukipiste.settings", "LOG_LEVEL": "WARNING"}
    env.pop("DJANGO_ALLOW_ASYNC_UNSAFE", None)
    results = serve_and_measure(
        args.port,
        env,
        lambda base: {"static": static_path(base), **TARGETS},
        args.seconds,
        args.rate,
    )
    uncached_env = {**env, "PAGE_CACHE_SECONDS": "0"}
    results["uncached"] = serve_and_measure(
        args.port, uncached_env, lambda base: TARGETS, args.seconds, UNCACHED_RATE
    )
    staff = subprocess.run(
        [sys.executable, str(ROOT / "bench" / "staff.py"), "--contacts", str(args.contacts)],
        env=env,
        cwd=ROOT,
        check=True,
        capture_output=True,
        text=True,
    )
    results["staff"] = json.loads(staff.stdout.strip().splitlines()[-1])
    print(f"staff    {results['staff']}", flush=True)
    Path(args.output).parent.mkdir(parents=True, exist_ok=True)
    Path(args.output).write_text(json.dumps(results, indent=2) + "\n")
    print(f"wrote {args.output}")
    return 0


def serve_and_measure(
    port: int, env: dict[str, str], paths_of: Any, seconds: float, rate: float
) -> dict[str, Any]:
    """Start a server with ``env``, measure ``paths_of(base)`` and stop it."""
    base = f"http://127.0.0.1:{port}"
    server = subprocess.Popen(
        [sys.executable, "-m", "tukipiste.serve", "--port", str(port)], env=env, cwd=ROOT
    )
    try:
        for _ in range(200):
            try:
                httpx.get(base + "/healthz", timeout=1)
                break
            except httpx.TransportError:
                if server.poll() is not None:
                    raise RuntimeError(f"server did not start (is port {port} free?)") from None
                time.sleep(0.05)
        return dict(asyncio.run(measure(base, paths_of(base), seconds, rate)))
    finally:
        server.terminate()
        server.wait(timeout=10)


if __name__ == "__main__":
    sys.exit(main())
