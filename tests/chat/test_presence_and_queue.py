"""Presence, the honest queue and the end of chat duty (issue: chat duty as people live it).

Unit tests of the pure estimate and the services first, then the same over real sockets.
"""

from __future__ import annotations

import datetime as dt
import time
from typing import Any

import pytest
from django.utils import timezone

from tests.chat.conftest import worker_cookie
from tests.chat.test_chat_flow import CLIENT, WORKER, open_worker, start_client
from tests.chat.wsclient import Peer
from tukipiste.chat import events, selectors, services
from tukipiste.chat.models import Chat, ChatMessage, WorkerDuty
from tukipiste.chat.safety import sounds_urgent
from tukipiste.chat.selectors import Capacity, QueueSnapshot, estimated_wait, queue_frame_at

NOBODY = Capacity(available=0, free=0, slots=0, handling_s=600)


# --- the estimate (pure) ----------------------------------------------------------------
@pytest.mark.parametrize(
    ("position", "capacity", "expected"),
    [
        (1, NOBODY, None),  # nobody to answer: no invented figure
        (1, Capacity(available=1, free=2, slots=3, handling_s=600), 0),
        (2, Capacity(available=1, free=2, slots=3, handling_s=600), 0),
        # Third in line, two free places: one chat must end first, one of three in 600 s.
        (3, Capacity(available=1, free=2, slots=3, handling_s=600), 200),
        (5, Capacity(available=2, free=0, slots=6, handling_s=600), 500),
    ],
)
def test_the_estimate_follows_who_can_answer(
    position: int, capacity: Capacity, expected: int | None
) -> None:
    assert estimated_wait(position=position, capacity=capacity) == expected


def test_nobody_on_duty_is_a_state_of_its_own_with_the_alternatives() -> None:
    frame = queue_frame_at(position=1, snapshot=QueueSnapshot(ids=[7], capacity=NOBODY, version=5))
    assert frame["state"] == "nobody_on_duty"
    assert frame["estimated_wait_s"] is None and frame["alternatives"] is True
    assert frame["version"] == 5


def test_a_long_wait_offers_the_alternatives(settings: Any) -> None:
    settings.CHAT_LONG_WAIT_MINUTES = 20
    busy = Capacity(available=1, free=0, slots=1, handling_s=1800)
    frame = queue_frame_at(position=1, snapshot=QueueSnapshot(ids=[1], capacity=busy, version=1))
    assert frame["state"] == "waiting" and frame["estimated_wait_s"] == 1800
    assert frame["alternatives"] is True


@pytest.mark.parametrize(
    ("text", "urgent"),
    [
        ("I need help now, I am in danger", True),
        ("Olen vaarassa, apua", True),
        ("Помогите, мне страшно", True),
        ("ฉันกลัวมาก", True),
        ("Necesito ayuda urgente", True),
        ("Mi-e frică de el", True),
        ("Han hotar mig", True),
        ("Where can I get tested?", False),
        ("Vilket hotell?", False),
        ("", False),
    ],
)
def test_words_of_danger_are_noticed_in_every_language(text: str, urgent: bool) -> None:
    assert sounds_urgent(text) is urgent


# --- services ---------------------------------------------------------------------------
@pytest.mark.usefixtures("chat_open")
def test_recent_handling_time_replaces_the_constant(settings: Any) -> None:
    from django.core.cache import cache

    settings.CHAT_AVERAGE_MINUTES = 8
    assert selectors.recent_handling_seconds() == 480  # fewer than five chats: the setting
    now = timezone.now()
    for minutes in (10, 10, 20, 20, 30):
        chat = Chat.objects.create(token_hash=f"h{minutes}{time.monotonic_ns()}", language="fi")
        Chat.objects.filter(pk=chat.pk).update(
            accepted_at=now - dt.timedelta(minutes=minutes), ended_at=now, status="ended"
        )
    cache.delete(selectors.HANDLING_KEY)  # read at most once a minute
    assert selectors.recent_handling_seconds() == 18 * 60


def test_queue_rows_show_the_first_words_and_flag_safety(staff: dict[str, Any]) -> None:
    chat, _ = services.start_chat(language="en", topic="health")
    services.post_message(chat_id=chat.pk, sender="client", client_id="a", body="I am in danger")
    services.post_message(chat_id=chat.pk, sender="client", client_id="b", body="please")
    calm, _ = services.start_chat(language="fi", topic="sexual_health")
    rows = selectors.waiting_chats(now=timezone.now())
    assert [(r["chat"], r["first_message"], r["safety"]) for r in rows] == [
        (chat.pk, "I am in danger", True),
        (calm.pk, None, False),
    ]


def test_a_worker_without_a_console_goes_off_duty_after_the_grace(
    staff: dict[str, Any], settings: Any, sent_events: list[Any]
) -> None:
    settings.CHAT_AWAY_GRACE_SECONDS = 60
    alice = staff["alice"]
    chat, _ = services.start_chat(language="fi")
    services.console_opened(worker_id=alice.pk)
    services.set_duty(worker=alice, on=True)
    services.accept_chat(chat_id=chat.pk, worker=alice)
    sent_events.clear()
    services.console_closed(worker_id=alice.pk)
    # The client hears at once that the worker's connection dropped.
    assert (events.chat_group(chat.pk), "presence") in [
        (g, m["payload"]["type"]) for g, m in sent_events if "payload" in m
    ]
    now = timezone.now()
    assert services.send_away_workers_off_duty(now=now + dt.timedelta(seconds=30)) == []
    assert WorkerDuty.objects.get(user=alice).on_duty
    assert services.send_away_workers_off_duty(now=now + dt.timedelta(seconds=61)) == [alice.pk]
    assert not WorkerDuty.objects.get(user=alice).on_duty
    chat.refresh_from_db()
    assert chat.status == "queued" and chat.worker is None  # offered to colleagues


def test_a_worker_back_within_the_grace_keeps_their_chats(
    staff: dict[str, Any], settings: Any
) -> None:
    alice = staff["alice"]
    chat, _ = services.start_chat(language="fi")
    services.console_opened(worker_id=alice.pk)
    services.set_duty(worker=alice, on=True)
    services.accept_chat(chat_id=chat.pk, worker=alice)
    services.console_closed(worker_id=alice.pk)
    services.console_opened(worker_id=alice.pk)  # the reload
    later = timezone.now() + dt.timedelta(seconds=settings.CHAT_AWAY_GRACE_SECONDS + 1)
    services.console_alive(worker_id=alice.pk)
    assert services.send_away_workers_off_duty(now=later - dt.timedelta(seconds=10)) == []
    chat.refresh_from_db()
    assert chat.status == "active" and chat.worker == alice


def test_a_console_whose_process_died_counts_as_gone(staff: dict[str, Any]) -> None:
    alice = staff["alice"]
    services.console_opened(worker_id=alice.pk)
    services.set_duty(worker=alice, on=True)
    # No goodbye and no sign of life for five minutes: the server process died.
    later = timezone.now() + dt.timedelta(minutes=5)
    assert services.send_away_workers_off_duty(now=later) == [alice.pk]
    assert WorkerDuty.objects.get(user=alice).sockets == 0


def test_workers_on_duty_but_not_connected_give_no_estimate(staff: dict[str, Any]) -> None:
    services.set_duty(worker=staff["alice"], on=True)  # on duty, but no console open
    chat, _ = services.start_chat(language="fi")
    frame = selectors.queue_frame(chat=chat)
    assert frame["state"] == "nobody_on_duty" and frame["estimated_wait_s"] is None
    services.console_opened(worker_id=staff["alice"].pk)
    frame = selectors.queue_frame(chat=chat)
    assert frame["state"] == "waiting" and frame["available"] == 1


def test_when_duty_ends_waiting_chats_close_with_the_next_opening(
    staff: dict[str, Any], sent_events: list[Any]
) -> None:
    waiting, _ = services.start_chat(language="fi")
    talking, _ = services.start_chat(language="fi")
    services.console_opened(worker_id=staff["alice"].pk)
    services.set_duty(worker=staff["alice"], on=True)
    services.accept_chat(chat_id=talking.pk, worker=staff["alice"])
    assert services.close_queue_after_duty() == 0  # still open at noon
    sent_events.clear()
    evening = timezone.now().replace(hour=14, minute=0)  # 16:00 in Helsinki: closed
    assert services.close_queue_after_duty(moment=evening) == 1
    waiting.refresh_from_db()
    talking.refresh_from_db()
    assert (waiting.status, waiting.ended_by, waiting.end_reason) == (
        "ended",
        "system",
        "duty_closed",
    )
    assert talking.status == "active"  # a conversation goes on to its end
    ended = [m["payload"] for g, m in sent_events if m.get("payload", {}).get("type") == "ended"]
    assert ended[0]["reason"] == "duty_closed"
    assert ended[0]["next_opening"].startswith("2026-11-26T")  # Thursday morning


def test_the_client_read_position_is_kept_for_a_reloaded_console(staff: dict[str, Any]) -> None:
    chat, _ = services.start_chat(language="fi")
    services.console_opened(worker_id=staff["alice"].pk)
    services.set_duty(worker=staff["alice"], on=True)
    services.accept_chat(chat_id=chat.pk, worker=staff["alice"])
    message, _ = services.post_message(
        chat_id=chat.pk, sender="worker", client_id="w", body="Hei", author=staff["alice"]
    )
    services.client_read(chat_id=chat.pk, seq=message.seq)
    services.client_read(chat_id=chat.pk, seq=message.seq - 1)  # an older receipt: no effect
    services.client_read(chat_id=chat.pk, seq=999)  # beyond the chat: ignored
    frame = services.open_assigned_chat(chat_id=chat.pk, reader=staff["alice"], note="")
    assert frame["read_seq"] == message.seq
    mine = [m for m in frame["messages"] if m["from"] == "worker"]
    assert mine[0]["author_id"] == staff["alice"].pk


# --- over real sockets ------------------------------------------------------------------
def test_the_client_learns_when_the_worker_drops_and_comes_back(
    server_url: str, staff: dict[str, Any]
) -> None:
    worker = open_worker(server_url, staff["alice"])
    client, _ = start_client(server_url)
    chat = Chat.objects.get()
    worker.expect("queue")
    worker.send(type="accept", chat=chat.pk)
    worker.expect("assigned", chat=chat.pk)
    client.expect("accepted")
    worker.close()
    assert client.expect("presence", timeout=10) == {
        "type": "presence",
        "who": "worker",
        "online": False,
    }
    client.send(type="send", id="c1", body="Are you there?")
    client.expect("ack", id="c1")  # kept: the worker reads it when back
    again = Peer(server_url, WORKER, cookie=worker_cookie(staff["alice"]))
    assert client.expect("presence", online=True, timeout=10)["who"] == "worker"
    assigned = again.expect("assigned", chat=chat.pk, timeout=10)
    assert assigned["client_online"] is True
    assert any(m["body"] == "Are you there?" for m in assigned["messages"])
    client.close()
    assert again.expect("presence", chat=chat.pk, timeout=10)["online"] is False
    again.close()


def test_a_waiting_client_sees_nobody_on_duty_then_a_real_estimate(
    server_url: str, staff: dict[str, Any]
) -> None:
    client = Peer(server_url, CLIENT)
    duty = client.expect("duty")
    assert duty["open"] is True and duty["closes_at"] == "2026-11-25T15:00:00+02:00"
    client.send(type="start", language="fi")
    client.expect("started")
    queue = client.expect("queue")
    assert queue["state"] == "nobody_on_duty" and queue["estimated_wait_s"] is None
    assert queue["alternatives"] is True
    worker = open_worker(server_url, staff["alice"])
    # Within the clock's tick the client learns a worker can answer.
    queue = client.expect("queue", timeout=5, state="waiting")
    assert queue["estimated_wait_s"] == 0 and queue["available"] == 1
    worker.close()
    client.close()


def test_sync_answers_with_the_chat_state(server_url: str, staff: dict[str, Any]) -> None:
    client, _ = start_client(server_url)
    client.send(type="sync", last_seq=0)
    state = client.expect("state")
    assert state["status"] == "queued" and state["worker"] is None
    assert state["last_seq"] == 0
    client.close()


def test_a_client_that_missed_accepted_is_told_by_the_clock(
    server_url: str, staff: dict[str, Any], monkeypatch: pytest.MonkeyPatch
) -> None:
    """A dropped ``accepted`` must not leave the client looking at the queue."""
    client, _ = start_client(server_url)
    client.expect("queue")
    chat = Chat.objects.get()
    services.console_opened(worker_id=staff["alice"].pk)
    services.set_duty(worker=staff["alice"], on=True)
    # Every event to the chat is lost on the way, as an overflowing channel would drop it.
    monkeypatch.setattr(events, "to_chat", lambda *args, **kwargs: None)
    services.accept_chat(chat_id=chat.pk, worker=staff["alice"])
    state = client.expect("state", timeout=5)
    assert state["status"] == "active" and state["worker"] == "Alice"
    assert state["last_seq"] == ChatMessage.objects.filter(chat=chat).count()
    client.close()


def test_the_console_resynchronises_a_missed_transfer(
    server_url: str, staff: dict[str, Any], settings: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    settings.CHAT_SESSION_CHECK_SECONDS = 1
    worker = open_worker(server_url, staff["alice"])
    services.console_opened(worker_id=staff["bob"].pk)
    services.set_duty(worker=staff["bob"], on=True)
    chat, _ = services.start_chat(language="fi")
    services.accept_chat(chat_id=chat.pk, worker=staff["bob"])
    monkeypatch.setattr(events, "to_worker", lambda *args, **kwargs: None)
    services.transfer_chat(chat_id=chat.pk, by=staff["bob"], to=staff["alice"])
    assert worker.expect("assigned", timeout=5, chat=chat.pk)["status"] == "active"
    chats = worker.expect("chats", timeout=5)
    assert {"chat": chat.pk, "held": True, "status": "active"}.items() <= chats["chats"][0].items()
    worker.close()


def test_the_public_chat_page_is_never_served_from_the_page_cache(
    client: Any, demo_chat_page: None
) -> None:
    from tukipiste.chat.models import ChatPage

    page = ChatPage.objects.live().first()
    assert page is not None
    response = client.get(page.url)
    assert response.status_code == 200
    assert "no-cache" in response["Cache-Control"] and "private" in response["Cache-Control"]
    assert not response.cookies


def test_the_timer_command_does_both_jobs(staff: dict[str, Any]) -> None:
    from io import StringIO

    from django.core.management import call_command

    services.console_opened(worker_id=staff["alice"].pk)
    services.set_duty(worker=staff["alice"], on=True)
    WorkerDuty.objects.update(seen_at=timezone.now() - dt.timedelta(minutes=10))
    out = StringIO()
    call_command("chat_duty_tick", stdout=out)
    assert out.getvalue().strip() == "1 workers sent off duty, 0 waiting chats closed"
    assert not WorkerDuty.objects.get(user=staff["alice"]).on_duty


def test_a_reconnecting_phone_is_not_taken_for_gone(server_url: str, staff: dict[str, Any]) -> None:
    """The new socket opens before the server notices the old one is dead: presence is
    counted, so the old one's close does not tell the worker the client left."""
    worker = open_worker(server_url, staff["alice"])
    client, token = start_client(server_url)
    chat = Chat.objects.get()
    worker.send(type="accept", chat=chat.pk)
    worker.expect("assigned", chat=chat.pk)
    again = Peer(server_url, CLIENT)
    again.send(type="resume", token=token, last_seq=0)
    again.expect("resumed")
    client.close()  # the dead socket, closed late
    deadline = time.monotonic() + 10
    while Chat.objects.get().client_sockets != 1 and time.monotonic() < deadline:
        time.sleep(0.1)
    assert Chat.objects.get().client_sockets == 1
    assert not [f for f in worker.drain() if f["type"] == "presence"]
    again.close()
    assert worker.expect("presence", chat=chat.pk, timeout=10)["online"] is False
    worker.close()


def test_a_missed_duty_close_still_brings_the_alternatives(
    server_url: str, staff: dict[str, Any]
) -> None:
    client, _ = start_client(server_url)
    evening = timezone.now().replace(hour=14, minute=0)
    services.close_queue_after_duty(moment=evening)
    client.send(type="sync", last_seq=0)
    state = client.expect("state", status="ended")
    assert state["reason"] == "duty_closed" and state["next_opening"]
    client.send(type="sync", last_seq=0)  # a second sync within 5 s is not answered
    assert not [f for f in client.drain(0.5) if f["type"] == "state"]
    client.close()


def test_a_conversation_back_in_the_queue_outlives_the_close(staff: dict[str, Any]) -> None:
    chat, _ = services.start_chat(language="fi")
    services.console_opened(worker_id=staff["alice"].pk)
    services.set_duty(worker=staff["alice"], on=True)
    services.accept_chat(chat_id=chat.pk, worker=staff["alice"])
    services.transfer_chat(chat_id=chat.pk, by=staff["alice"], to=None)  # back in the queue
    evening = timezone.now().replace(hour=14, minute=0)
    assert services.close_queue_after_duty(moment=evening) == 0
    chat.refresh_from_db()
    assert chat.status == "queued"  # a colleague still on duty may take it


def test_a_live_console_repairs_a_count_a_sweep_got_wrong(staff: dict[str, Any]) -> None:
    alice = staff["alice"].pk
    services.console_opened(worker_id=alice)
    WorkerDuty.objects.filter(user_id=alice).update(sockets=0)  # as a racing sweep left it
    services.console_alive(worker_id=alice)
    duty = WorkerDuty.objects.get(user_id=alice)
    assert duty.sockets == 1 and duty.away_since is None
