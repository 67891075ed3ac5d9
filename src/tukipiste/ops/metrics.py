"""Prometheus metrics: figures of the service, never of a person.

Request latency is a histogram per route name (the URL pattern's name, never the path,
which may carry a code) kept by each process. With ``PROMETHEUS_MULTIPROC_DIR`` set
(production and ``make run-prod-like``: several ASGI processes) the processes write their
samples to files there and any process's ``/ops/metrics`` sums them all; without it
(``make run``, one process) they live in memory. The chat and job figures are read from the
database at scrape time, so every process reports the same values (decision 0016).
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable, Iterator

from django.conf import settings
from django.http import HttpRequest, HttpResponse
from django.utils import timezone
from prometheus_client import (
    CollectorRegistry,
    Histogram,
    disable_created_metrics,
    generate_latest,
)
from prometheus_client.core import CounterMetricFamily, GaugeMetricFamily, Metric
from prometheus_client.multiprocess import MultiProcessCollector
from prometheus_client.registry import Collector

from tukipiste.chat import selectors as chat
from tukipiste.ops import selectors

# The *_created series only repeat each process's start time.
disable_created_metrics()
# The registry of this process's own samples; not the library's global default registry,
# so that nothing else registers into what we publish.
PROCESS_REGISTRY = CollectorRegistry(auto_describe=True)
REQUEST_SECONDS = Histogram(
    "tukipiste_request_duration_seconds",
    "Time to answer an HTTP request, by route name and method.",
    ["route", "method"],
    buckets=(0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0),
    registry=PROCESS_REGISTRY,
)


def route_of(request: HttpRequest) -> str:
    """The route name of a request: its URL pattern's name, or a fixed word when it has none
    (static files, pages served from the page cache before any URL was resolved)."""
    match = getattr(request, "resolver_match", None)
    if match is not None and match.view_name:
        return str(match.view_name)
    if request.path.startswith(settings.STATIC_URL):
        return "static"
    return "unresolved"


class RequestMetricsMiddleware:
    """Time every request into ``tukipiste_request_duration_seconds``."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        started = time.perf_counter()
        response = self.get_response(request)
        method = request.method if request.method in _METHODS else "other"
        REQUEST_SECONDS.labels(route=route_of(request), method=method).observe(
            time.perf_counter() - started
        )
        return response


_METHODS = {"GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"}


class ServiceCollector(Collector):
    """The chat's and the periodic jobs' figures, read from the database at scrape time."""

    def collect(self) -> Iterator[Metric]:
        figures = chat.duty_figures(now=timezone.now())
        yield GaugeMetricFamily(
            "tukipiste_chat_queue_length", "Chats waiting for a worker.", figures["queued"]
        )
        yield GaugeMetricFamily(
            "tukipiste_chats_open", "Chats in conversation with a worker.", figures["active"]
        )
        on_duty = GaugeMetricFamily(
            "tukipiste_workers_on_duty",
            "Workers on chat duty, all of them and those with a console open.",
            labels=["console"],
        )
        on_duty.add_metric(["any"], figures["on_duty"])
        on_duty.add_metric(["open"], figures["on_duty_connected"])
        yield on_duty
        yield GaugeMetricFamily(
            "tukipiste_chat_messages_per_minute",
            "Messages written by clients and workers in the last minute.",
            figures["messages_last_minute"],
        )
        runs = CounterMetricFamily(
            "tukipiste_job_runs", "Runs of each periodic job.", labels=["job"]
        )
        failures = CounterMetricFamily(
            "tukipiste_job_failures", "Failed runs of each periodic job.", labels=["job"]
        )
        for job, (total, failed) in sorted(selectors.job_failures().items()):
            runs.add_metric([job], total)
            failures.add_metric([job], failed)
        yield runs
        yield failures


def exposition() -> bytes:
    """The text exposition of every metric, this process's or all processes'."""
    registry = CollectorRegistry(auto_describe=False)
    directory = os.environ.get("PROMETHEUS_MULTIPROC_DIR")
    if directory:
        MultiProcessCollector(registry, path=directory)
    else:
        registry.register(_ProcessSamples())
    registry.register(ServiceCollector())
    return generate_latest(registry)


class _ProcessSamples(Collector):
    def collect(self) -> Iterator[Metric]:
        yield from PROCESS_REGISTRY.collect()
