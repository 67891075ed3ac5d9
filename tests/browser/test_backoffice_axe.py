"""Every back-office page a worker, a coordinator and an editor reach from the menu and the
staff home, held to axe-core like the public site: staff use screen readers and keyboards
too. Each page also has exactly one first-level heading."""

from __future__ import annotations

import json
from typing import Any
from urllib.parse import urlsplit

import pytest
from axe_playwright_python.sync_playwright import Axe
from django_otp.plugins.otp_totp.models import TOTPDevice

from tests.browser.test_records import log_in
from tests.staff import make_cast

pytestmark = pytest.mark.browser
# Leaving, or acting on one object: not pages of their own to audit here.
SKIP = ("/logout", "/delete", "/unpublish", "/copy", "/move", "/lock", "/unlock")


def urls_in(value: Any) -> set[str]:
    """Every ``url`` in the sidebar's menu description, however deeply nested."""
    found: set[str] = set()
    if isinstance(value, dict):
        for key, item in value.items():
            if key == "url" and isinstance(item, str):
                found.add(item)
            else:
                found |= urls_in(item)
    elif isinstance(value, list):
        for item in value:
            found |= urls_in(item)
    return found


def reachable_pages(page: Any) -> list[str]:
    """The menu's pages and those the staff home links to, within the back-office."""
    props = page.evaluate("document.getElementById('wagtail-sidebar-props')?.textContent")
    found = urls_in(json.loads(props)) if props else set()
    found |= set(page.eval_on_selector_all("main a[href]", "els => els.map(e => e.href)"))
    paths = {urlsplit(url).path for url in found if url}
    return sorted(
        path
        for path in paths
        if path.startswith("/admin/") and not any(skip in path for skip in SKIP)
    )


# Contrast is judged on the page as a person sees it, not halfway through a transition (the
# admin's sidebar and the chat console's first frames fade in; axe measured one in passing).
# Only what ends within the 1.5 s we wait for is awaited: the admin's menu badge pulses for
# 25 s, and waiting on it made every page take the whole 1.5 s. (A paused animation never
# finishes, hence the cap.)
SETTLED_JS = """() => Promise.race([
    Promise.all(document.getAnimations()
        .filter(a => a.effect?.getComputedTiming().endTime <= 1500)
        .map(a => a.finished.catch(() => null))),
    new Promise(done => setTimeout(done, 1500)),
])"""


def settle(page: Any) -> None:
    page.wait_for_load_state("load")
    page.evaluate(SETTLED_JS)
    page.wait_for_timeout(200)  # the console's first socket frames


@pytest.mark.parametrize("name", ["alice", "charlie", "dora"])
def test_every_back_office_page_a_role_reaches_passes_axe(
    transactional_db: None, browser: Any, server_url: str, name: str
) -> None:
    cast = make_cast()
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    TOTPDevice.objects.filter(user=cast[name]).update(last_t=-1)
    log_in(page, server_url, cast[name])
    page.goto(server_url + "/admin/")
    pages = reachable_pages(page)
    assert len(pages) >= 5, pages
    failures = {}
    for path in pages:
        response = page.goto(server_url + path)
        assert response is not None and response.status < 400, (path, response and response.status)
        settle(page)
        headings = page.locator("h1").count()
        results = Axe().run(page)
        if results.violations_count or headings != 1:
            failures[path] = {
                "h1": headings,
                "violations": [v["id"] for v in results.response["violations"]],
            }
    context.close()
    assert not failures, (name, failures)
