"""The funder's report counts group meetings held and the people at them, from the head
counts, with the people suppressed like every count of people."""

from __future__ import annotations

import csv
import io
from typing import Any

import pytest
import time_machine
from django.utils import translation

from tests.community.conftest import D, make_group
from tests.community.test_services import NOW
from tests.staff import verified_client
from tukipiste.community import selectors, services

pytestmark = pytest.mark.django_db


@time_machine.travel(NOW, tick=True)
def test_report_counts_meetings_and_suppresses_small_attendance(cast: dict[str, Any]) -> None:
    helsinki = make_group("h", facilitators=[cast["peter"]])
    turku = make_group("t", office="turku", facilitators=[cast["bob"]])
    for day, people in ((D(2026, 11, 3), 6), (D(2026, 11, 10), 7), (D(2026, 12, 1), 8)):
        services.record_attendance(group=helsinki, date=day, head_count=people, by=cast["peter"])
    services.record_attendance(group=turku, date=D(2026, 11, 10), head_count=2, by=cast["bob"])

    counts = selectors.meeting_counts(year=2026, office_keys=None)
    assert counts.meetings == {
        (11, helsinki.office_id): 2,
        (12, helsinki.office_id): 1,
        (11, turku.office_id): 1,
    }
    assert counts.people[(11, helsinki.office_id)] == 13
    only_turku = selectors.meeting_counts(year=2026, office_keys={turku.office_id})
    assert set(only_turku.meetings) == {(11, turku.office_id)}

    response = verified_client(cast["charlie"]).get("/admin/stats/report.csv?year=2026")
    rows = list(csv.reader(io.StringIO(response.content.decode("utf-8-sig"))))
    with translation.override("fi"):
        title = translation.gettext("Group meetings held and people at them, by month")
        total = translation.gettext("Total")
    start = next(i for i, row in enumerate(rows) if row and row[0] == title)
    table = rows[start + 1 : start + 15]
    header = table[0]
    assert len(header) == 5  # the month, then meetings and people of Helsinki and Turku
    totals = next(row for row in table if row and row[0] == total)
    # Meetings are not people: a single one is shown. Turku's two people are hidden.
    assert totals[1:3] == ["3", "1"]
    assert totals[3] == "21" and totals[4] == "<5"
