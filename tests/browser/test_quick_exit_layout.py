"""The quick exit covers nothing: on every public page, at three phone widths, in all seven
languages, measured by the elements' geometry (issue 9: on a 360 px phone it covered part of
the chat's message box and its Send button in Finnish and Russian).

Each page is checked at the top, in the middle and at the bottom of its scroll, and after
the browser scrolled to each control on its own (focus, as Tab and Shift+Tab do). At every
one of those positions no visible control and no line of text may overlap the exit's box.
The one thing allowed is what any sticky top bar does: a line that the reader has scrolled
up beneath the bar, with the page scrolled (scrolling back shows it whole).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import time_machine

pytestmark = pytest.mark.browser

ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts"
WIDTHS = [320, 360, 412]
HEIGHT = 740
LANGUAGES = ["fi", "sv", "en", "ru", "th", "es", "ro"]
PAGES = [
    "/{lang}/",
    "/{lang}/services/",
    "/{lang}/help/",
    "/{lang}/offices/",
    "/{lang}/offices/helsinki/",
    "/{lang}/feedback/",
    "/{lang}/message/",
    "/{lang}/message/read/",
    "/{lang}/no-such-page/",
]
PAGES_WITH_NEWS = ["/{lang}/news/", "/{lang}/news/turku-unit-opens/", "/{lang}/about/contacts/"]
NEWS_LANGUAGES = {"fi", "sv", "en"}
WEDNESDAY_NOON = dt.datetime(2026, 11, 25, 10, 0, tzinfo=dt.UTC)  # chat duty open (10-15)

# Runs in the page: every problem found at the current scroll position, as text.
OVERLAPS_JS = """
(where) => {
  const exit = document.getElementById("quick-exit");
  const bar = exit.closest(".site-bar");
  const e = exit.getBoundingClientRect();
  const band = bar ? bar.getBoundingClientRect() : null;
  const problems = [];
  if (e.top < 0 || e.bottom > window.innerHeight || e.left < 0 || e.right > window.innerWidth) {
    problems.push(where + ": the exit is not wholly on screen");
  }
  const hits = (r) => r.width > 1 && r.height > 1 && r.left < e.right && r.right > e.left
    && r.top < e.bottom && r.bottom > e.top;
  // A line scrolled up beneath the sticky bar is out of view, as if scrolled off screen.
  const underBand = (r) => band !== null && window.scrollY > 0 && band.top <= 0
    && r.top < band.bottom;
  const describe = (node) => {
    const el = node.nodeType === 1 ? node : node.parentElement;
    const text = (node.textContent || "").trim().slice(0, 40);
    return el.tagName.toLowerCase() + (el.id ? "#" + el.id : "") + " '" + text + "'";
  };
  const shown = (el) => el.checkVisibility({ checkOpacity: true, checkVisibilityCSS: true });
  const check = (node, rects) => {
    for (const r of rects) {
      if (hits(r) && !underBand(r)) {
        problems.push(where + ": " + describe(node) + " at " + Math.round(r.top) + "px");
        return;
      }
    }
  };
  const controls = document.querySelectorAll(
    "a[href], button, input:not([type=hidden]), select, textarea, summary, "
    + "[tabindex]:not([tabindex='-1'])"
  );
  for (const el of controls) {
    if (exit.contains(el) || el.classList.contains("skip-link") || !shown(el)) continue;
    check(el, el.getClientRects());
  }
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  const range = document.createRange();
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const parent = node.parentElement;
    if (!node.textContent.trim() || exit.contains(node) || !parent || !shown(parent)) continue;
    if (parent.closest("script, style, noscript, option, .skip-link")) continue;
    range.selectNodeContents(node);
    check(node, range.getClientRects());
  }
  return problems;
}
"""

WIDER_THAN_SCREEN_JS = """
() => document.documentElement.scrollWidth <= window.innerWidth ? [] :
  [...document.querySelectorAll("body *")]
    .filter((el) => el.getBoundingClientRect().right > window.innerWidth + 0.5)
    .filter((el) => !el.parentElement.closest("ul, div, nav, table") ||
      !["auto", "scroll", "hidden"].includes(
        getComputedStyle(el.parentElement.closest("ul, div, nav, table")).overflowX))
    .slice(0, 5).map((el) => el.tagName + "." + el.className + " " + el.textContent.slice(0, 40))
"""

# Scrolls to each control the way the browser does on focus, from below (Shift+Tab) and
# from above (Tab), and collects what overlaps the exit there.
FOCUS_JS = """
() => {
  const controls = [...document.querySelectorAll(
    "a[href], button, input:not([type=hidden]), select, textarea, summary"
  )].filter((el) => el.id !== "quick-exit" && !el.classList.contains("skip-link")
    && el.checkVisibility({ checkVisibilityCSS: true }) && el.getClientRects().length);
  const problems = [];
  const end = () => document.documentElement.scrollHeight;
  for (const el of controls) {
    for (const from of [end()]) {
      window.scrollTo(0, from);
      el.focus();
      const exit = document.getElementById("quick-exit").getBoundingClientRect();
      for (const r of el.getClientRects()) {
        if (r.left < exit.right && r.right > exit.left
            && r.top < exit.bottom && r.bottom > exit.top) {
          const text = (el.textContent || el.name || "").trim().slice(0, 40);
          problems.push("focus from below: " + el.tagName.toLowerCase() + " '" + text
            + "' at " + Math.round(r.top) + "px");
          break;
        }
      }
      el.blur();
    }
  }
  window.scrollTo(0, 0);
  return problems;
}
"""


def problems_on(page: Any) -> list[str]:
    """Every overlap of the page as it stands, at four scroll positions and on focus."""
    found: list[str] = []
    page.evaluate("document.documentElement.style.scrollBehavior = 'auto'")
    height = page.evaluate("document.documentElement.scrollHeight")
    for where, y in [("top", 0), ("middle", height // 3), ("lower", 2 * height // 3)]:
        page.evaluate(f"window.scrollTo(0, {y})")
        found += page.evaluate(OVERLAPS_JS, where)
    page.evaluate("window.scrollTo(0, document.documentElement.scrollHeight)")
    found += page.evaluate(OVERLAPS_JS, "bottom")
    found += page.evaluate(FOCUS_JS)
    page.evaluate("window.scrollTo(0, 0)")
    return found


@pytest.fixture(scope="module")
def open_site(django_db_setup: None, django_db_blocker: Any) -> Iterator[None]:
    """The demo site, loaded once, with chat duty open for the whole module."""
    from django.core.management import call_command

    from tests.staff import make_office
    from tukipiste.demo.loader import load_demo
    from tukipiste.offices.models import OfficeHours
    from tukipiste.offices.selectors import HOURS

    with django_db_blocker.unblock():
        load_demo()
        office = make_office("helsinki")
        OfficeHours.objects.bulk_create(
            OfficeHours(
                office=office, service="chat", weekday=d, opens=dt.time(10), closes=dt.time(15)
            )
            for d in range(5)
        )
        HOURS.renew()  # bulk_create sends no signal
        with time_machine.travel(WEDNESDAY_NOON, tick=True):
            yield
        call_command("flush", interactive=False, verbosity=0)


@pytest.fixture(scope="module")
def phones(browser: Any) -> Iterator[dict[int, Any]]:
    """One tab per width, reused by every language and page."""
    contexts = {w: browser.new_context(viewport={"width": w, "height": HEIGHT}) for w in WIDTHS}
    for context in contexts.values():
        context.keep_between_tests = True  # see pytest_runtest_teardown in conftest.py
    yield {w: context.new_page() for w, context in contexts.items()}
    for context in contexts.values():
        context.close()


@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize("width", WIDTHS)
def test_quick_exit_covers_no_control_or_text_on_any_public_page(
    open_site: None, phones: dict[int, Any], server_url: str, width: int, lang: str
) -> None:
    page = phones[width]
    paths = PAGES + (PAGES_WITH_NEWS if lang in NEWS_LANGUAGES else [])
    found: list[str] = []
    for path in paths:
        url = server_url + path.format(lang=lang)
        page.goto(url)
        wide = page.evaluate(WIDER_THAN_SCREEN_JS)
        assert not wide, (url, wide)
        found += [f"{path} {p}" for p in problems_on(page)]

    # The chat page, before and after the start: the message box and Send are in view.
    page.goto(server_url + f"/{lang}/chat/")
    page.evaluate("sessionStorage.clear()")
    page.reload()
    page.wait_for_selector("#chat-start-form:not([hidden])")
    found += [f"chat (start form) {p}" for p in problems_on(page)]
    if lang in ("fi", "ru", "th"):
        ARTIFACTS.mkdir(exist_ok=True)
        page.screenshot(path=str(ARTIFACTS / f"chat-start-{lang}-{width}.png"))
    page.click("#chat-start")
    page.wait_for_selector("#chat-queue:not([hidden])")
    page.fill("#chat-input", "Hei, onko joku paikalla? " * 4)
    assert page.locator("#chat-send").is_visible()
    found += [f"chat (started) {p}" for p in problems_on(page)]
    page.locator("#chat-send").scroll_into_view_if_needed()
    if lang in ("fi", "ru", "th"):
        page.screenshot(path=str(ARTIFACTS / f"chat-started-{lang}-{width}.png"))
    page.click("#chat-leave-queue")
    page.wait_for_selector("#chat-ended:not([hidden])")
    page.evaluate("sessionStorage.clear()")
    assert not found, "\n".join(found)


@pytest.mark.parametrize("lang", LANGUAGES)
def test_chat_start_form_is_above_the_fold_on_a_360_px_phone(
    open_site: None, phones: dict[int, Any], server_url: str, lang: str
) -> None:
    page = phones[360]
    page.goto(server_url + f"/{lang}/chat/")
    page.evaluate("sessionStorage.clear()")
    page.reload()
    page.wait_for_selector("#chat-start-form:not([hidden])")
    form = page.locator("#chat-start-form").bounding_box()
    first_field = page.locator("#chat-language").bounding_box()
    assert form["y"] < HEIGHT / 2, (lang, form)
    assert first_field["y"] + first_field["height"] <= HEIGHT, (lang, first_field)
    # And the button: a client in a hurry starts without scrolling.
    start = page.locator("#chat-start").bounding_box()
    assert start["y"] + start["height"] <= HEIGHT, (lang, start)
