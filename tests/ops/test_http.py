"""Health and metrics over real HTTP: straight from loopback they answer, through a
forwarding proxy (as nginx) they do not exist."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any
from urllib.parse import urlsplit

import httpx
import pytest

from tests.forwarding_proxy import forwarding_proxy


@pytest.fixture
def proxy(server_url: str, settings: Any) -> Iterator[str]:
    settings.TRUSTED_PROXIES = ["127.0.0.1"]
    with forwarding_proxy(int(urlsplit(server_url).port or 0)) as url:
        yield url


@pytest.mark.django_db(transaction=True)
def test_health_over_http_from_loopback_reports_every_check(server_url: str) -> None:
    response = httpx.get(f"{server_url}/ops/health", timeout=20)
    assert response.status_code == 200
    report = response.json()
    assert report["checks"]["database"]["ok"] is True
    assert report["checks"]["channel_layer"]["ok"] is True
    assert report["checks"]["migrations"] == {"ok": True, "unapplied": 0}
    assert report["status"] in ("ok", "degraded")  # no job has run in a fresh test database
    assert "set-cookie" not in response.headers


@pytest.mark.django_db(transaction=True)
def test_metrics_over_http_time_requests_by_route_name(server_url: str) -> None:
    httpx.get(f"{server_url}/healthz", timeout=20)
    text = httpx.get(f"{server_url}/ops/metrics", timeout=20).text
    assert 'tukipiste_request_duration_seconds_count{method="GET",route="healthz"}' in text
    assert "tukipiste_chat_queue_length 0.0" in text
    assert "/healthz" not in text


@pytest.mark.django_db(transaction=True)
def test_health_and_metrics_do_not_exist_through_the_proxy(proxy: str) -> None:
    for path in ("/ops/health", "/ops/metrics"):
        response = httpx.get(f"{proxy}{path}", timeout=20, follow_redirects=True)
        assert response.status_code == 404
        assert "tukipiste_" not in response.text and "channel_layer" not in response.text


@pytest.mark.django_db(transaction=True)
def test_a_monitor_with_the_token_reads_them_through_the_proxy(proxy: str, settings: Any) -> None:
    settings.OPS_TOKEN = "token-of-the-monitoring-host"
    wrong = httpx.get(f"{proxy}/ops/metrics", headers={"Authorization": "Bearer guess"}, timeout=20)
    assert wrong.status_code != 200
    right = httpx.get(
        f"{proxy}/ops/metrics",
        headers={"Authorization": "Bearer token-of-the-monitoring-host"},
        timeout=20,
    )
    assert right.status_code == 200 and "tukipiste_chats_open" in right.text
