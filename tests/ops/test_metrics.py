"""Prometheus metrics: the chat's and jobs' figures, request latency by route name."""

from __future__ import annotations

import re
from typing import Any

import pytest
from django.test import Client
from django.utils import timezone
from prometheus_client.parser import text_string_to_metric_families

from tests.chat.conftest import chat_open  # noqa: F401 (a fixture)
from tests.staff import make_cast
from tukipiste.ops.metrics import exposition
from tukipiste.ops.services import record_job_run

LOCAL = {"REMOTE_ADDR": "127.0.0.1", "HTTP_HOST": "127.0.0.1"}


def samples(text: str) -> dict[tuple[str, tuple[tuple[str, str], ...]], float]:
    found = {}
    for family in text_string_to_metric_families(text):
        for sample in family.samples:
            found[(sample.name, tuple(sorted(sample.labels.items())))] = sample.value
    return found


def value(text: str, name: str, **labels: str) -> float:
    return samples(text)[(name, tuple(sorted(labels.items())))]


@pytest.mark.usefixtures("chat_open")
def test_metrics_count_queue_open_chats_workers_and_messages() -> None:
    from tukipiste.chat import services as chat

    alice = make_cast()["alice"]
    chat.set_duty(worker=alice, on=True)
    talking, _ = chat.start_chat(language="en", topic="", nickname="B")
    waiting, _ = chat.start_chat(language="fi", topic="", nickname="A")
    chat.accept_chat(worker=alice, chat_id=talking.pk)
    chat.post_message(chat_id=talking.pk, sender="client", client_id="m1", body="hello")
    text = exposition().decode()
    assert value(text, "tukipiste_chat_queue_length") == 1
    assert value(text, "tukipiste_chats_open") == 1
    assert value(text, "tukipiste_workers_on_duty", console="any") == 1
    assert value(text, "tukipiste_chat_messages_per_minute") == 1
    assert waiting.pk != talking.pk


@pytest.mark.django_db
def test_metrics_count_runs_and_failures_of_each_job() -> None:
    for ok in (True, False, False):
        record_job_run(job="purge_expired", started_at=timezone.now(), duration_ms=1, ok=ok)
    text = exposition().decode()
    assert value(text, "tukipiste_job_runs_total", job="purge_expired") == 3
    assert value(text, "tukipiste_job_failures_total", job="purge_expired") == 2


@pytest.mark.django_db
def test_request_latency_is_labelled_by_route_name_never_by_path() -> None:
    client = Client()
    client.get("/healthz", **LOCAL)
    client.get("/fi/appointments/manage/?code=SECRETCODE123", **LOCAL)
    text = client.get("/ops/metrics", **LOCAL).content.decode()
    assert value(text, "tukipiste_request_duration_seconds_count", route="healthz", method="GET")
    assert 'route="appointments_manage"' in text
    assert "SECRETCODE123" not in text and "/fi/" not in text


@pytest.mark.django_db
def test_metrics_are_not_found_through_the_proxy_or_from_outside() -> None:
    for meta in (
        {"REMOTE_ADDR": "203.0.113.9"},
        {"REMOTE_ADDR": "127.0.0.1", "HTTP_X_FORWARDED_FOR": "203.0.113.9"},
    ):
        response = Client().get("/ops/metrics", HTTP_HOST="127.0.0.1", **meta)
        assert response.status_code in (302, 404)
        assert b"tukipiste_" not in response.content


def test_multiprocess_mode_sums_the_samples_of_every_process(
    tmp_path: Any, monkeypatch: pytest.MonkeyPatch, db: None
) -> None:
    """With PROMETHEUS_MULTIPROC_DIR each process writes its samples to a file there; a
    scrape of any process reads them all (here a file another process left)."""
    import subprocess
    import sys

    monkeypatch.setenv("PROMETHEUS_MULTIPROC_DIR", str(tmp_path))
    script = (
        "from prometheus_client import CollectorRegistry, Histogram\n"
        "h = Histogram('tukipiste_request_duration_seconds', 'x', ['route', 'method'],"
        " registry=CollectorRegistry())\n"
        "h.labels(route='healthz', method='GET').observe(0.01)\n"
    )
    for _ in range(2):  # two processes
        env = {"PROMETHEUS_MULTIPROC_DIR": str(tmp_path), "PATH": "/usr/bin"}
        subprocess.run([sys.executable, "-c", script], check=True, env=env)
    text = exposition().decode()
    count = "tukipiste_request_duration_seconds_count"
    assert value(text, count, route="healthz", method="GET") == 2
    assert re.search(r"tukipiste_chat_queue_length 0", text)
