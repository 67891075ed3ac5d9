"""Recording, changing and deleting contacts keeps the monthly roll-ups exact."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from django.core.exceptions import ValidationError
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from tests.records.helpers import local, record, rollup_rows
from tests.staff import make_locality, make_office
from tukipiste.core import codes
from tukipiste.core.models import AuditEntry
from tukipiste.records import services
from tukipiste.records.models import ClientCode, Contact, DailyCount, Dimension, MonthlyCount
from tukipiste.records.selectors import client_code_for


def _full(lists: dict[str, Any], cast: dict[str, Any], **extra: Any) -> Contact:
    office = make_office("helsinki")
    code, _ = services.create_client_code(by=cast["alice"], office=office)
    return record(
        office=office,
        recorded_by=cast["alice"],
        workers=[cast["alice"], cast["peter"]],
        client=code,
        age_band=lists["age_band"]["25-34"],
        gender=lists["gender"]["woman"],
        work_environment=lists["work_environment"]["apartment"],
        interpretation=True,
        categories=[lists["topic"]["health"], lists["service"]["testing"]],
        supplies={lists["supply"]["condoms"]: 20},
        **extra,
    )


def test_a_contact_with_only_the_required_facts_is_recorded_for_its_worker(
    cast: dict[str, Any],
) -> None:
    contact = services.record_contact(
        contact=services.ContactInput(
            channel="chat",
            started_at=timezone.now(),
            duration_seconds=300,
            office=make_office("turku"),
            language="th",
        ),
        by=cast["bob"],
    )
    assert list(contact.workers.all()) == [cast["bob"]]
    total = MonthlyCount.objects.get(dimension=Dimension.CONTACTS, channel="chat").amount
    assert total == 1
    assert AuditEntry.objects.filter(
        action="records.contact.created", object_type="records.contact"
    ).exists()


def test_a_recorded_contact_is_counted_once_by_day_and_by_month(
    lists: dict[str, Any], cast: dict[str, Any]
) -> None:
    contact = _full(lists, cast)
    for rows in (MonthlyCount.objects.all(), DailyCount.objects.all()):
        assert rows.get(dimension="contacts").amount == 1
        assert rows.get(dimension="topic", value=str(lists["topic"]["health"].pk)).amount == 1
        assert rows.get(dimension="supply").amount == 20
        assert rows.get(dimension="interpretation").amount == 1
    assert contact.client is not None


def test_changing_a_contact_moves_its_counts_and_equals_a_full_recount(
    lists: dict[str, Any], cast: dict[str, Any]
) -> None:
    contact = _full(lists, cast)
    record(channel="phone", recorded_by=cast["bob"], gender=lists["gender"]["man"])
    services.change_contact(
        contact=contact,
        by=cast["charlie"],
        changes=services.ContactInput(
            channel="outreach_outdoor",
            started_at=timezone.now() - dt.timedelta(days=40),
            duration_seconds=0,
            office=None,
            locality=make_locality("oulu"),
            language="en",
            gender=lists["gender"]["trans"],
            categories=[lists["topic"]["housing"]],
            supplies={lists["supply"]["lubricant"]: 2},
            workers=[cast["bob"]],
        ),
    )
    incremental = rollup_rows()
    services.rebuild_rollups()
    assert rollup_rows() == incremental
    assert (
        AuditEntry.objects.filter(action="records.contact.changed", actor=cast["charlie"]).count()
        == 1
    )


def test_deleting_a_contact_takes_it_out_of_every_count(
    lists: dict[str, Any], cast: dict[str, Any]
) -> None:
    contact = _full(lists, cast)
    services.delete_contact(contact=contact, by=cast["alice"])
    assert rollup_rows() == ([], [], [])
    assert not Contact.objects.exists()
    assert (
        AuditEntry.objects.filter(action="records.contact.deleted", actor=cast["alice"]).count()
        == 1
    )


def test_a_failed_write_leaves_the_roll_ups_untouched(
    lists: dict[str, Any], cast: dict[str, Any]
) -> None:
    contact = _full(lists, cast)
    before = rollup_rows()
    with pytest.raises(ValidationError):
        services.change_contact(
            contact=contact,
            by=cast["alice"],
            changes=services.ContactInput(
                channel="drop_in",
                started_at=timezone.now(),
                duration_seconds=0,
                office=None,
                language="fi",
                supplies={lists["supply"]["condoms"]: -3},
            ),
        )
    assert rollup_rows() == before


@pytest.mark.parametrize(
    ("overrides", "field"),
    [
        ({"started_at": "tomorrow"}, "started_at"),
        ({"channel": "carrier_pigeon"}, "channel"),
    ],
)
def test_impossible_contacts_are_refused_with_the_field_named(
    lists: dict[str, Any], overrides: dict[str, Any], field: str
) -> None:
    if overrides.get("started_at") == "tomorrow":  # resolved now, not at collection: a run
        # that passes midnight must still mean the day after the test's own day
        overrides = {"started_at": local(timezone.localdate() + dt.timedelta(days=1))}
    with pytest.raises(ValidationError) as error:
        record(**overrides)
    assert field in error.value.message_dict
    assert not Contact.objects.exists()


def test_a_category_from_another_list_is_refused(lists: dict[str, Any]) -> None:
    with pytest.raises(ValidationError) as error:
        record(gender=lists["age_band"]["18-24"])
    assert "gender" in error.value.message_dict
    with pytest.raises(ValidationError) as error:
        record(categories=[lists["gender"]["woman"]])
    assert "gender" in error.value.message_dict
    with pytest.raises(ValidationError) as error:
        record(supplies={lists["topic"]["health"]: 1})
    assert "supplies" in error.value.message_dict


def test_a_negative_supply_count_is_refused(lists: dict[str, Any]) -> None:
    with pytest.raises(ValidationError) as error:
        record(supplies={lists["supply"]["condoms"]: -1})
    assert "supplies" in error.value.message_dict


def test_later_today_is_not_the_future(lists: dict[str, Any]) -> None:
    end_of_today = local(timezone.localdate(), dt.time(23, 59))
    assert record(started_at=end_of_today).pk


def test_client_codes_are_stored_hashed_and_found_however_they_are_typed(
    cast: dict[str, Any],
) -> None:
    record_, code = services.create_client_code(by=cast["alice"], office=None)
    assert code not in record_.code_hash and len(record_.code_hash) == 64
    assert codes.is_well_formed(code, length=ClientCode.CODE_LENGTH)
    typed = code.lower().replace("-", " ")
    assert client_code_for(typed=typed) == record_
    assert client_code_for(typed="AAAA-AAAA") is None
    assert client_code_for(typed="1; DROP TABLE") is None


def test_a_client_code_given_before_the_keyed_hash_is_still_found(db: None) -> None:
    # Until now client codes were stored as the plain SHA-256 of the bare code.
    old = ClientCode.objects.create(code_hash=codes.legacy_hash("K7MQ4TXA"))
    assert client_code_for(typed="k7mq-4txa") == old
    assert client_code_for(typed="K7MQ-4TXC") is None


def test_a_contact_is_written_with_a_fixed_number_of_queries(
    lists: dict[str, Any], cast: dict[str, Any]
) -> None:
    def count(topics: int) -> int:
        with CaptureQueriesContext(connection) as queries:
            record(
                recorded_by=cast["alice"],
                categories=list(lists["topic"].values())[:topics],
                supplies={lists["supply"]["condoms"]: 5},
            )
        return len(queries)

    assert count(1) == count(8)


def test_a_new_client_code_is_not_created_when_its_contact_is_refused(
    lists: dict[str, Any], cast: dict[str, Any]
) -> None:
    from tukipiste.records.models import ClientCode

    refused = services.ContactInput(
        channel="drop_in",
        started_at=timezone.now() + dt.timedelta(days=2),  # in the future
    )
    with pytest.raises(ValidationError):
        services.record_contact_with_new_client_code(contact=refused, by=cast["alice"])
    assert not ClientCode.objects.exists() and not Contact.objects.exists()
    contact, code = services.record_contact_with_new_client_code(
        contact=services.ContactInput(channel="drop_in", started_at=timezone.now()),
        by=cast["alice"],
    )
    assert contact.client is not None and client_code_for(typed=code) == contact.client
