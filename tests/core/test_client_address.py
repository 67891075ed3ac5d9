"""Rate limits per person behind a reverse proxy: the forwarded address is believed only
from trusted proxies, and only ever used hashed, in memory."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from typing import Any
from urllib.parse import urlsplit

import httpx
import pytest
from websockets.sync.client import ClientConnection, connect

from tests.chat.conftest import chat_open  # noqa: F401 (a fixture)
from tests.forwarding_proxy import forwarding_proxy
from tukipiste.core.clientaddress import resolve

TRUSTED = ["127.0.0.1", "10.0.0.0/8"]


@pytest.mark.parametrize(
    ("peer", "header", "trusted", "expected"),
    [
        ("203.0.113.5", None, TRUSTED, "203.0.113.5"),  # no proxy
        ("203.0.113.5", "1.2.3.4", TRUSTED, "203.0.113.5"),  # untrusted peer's header ignored
        ("127.0.0.1", "198.51.100.7", TRUSTED, "198.51.100.7"),  # behind nginx
        ("127.0.0.1", "6.6.6.6, 198.51.100.7", TRUSTED, "198.51.100.7"),  # spoofed left part
        ("127.0.0.1", "198.51.100.7, 10.1.2.3", TRUSTED, "198.51.100.7"),  # two proxies
        ("127.0.0.1", "198.51.100.7", [], "127.0.0.1"),  # no proxy configured
        ("127.0.0.1", "2001:db8::1", TRUSTED, "2001:db8::1"),
        ("127.0.0.1", "", TRUSTED, "127.0.0.1"),
    ],
)
def test_client_address_is_read_only_through_trusted_proxies(
    peer: str, header: str | None, trusted: list[str], expected: str
) -> None:
    assert resolve(peer=peer, forwarded_for=header, trusted=trusted) == expected


@pytest.fixture
def proxy(server_url: str, settings: Any) -> Iterator[str]:
    settings.TRUSTED_PROXIES = ["127.0.0.1"]
    with forwarding_proxy(int(urlsplit(server_url).port or 0)) as url:
        settings.SITE_ORIGINS = [*settings.SITE_ORIGINS, url]
        yield url


def as_person(number: int) -> httpx.Client:
    """An HTTP client on its own loopback address: one person on their own connection."""
    transport = httpx.HTTPTransport(local_address=f"127.0.0.{number}")
    return httpx.Client(transport=transport, timeout=10)


def post_feedback(proxy: str, person: int, **headers: str) -> int:
    with as_person(person) as http:
        html = http.get(f"{proxy}/en/feedback/").text
    token = re.search(r'name="form_token" value="([^"]+)"', html)
    assert token
    data = {"form_token": token.group(1), "category": "idea", "message": "More hours please"}
    with as_person(person) as http:
        response = http.post(
            f"{proxy}/en/feedback/",
            data={**data, "reply_contact": "", "website": ""},
            headers={"Origin": proxy, "Sec-Fetch-Site": "same-origin", **headers},
        )
    assert "More hours please" in response.text or response.status_code == 200
    return response.status_code


@pytest.mark.usefixtures("demo_site")
def test_one_person_behind_the_proxy_cannot_use_up_everyones_feedback_limit(
    proxy: str, settings: Any
) -> None:
    settings.FEEDBACK_RATE_PER_HOUR = 2
    assert [post_feedback(proxy, 2) for _ in range(3)] == [200, 200, 429]
    assert post_feedback(proxy, 3) == 200  # someone else behind the same proxy


@pytest.mark.usefixtures("demo_site")
def test_a_forged_forwarded_header_does_not_escape_the_limit(proxy: str, settings: Any) -> None:
    settings.FEEDBACK_RATE_PER_HOUR = 1
    assert post_feedback(proxy, 2, **{"X-Forwarded-For": "192.0.2.1"}) == 200
    assert post_feedback(proxy, 2, **{"X-Forwarded-For": "192.0.2.2"}) == 429


@pytest.mark.usefixtures("demo_site")
def test_without_a_trusted_proxy_the_forwarded_header_is_ignored(proxy: str, settings: Any) -> None:
    settings.TRUSTED_PROXIES = []
    settings.FEEDBACK_RATE_PER_HOUR = 1
    assert post_feedback(proxy, 2) == 200
    assert post_feedback(proxy, 3) == 429  # everyone is "the proxy" now


def chat_socket(proxy: str, person: int) -> ClientConnection:
    import socket

    sock = socket.socket()
    sock.bind((f"127.0.0.{person}", 0))
    sock.connect(("127.0.0.1", int(urlsplit(proxy).port or 0)))
    return connect(
        proxy.replace("http://", "ws://") + "/ws/chat/client/",
        sock=sock,
        additional_headers={"Origin": proxy},
        open_timeout=5,
    )


def start(ws: ClientConnection) -> dict[str, Any]:
    ws.send(json.dumps({"type": "start", "language": "fi"}))
    while True:
        frame = json.loads(ws.recv(timeout=5))
        if frame["type"] in ("started", "error"):
            return dict(frame)


@pytest.mark.usefixtures("chat_open")
def test_new_chats_are_limited_per_person_behind_the_proxy(proxy: str, settings: Any) -> None:
    settings.CHAT_STARTS_PER_HOUR = 1
    first = chat_socket(proxy, 2)
    assert start(first)["type"] == "started"
    again = chat_socket(proxy, 2)
    assert start(again)["code"] == "rate_limited"
    other = chat_socket(proxy, 3)
    assert start(other)["type"] == "started"
    for ws in (first, again, other):
        ws.close()
