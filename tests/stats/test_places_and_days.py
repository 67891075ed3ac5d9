"""Locality and region filters and periods of any days: the form, the dashboard over real
HTTP per role, and the exports filtered the same way."""

from __future__ import annotations

import csv
import datetime as dt
import io
import re
import urllib.error
import urllib.request
from typing import Any

import pytest
from django.utils import timezone

from tests.records.helpers import ensure_categories, local, record
from tests.staff import make_cast, make_locality, make_office, verified_client
from tukipiste.stats.forms import DashboardFilterForm, shortcut_period
from tukipiste.stats.periods import Period


def _form(query: dict[str, str]) -> DashboardFilterForm:
    form = DashboardFilterForm(query, offices=[], workers=[], localities=[(1, "Turku")])
    form.is_valid()
    return form


def test_a_range_of_days_is_a_period_across_month_and_year_ends() -> None:
    form = _form({"first_day": "2024-12-15", "last_day": "2025-01-20"})
    assert form.cleaned_data["period"] == Period(dt.date(2024, 12, 15), dt.date(2025, 1, 20))
    assert form.cleaned_data["period"].months() == [202412, 202501]
    assert form.cleaned_data["period"].year_before() == Period(
        dt.date(2023, 12, 15), dt.date(2024, 1, 20)
    )


def test_days_win_over_months_and_a_missing_end_is_filled_in() -> None:
    form = _form({"start": "2025-01", "end": "2025-03", "first_day": "2025-02-10"})
    assert form.cleaned_data["period"] == Period(dt.date(2025, 2, 10), dt.date(2025, 12, 31))


@pytest.mark.parametrize(
    ("query", "field"),
    [
        ({"first_day": "2025-03-31", "last_day": "2025-03-01"}, "last_day"),
        ({"first_day": "2025-02-30"}, "first_day"),
        ({"last_day": "yesterday"}, "last_day"),
        ({"first_day": "1990-01-01", "last_day": "2025-01-01"}, "last_day"),
        ({"locality": "abc"}, "locality"),
        ({"region": "atlantis"}, "region"),
    ],
)
def test_bad_days_and_places_get_an_error_on_their_field(query: dict[str, str], field: str) -> None:
    form = _form(query)
    assert field in form.errors
    assert form.data == query  # what was typed is kept for the form shown again


def test_shortcuts_name_calendar_periods() -> None:
    today = dt.date(2026, 2, 10)
    assert shortcut_period("this-month", today) == Period.month(202602)
    assert shortcut_period("last-month", today) == Period.month(202601)
    assert shortcut_period("this-quarter", today) == Period.quarter(2026, 1)
    assert shortcut_period("last-quarter", today) == Period.quarter(2025, 4)
    assert shortcut_period("last-year", today) == Period.year(2025)
    assert _form({"shortcut": "last-year"}).cleaned_data["period"] == Period.year(
        timezone.localdate().year - 1
    )


def test_period_errors_are_in_the_users_language() -> None:
    from django.utils import translation

    with translation.override("fi"):
        form = _form({"first_day": "2025-03-31", "last_day": "2025-03-01"})
        assert form.errors["last_day"] != ["The period must end after it starts."]


# --- Over real HTTP ----------------------------------------------------------------------


@pytest.fixture
def places(transactional_db: None) -> dict[str, Any]:
    """Helsinki (Uusimaa) and Turku (Southwest Finland) offices with contacts in March
    2025, outreach in Salo (Southwest Finland, no office), and a contact a year before."""
    lists = ensure_categories()
    cast = make_cast()
    helsinki, turku = make_office("helsinki"), make_office("turku")
    helsinki.locality = make_locality("helsinki", region="uusimaa")
    helsinki.save()
    turku.locality = make_locality("turku", name_sv="Åbo", region="varsinais-suomi")
    turku.save()
    salo = make_locality("salo", region="varsinais-suomi")
    march = dt.date(2025, 3, 10)
    for _n in range(7):
        record(office=helsinki, started_at=local(march), recorded_by=cast["alice"])
    for _n in range(6):
        record(office=turku, started_at=local(march), recorded_by=cast["bob"])
    for _n in range(3):
        record(
            office=None,
            locality=salo,
            channel="outreach_outdoor",
            started_at=local(dt.date(2025, 4, 2)),
            recorded_by=cast["bob"],
            gender=lists["gender"]["woman"],
        )
    record(office=turku, started_at=local(dt.date(2025, 3, 31)), recorded_by=cast["bob"])
    return {"cast": cast, "salo": salo, "turku": turku}


def _get(server_url: str, user: Any, path: str) -> tuple[int, str]:
    cookie = verified_client(user).cookies["sessionid"].value
    request = urllib.request.Request(
        server_url + path, headers={"Cookie": f"sessionid={cookie}", "Accept-Language": "en"}
    )
    try:
        with urllib.request.urlopen(request, timeout=20) as response:
            return response.status, response.read().decode("utf-8-sig")
    except urllib.error.HTTPError as error:
        return error.code, error.read().decode()


def _total(html: str) -> int:
    match = re.search(r"(\d+) contacts? in the period", html)
    assert match, html[:2000]
    return int(match[1])


def test_coordinator_filters_by_region_locality_and_days_over_http(
    places: dict[str, Any], server_url: str
) -> None:
    charlie = places["cast"]["charlie"]
    base = "/admin/stats/?numbers=exact"
    assert _total(_get(server_url, charlie, base + "&start=2025-01&end=2025-12")[1]) == 17
    status, html = _get(server_url, charlie, base + "&start=2025-01&end=2025-12&region=uusimaa")
    assert status == 200 and _total(html) == 7
    south_west = base + "&start=2025-01&end=2025-12&region=varsinais-suomi"
    assert _total(_get(server_url, charlie, south_west)[1]) == 10
    salo = f"{base}&start=2025-01&end=2025-12&locality={places['salo'].pk}"
    assert _total(_get(server_url, charlie, salo)[1]) == 3
    days = base + "&first_day=2025-03-11&last_day=2025-04-02"
    status, html = _get(server_url, charlie, days)
    assert status == 200 and _total(html) == 4  # 31 March in Turku, 2 April in Salo
    # The report export link carries the place; the report counts only that region.
    assert "region=varsinais-suomi" in _get(server_url, charlie, south_west)[1]


def test_a_worker_filters_within_their_own_offices_over_http(
    places: dict[str, Any], server_url: str
) -> None:
    alice, peter = places["cast"]["alice"], places["cast"]["peter"]
    year = "/admin/stats/?numbers=exact&start=2025-01&end=2025-12"
    assert _total(_get(server_url, alice, year)[1]) == 7
    assert _total(_get(server_url, alice, year + "&region=varsinais-suomi")[1]) == 0
    assert _total(_get(server_url, alice, year + "&region=uusimaa")[1]) == 7
    status, html = _get(server_url, peter, year)  # urllib follows the way out
    assert status in (200, 403) and "in the period" not in html


def test_a_bad_range_is_refused_in_the_page_with_what_was_typed(
    places: dict[str, Any], server_url: str
) -> None:
    charlie = places["cast"]["charlie"]
    status, html = _get(
        server_url, charlie, "/admin/stats/?first_day=2025-03-31&last_day=2025-03-01&region=x"
    )
    assert status == 400 and 'role="alert"' in html
    assert 'value="2025-03-31"' in html and 'value="2025-03-01"' in html


def test_exports_are_filtered_by_place_and_days(places: dict[str, Any]) -> None:
    client = verified_client(places["cast"]["charlie"])
    response = client.get(
        "/admin/stats/contacts.csv?first_day=2025-03-01&last_day=2025-04-30&region=varsinais-suomi"
    )
    rows = list(csv.reader(io.StringIO(b"".join(response.streaming_content).decode("utf-8-sig"))))
    assert len(rows) == 1 + 10
    report = client.get(f"/admin/stats/report.csv?year=2025&locality={places['salo'].pk}")
    text = report.content.decode("utf-8-sig")
    assert "<5" in text  # three outreach contacts in Salo, hidden as every small count
    everything = client.get("/admin/stats/report.csv?year=2025").content.decode("utf-8-sig")
    assert text != everything
