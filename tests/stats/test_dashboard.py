"""The statistics dashboard: roles and offices, numbers, suppression, fixed query count."""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from tests.records.helpers import local, record
from tests.staff import make_office, verified_client

FORBIDDEN = (302, 403)
MARCH = dt.date(2025, 3, 10)
YEAR_2025 = "/admin/stats/?start=2025-01&end=2025-12"


def _contacts(lists: dict[str, Any], cast: dict[str, Any]) -> None:
    helsinki, turku = make_office("helsinki"), make_office("turku")
    for _n in range(7):
        record(
            office=helsinki,
            started_at=local(MARCH),
            recorded_by=cast["alice"],
            gender=lists["gender"]["woman"],
            categories=[lists["topic"]["health"]],
            language="th",
        )
    for _n in range(2):
        record(office=helsinki, channel="phone", started_at=local(MARCH), recorded_by=cast["alice"])
    for _n in range(6):
        record(office=turku, started_at=local(MARCH), recorded_by=cast["bob"])
    record(office=turku, started_at=local(dt.date(2024, 3, 5)), recorded_by=cast["bob"])


@pytest.mark.parametrize("username", ["alice", "bob", "peter", "charlie", "dora", "erik"])
def test_dashboard_is_for_workers_and_coordinators(
    lists: dict[str, Any], cast: dict[str, Any], username: str
) -> None:
    response = verified_client(cast[username]).get("/admin/stats/")
    if username in {"alice", "bob", "charlie"}:
        assert response.status_code == 200
    else:
        assert response.status_code in FORBIDDEN


def _table(response: Any, key: str) -> dict[str, list[str]]:
    table = next(t for t in response.context["tables"] if t.key == key)
    return {row.label: [str(c) for c in row.cells] for row in table.rows}


def test_coordinator_sees_every_office_exactly_when_asking_for_exact_numbers(
    lists: dict[str, Any], cast: dict[str, Any]
) -> None:
    _contacts(lists, cast)
    response = verified_client(cast["charlie"]).get(YEAR_2025 + "&numbers=exact")
    assert response.context["total"] == 15
    contacts = _table(response, "contacts")
    march = next(v for k, v in contacts.items() if "2025" in k and v[-1] != "0")
    assert march == ["13", "2", "15"]  # drop-in, phone, total
    assert _table(response, "topic")[lists["topic"]["health"].label] == ["7"]
    yoy = _table(response, "year-over-year")
    assert ["15", "1"] in yoy.values()


def test_small_numbers_are_hidden_by_default(lists: dict[str, Any], cast: dict[str, Any]) -> None:
    _contacts(lists, cast)
    response = verified_client(cast["charlie"]).get(YEAR_2025)
    html = response.content.decode()
    march = next(v for k, v in _table(response, "contacts").items() if v[-1] != "0")
    # 2 is small; 13 beside it would give it away (15 - 13), and the drop-in column's
    # total would give 13 away, so both are hidden too.
    assert march == ["x", "<5", "15"]
    assert "&lt;5" in html


def test_a_worker_sees_only_their_offices(lists: dict[str, Any], cast: dict[str, Any]) -> None:
    _contacts(lists, cast)
    alice = verified_client(cast["alice"])
    assert alice.get(YEAR_2025).context["total"] == 9
    turku = make_office("turku")
    response = alice.get(YEAR_2025 + f"&office={turku.pk}")
    assert response.status_code == 400  # not one of her offices: said so, and not shown
    assert response.context["total"] == 9
    assert verified_client(cast["bob"]).get(YEAR_2025).context["total"] == 6


def test_channel_and_worker_filters(lists: dict[str, Any], cast: dict[str, Any]) -> None:
    _contacts(lists, cast)
    charlie = verified_client(cast["charlie"])
    assert charlie.get(YEAR_2025 + "&channel=phone").context["total"] == 2
    assert charlie.get(YEAR_2025 + f"&worker={cast['bob'].pk}").context["total"] == 6


def test_each_chart_is_server_drawn_svg_beside_a_table(
    lists: dict[str, Any], cast: dict[str, Any]
) -> None:
    _contacts(lists, cast)
    html = verified_client(cast["charlie"]).get(YEAR_2025).content.decode()
    main = html[html.index('<div class="nice-padding stats">') :]
    assert main.count('<svg class="stats-chart" role="img"') >= 10
    assert main.count("<table") >= 10
    assert "<script" not in main and "http://" not in main.replace("http://www.w3.org", "")


def test_the_dashboard_has_a_first_level_heading_and_keyboard_reachable_tables(
    lists: dict[str, Any], cast: dict[str, Any]
) -> None:
    _contacts(lists, cast)
    html = verified_client(cast["charlie"]).get(YEAR_2025).content.decode()
    assert html.count("<h1") == 1
    main = html[html.index('<div class="nice-padding stats">') :]
    wraps = re.findall(r'<div class="stats-table-wrap"[^>]*>', main)
    assert len(wraps) >= 10
    for wrap in wraps:
        assert 'tabindex="0"' in wrap and 'role="region"' in wrap
        assert re.search(r'aria-label="[^"]+"', wrap)
    # A chart without a legend leaves no stray "None" behind.
    assert not re.search(r">\s*None\s*<", main)


@pytest.mark.parametrize(
    "query",
    [
        "?start=2025-13",
        "?start=2026-05&end=2025-01",
        "?start=1900-01&end=2100-12",
        "?office=abc&worker=1;DROP TABLE&channel=x",
        "?start=' OR 1=1 --",
        "?numbers=%00",
    ],
)
def test_bad_filters_get_an_error_not_a_crash(
    lists: dict[str, Any], cast: dict[str, Any], query: str
) -> None:
    response = verified_client(cast["charlie"]).get("/admin/stats/" + query)
    assert response.status_code == 400
    assert 'role="alert"' in response.content.decode()


def test_dashboard_queries_do_not_grow_with_contacts_or_months(
    lists: dict[str, Any], cast: dict[str, Any], django_assert_num_queries: Any
) -> None:
    client = verified_client(cast["charlie"])
    record(office=make_office("helsinki"), started_at=local(MARCH), recorded_by=cast["alice"])
    with CaptureQueriesContext(connection) as few:
        assert client.get(YEAR_2025).status_code == 200
    _contacts(lists, cast)
    for month in range(1, 13):
        record(
            office=make_office("tampere"),
            started_at=local(dt.date(2025, month, 1)),
            channel="group",
            recorded_by=cast["peter"],
            categories=list(lists["topic"].values()),
            supplies=dict.fromkeys(lists["supply"].values(), 3),
        )
    with django_assert_num_queries(len(few)):
        response = client.get(YEAR_2025)
    assert response.context["total"] == 28
