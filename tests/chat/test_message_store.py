"""The chat message's store: the two-statement path every message takes, against the
query-compiler path that a database without ``RETURNING`` takes instead."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from django.contrib.auth import get_user_model

from tests.staff import make_staff
from tukipiste.accounts.services import ensure_profile
from tukipiste.chat import events, services
from tukipiste.chat.models import Chat, ChatMessage

STORED_FIELDS = ("seq", "sender", "client_id", "author_id", "author_name", "body", "event")


@pytest.fixture
def without_returning(monkeypatch: pytest.MonkeyPatch) -> None:
    """As on a database without ``RETURNING``: the two statements step aside."""
    monkeypatch.setattr(services, "_append_to_open_chat", lambda *args, **kwargs: None)


@pytest.fixture
def relayed(monkeypatch: pytest.MonkeyPatch) -> list[tuple[int, dict[str, Any]]]:
    frames: list[tuple[int, dict[str, Any]]] = []
    monkeypatch.setattr(
        events, "to_chat", lambda chat_id, payload, **_: frames.append((chat_id, payload))
    )
    return frames


def held_chat() -> tuple[Chat, Any]:
    worker = make_staff("noora", "worker", ["helsinki"])
    profile = ensure_profile(user=worker)
    profile.display_name = "Noora"
    profile.save()
    worker = get_user_model().objects.get(pk=worker.pk)  # as a console's check reads it
    services.set_duty(worker=worker, on=True)
    chat, _ = services.start_chat(language="fi")
    services.accept_chat(chat_id=chat.pk, worker=worker)
    chat.refresh_from_db()
    return chat, worker


def conversation(chat: Chat, worker: Any) -> list[ChatMessage]:
    stored = [
        services.post_message(chat_id=chat.pk, sender="client", client_id="c1", body="moi")[0],
        services.post_message(
            chat_id=chat.pk, sender="worker", client_id="w1", body="hei", author=worker
        )[0],
    ]
    return stored


@pytest.mark.parametrize("path", ["returning", "compiled"])
def test_both_paths_store_the_same_rows_and_relay_the_same_frames(
    chat_open: None,
    relayed: list[tuple[int, dict[str, Any]]],
    path: str,
    request: Any,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    if path == "compiled":
        request.getfixturevalue("without_returning")
    chat, worker = held_chat()
    first_seq = chat.last_seq + 1
    relayed.clear()
    appended = services._append_to_open_chat
    by_returning: list[ChatMessage | None] = []

    def append(*args: Any, **kwargs: Any) -> ChatMessage | None:
        by_returning.append(appended(*args, **kwargs))
        return by_returning[-1]

    monkeypatch.setattr(services, "_append_to_open_chat", append)
    returned = conversation(chat, worker)

    assert len([m for m in by_returning if m is not None]) == (2 if path == "returning" else 0)

    rows = list(ChatMessage.objects.filter(chat=chat, seq__gte=first_seq).order_by("seq"))
    assert [(m.pk, *(getattr(m, f) for f in STORED_FIELDS)) for m in returned] == [
        (m.pk, *(getattr(m, f) for f in STORED_FIELDS)) for m in rows
    ]
    assert [(m.seq, m.sender, m.author_name, m.body) for m in rows] == [
        (first_seq, "client", "", "moi"),
        (first_seq + 1, "worker", "Noora", "hei"),
    ]
    assert all(
        abs(m.created_at - dt.datetime.now(tz=dt.UTC)) < dt.timedelta(minutes=1) for m in rows
    )
    assert [m.created_at for m in rows] == [m.created_at for m in returned]
    chat.refresh_from_db()
    assert chat.last_seq == first_seq + 1
    assert [(chat_id, frame["seq"], frame["id"], frame["from"]) for chat_id, frame in relayed] == [
        (chat.pk, first_seq, "c1", "client"),
        (chat.pk, first_seq + 1, "w1", "worker"),
    ]
    assert relayed[1][1]["author"] == "Noora"
    assert relayed[0][1]["at"] == rows[0].created_at.isoformat()


@pytest.mark.parametrize("path", ["returning", "compiled"])
def test_a_refused_message_writes_nothing(chat_open: None, path: str, request: Any) -> None:
    if path == "compiled":
        request.getfixturevalue("without_returning")
    chat, _ = held_chat()
    other = make_staff("ilkka", "worker", ["helsinki"])
    before = chat.last_seq

    with pytest.raises(services.NotYours):
        services.post_message(
            chat_id=chat.pk, sender="worker", client_id="x", body="not mine", author=other
        )
    with pytest.raises(services.NotYours):
        services.post_message(chat_id=chat.pk, sender="worker", client_id="y", body="nobody")
    with pytest.raises(Chat.DoesNotExist):
        services.post_message(chat_id=chat.pk + 1000, sender="client", client_id="z", body="?")
    services.end_chat(chat_id=chat.pk, by="client")
    chat.refresh_from_db()
    ended_at_seq = chat.last_seq
    with pytest.raises(services.ChatEnded):
        services.post_message(chat_id=chat.pk, sender="client", client_id="late", body="hi?")

    chat.refresh_from_db()
    assert chat.last_seq == ended_at_seq == before + 1  # only the end's own system message
    assert not ChatMessage.objects.filter(client_id__in=["x", "y", "z", "late"]).exists()


def test_a_resend_on_the_returning_path_gives_its_seq_back(chat_open: None) -> None:
    chat, worker = held_chat()
    first, created = services.post_message(
        chat_id=chat.pk, sender="worker", client_id="w1", body="hei", author=worker
    )
    again, created_again = services.post_message(
        chat_id=chat.pk, sender="worker", client_id="w1", body="hei", author=worker
    )
    chat.refresh_from_db()
    assert created and not created_again and again.pk == first.pk
    assert chat.last_seq == first.seq


def test_no_receiver_listens_for_saved_chat_messages() -> None:
    """The two statements run no ``save``: a receiver added for ``ChatMessage`` would never
    hear of a message (decision 0021). Add one only with the compiled path for it."""
    from django.db.models.signals import post_save

    assert not post_save.has_listeners(ChatMessage)
