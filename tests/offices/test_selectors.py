"""Reads of offices and localities: status of each duty kind, an office's page, the
localities without an office, names in the reader's language."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from django.utils import translation

from tests.staff import make_locality, make_office
from tukipiste.offices import selectors
from tukipiste.offices.models import DutyKind, OfficeException, OfficeHours

pytestmark = pytest.mark.django_db

UTC = dt.UTC
WEDNESDAY_NOON = dt.datetime(2026, 11, 25, 10, 0, tzinfo=UTC)  # 12:00 in Helsinki


def _hours(office: Any, kind: str, weekday: int, opens: int, closes: int) -> None:
    OfficeHours.objects.create(
        office=office,
        service=kind,
        weekday=weekday,
        opens=dt.time(opens),
        closes=dt.time(closes),
    )


def test_offices_with_status_tells_each_office_open_or_closed_in_display_order() -> None:
    turku, helsinki = make_office("turku"), make_office("helsinki")
    turku.sort_order, helsinki.sort_order = 2, 1
    turku.save()
    helsinki.save()
    _hours(helsinki, DutyKind.DROP_IN, 2, 11, 15)
    _hours(turku, DutyKind.DROP_IN, 3, 11, 15)
    listed = selectors.offices_with_status(kind=DutyKind.DROP_IN, moment=WEDNESDAY_NOON)
    assert [(s.office.slug, s.status.is_open) for s in listed] == [
        ("helsinki", True),
        ("turku", False),
    ]


def test_offices_with_status_reads_a_fixed_number_of_queries(
    django_assert_num_queries: Any,
) -> None:
    for slug in ("helsinki", "tampere", "turku"):
        office = make_office(slug)
        _hours(office, DutyKind.CHAT, 2, 10, 15)
        OfficeException.objects.create(office=office, date=dt.date(2026, 12, 24), reason="holiday")
    with django_assert_num_queries(3):  # offices, hours, exceptions
        listed = selectors.offices_with_status(kind=DutyKind.CHAT, moment=WEDNESDAY_NOON)
        assert all(s.status.is_open for s in listed)


def test_hours_are_read_once_until_an_office_its_hours_or_exceptions_change(
    django_assert_num_queries: Any,
) -> None:
    office = make_office("helsinki")
    _hours(office, DutyKind.CHAT, 2, 10, 15)
    assert selectors.duty_status(kind=DutyKind.CHAT, moment=WEDNESDAY_NOON).is_open
    with django_assert_num_queries(0):  # every page and the chat's clock each second
        assert selectors.duty_status(kind=DutyKind.CHAT, moment=WEDNESDAY_NOON).is_open
    closed = OfficeException.objects.create(
        office=office, date=dt.date(2026, 11, 25), reason="holiday"
    )
    assert not selectors.duty_status(kind=DutyKind.CHAT, moment=WEDNESDAY_NOON).is_open
    closed.delete()
    assert selectors.duty_status(kind=DutyKind.CHAT, moment=WEDNESDAY_NOON).is_open
    hours = OfficeHours.objects.get(office=office)
    hours.closes = dt.time(11)
    hours.save()
    assert not selectors.duty_status(kind=DutyKind.CHAT, moment=WEDNESDAY_NOON).is_open
    office.slug = "helsinki-keskusta"
    office.save()
    assert selectors.office_detail(slug="helsinki-keskusta", moment=WEDNESDAY_NOON) is not None
    assert selectors.office_detail(slug="helsinki", moment=WEDNESDAY_NOON) is None


def test_office_detail_lists_the_duties_it_keeps_and_the_coming_exceptions() -> None:
    office = make_office("tampere")
    _hours(office, DutyKind.PHONE, 0, 10, 15)
    _hours(office, DutyKind.DROP_IN, 1, 12, 16)
    OfficeException.objects.create(office=office, date=dt.date(2026, 12, 9), reason="training")
    OfficeException.objects.create(office=office, date=dt.date(2027, 6, 1), reason="closure")
    detail = selectors.office_detail(slug="tampere", moment=WEDNESDAY_NOON)
    assert detail is not None
    assert [d.kind for d in detail.duties] == ["drop_in", "phone"]
    assert [e.date for e in detail.exceptions] == [dt.date(2026, 12, 9)]


def test_office_detail_is_closed_once_with_the_earliest_next_opening_of_its_duties() -> None:
    office = make_office("tampere")
    _hours(office, DutyKind.PHONE, 4, 10, 15)  # Friday
    _hours(office, DutyKind.DROP_IN, 3, 12, 16)  # Thursday
    detail = selectors.office_detail(slug="tampere", moment=WEDNESDAY_NOON)
    assert detail is not None and detail.closed is not None
    assert detail.closed.next_opening is not None
    assert detail.closed.next_opening.starts.date() == dt.date(2026, 11, 26)


def test_office_detail_is_not_closed_while_any_duty_is_open() -> None:
    office = make_office("tampere")
    _hours(office, DutyKind.PHONE, 4, 10, 15)
    _hours(office, DutyKind.DROP_IN, 2, 11, 16)  # Wednesday, open at noon
    detail = selectors.office_detail(slug="tampere", moment=WEDNESDAY_NOON)
    assert detail is not None and detail.closed is None


def test_office_detail_of_an_unknown_office_is_none() -> None:
    make_office("helsinki")
    assert selectors.office_detail(slug="oslo", moment=WEDNESDAY_NOON) is None


def test_duty_status_is_open_while_any_office_is_and_names_the_next_opening() -> None:
    helsinki, turku = make_office("helsinki"), make_office("turku")
    _hours(helsinki, DutyKind.CHAT, 2, 10, 13)
    _hours(turku, DutyKind.CHAT, 2, 11, 15)
    status = selectors.duty_status(kind=DutyKind.CHAT, moment=WEDNESDAY_NOON)
    assert status.is_open
    assert status.closes_at is not None
    assert status.closes_at.astimezone(UTC) == dt.datetime(2026, 11, 25, 13, 0, tzinfo=UTC)
    OfficeException.objects.create(office=turku, date=dt.date(2026, 11, 25), reason="holiday")
    OfficeException.objects.create(office=helsinki, date=dt.date(2026, 11, 25), reason="holiday")
    closed = selectors.duty_status(kind=DutyKind.CHAT, moment=WEDNESDAY_NOON)
    assert not closed.is_open and closed.next_opening is not None
    assert closed.next_opening.starts.astimezone(UTC) == dt.datetime(2026, 12, 2, 8, tzinfo=UTC)


def test_localities_without_office_are_where_mobile_outreach_goes() -> None:
    helsinki, oulu = make_locality("helsinki"), make_locality("oulu")
    office = make_office("helsinki")
    office.locality = helsinki
    office.save()
    assert list(selectors.localities_without_office()) == [oulu]
    assert list(selectors.all_localities()) == [helsinki, oulu]


@pytest.mark.parametrize(
    ("language", "expected"), [("fi", "Turku"), ("sv", "Åbo"), ("en", "Turku"), ("ru", "Turku")]
)
def test_locality_names_are_swedish_in_swedish_and_finnish_otherwise(
    language: str, expected: str
) -> None:
    turku = make_locality("turku", name_sv="Åbo", region="varsinais-suomi")
    assert selectors.locality_names(language=language) == {turku.pk: expected}
    with translation.override(language):
        assert selectors.locality_names() == {turku.pk: expected}
        assert turku.name == expected


def test_office_names_by_id() -> None:
    office = make_office("turku")
    assert selectors.office_names() == {office.pk: "Turku"}
