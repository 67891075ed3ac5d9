"""An office's "closed now" is said once: service cards name only their next opening."""

from __future__ import annotations

import datetime as dt
import re

import pytest
import time_machine
from django.template.loader import render_to_string
from django.test import RequestFactory
from django.utils import translation

from tests.staff import make_office
from tukipiste.offices.models import DutyKind, OfficeHours
from tukipiste.offices.selectors import office_detail
from tukipiste.website.blocks import DutyHoursBlock

pytestmark = pytest.mark.django_db

WEDNESDAY_NOON = dt.datetime(2026, 11, 25, 10, 0, tzinfo=dt.UTC)  # 12:00 in Helsinki


def _hours(office: object, kind: str, weekday: int, opens: int, closes: int) -> None:
    OfficeHours.objects.create(
        office=office, service=kind, weekday=weekday, opens=dt.time(opens), closes=dt.time(closes)
    )


@time_machine.travel(WEDNESDAY_NOON, tick=False)
def test_a_closed_service_card_names_its_next_opening_without_a_bold_closed_now() -> None:
    _hours(make_office("turku"), DutyKind.DROP_IN, 3, 11, 15)
    _hours(make_office("helsinki"), DutyKind.DROP_IN, 2, 11, 15)
    block = DutyHoursBlock()
    with translation.override("en"):
        html = block.render(block.to_python({"service": "drop_in"}))
    assert "Closed now" not in html
    assert "status--closed" not in html
    assert html.count("Next opening tomorrow at 11:00") == 1  # Turku
    assert html.count("Open now, until 15:00") == 1  # Helsinki


@time_machine.travel(WEDNESDAY_NOON, tick=False)
def test_the_office_page_says_closed_now_once_for_all_its_services() -> None:
    office = make_office("tampere")
    _hours(office, DutyKind.DROP_IN, 3, 11, 15)
    _hours(office, DutyKind.CHAT, 3, 12, 15)
    _hours(office, DutyKind.PHONE, 4, 10, 15)
    detail = office_detail(slug="tampere", moment=WEDNESDAY_NOON)
    assert detail is not None
    with translation.override("en"):
        html = render_to_string(
            "website/office_page.html",
            {"office": office, "detail": detail, "page": {"title": "Offices", "url": "/en/"}},
            request=RequestFactory().get("/en/offices/tampere/"),
        )
    assert len(re.findall(r"Closed now", html)) == 1
    assert "Closed now. Next opening tomorrow at 11:00" in html
    assert "Next opening tomorrow at 12:00" in html  # chat, plain
    assert html.count("status--closed") == 1
