"""Exports: the funder's report (suppressed) and contact rows (coordinators, audited), in
CSV and XLSX, with no cell that a spreadsheet would run as a formula."""

from __future__ import annotations

import csv
import datetime as dt
import io
from typing import Any

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import translation
from openpyxl import load_workbook

from tests.records.helpers import local, record
from tests.staff import make_locality, make_office, verified_client
from tukipiste.core.models import AuditEntry
from tukipiste.offices.models import Locality
from tukipiste.records.models import Category
from tukipiste.stats.spreadsheet import FORMULA_STARTS, neutralise

FORBIDDEN = (302, 403)
DAY = dt.date(2025, 6, 2)
NASTY = ['=HYPERLINK("http://evil")', "+SUM(1,1)", "-2+3", "@cmd", "\tTAB", "\rCR"]


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("=1+1", "'=1+1"),
        ("+1", "'+1"),
        ("-1", "'-1"),
        ("@A1", "'@A1"),
        ("\t=1", "'\t=1"),
        ("\r=1", "'\r=1"),
        ("Helsinki", "Helsinki"),
        ("a=1", "a=1"),
        ("", ""),
        (None, ""),
        (12, 12),
        (True, 1),
    ],
)
def test_cells_that_could_start_a_formula_are_made_plain_text(value: Any, expected: Any) -> None:
    assert neutralise(value) == expected


def _csv(response: Any) -> list[list[str]]:
    body = b"".join(response.streaming_content) if response.streaming else response.content
    return list(csv.reader(io.StringIO(body.decode("utf-8-sig"))))


def _xlsx_cells(response: Any) -> list[Any]:
    workbook = load_workbook(io.BytesIO(response.content))
    return [cell for sheet in workbook for row in sheet.iter_rows() for cell in row]


def test_funder_report_hides_small_numbers_in_csv_and_xlsx(
    lists: dict[str, Any], cast: dict[str, Any]
) -> None:
    helsinki, turku = make_office("helsinki"), make_office("turku")
    for _ in range(12):
        record(office=helsinki, started_at=local(DAY), gender=lists["gender"]["woman"])
    for _ in range(3):
        record(office=turku, started_at=local(DAY), gender=lists["gender"]["man"])
    record(office=turku, channel="outreach_outdoor", started_at=local(DAY))
    record(office=turku, channel="group", started_at=local(DAY))
    for _ in range(2):
        record(office=make_office("tampere"), started_at=local(DAY))
    client = verified_client(cast["charlie"])
    rows = _csv(client.get("/admin/stats/report.csv?year=2025"))
    # The report is written in the coordinator's language (Finnish, the default).
    with translation.override("fi"):
        total = translation.gettext("Total")
    offices: dict[str, list[str]] = {}
    for row in rows:
        if row and row[0] in ("Helsinki", "Turku", "Tampere", total):
            offices.setdefault(row[0], row[1:])  # the first table is by office
    # By office 12, 5 and 2 of 19: 2 is hidden, and 5 with it, or 19 - 12 - 5 = 2.
    # Unique clients (no client codes here) are zero.
    assert offices == {
        "Helsinki": ["12", "0"],
        "Tampere": ["<5", "0"],
        "Turku": ["x", "0"],
        total: ["19", "0"],
    }
    flat = [cell for row in rows for cell in row]
    assert "<5" in flat and "x" in flat
    assert "3" not in flat and "1" not in flat
    cells = _xlsx_cells(client.get("/admin/stats/report.xlsx?year=2025"))
    values = [c.value for c in cells]
    assert 12 in values and "<5" in values and 3 not in values and 1 not in values
    exports = AuditEntry.objects.filter(
        action="stats.report.exported", object_type="stats.annual_report"
    )
    assert sorted(e.detail for e in exports) == ["csv 2025", "xlsx 2025"]


def test_only_coordinators_export(lists: dict[str, Any], cast: dict[str, Any]) -> None:
    for name in ("alice", "bob", "peter", "dora", "erik"):
        client = verified_client(cast[name])
        for path in ("/admin/stats/report.csv", "/admin/stats/contacts.xlsx"):
            assert client.get(path).status_code in FORBIDDEN
    assert not AuditEntry.objects.filter(action__endswith=".exported").exists()


def test_row_export_is_pseudonymous_audited_and_formula_safe(
    lists: dict[str, Any], cast: dict[str, Any]
) -> None:
    from tukipiste.records import services

    office = make_office("helsinki")
    code, printed = services.create_client_code(by=cast["alice"], office=office)
    nasty = Category.objects.create(
        kind="topic", code="nasty", label_fi=NASTY[1], label_sv=NASTY[1], label_en=NASTY[1]
    )
    for n, text in enumerate(NASTY):
        record(
            office=office,
            locality=Locality.objects.create(
                name_fi=text, name_sv=text, region="uusimaa", slug=f"nasty-{n}"
            ),
            started_at=local(DAY),
            client=code,
            recorded_by=cast["alice"],
            categories=[nasty],
        )
    client = verified_client(cast["charlie"])
    rows = _csv(client.get("/admin/stats/contacts.csv?start=2025-01&end=2025-12"))
    assert len(rows) == 1 + len(NASTY)
    for row in rows:
        for cell in row:
            assert not cell.startswith(FORMULA_STARTS), cell
    flat = "".join(cell for row in rows for cell in row)
    assert printed not in flat and printed.replace("-", "") not in flat
    assert code.pseudonym in flat and "alice" not in flat
    for cell in _xlsx_cells(client.get("/admin/stats/contacts.xlsx?start=2025-01&end=2025-12")):
        assert cell.data_type != "f"
        if isinstance(cell.value, str):
            assert not cell.value.startswith(FORMULA_STARTS), cell.value
    details = sorted(
        AuditEntry.objects.filter(
            action="records.contact.exported", object_type="records.contact"
        ).values_list("detail", flat=True)
    )
    assert details == ["csv 6 rows 20250101-20251231", "xlsx 6 rows 20250101-20251231"]


def test_row_export_reads_a_fixed_number_of_queries_per_chunk(
    lists: dict[str, Any], cast: dict[str, Any], django_assert_num_queries: Any
) -> None:
    office = make_office("helsinki")
    client = verified_client(cast["charlie"])
    url = "/admin/stats/contacts.csv?start=2025-01&end=2025-12"

    def add(n: int) -> None:
        for _ in range(n):
            record(
                office=office,
                started_at=local(DAY),
                categories=[lists["topic"]["health"]],
                supplies={lists["supply"]["condoms"]: 2},
            )

    add(3)
    with CaptureQueriesContext(connection) as few:
        assert len(_csv(client.get(url))) == 4
    add(27)
    with django_assert_num_queries(len(few)):
        assert len(_csv(client.get(url))) == 31


@pytest.mark.parametrize(("language", "name"), [("fi", "Turku"), ("sv", "Åbo"), ("en", "Turku")])
def test_row_export_names_the_locality_in_the_readers_language(
    lists: dict[str, Any], cast: dict[str, Any], language: str, name: str
) -> None:
    from wagtail.users.models import UserProfile

    profile = UserProfile.get_for_user(cast["charlie"])
    profile.preferred_language = language
    profile.save()
    turku = make_locality("turku", name_sv="Åbo", region="varsinais-suomi")
    record(channel="outreach_indoor", office=None, locality=turku, started_at=local(DAY))
    client = verified_client(cast["charlie"])
    rows = _csv(client.get("/admin/stats/contacts.csv?start=2025-01&end=2025-12"))
    assert [row[4] for row in rows[1:]] == [name]
