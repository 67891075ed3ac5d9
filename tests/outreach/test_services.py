"""Logging and correcting outreach sessions: validation, the contacts written through the
records' one write path, and idempotency (also under concurrency, on either database)."""

from __future__ import annotations

import datetime as dt
import threading
import uuid
from typing import Any

import pytest
import time_machine
from django.core.exceptions import ValidationError
from django.db import connection
from django.utils import translation

from tests.outreach.conftest import NOW, log, session_input
from tests.records.helpers import record, rollup_rows
from tests.staff import make_locality, make_office, make_staff
from tukipiste.accounts.services import sync_roles
from tukipiste.core.models import AuditEntry
from tukipiste.outreach import services
from tukipiste.outreach.models import Forum, OutreachSession, SessionContact
from tukipiste.records import services as record_services
from tukipiste.records.models import Contact, DailyCount, MonthlyCount


@pytest.fixture(autouse=True)
def _now() -> Any:
    with time_machine.travel(NOW, tick=False), translation.override("en"):
        yield


def errors_of(**overrides: Any) -> dict[str, list[str]]:
    with pytest.raises(ValidationError) as caught:
        services._validate(session_input(**overrides))
    return caught.value.message_dict


def test_a_session_that_ends_before_it_starts_is_refused(db: None) -> None:
    start = NOW - dt.timedelta(hours=2)
    errors = errors_of(starts_at=start, ends_at=start - dt.timedelta(minutes=1))
    assert errors == {
        "end_time": ["The session ends before it starts. Check the end date and time."]
    }
    assert "end_time" in errors_of(starts_at=start, ends_at=start)


@pytest.mark.parametrize("name", ["people_reached", "partner_staff", "contacts", "messaged"])
def test_negative_counts_are_refused(db: None, name: str) -> None:
    assert errors_of(**{name: -1})[name] == ["A count cannot be negative."]


def test_online_outreach_needs_a_forum_in_use(db: None) -> None:
    assert "forum" in errors_of(environment="online", forum=None)
    retired = Forum.objects.create(name="Old board", active=False)
    assert errors_of(environment="online", forum=retired)["forum"] == [
        "This forum is no longer in use. Choose a forum from the list."
    ]


def test_more_answers_than_messages_and_too_many_by_category_are_refused(
    db: None, lists: dict[str, Any]
) -> None:
    forum = Forum.objects.create(name="Board")
    assert "answered" in errors_of(environment="online", forum=forum, messaged=3, answered=4)
    woman = lists["gender"]["woman"]
    assert "genders" in errors_of(contacts=2, genders={woman: 3})
    condoms = lists["supply"]["condoms"]
    assert f"supply_{condoms.pk}" in errors_of(supplies={condoms: -5})


def test_a_future_or_a_day_long_session_is_refused(db: None) -> None:
    assert "date" in errors_of(
        starts_at=NOW + dt.timedelta(days=2), ends_at=NOW + dt.timedelta(days=2, hours=1)
    )
    assert "end_time" in errors_of(starts_at=NOW - dt.timedelta(hours=30), ends_at=NOW)


def test_a_session_records_its_contacts_with_the_outreach_channel_and_its_locality(
    cast: dict[str, Any], lists: dict[str, Any]
) -> None:
    woman, condoms = lists["gender"]["woman"], lists["supply"]["condoms"]
    alice, peter = cast["alice"], cast["peter"]
    session = log(
        alice,
        environment="indoor",
        workers=[alice, peter],
        contacts=3,
        genders={woman: 2},
        supplies={condoms: 40},
    )
    contacts = Contact.objects.filter(outreach_link__session=session)
    assert contacts.count() == 3
    assert {c.channel for c in contacts} == {"outreach_indoor"}
    assert {c.locality for c in contacts} == {session.locality}
    assert sorted(str(c.gender) for c in contacts) == ["None", "Woman", "Woman"]
    assert {frozenset(c.workers.all()) for c in contacts} == {frozenset([alice, peter])}
    assert session.supplies.get().quantity == 40
    assert not contacts.filter(supplies__isnull=False).exists()  # counted once, on the session
    assert AuditEntry.objects.filter(action="outreach.session.created", actor=alice).count() == 1


def _supply_rows() -> dict[tuple[int, str, str], int]:
    """Supplies in the day roll-up: (day, channel, category id) -> items."""
    rows = DailyCount.objects.filter(dimension="supply").values_list(
        "day", "channel", "value", "amount"
    )
    return {(day, channel, value): amount for day, channel, value, amount in rows}


def test_a_sessions_supplies_count_in_the_statistics_and_follow_its_corrections(
    cast: dict[str, Any], lists: dict[str, Any]
) -> None:
    condoms, lube = lists["supply"]["condoms"], lists["supply"]["lubricant"]
    alice = cast["alice"]
    # A contact of the same evening with supplies of its own: the two add up.
    record(
        channel="outreach_outdoor",
        started_at=NOW - dt.timedelta(hours=2),
        office=make_office("helsinki"),
        supplies={condoms: 5},
    )
    session = log(alice, supplies={condoms: 40, lube: 6})
    day = session.day
    assert day == 20261120 and session.locality_id
    assert _supply_rows() == {
        (day, "outreach_outdoor", str(condoms.pk)): 45,
        (day, "outreach_outdoor", str(lube.pk)): 6,
    }
    incremental = rollup_rows()
    record_services.rebuild_rollups()
    assert rollup_rows() == incremental  # the set-based recount counts sessions the same

    # Corrected: indoors, the day before, fewer condoms and no lubricant.
    services.change_session(
        session=session,
        changes=session_input(
            environment="indoor",
            starts_at=NOW - dt.timedelta(days=1, hours=3),
            ends_at=NOW - dt.timedelta(days=1, hours=1),
            supplies={condoms: 30},
            contacts=0,
        ),
        by=alice,
    )
    assert _supply_rows() == {
        (day, "outreach_outdoor", str(condoms.pk)): 5,
        (20261119, "outreach_indoor", str(condoms.pk)): 30,
    }
    month = MonthlyCount.objects.filter(dimension="supply", value=str(condoms.pk))
    assert sum(month.values_list("amount", flat=True)) == 35
    incremental = rollup_rows()
    record_services.rebuild_rollups()
    assert rollup_rows() == incremental


def test_the_same_key_twice_gives_one_session_and_one_set_of_contacts(cast: dict[str, Any]) -> None:
    key = uuid.uuid4()
    first, created = services.log_session(session=session_input(), key=key, by=cast["alice"])
    again, created_again = services.log_session(
        session=session_input(people_reached=99), key=key, by=cast["alice"]
    )
    assert created and not created_again and again == first
    assert OutreachSession.objects.count() == 1 and Contact.objects.count() == 3
    assert OutreachSession.objects.get().people_reached == 14


def test_another_persons_key_is_refused(cast: dict[str, Any]) -> None:
    key = uuid.uuid4()
    log(cast["alice"], key=key)
    with pytest.raises(ValidationError):
        services.log_session(session=session_input(), key=key, by=cast["bob"])
    assert OutreachSession.objects.count() == 1


def test_online_counts_are_kept_only_for_online_sessions(cast: dict[str, Any]) -> None:
    forum = Forum.objects.create(name="Board")
    session = log(cast["alice"], environment="outdoor", forum=forum, messaged=10, answered=2)
    assert (session.forum, session.messaged, session.answered) == (None, 0, 0)
    online = log(cast["alice"], environment="online", forum=forum, messaged=10, answered=2)
    assert (online.forum, online.messaged, online.answered) == (forum, 10, 2)
    assert {c.channel for c in Contact.objects.filter(outreach_link__session=online)} == {
        "outreach_online"
    }


def test_a_correction_moves_the_contacts_with_the_session_and_adds_more(
    cast: dict[str, Any], lists: dict[str, Any]
) -> None:
    health = lists["topic"]["health"]
    session = log(cast["alice"], contacts=2)
    first = Contact.objects.filter(outreach_link__session=session).first()
    assert first is not None
    first.categories.add(health)  # a worker added a topic in the contact list meanwhile
    tampere = make_locality("tampere", name_sv="Tammerfors", region="pirkanmaa")
    earlier = session.starts_at - dt.timedelta(days=1)
    services.change_session(
        session=session,
        changes=session_input(
            starts_at=earlier,
            ends_at=earlier + dt.timedelta(hours=1),
            environment="indoor",
            locality=tampere,
            contacts=1,
        ),
        by=cast["charlie"],
    )
    contacts = Contact.objects.filter(outreach_link__session=session)
    assert contacts.count() == 3
    assert {(c.channel, c.locality, c.started_at) for c in contacts} == {
        ("outreach_indoor", tampere, earlier)
    }
    assert list(Contact.objects.get(pk=first.pk).categories.all()) == [health]
    assert AuditEntry.objects.filter(action="outreach.session.changed").count() == 1


def test_deleting_a_contact_in_the_records_unlinks_it(cast: dict[str, Any]) -> None:
    from tukipiste.records.services import delete_contact

    session = log(cast["alice"], contacts=2)
    delete_contact(contact=Contact.objects.first(), by=cast["alice"])  # type: ignore[arg-type]
    assert SessionContact.objects.filter(session=session).count() == 1


@pytest.mark.django_db(transaction=True)
def test_concurrent_sends_of_one_key_give_one_session() -> None:
    """Two phones' worth of resends racing: the unique key holds on SQLite and PostgreSQL."""
    sync_roles()
    alice = make_staff("alice", "worker", ["helsinki"])
    key = uuid.uuid4()
    barrier = threading.Barrier(4)
    results: list[Any] = []

    def send() -> None:
        try:
            barrier.wait()
            results.append(services.log_session(session=session_input(), key=key, by=alice))
        except Exception as error:  # pragma: no cover - reported by the assertion below
            results.append(error)
        finally:
            connection.close()

    threads = [threading.Thread(target=send) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    assert all(isinstance(r, tuple) for r in results), results
    assert [created for _s, created in results].count(True) == 1
    assert len({s.pk for s, _c in results}) == 1
    assert OutreachSession.objects.count() == 1
    assert Contact.objects.count() == 3 and SessionContact.objects.count() == 3
