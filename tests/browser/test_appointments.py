"""A client books, moves and cancels an appointment on a 360 px phone without JavaScript,
books again, and the worker marks it attended."""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

import pytest
import time_machine
from axe_playwright_python.sync_playwright import Axe

from tests.appointments.conftest import FRIDAY, MONDAY_10, make_kind, open_hours
from tests.browser.test_records import log_in
from tests.staff import make_cast
from tukipiste.appointments.models import Appointment, Status
from tukipiste.records.models import Contact

pytestmark = pytest.mark.browser


def clean(page: Any, axe_page: Any) -> None:
    """The page fits 360 px without sideways scrolling, and the same page passes axe in a
    tab that runs scripts (axe is a script; the client's tab has them off)."""
    html = page.content()
    axe_page.set_content(html.replace("<head>", f'<head><base href="{page.url}">', 1))
    results = Axe().run(axe_page, context="main")
    assert results.violations_count == 0, [v["id"] for v in results.response["violations"]]
    assert axe_page.evaluate("document.documentElement.scrollWidth") <= 360


def choose_and_book(page: Any, axe_page: Any, server_url: str, nickname: str) -> str:
    page.goto(server_url + "/en/appointments/")
    page.select_option("#id_place", "helsinki")
    page.select_option("#id_kind", "social-counselling")
    page.select_option("#id_language", "fi")
    with page.expect_navigation():
        page.click("text=Show free times")
    clean(page, axe_page)
    page.click("label[for=id_slot]")  # the first free time: Monday 10:00
    page.fill("#id_nickname", nickname)
    with page.expect_navigation():
        page.click("text=Book the appointment")
    clean(page, axe_page)
    return page.inner_text("#booking-code")


def test_client_books_moves_cancels_and_worker_marks_attended(
    transactional_db: None, browser: Any, page: Any, server_url: str
) -> None:
    cast = make_cast()
    open_hours(cast["alice"], make_kind())
    friday = time_machine.travel(FRIDAY, tick=True)
    friday.start()
    try:
        phone = browser.new_context(
            viewport={"width": 360, "height": 740}, java_script_enabled=False
        )
        client = phone.new_page()
        checker = browser.new_context(viewport={"width": 360, "height": 740}).new_page()
        foreign: list[str] = []
        client.on(
            "request", lambda r: foreign.append(r.url) if not r.url.startswith(server_url) else None
        )

        code = choose_and_book(client, checker, server_url, "Kukka")
        assert re.fullmatch(r"[A-Z0-9]{4}-[A-Z0-9]{4}-[A-Z0-9]{4}", code)
        assert phone.cookies() == []

        client.goto(server_url + "/en/appointments/manage/")
        client.fill("#id_code", code.lower().replace("-", ""))
        with client.expect_navigation():
            client.click("text=Show the appointment")
        clean(client, checker)
        client.click("label[for=move-1-1]")  # Monday 10:45 (10:00 is this booking)
        with client.expect_navigation():
            client.click("text=Move the appointment")
        assert "Your appointment was moved." in client.inner_text("main")
        assert Appointment.objects.get().starts_at == MONDAY_10 + dt.timedelta(minutes=45)
        with client.expect_navigation():
            client.click("text=Cancel the appointment")
        assert "Your appointment is cancelled" in client.inner_text("h1")
        assert Appointment.objects.get().status == Status.CANCELLED

        choose_and_book(client, checker, server_url, "Lumi")
        assert phone.cookies() == [] and foreign == []
        phone.close()
        checker.context.close()
    finally:
        friday.stop()

    with time_machine.travel(MONDAY_10 + dt.timedelta(minutes=50), tick=True):
        log_in(page, server_url, cast["alice"])
        assert "Lumi" in page.inner_text("body")  # the staff home's panel
        page.goto(server_url + "/admin/appointments/")
        with page.expect_navigation():
            page.click("button:has-text('Attended')")
        assert "Marked attended" in page.inner_text("body")
    booked = Appointment.objects.get(status=Status.ATTENDED)
    assert booked.nickname == "Lumi"
    assert Contact.objects.get().channel == "appointment"
