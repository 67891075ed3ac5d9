"""A coordinator narrows the statistics to a region and to a range of days."""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

import pytest

from tests.browser.test_records import log_in, no_violations, tab_to
from tests.records.helpers import ensure_categories, local, record
from tests.staff import make_cast, make_locality, make_office

pytestmark = pytest.mark.browser


def _total(page: Any) -> int:
    match = re.search(r"(\d+) contacts? in the period", page.text_content(".stats-summary"))
    assert match
    return int(match[1])


def test_coordinator_filters_the_dashboard_by_region_then_by_days(
    transactional_db: None, page: Any, server_url: str
) -> None:
    ensure_categories()
    cast = make_cast()
    helsinki, turku = make_office("helsinki"), make_office("turku")
    helsinki.locality = make_locality("helsinki", region="uusimaa")
    helsinki.save()
    turku.locality = make_locality("turku", name_sv="Åbo", region="varsinais-suomi")
    turku.save()
    for _n in range(6):
        record(office=helsinki, started_at=local(dt.date(2025, 3, 3)), recorded_by=cast["alice"])
    for day in (2, 20):
        for _n in range(5):
            record(office=turku, started_at=local(dt.date(2025, 5, day)), recorded_by=cast["bob"])
    foreign: list[str] = []
    page.on(
        "request",
        lambda request: (
            foreign.append(request.url) if not request.url.startswith(server_url) else None
        ),
    )
    log_in(page, server_url, cast["charlie"])
    page.goto(server_url + "/admin/stats/?start=2025-01&end=2025-12")
    no_violations(page, ".stats")
    assert _total(page) == 16

    page.select_option("#id_region", "varsinais-suomi")
    tab_to(page, "stats-show")
    with page.expect_navigation():
        page.keyboard.press("Enter")
    assert "region=varsinais-suomi" in page.url
    assert _total(page) == 10
    no_violations(page, ".stats")

    # Days within May: only the 20th's five contacts.
    page.fill("#id_first_day", "2025-05-10")
    page.fill("#id_last_day", "2025-05-31")
    tab_to(page, "stats-show")
    with page.expect_navigation():
        page.keyboard.press("Enter")
    assert _total(page) == 5
    assert page.input_value("#id_region") == "varsinais-suomi"

    # A range that ends before it starts: said in the page, and what was typed stays.
    page.fill("#id_first_day", "2025-05-31")
    page.fill("#id_last_day", "2025-05-10")
    tab_to(page, "stats-show")
    with page.expect_navigation():
        page.keyboard.press("Enter")
    assert page.locator(".stats-errors[role=alert]").count() == 1
    assert page.input_value("#id_first_day") == "2025-05-31"
    assert page.input_value("#id_last_day") == "2025-05-10"
    no_violations(page, ".stats")
    assert foreign == []
