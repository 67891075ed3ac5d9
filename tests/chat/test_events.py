"""Services' events, asserted without sockets; consumers reach the layer only through events."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from tukipiste.chat import events, services
from tukipiste.chat.models import Chat

pytestmark = pytest.mark.usefixtures("chat_open")


def kinds(sent: list[tuple[str, dict[str, Any]]]) -> list[tuple[str, str]]:
    return [
        (group, message.get("payload", {}).get("type", message["type"])) for group, message in sent
    ]


def test_accepting_a_chat_tells_the_chat_and_the_queue(
    staff: dict[str, Any], sent_events: list[Any]
) -> None:
    from django.contrib.auth.models import User

    alice = User.objects.get(username="alice")  # with the display name the fixture gave her
    chat, _ = services.start_chat(language="fi")
    services.set_duty(worker=alice, on=True)
    sent_events.clear()
    services.accept_chat(chat_id=chat.pk, worker=alice)
    assert kinds(sent_events) == [
        (events.chat_group(chat.pk), "message"),
        (events.chat_group(chat.pk), "accepted"),
        (events.WORKERS, "queue.changed"),
    ]
    accepted = sent_events[1][1]["payload"]
    assert accepted["worker"] == "Alice"
    # The seq of the "accepted" system message: a client that missed it fetches it.
    assert accepted["seq"] == sent_events[0][1]["payload"]["seq"]


def test_a_refused_accept_sends_nothing(staff: dict[str, Any], sent_events: list[Any]) -> None:
    chat, _ = services.start_chat(language="fi")
    sent_events.clear()
    with pytest.raises(services.OffDuty):
        services.accept_chat(chat_id=chat.pk, worker=staff["alice"])
    assert sent_events == []
    assert Chat.objects.get().status == "queued"


def test_a_transfer_note_reaches_only_workers(
    staff: dict[str, Any], sent_events: list[Any]
) -> None:
    chat, _ = services.start_chat(language="fi")
    for name in ("alice", "bob"):
        services.set_duty(worker=staff[name], on=True)
    services.accept_chat(chat_id=chat.pk, worker=staff["alice"])
    sent_events.clear()
    services.transfer_chat(chat_id=chat.pk, by=staff["alice"], to=staff["bob"], note="Thai")
    to_chat = [m for g, m in sent_events if g == events.chat_group(chat.pk)]
    assert all("Thai" not in str(m) for m in to_chat)
    assert (events.worker_group(staff["bob"].pk), "assigned_by_transfer") in kinds(sent_events)


def test_blocking_ends_and_blocks_in_one_transaction(
    staff: dict[str, Any], sent_events: list[Any]
) -> None:
    chat, _ = services.start_chat(language="fi")
    services.set_duty(worker=staff["alice"], on=True)
    services.accept_chat(chat_id=chat.pk, worker=staff["alice"])
    sent_events.clear()
    services.block_chat(chat_id=chat.pk, worker=staff["alice"])
    assert [k for _, k in kinds(sent_events)][-2:] == ["ended", "blocked"]
    chat.refresh_from_db()
    assert chat.blocked and chat.status == "ended"


def test_a_block_that_fails_halfway_leaves_the_chat_as_it_was(
    staff: dict[str, Any], sent_events: list[Any], monkeypatch: pytest.MonkeyPatch
) -> None:
    chat, _ = services.start_chat(language="fi")
    services.set_duty(worker=staff["alice"], on=True)
    services.accept_chat(chat_id=chat.pk, worker=staff["alice"])
    sent_events.clear()

    def broken(**kwargs: Any) -> None:
        raise RuntimeError("the audit trail is away")

    # An audit write failing inside the block must undo the chat's end as well.
    monkeypatch.setattr(services, "log_action", broken)
    with pytest.raises(RuntimeError):
        services.block_chat(chat_id=chat.pk, worker=staff["alice"])
    chat.refresh_from_db()
    assert (chat.status, chat.blocked) == ("active", False)
    assert sent_events == []  # nothing told to a socket about a change that did not happen


def test_consumers_never_touch_the_channel_layer_themselves() -> None:
    folder = Path(services.__file__).parent / "consumers"
    for module in folder.glob("*.py"):
        source = module.read_text()
        assert "channel_layer" not in source and "get_channel_layer" not in source, module


def test_the_contact_a_chat_becomes_carries_the_clients_topic(staff: dict[str, Any]) -> None:
    from django.contrib.auth.models import User

    from tests.records.helpers import ensure_categories
    from tukipiste.records.models import Contact

    ensure_categories()
    alice = User.objects.get(username="alice")
    chat, _ = services.start_chat(language="ru", topic="money_housing")
    services.set_duty(worker=alice, on=True)
    services.accept_chat(chat_id=chat.pk, worker=alice)
    services.end_chat(chat_id=chat.pk, by="worker", worker=alice)
    contact = Contact.objects.get()
    assert (contact.channel, contact.language) == ("chat", "ru")
    assert sorted(c.code for c in contact.categories.all()) == ["housing", "money"]
    assert list(contact.workers.all()) == [alice]


def test_hurry_ups_to_the_consoles_are_coalesced_in_a_burst() -> None:
    """A burst of queue changes in one process reaches the consoles as one hurry-up at once
    and one at the end of the span, never fewer: the last change is never left out."""
    import asyncio

    asyncio.run(_burst_of_queue_changes())


async def _burst_of_queue_changes() -> None:
    import asyncio

    sent: list[tuple[str, dict[str, Any]]] = []

    class Layer:
        async def group_send(self, group: str, message: dict[str, Any]) -> None:
            sent.append((group, message))

    layer = Layer()
    events._hand_over(layer, events.WORKERS, {"type": "queue.changed"})
    for _ in range(50):
        events._hand_over(layer, events.WORKERS, {"type": "queue.changed"})
        events._hand_over(layer, events.chat_group(7), {"type": "chat.relay", "n": 1})
    await asyncio.sleep(0)
    assert kinds(sent).count((events.WORKERS, "queue.changed")) == 1
    # Other events are never held back or merged.
    assert kinds(sent).count((events.chat_group(7), "chat.relay")) == 50
    await asyncio.sleep(events.COALESCE_SECONDS + 0.1)
    assert kinds(sent).count((events.WORKERS, "queue.changed")) == 2
    # A quiet moment later, the next change goes out at once again.
    await asyncio.sleep(events.COALESCE_SECONDS)
    events._hand_over(layer, events.WORKERS, {"type": "queue.changed"})
    await asyncio.sleep(0)
    assert kinds(sent).count((events.WORKERS, "queue.changed")) == 3
