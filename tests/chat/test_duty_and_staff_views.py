"""Chat duty follows the offices' hours and closures; staff views by role; abuse limits."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
import time_machine
from django.test import override_settings

from tests.chat.conftest import WEDNESDAY_NOON
from tests.chat.test_chat_flow import CLIENT, open_worker, start_client
from tests.chat.wsclient import Peer
from tests.staff import make_office, verified_client
from tukipiste.chat import services
from tukipiste.chat.models import SavedReply
from tukipiste.chat.selectors import chat_duty_status
from tukipiste.offices.models import OfficeException, OfficeHours

UTC = dt.UTC


@pytest.mark.django_db
def test_chat_duty_is_open_only_in_chat_hours_and_closed_on_holidays() -> None:
    office = make_office("turku")
    OfficeHours.objects.create(
        office=office, service="chat", weekday=2, opens=dt.time(11), closes=dt.time(14)
    )
    OfficeHours.objects.create(
        office=office, service="drop_in", weekday=3, opens=dt.time(9), closes=dt.time(17)
    )
    assert chat_duty_status(moment=WEDNESDAY_NOON).is_open
    thursday = dt.datetime(2026, 11, 26, 10, 0, tzinfo=UTC)  # drop-in open, chat not
    status = chat_duty_status(moment=thursday)
    assert not status.is_open
    assert status.next_opening is not None
    assert status.next_opening.starts.astimezone(UTC) == dt.datetime(2026, 12, 2, 9, 0, tzinfo=UTC)
    OfficeException.objects.create(office=office, date=dt.date(2026, 11, 25), reason="holiday")
    assert not chat_duty_status(moment=WEDNESDAY_NOON).is_open


def test_new_chat_outside_hours_is_refused_by_the_service(transactional_db: None) -> None:
    with pytest.raises(services.ChatClosed), time_machine.travel(WEDNESDAY_NOON):
        services.start_chat(language="fi")


@override_settings(CHAT_MAX_QUEUE=2)
def test_full_queue_is_refused(chat_open: None) -> None:
    services.start_chat(language="fi")
    services.start_chat(language="fi")
    with pytest.raises(services.QueueFull):
        services.start_chat(language="fi")


@override_settings(CHAT_STARTS_PER_HOUR=2)
def test_new_chats_from_one_address_are_rate_limited(server_url: str, chat_open: None) -> None:
    peer = Peer(server_url, CLIENT)
    for _ in range(2):
        peer.send(type="start", language="fi")
        peer.expect("started")
        peer.send(type="leave")
        peer.expect("ended")
    peer.send(type="start", language="fi")
    assert peer.expect("error")["code"] == "rate_limited"


@override_settings(CHAT_MESSAGES_PER_MINUTE=3)
def test_message_flood_is_rate_limited_and_the_connection_survives(
    server_url: str, staff: dict[str, Any]
) -> None:
    client, _ = start_client(server_url)
    for i in range(3):
        client.send(type="send", id=f"m{i}", body="hi")
        client.expect("ack", id=f"m{i}")
    client.send(type="send", id="m3", body="hi")
    assert client.expect("error")["code"] == "rate_limited"
    client.send(type="ping")
    client.expect("pong")


# Chat duty and its saved replies are for workers and coordinators only (decision 0007).
VIEWS = {
    "/admin/chat/": {"alice", "bob", "charlie"},
    "/admin/chat/messages/": {"alice", "bob", "charlie"},
    "/admin/chat/duty/": {"charlie", "erik"},
    "/admin/snippets/chat/savedreply/": {"alice", "bob", "charlie"},
    "/admin/snippets/choose/chat/savedreply/": {"alice", "bob", "charlie"},
}


@pytest.mark.parametrize("path", sorted(VIEWS))
@pytest.mark.parametrize("username", ["alice", "bob", "peter", "charlie", "dora", "erik"])
def test_chat_staff_views_by_role(cast: dict[str, Any], path: str, username: str) -> None:
    response = verified_client(cast[username]).get(path)
    if username in VIEWS[path]:
        assert response.status_code == 200
    else:
        assert response.status_code in (302, 403)


def test_coordinator_sees_who_is_on_duty_and_their_chats(
    server_url: str, staff: dict[str, Any]
) -> None:
    alice = open_worker(server_url, staff["alice"])
    start_client(server_url)
    from tukipiste.chat.models import Chat

    alice.send(type="accept", chat=Chat.objects.get().pk)
    alice.expect("assigned")
    html = verified_client(staff["charlie"]).get("/admin/chat/duty/").content.decode()
    assert "Alice" in html and "1" in html


def test_coordinator_manages_saved_replies_in_each_language(cast: dict[str, Any]) -> None:
    assert verified_client(cast["alice"]).post(
        "/admin/snippets/chat/savedreply/add/", {"language": "fi", "title": "x", "body": "y"}
    ).status_code in (302, 403)
    assert not SavedReply.objects.exists()  # workers use them, coordinators keep them
    client = verified_client(cast["charlie"])
    response = client.post(
        "/admin/snippets/chat/savedreply/add/",
        {"language": "th", "title": "Welcome", "body": "สวัสดีค่ะ"},
    )
    assert response.status_code == 302
    assert SavedReply.objects.get().language == "th"
    console = verified_client(cast["alice"]).get("/admin/chat/").content.decode()
    assert "สวัสดีค่ะ" in console
