"""Done means for community activities: an editor cancels one meeting, the public calendar
and the feed say so, and a peer worker records the attendance of the next meeting."""

from __future__ import annotations

import datetime as dt
from typing import Any

import httpx
import icalendar
import pytest
import time_machine
from axe_playwright_python.sync_playwright import Axe

from tests.browser.test_records import log_in
from tests.community.conftest import make_group
from tests.community.test_services import make_event
from tests.staff import make_cast
from tukipiste.community.models import Attendance
from tukipiste.community.recurrence import HELSINKI
from tukipiste.records.models import Contact

pytestmark = pytest.mark.browser

# A Monday: the Tuesday group meets tomorrow (8 December) and a week later.
MONDAY = dt.datetime(2026, 12, 7, 10, tzinfo=HELSINKI)
AFTER_NEXT = dt.datetime(2026, 12, 15, 16, 30, tzinfo=HELSINKI)


def no_violations(page: Any) -> None:
    results = Axe().run(page)
    assert results.violations_count == 0, [v["id"] for v in results.response["violations"]]


def test_editor_cancels_a_meeting_calendar_and_feed_show_it_peer_counts_the_next(
    transactional_db: None, browser: Any, server_url: str
) -> None:
    with time_machine.travel(MONDAY, tick=True) as traveller:
        cast = make_cast()
        group = make_group("tuesday-group", facilitators=[cast["peter"]])
        event = make_event(
            starts_at=MONDAY + dt.timedelta(days=5), ends_at=MONDAY + dt.timedelta(days=5, hours=3)
        )
        staff = browser.new_context(viewport={"width": 1280, "height": 900})
        page = staff.new_page()

        log_in(page, server_url, cast["dora"])
        page.goto(f"{server_url}/admin/community/groups/{group.pk}/meetings/")
        with page.expect_navigation():
            page.click('button[data-date="2026-12-08"]')
        assert page.locator('button[data-date="2026-12-08"]').count() == 0

        phone = browser.new_context(viewport={"width": 360, "height": 740})
        public = phone.new_page()
        public.goto(f"{server_url}/en/community/calendar/2026/12/")
        cancelled = public.locator(".entry--cancelled").first
        assert "8.12.2026" in cancelled.inner_text()
        assert "Cancelled" in cancelled.inner_text()
        width = public.evaluate("document.documentElement.scrollWidth")
        assert width <= 360, f"the month view is {width} px wide on a 360 px phone"
        assert not phone.cookies()
        no_violations(public)
        public.goto(f"{server_url}/en/community/calendar/")
        assert "Cancelled" in public.locator(".entry--cancelled").first.inner_text()
        no_violations(public)
        for path in (f"/th/community/groups/{group.slug}/", f"/ru/community/events/{event.pk}/"):
            public.goto(server_url + path)
            assert public.evaluate("document.documentElement.scrollWidth") <= 360
            no_violations(public)
        assert not phone.cookies()

        feed = icalendar.Calendar.from_ical(
            httpx.get(f"{server_url}/en/community/calendar.ics", timeout=10).content
        )
        overrides = [c for c in feed.walk("VEVENT") if "RECURRENCE-ID" in c]
        assert [(c.decoded("RECURRENCE-ID").date(), str(c["STATUS"])) for c in overrides] == [
            (dt.date(2026, 12, 8), "CANCELLED")
        ]
        staff.close()

        traveller.move_to(AFTER_NEXT)
        peer = browser.new_context(viewport={"width": 1280, "height": 900})
        page = peer.new_page()
        log_in(page, server_url, cast["peter"])
        home = page.locator("main").inner_text()  # the staff home's panel
        assert "Your next group meetings" in home and "22.12.2026" in home
        page.goto(f"{server_url}/admin/community/meetings/")
        row = page.locator("tr", has_text="15.12.2026")
        row.locator('input[name="head_count"]').fill("4")
        with page.expect_navigation():
            row.locator('button[type="submit"]').click()
        assert (
            page.locator("tr", has_text="15.12.2026").locator('input[name="head_count"]').count()
            == 0
        )
        attendance = Attendance.objects.get()
        assert (attendance.date, attendance.head_count) == (dt.date(2026, 12, 15), 4)
        assert Contact.objects.filter(channel="group").count() == 4
        assert not page.locator(
            "tr", has_text="8.12.2026"
        ).count()  # a cancelled one is not counted
        peer.close()
        phone.close()
