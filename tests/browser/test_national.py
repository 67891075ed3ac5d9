"""Done means for the national project: a client finds help in Turku by typing “Åbo” on a
360 px phone (axe clean, no cookie, the quick exit covers nothing at 320/360/412 px), a
worker looks up a path in the field, and a coordinator sees the indicators against the
goals."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
import time_machine
from axe_playwright_python.sync_playwright import Axe
from django_otp.plugins.otp_totp.models import TOTPDevice
from playwright.sync_api import expect

from tests.browser.test_quick_exit_layout import WIDER_THAN_SCREEN_JS, problems_on
from tests.browser.test_records import log_in
from tests.staff import make_cast

pytestmark = pytest.mark.browser

NOW = dt.datetime(2026, 11, 25, 10, 0, tzinfo=dt.UTC)


def no_violations(page: Any) -> None:
    results = Axe().run(page)
    assert results.violations_count == 0, [
        (v["id"], [n["target"] for n in v["nodes"]][:3]) for v in results.response["violations"]
    ]


@pytest.fixture
def national_demo(transactional_db: None) -> dict[str, Any]:
    from tests.cache import clear_cache
    from tukipiste.demo.loader import load_demo
    from tukipiste.demo.national import load_national
    from tukipiste.demo.users import load_demo_users

    load_demo()
    load_demo_users()
    load_national()
    clear_cache()
    return make_cast()


def test_a_client_finds_help_in_turku_by_typing_abo_on_a_phone(
    national_demo: dict[str, Any], browser: Any, server_url: str
) -> None:
    with time_machine.travel(NOW, tick=True):
        phone = browser.new_context(viewport={"width": 360, "height": 740})
        page = phone.new_page()
        page.goto(server_url + "/en/")
        with page.expect_navigation():
            page.click("a[href='/en/help-in-your-town/']")
        no_violations(page)
        page.fill("#town-q", "Åbo")
        with page.expect_navigation():
            page.keyboard.press("Enter")  # a plain GET form: no JavaScript needed
        heading = page.locator("#result-heading")
        assert heading.inner_text() == "Help in Turku"
        cards = page.locator(".service-path")
        assert cards.count() >= 6
        assert "Sexual health clinic" in cards.first.inner_text()
        assert "?q=" in page.url and "no-store" in (
            page.context.request.get(page.url).headers.get("cache-control", "")
        )
        assert page.evaluate("document.documentElement.scrollWidth") <= 360
        no_violations(page)
        assert not phone.cookies()
        phone.close()

        # The same page in Thai and Russian, and the quick exit at three phone widths.
        for width in (320, 360, 412):
            context = browser.new_context(viewport={"width": width, "height": 740})
            tab = context.new_page()
            for path in (
                "/th/help-in-your-town/?q=turku",
                "/ru/help-in-your-town/?q=Tamperre",
                "/fi/help-in-your-town/",
                "/sv/help-in-your-town/oulu/",
            ):
                tab.goto(server_url + path)
                assert not tab.evaluate(WIDER_THAN_SCREEN_JS), (width, path)
                assert not problems_on(tab), (width, path, problems_on(tab))
            tab.goto(server_url + "/th/help-in-your-town/?q=turku")
            no_violations(tab)
            assert not context.cookies()
            context.close()


def test_a_worker_looks_up_a_service_path_on_a_phone_in_the_field(
    national_demo: dict[str, Any], browser: Any, server_url: str
) -> None:
    cast = national_demo
    context = browser.new_context(viewport={"width": 360, "height": 740})
    page = context.new_page()
    log_in(page, server_url, cast["alice"])
    page.goto(server_url + "/admin/national/service-paths/")
    page.fill("#lookup-q", "Tamperre")
    page.select_option("#lookup-need", "violence")
    with page.expect_navigation():
        page.click(".paths-lookup button")
    cards = page.locator(".path-card")
    assert cards.count() == 2  # the shelter and the police (staff only)
    assert "Tampereen ensi- ja turvakoti" in cards.first.inner_text()
    assert page.evaluate("document.documentElement.scrollWidth") <= 360
    no_violations(page)
    context.close()


def test_a_worker_on_chat_duty_looks_up_a_path_without_leaving_the_console(
    national_demo: dict[str, Any], browser: Any, server_url: str
) -> None:
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    log_in(page, server_url, national_demo["alice"])
    page.goto(server_url + "/admin/chat/")
    page.click(".console-paths summary")
    page.fill("#console-paths-q", "Åbo")
    page.select_option("#console-paths-need", "sexual_health")
    page.click(".console-paths__form button")
    card = page.locator(".console-paths__results .path-card").first
    card.wait_for()
    assert "Turun seksuaaliterveysklinikka" in card.inner_text()
    assert page.url == server_url + "/admin/chat/" and len(context.pages) == 1
    # A vague name offers towns; a pick looks that one up in the panel too.
    page.fill("#console-paths-q", "Tampe")
    page.select_option("#console-paths-need", "")
    page.click(".console-paths__form button")
    results = page.locator(".console-paths__results")
    expect(results).not_to_contain_text("Turku")  # the new answer is in
    if results.locator("a[data-paths-q]").count():
        results.locator("a[data-paths-q]").first.click()
        results.locator(".path-card").first.wait_for()
    assert "Tampere" in results.inner_text() and len(context.pages) == 1
    no_violations(page)
    context.close()


def test_a_coordinator_sees_the_indicators_against_the_goals(
    national_demo: dict[str, Any], browser: Any, server_url: str
) -> None:
    cast = national_demo
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    TOTPDevice.objects.filter(user=cast["charlie"]).update(last_t=-1)
    log_in(page, server_url, cast["charlie"])
    page.goto(server_url + "/admin/")
    with page.expect_navigation():
        page.goto(server_url + "/admin/national/indicators/")
    page.select_option("#indicator-year", "2019")
    with page.expect_navigation():
        page.click("form.paths-lookup button")
    table = page.locator("table[data-period='2018-2020']")
    assert table.count() == 1
    row = table.locator("tr[data-indicator='localities_reached']")
    cells = row.locator("td").all_inner_texts()
    # 2018, 2019, 2020, the period, the goal (10 in the seeds' 2018–2020 plan), the share
    assert cells[4] == "10"
    assert cells[5].endswith("%") or "%" in cells[5]
    people = table.locator("tr[data-indicator='professionals_trained'] td").all_inner_texts()
    assert all(c.strip() for c in people)
    no_violations(page)
    context.close()
