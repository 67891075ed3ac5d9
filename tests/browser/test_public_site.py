"""The public site in headless Chromium, as a client on a phone or a keyboard would use it."""

from __future__ import annotations

from pathlib import Path
from typing import Any
from urllib.parse import urlparse

import pytest
from axe_playwright_python.sync_playwright import Axe

pytestmark = [pytest.mark.browser, pytest.mark.usefixtures("demo_site_readonly")]

ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts"
PAGE_TYPES = [
    "/{lang}/",
    "/{lang}/services/",
    "/{lang}/chat/",
    "/{lang}/help/",
    "/{lang}/offices/",
    "/{lang}/offices/helsinki/",
    "/{lang}/feedback/",
    "/{lang}/privacy/",
    "/{lang}/community/",
    "/{lang}/news/",
    "/{lang}/news/chat-duty-evenings/",
    "/{lang}/about/",
    "/{lang}/about/legislation/",
    "/{lang}/about/contacts/",
]
FI_EN_PAGES = ["/{lang}/news/turku-unit-opens/"]
LANGUAGES = ["fi", "sv", "en", "ru", "th", "es", "ro"]
NEUTRAL = "<!doctype html><html lang='en'><title>Weather</title><h1>Weather</h1></html>"


def stub_other_hosts(page: Any, server_url: str) -> list[str]:
    """Answer any request to another host with a neutral page, and record it."""
    own = urlparse(server_url).netloc
    foreign: list[str] = []

    def handle(route: Any) -> None:
        if urlparse(route.request.url).netloc == own:
            route.continue_()
        else:
            foreign.append(route.request.url)
            route.fulfill(status=200, content_type="text/html", body=NEUTRAL)

    page.route("**/*", handle)
    return foreign


@pytest.mark.parametrize("lang", ["fi", "en", "th", "ro"])
def test_pages_make_no_request_to_another_host_and_pass_axe(
    page: Any, server_url: str, lang: str
) -> None:
    requests: list[str] = []
    page.on("request", lambda request: requests.append(request.url))
    paths = PAGE_TYPES + (FI_EN_PAGES if lang in ("fi", "en") else [])
    axe = Axe()
    for path in paths:
        page.goto(server_url + path.format(lang=lang))
        results = axe.run(page)
        assert results.violations_count == 0, (
            path,
            [v["id"] for v in results.response["violations"]],
            results.generate_report()[-3000:],
        )
    own = urlparse(server_url).netloc
    assert requests and all(urlparse(url).netloc == own for url in requests), requests
    assert page.context.cookies() == []


def test_quick_exit_button_replaces_the_page_without_a_history_entry(
    page: Any, server_url: str
) -> None:
    foreign = stub_other_hosts(page, server_url)
    page.goto(server_url + "/en/help/")
    before = page.evaluate("history.length")
    page.click("#quick-exit")
    page.wait_for_url(lambda url: urlparse(url).netloc != urlparse(server_url).netloc)
    assert foreign
    assert page.evaluate("history.length") == before
    page.go_back()  # back leads to where the tab was before our page, not to our page
    assert urlparse(server_url).netloc not in page.url


def test_escape_key_is_a_quick_exit_too(page: Any, server_url: str) -> None:
    stub_other_hosts(page, server_url)
    page.goto(server_url + "/ru/chat/")
    before = page.evaluate("history.length")
    page.keyboard.press("Escape")
    page.wait_for_url(lambda url: urlparse(url).netloc != urlparse(server_url).netloc)
    assert page.evaluate("history.length") == before


def test_quick_exit_is_a_working_link_without_javascript(browser: Any, server_url: str) -> None:
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    foreign = stub_other_hosts(page, server_url)
    page.goto(server_url + "/fi/")
    page.click("#quick-exit")
    page.wait_for_url(lambda url: urlparse(url).netloc != urlparse(server_url).netloc)
    assert foreign
    context.close()


def test_keyboard_alone_reaches_skip_link_quick_exit_and_every_main_page(
    page: Any, server_url: str
) -> None:
    page.goto(server_url + "/en/")
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.className") == "skip-link"
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.id") == "quick-exit"
    page.keyboard.press("Shift+Tab")
    page.keyboard.press("Enter")
    assert page.evaluate("document.activeElement.id") == "main"

    visited = []
    for title in ["Services", "Chat", "Offices", "help"]:
        page.goto(server_url + "/en/")
        # Walk the focus order to the menu link and follow it with Enter.
        for _ in range(60):
            page.keyboard.press("Tab")
            focused = page.evaluate(
                "[document.activeElement.closest('.main-nav') !== null,"
                " document.activeElement.textContent]"
            )
            if focused[0] and title.lower() in focused[1].lower():
                break
        else:
            pytest.fail(f"menu link {title!r} not reachable by Tab")
        with page.expect_navigation():
            page.keyboard.press("Enter")
        visited.append(urlparse(page.url).path)
    assert len(set(visited)) == 4


def test_focus_is_visible(page: Any, server_url: str) -> None:
    page.goto(server_url + "/en/")
    page.keyboard.press("Tab")
    page.keyboard.press("Tab")
    outline = page.evaluate("getComputedStyle(document.activeElement).outlineStyle")
    assert outline not in ("none", "")


def test_feedback_by_keyboard_with_an_error_then_success(page: Any, server_url: str) -> None:
    page.goto(server_url + "/en/feedback/")
    page.fill("#id_reply_contact", "call me on Monday")
    page.click("button[type=submit]")
    assert page.locator("#error-summary").is_visible()
    assert page.input_value("#id_reply_contact") == "call me on Monday"
    page.check("input[value=praise]")
    page.fill("#id_message", "Kind people at the drop-in.")
    page.keyboard.press("Tab")
    page.click("button[type=submit]")
    assert "Thank you" in page.text_content("h1")
    assert page.context.cookies() == []


@pytest.mark.parametrize(("name", "width", "height"), [("phone", 360, 740), ("laptop", 1366, 900)])
def test_home_page_fits_the_screen(
    browser: Any, server_url: str, name: str, width: int, height: int
) -> None:
    context = browser.new_context(viewport={"width": width, "height": height})
    page = context.new_page()
    page.goto(server_url + "/fi/")
    assert page.evaluate("document.documentElement.scrollWidth") <= width
    assert page.locator("#quick-exit").is_visible()
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / f"home-{name}.png"), full_page=True)
    context.close()


def test_get_help_is_one_tap_away_on_a_phone_in_every_language(
    browser: Any, server_url: str
) -> None:
    context = browser.new_context(viewport={"width": 360, "height": 740}, has_touch=True)
    page = context.new_page()
    for lang in LANGUAGES:
        page.goto(server_url + f"/{lang}/")
        button = page.locator("a.get-help")
        box = button.bounding_box()
        # Visible without scrolling or opening anything, on the first screen.
        assert box is not None and box["y"] + box["height"] <= 200, (lang, box)
        assert box["x"] >= 0 and box["x"] + box["width"] <= 360, (lang, box)
        with page.expect_navigation():
            button.tap()
        assert urlparse(page.url).path == f"/{lang}/help/", lang
        assert page.locator("#helplines-heading").is_visible()
        assert "0295 463 177" in page.text_content("main")
    context.close()


@pytest.mark.parametrize("width", [320, 360, 412])
def test_the_phone_menu_reaches_every_main_item_without_javascript_or_sideways_scroll(
    browser: Any, server_url: str, width: int
) -> None:
    context = browser.new_context(
        viewport={"width": width, "height": 740}, java_script_enabled=False
    )
    page = context.new_page()
    for lang in ["fi", "th", "ro"]:
        page.goto(server_url + f"/{lang}/")
        assert page.evaluate("document.documentElement.scrollWidth") <= width, lang
        controls = ["a.get-help", ".main-nav__menu > summary", ".languages--menu > summary"]
        boxes = [page.locator(selector).bounding_box() for selector in controls]
        assert all(b and b["x"] >= 0 and b["x"] + b["width"] <= width for b in boxes), boxes
        # From 360 px the way to help, the menu and the language choice share one line.
        if width >= 360:
            assert len({round(b["y"]) for b in boxes if b}) == 1, (lang, width, boxes)
        page.click(".main-nav__menu > summary")
        links = page.locator(".main-nav__menu .menu__panel a")
        assert links.count() == 7
        for i in range(links.count()):
            box = links.nth(i).bounding_box()
            assert box and box["x"] >= 0 and box["x"] + box["width"] <= width, (lang, i, box)
        page.click(".languages--menu > summary")
        with page.expect_navigation():
            page.click(".languages--menu a[hreflang=en]")
        assert urlparse(page.url).path == "/en/"
    context.close()


def test_the_phone_header_passes_axe_with_its_menus_open(browser: Any, server_url: str) -> None:
    context = browser.new_context(viewport={"width": 360, "height": 740})
    page = context.new_page()
    page.goto(server_url + "/th/")
    page.click(".main-nav__menu > summary")
    results = Axe().run(page)
    assert results.violations_count == 0, [v["id"] for v in results.response["violations"]]
    page.click(".languages--menu > summary")
    results = Axe().run(page)
    assert results.violations_count == 0, [v["id"] for v in results.response["violations"]]
    context.close()
