"""A worker records a drop-in contact by keyboard alone and finds it in the dashboard."""

from __future__ import annotations

from typing import Any

import pytest
from axe_playwright_python.sync_playwright import Axe

from tests.records.helpers import ensure_categories
from tests.staff import PASSWORD, current_code, make_cast, make_office
from tukipiste.records.models import Contact

pytestmark = pytest.mark.browser


def log_in(page: Any, server_url: str, user: Any) -> None:
    page.goto(server_url + "/admin/login/")
    page.fill("#id_username", user.username)
    page.fill("#id_password", PASSWORD)
    with page.expect_navigation():
        page.keyboard.press("Enter")
    page.fill("#id_token", current_code(user))
    with page.expect_navigation():
        page.keyboard.press("Enter")


def tab_to(page: Any, element_id: str, limit: int = 200) -> None:
    """Press Tab until the element has the focus, as a keyboard user would."""
    for _ in range(limit):
        if page.evaluate("document.activeElement && document.activeElement.id") == element_id:
            return
        page.keyboard.press("Tab")
    pytest.fail(f"#{element_id} is not reachable with the Tab key")


def cells(page: Any, table: str) -> list[list[str]]:
    return page.locator(f"{table} tbody tr").evaluate_all(
        "rows => rows.map(r => [...r.children].map(c => c.textContent.trim()))"
    )


def no_violations(page: Any, selector: str) -> None:
    results = Axe().run(page, context=selector)
    assert results.violations_count == 0, [v["id"] for v in results.response["violations"]]


def test_drop_in_contact_by_keyboard_alone_then_in_the_dashboard(
    transactional_db: None, page: Any, server_url: str
) -> None:
    lists = ensure_categories()
    cast = make_cast()
    make_office("helsinki")
    woman = lists["gender"]["woman"]
    health = lists["topic"]["health"]
    condoms = lists["supply"]["condoms"]
    foreign: list[str] = []
    page.on(
        "request",
        lambda request: (
            foreign.append(request.url) if not request.url.startswith(server_url) else None
        ),
    )
    log_in(page, server_url, cast["alice"])

    page.goto(server_url + "/admin/records/new/")
    no_violations(page, ".records")
    # The form opens on the channel, with drop-in (the default) chosen.
    assert page.evaluate("document.activeElement.value") == "drop_in"
    tab_to(page, "id_duration_minutes")
    page.keyboard.type("20")
    # A radio group takes the focus on its chosen option ("not recorded"); arrows choose.
    tab_to(page, "id_gender_0")
    page.keyboard.press("ArrowRight")
    tab_to(page, "id_topics_0")
    page.keyboard.press("Space")
    tab_to(page, f"id_supply_{condoms.pk}")
    page.keyboard.type("10")
    with page.expect_navigation():
        page.keyboard.press("Enter")

    contact = Contact.objects.get()
    assert contact.channel == "drop_in" and contact.office is not None
    assert contact.gender == woman and list(contact.categories.all()) == [health]
    assert contact.duration_seconds == 20 * 60 and contact.supplies.get().quantity == 10
    assert contact.recorded_by == cast["alice"]
    assert page.locator("#contact-form").count() == 1  # ready for the next visitor

    page.goto(server_url + "/admin/stats/")
    no_violations(page, ".stats")
    assert "<5" in page.text_content("#contacts-table")
    tab_to(page, "id_numbers")
    page.keyboard.press("ArrowDown")
    tab_to(page, "stats-show")
    with page.expect_navigation():
        page.keyboard.press("Enter")
    assert "numbers=exact" in page.url
    assert any(row[1:] == ["1", "1"] for row in cells(page, "#contacts-table"))  # drop-in, total
    assert [health.label_en, "1"] in cells(page, "#topic-table")  # the browser asks for English
    assert page.locator("svg.stats-chart").count() >= 10
    assert foreign == []
