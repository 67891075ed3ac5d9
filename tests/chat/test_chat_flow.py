"""A whole chat over real WebSockets: queue, accept, messages both ways, end, erase."""

from __future__ import annotations

from typing import Any

import pytest

from tests.chat.conftest import worker_cookie
from tests.chat.wsclient import Peer
from tukipiste.chat.models import Chat, ChatMessage
from tukipiste.records.models import Contact

CLIENT = "/ws/chat/client/"
WORKER = "/ws/chat/worker/"


def open_worker(server_url: str, user: Any) -> Peer:
    worker = Peer(server_url, WORKER, cookie=worker_cookie(user))
    worker.expect("duty")
    worker.send(type="duty", on=True)
    worker.expect("duty", on=True)
    return worker


def start_client(server_url: str, **fields: Any) -> tuple[Peer, str]:
    client = Peer(server_url, CLIENT)
    client.send(type="hello", v=1)
    client.expect("hello")
    client.send(type="start", language="en", **fields)
    token = client.expect("started")["token"]
    return client, token


def test_client_and_worker_hold_a_conversation(server_url: str, staff: dict[str, Any]) -> None:
    worker = open_worker(server_url, staff["alice"])
    client, token = start_client(server_url, topic="health", nickname="Rose")
    assert len(token) >= 22  # at least 128 bits, URL-safe
    # Alice is on duty with room for more chats: she can answer at once. (Who can answer
    # comes from a snapshot shared for 0.3 s, so the first frame may predate her; the clock
    # corrects it within a second.)
    queue = client.expect("queue", state="waiting", timeout=3)
    assert queue["position"] == 1
    assert queue["estimated_wait_s"] == 0 and queue["available"] == 1

    waiting = worker.expect("queue", timeout=3)
    while not waiting["waiting"]:
        waiting = worker.expect("queue", timeout=3)
    chat_id = waiting["waiting"][0]["chat"]
    assert waiting["waiting"][0]["language"] == "en"
    worker.send(type="accept", chat=chat_id)
    assigned = worker.expect("assigned", chat=chat_id)
    assert assigned["nickname"] == "Rose"
    assert client.expect("accepted")["worker"] == "Alice"

    client.send(type="send", id="c1", body="Hello, I need advice")
    assert client.expect("ack", id="c1")["seq"] >= 1
    got = worker.expect("message", id="c1")
    assert (got["from"], got["body"], got["chat"]) == ("client", "Hello, I need advice", chat_id)

    worker.send(type="typing", chat=chat_id, on=True)
    assert client.expect("typing")["on"] is True
    worker.send(type="send", chat=chat_id, id="w1", body="Hi, I am here")
    worker.expect("ack", id="w1")
    reply = client.expect("message", id="w1")
    assert (reply["from"], reply["author"], reply["body"]) == ("worker", "Alice", "Hi, I am here")
    assert "chat" not in reply
    client.send(type="read", seq=reply["seq"])
    assert worker.expect("receipt", chat=chat_id)["state"] == "read"

    worker.send(type="end", chat=chat_id)
    assert client.expect("ended")["by"] == "worker"
    contact = Contact.objects.get()
    assert (contact.channel, contact.language, contact.office.slug) == ("chat", "en", "helsinki")
    for peer in (client, worker):
        peer.close()


def test_client_erases_the_transcript_at_once(server_url: str, staff: dict[str, Any]) -> None:
    worker = open_worker(server_url, staff["alice"])
    client, _ = start_client(server_url)
    chat = Chat.objects.get()
    worker.send(type="accept", chat=chat.pk)
    worker.expect("assigned")
    client.send(type="send", id="secret", body="my real name is ...")
    client.expect("ack", id="secret")
    client.send(type="erase")
    client.expect("erased")
    assert set(ChatMessage.objects.filter(chat=chat).values_list("body", flat=True)) == {""}
    chat.refresh_from_db()
    assert chat.erased and chat.status == "ended"


def test_leaving_the_queue_ends_the_chat_without_a_contact(
    server_url: str, staff: dict[str, Any]
) -> None:
    client, _ = start_client(server_url)
    client.expect("queue")
    client.send(type="leave")
    assert client.expect("ended")["by"] == "client"
    assert not Contact.objects.exists()


def test_transfer_to_a_colleague_carries_an_internal_note_the_client_never_sees(
    server_url: str, staff: dict[str, Any]
) -> None:
    alice = open_worker(server_url, staff["alice"])
    bob = open_worker(server_url, staff["bob"])
    client, _ = start_client(server_url)
    chat = Chat.objects.get()
    alice.send(type="accept", chat=chat.pk)
    alice.expect("assigned")
    client.send(type="send", id="c1", body="Говорю по-русски")
    alice.expect("message", id="c1")
    alice.send(type="transfer", chat=chat.pk, to=staff["bob"].pk, note="speaks Russian")
    assert alice.expect("unassigned")["chat"] == chat.pk
    assigned = bob.expect("assigned", chat=chat.pk)
    assert assigned["note"] == "speaks Russian"
    assert any(m["body"] == "Говорю по-русски" for m in assigned["messages"])
    bob.send(type="send", chat=chat.pk, id="b1", body="Здравствуйте")
    assert client.expect("message", id="b1")["author"] == "Bob"
    client_frames = client.drain()
    assert not any("speaks Russian" in str(f) for f in client_frames)
    alice.send(type="send", chat=chat.pk, id="a2", body="still mine?")
    assert alice.expect("error")["code"] == "unknown_chat"


def test_transfer_back_to_the_queue(server_url: str, staff: dict[str, Any]) -> None:
    alice = open_worker(server_url, staff["alice"])
    client, _ = start_client(server_url)
    chat = Chat.objects.get()
    alice.send(type="accept", chat=chat.pk)
    alice.expect("assigned")
    client.expect("accepted")
    alice.send(type="transfer", chat=chat.pk, to=None, note="")
    alice.expect("unassigned")
    assert client.expect("queue")["position"] == 1
    chat.refresh_from_db()
    assert chat.status == "queued" and chat.worker is None


def test_blocked_token_cannot_come_back(server_url: str, staff: dict[str, Any]) -> None:
    alice = open_worker(server_url, staff["alice"])
    client, token = start_client(server_url)
    chat = Chat.objects.get()
    alice.send(type="accept", chat=chat.pk)
    alice.expect("assigned")
    alice.send(type="block", chat=chat.pk)
    client.expect("blocked")
    again = Peer(server_url, CLIENT)
    again.send(type="resume", token=token, last_seq=0)
    error = again.expect("error")
    assert (error["code"], error["fatal"]) == ("blocked", True)


def test_worker_limit_is_enforced(server_url: str, staff: dict[str, Any]) -> None:
    from tukipiste.accounts.services import ensure_profile

    profile = ensure_profile(user=staff["alice"])
    profile.chat_limit = 1
    profile.save()
    alice = open_worker(server_url, staff["alice"])
    start_client(server_url)
    start_client(server_url)
    first, second = Chat.objects.order_by("pk")
    alice.send(type="accept", chat=first.pk)
    alice.expect("assigned")
    alice.send(type="accept", chat=second.pk)
    assert alice.expect("error")["code"] == "limit_reached"


@pytest.mark.parametrize("cookie", ["", "sessionid=forged"])
def test_worker_socket_needs_a_verified_login(
    server_url: str, staff: dict[str, Any], cookie: str
) -> None:
    peer = Peer(server_url, WORKER, cookie=cookie)
    error = peer.expect("error")
    assert (error["code"], error["fatal"]) == ("forbidden", True)


def test_password_without_second_factor_is_not_enough_for_the_worker_socket(
    server_url: str, staff: dict[str, Any]
) -> None:
    from django.test import Client

    from tests.staff import PASSWORD

    client = Client()
    client.post("/admin/login/", {"username": "alice", "password": PASSWORD})
    peer = Peer(server_url, WORKER, cookie=f"sessionid={client.cookies['sessionid'].value}")
    assert peer.expect("error")["code"] == "forbidden"


def test_a_worker_cannot_read_a_colleagues_chat(server_url: str, staff: dict[str, Any]) -> None:
    alice = open_worker(server_url, staff["alice"])
    bob = open_worker(server_url, staff["bob"])
    start_client(server_url)
    chat = Chat.objects.get()
    alice.send(type="accept", chat=chat.pk)
    alice.expect("assigned")
    for frame in (
        {"type": "fetch", "chat": chat.pk, "after_seq": 0},
        {"type": "send", "chat": chat.pk, "id": "x", "body": "hi"},
        {"type": "end", "chat": chat.pk},
    ):
        bob.send(**frame)
        assert bob.expect("error")["code"] == "unknown_chat"


def test_socket_from_another_origin_is_refused(server_url: str, chat_open: None) -> None:
    from websockets.exceptions import InvalidStatus

    with pytest.raises(InvalidStatus):
        Peer(server_url, CLIENT, origin="https://evil.example")


def test_outside_chat_hours_the_client_is_told_and_offered_the_message(
    server_url: str, transactional_db: None
) -> None:
    client = Peer(server_url, CLIENT)
    client.send(type="start", language="fi")
    assert client.expect("error")["code"] == "chat_closed"
    client.send(type="ping")
    client.expect("pong")


@pytest.mark.parametrize("path", ["/ws/chat/", "/ws/chat/client/extra/", "/ws/", "/fi/chat/"])
def test_a_socket_to_any_other_path_is_refused_not_an_error(
    transactional_db: None, server_url: str, path: str
) -> None:
    from websockets.exceptions import InvalidStatus
    from websockets.sync.client import connect

    with pytest.raises(InvalidStatus) as refused:
        connect(
            server_url.replace("http://", "ws://") + path,
            additional_headers={"Origin": server_url},
            open_timeout=5,
        )
    assert refused.value.response.status_code == 403
