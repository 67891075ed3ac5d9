"""Who may hold the worker socket, frame by frame, and how revocation reaches it."""

from __future__ import annotations

import contextlib
import datetime as dt
import time
from typing import Any

import pytest
from django.contrib.auth.models import Group
from django.contrib.sessions.models import Session
from django.utils import timezone
from websockets.exceptions import ConnectionClosed

from tests.chat.conftest import worker_cookie
from tests.chat.test_chat_flow import WORKER, open_worker, start_client
from tests.chat.wsclient import Peer
from tukipiste.accounts.roles import GROUP_NAMES
from tukipiste.chat.models import Chat, ChatStatus, WorkerDuty

WORKER_FRAMES: dict[str, dict[str, Any]] = {
    "hello": {"v": 1},
    "ping": {},
    "duty": {"on": True},
    "accept": {"chat": 0},
    "send": {"chat": 0, "id": "w1", "body": "hello"},
    "typing": {"chat": 0, "on": True},
    "read": {"chat": 0, "seq": 1},
    "fetch": {"chat": 0, "after_seq": 0},
    "transfer": {"chat": 0},
    "end": {"chat": 0},
    "block": {"chat": 0},
}
WITH_CHAT_DUTY = {"alice", "bob", "charlie"}
WITHOUT = {"peter", "dora", "erik"}


def closed_code(peer: Peer, timeout: float = 5) -> int | None:
    """Read until the server closes; return its close code."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            peer.ws.recv(timeout=deadline - time.monotonic())
        except TimeoutError:
            break
        except ConnectionClosed as closed:
            return closed.rcvd.code if closed.rcvd else None
    raise AssertionError("the socket stayed open")


@pytest.mark.parametrize("frame", sorted(WORKER_FRAMES))
@pytest.mark.parametrize("username", sorted(WITHOUT))
def test_staff_without_chat_duty_cannot_use_any_worker_frame(
    server_url: str, staff: dict[str, Any], username: str, frame: str
) -> None:
    client, _ = start_client(server_url, nickname="Rose")
    chat = Chat.objects.get()
    peer = Peer(server_url, WORKER, cookie=worker_cookie(staff[username]))
    error = peer.expect("error")
    assert (error["code"], error["fatal"]) == ("forbidden", True)
    fields = {k: (chat.pk if k == "chat" else v) for k, v in WORKER_FRAMES[frame].items()}
    with contextlib.suppress(ConnectionClosed):
        peer.send(type=frame, **fields)
    assert closed_code(peer) == 4403
    assert "Rose" not in str(peer.log)  # never saw the queue
    chat.refresh_from_db()
    assert chat.status == ChatStatus.QUEUED and chat.worker is None
    assert not WorkerDuty.objects.filter(on_duty=True).exists()
    client.close()


@pytest.mark.parametrize("frame", sorted(WORKER_FRAMES))
@pytest.mark.parametrize("username", ["alice", "charlie"])
def test_workers_and_coordinators_use_every_worker_frame(
    server_url: str, staff: dict[str, Any], username: str, frame: str
) -> None:
    client, _ = start_client(server_url, nickname="Rose")
    chat = Chat.objects.get()
    worker = open_worker(server_url, staff[username])
    if frame not in ("accept", "duty", "hello", "ping"):
        worker.send(type="accept", chat=chat.pk)
        worker.expect("assigned", chat=chat.pk)
    fields = {k: (chat.pk if k == "chat" else v) for k, v in WORKER_FRAMES[frame].items()}
    if frame == "read":
        client.send(type="send", id="c1", body="hello")
        worker.expect("message", id="c1")
    worker.send(type=frame, **fields)
    worker_sees, client_sees = WORKED[frame]
    if worker_sees:
        worker.expect(worker_sees)
    if client_sees:
        client.expect(client_sees)
    assert not [f for f in worker.drain(0.3) if f["type"] == "error"]
    client.close()
    worker.close()


# What each worker frame visibly does: the worker's answer and what the client then sees.
WORKED: dict[str, tuple[str | None, str | None]] = {
    "hello": ("hello", None),
    "ping": ("pong", None),
    "duty": ("duty", None),
    "accept": ("assigned", "accepted"),
    "send": ("ack", "message"),
    "typing": (None, "typing"),
    "read": (None, "receipt"),
    "fetch": ("history", None),
    "transfer": ("unassigned", "queue"),
    "end": ("ended", "ended"),
    "block": ("ended", "blocked"),
}


def test_peer_worker_cannot_go_on_duty_through_the_service(staff: dict[str, Any]) -> None:
    from tukipiste.chat import services

    with pytest.raises(services.NotAllowed):
        services.set_duty(worker=staff["peter"], on=True)
    chat, _ = services.start_chat(language="fi")
    with pytest.raises(services.NotAllowed):
        services.accept_chat(chat_id=chat.pk, worker=staff["dora"])


def on_duty_with_a_chat(server_url: str, staff: dict[str, Any]) -> tuple[Peer, Peer, Chat]:
    client, _ = start_client(server_url)
    chat = Chat.objects.get()
    worker = open_worker(server_url, staff["alice"])
    worker.send(type="accept", chat=chat.pk)
    worker.expect("assigned", chat=chat.pk)
    return worker, client, chat


def expect_revoked(worker: Peer, *, within: float) -> None:
    started = time.monotonic()
    error = worker.expect("error", timeout=within, code="session_ended")
    assert error["fatal"] is True
    assert closed_code(worker, timeout=within) == 4401
    assert time.monotonic() - started < within
    assert not WorkerDuty.objects.get(user__username="alice").on_duty


def test_logout_everywhere_closes_the_open_socket(server_url: str, staff: dict[str, Any]) -> None:
    from tests.staff import verified_client

    worker, client, _ = on_duty_with_a_chat(server_url, staff)
    verified_client(staff["alice"]).post("/admin/2fa/logout-everywhere/")
    expect_revoked(worker, within=3)
    client.close()


def test_logout_closes_the_socket_of_that_session(server_url: str, staff: dict[str, Any]) -> None:
    from django.test import Client

    cookie = worker_cookie(staff["alice"])
    worker = Peer(server_url, WORKER, cookie=cookie)
    worker.expect("duty")
    worker.send(type="duty", on=True)
    worker.expect("duty", on=True)
    browser = Client()
    browser.cookies["sessionid"] = cookie.split("=", 1)[1]
    assert browser.post("/admin/logout/").status_code == 302
    expect_revoked(worker, within=3)


def test_deactivating_the_account_closes_the_socket(server_url: str, staff: dict[str, Any]) -> None:
    worker, client, _ = on_duty_with_a_chat(server_url, staff)
    alice = staff["alice"]
    alice.is_active = False
    alice.save()
    expect_revoked(worker, within=3)
    client.close()


def test_removing_the_role_closes_the_socket(server_url: str, staff: dict[str, Any]) -> None:
    worker, client, chat = on_duty_with_a_chat(server_url, staff)
    staff["alice"].groups.remove(Group.objects.get(name=GROUP_NAMES["worker"]))
    expect_revoked(worker, within=3)
    # The client is not left with a worker who can no longer answer: back to the queue.
    client.expect("queue", timeout=3)
    chat.refresh_from_db()
    assert (chat.status, chat.worker) == (ChatStatus.QUEUED, None)
    client.close()


def test_idle_timeout_closes_the_socket(
    server_url: str, staff: dict[str, Any], settings: Any
) -> None:
    settings.CHAT_SESSION_CHECK_SECONDS = 1
    worker, client, _ = on_duty_with_a_chat(server_url, staff)
    # Thirty idle minutes later the session has expired, as the back-office would find it.
    Session.objects.update(expire_date=timezone.now() - dt.timedelta(seconds=1))
    expect_revoked(worker, within=4)
    client.close()


def test_work_on_the_socket_keeps_the_session_alive(
    server_url: str, staff: dict[str, Any], settings: Any
) -> None:
    settings.CHAT_SESSION_CHECK_SECONDS = 1
    settings.SESSION_COOKIE_AGE = 20  # an idle timeout of 20 s; work touches every 2 s
    worker, client, chat = on_duty_with_a_chat(server_url, staff)
    Session.objects.update(expire_date=timezone.now() + dt.timedelta(seconds=3))
    time.sleep(2.2)
    worker.send(type="send", chat=chat.pk, id="w1", body="Still here")
    worker.expect("ack", id="w1")
    session = Session.objects.get()
    assert session.expire_date > timezone.now() + dt.timedelta(seconds=15)
    time.sleep(2)
    worker.send(type="send", chat=chat.pk, id="w2", body="And still")
    worker.expect("ack", id="w2")
    assert client.expect("message", id="w2")["body"] == "And still"
    client.close()
    worker.close()


def test_transfer_goes_only_to_a_colleague_with_chat_duty(
    server_url: str, staff: dict[str, Any]
) -> None:
    worker, client, chat = on_duty_with_a_chat(server_url, staff)
    worker.send(type="transfer", chat=chat.pk, to=staff["peter"].pk)
    assert worker.expect("error")["code"] == "bad_frame"
    chat.refresh_from_db()
    assert chat.worker == staff["alice"]
    client.close()
    worker.close()


def test_a_coordinator_made_a_worker_loses_every_chat_on_the_open_socket(
    server_url: str, staff: dict[str, Any]
) -> None:
    client, _ = start_client(server_url)
    chat = Chat.objects.get()
    coordinator = open_worker(server_url, staff["charlie"])
    coordinator.send(type="fetch", chat=chat.pk, after_seq=0)
    coordinator.expect("history", chat=chat.pk)  # any chat's transcript, as a coordinator
    charlie = staff["charlie"]
    charlie.groups.set([Group.objects.get(name=GROUP_NAMES["worker"])])
    coordinator.drain(1.0)
    coordinator.send(type="fetch", chat=chat.pk, after_seq=0)
    assert coordinator.expect("error")["code"] == "unknown_chat"
    client.close()
    coordinator.close()


def test_typing_into_a_chat_the_socket_does_not_hold_is_refused(
    server_url: str, staff: dict[str, Any]
) -> None:
    client, _ = start_client(server_url)
    chat = Chat.objects.get()
    coordinator = open_worker(server_url, staff["charlie"])
    coordinator.send(type="typing", chat=chat.pk, on=True)
    assert coordinator.expect("error")["code"] == "unknown_chat"
    assert not [f for f in client.drain(0.5) if f["type"] == "typing"]
    client.close()
    coordinator.close()


def test_many_console_sessions_are_checked_at_once_by_every_rule_of_one(
    staff: dict[str, Any], django_assert_max_num_queries: Any
) -> None:
    from django.contrib.auth import get_user_model
    from django_otp.plugins.otp_totp.models import TOTPDevice

    from tests.staff import PASSWORD, verified_client
    from tukipiste.chat import selectors

    def session_of(user: Any) -> tuple[int, str]:
        return (user.pk, verified_client(user).cookies["sessionid"].value)

    pairs = {name: session_of(staff[name]) for name in sorted(WITH_CHAT_DUTY | WITHOUT)}
    alice_again = session_of(staff["alice"])
    superuser = get_user_model().objects.create_superuser("root", "root@example.org", PASSWORD)
    TOTPDevice.objects.create(user=superuser, name="app", key="34" * 20, confirmed=True)
    pairs["superuser"] = session_of(superuser)
    # Bob's session claimed under Charlie's id; an unknown key; a key without a user id.
    pairs["claimed"] = (staff["charlie"].pk, pairs["bob"][1])
    pairs["unknown"] = (staff["alice"].pk, "x" * 32)
    pairs["nobody"] = (0, pairs["alice"][1])
    expected = {"alice", "bob", "charlie", "superuser"}
    with django_assert_max_num_queries(5):
        held = selectors.chat_workers_of_sessions([*pairs.values(), alice_again])
    assert {name for name, pair in pairs.items() if pair in held} == expected
    assert held[alice_again] == staff["alice"]
    for name in expected:
        assert selectors.may_take_chat_duty(held[pairs[name]])

    # Each way a session stops holding, one per console, all in the same check.
    Session.objects.filter(session_key=pairs["alice"][1]).delete()  # logged out
    Session.objects.filter(session_key=alice_again[1]).update(
        expire_date=timezone.now() - dt.timedelta(seconds=1)  # the idle timeout
    )
    staff["bob"].set_password("a new one, long enough")
    staff["bob"].save()
    TOTPDevice.objects.filter(user=staff["charlie"]).update(confirmed=False)
    superuser.is_active = False
    superuser.save()
    assert selectors.chat_workers_of_sessions([*pairs.values(), alice_again]) == {}
    assert (
        selectors.chat_worker_of_session(user_id=pairs["bob"][0], session_key=pairs["bob"][1])
        is None
    )


def test_one_query_tells_many_consoles_which_chats_to_show(
    staff: dict[str, Any], django_assert_num_queries: Any
) -> None:
    from tukipiste.chat import selectors, services

    alice, bob = staff["alice"], staff["bob"]
    for worker in (alice, bob):
        services.console_opened(worker_id=worker.pk)
        services.set_duty(worker=worker, on=True)
    chats = [services.start_chat(language="fi")[0] for _ in range(3)]
    services.accept_chat(chat_id=chats[0].pk, worker=alice)
    services.accept_chat(chat_id=chats[1].pk, worker=bob)
    services.accept_chat(chat_id=chats[2].pk, worker=bob)
    services.end_chat(chat_id=chats[2].pk, by="worker", worker=bob)
    with django_assert_num_queries(1):
        # Alice's console still shows Bob's chat (a transfer it missed) and an ended one.
        states = selectors.held_chats_states(
            [(alice.pk, {chats[1].pk}), (bob.pk, {chats[2].pk}), (alice.pk, set())]
        )
    assert [[(row["chat"], row["held"]) for row in state] for state in states] == [
        [(chats[0].pk, True), (chats[1].pk, False)],
        [(chats[1].pk, True), (chats[2].pk, False)],
        [(chats[0].pk, True)],
    ]
    assert states[1][1]["status"] == ChatStatus.ENDED


def test_the_clock_closes_a_console_whose_revoke_event_was_lost(
    server_url: str, staff: dict[str, Any], settings: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    from tukipiste.chat import events

    settings.CHAT_SESSION_CHECK_SECONDS = 1
    worker = open_worker(server_url, staff["alice"])
    monkeypatch.setattr(events, "revoke_worker", lambda *args, **kwargs: None)
    staff["alice"].groups.remove(Group.objects.get(name=GROUP_NAMES["worker"]))
    expect_revoked(worker, within=4)
