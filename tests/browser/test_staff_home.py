"""The staff home of each role in Chromium: axe-core finds nothing, at laptop and phone width."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from axe_playwright_python.sync_playwright import Axe
from django_otp.plugins.otp_totp.models import TOTPDevice

from tests.browser.test_records import log_in
from tests.staff import make_cast

pytestmark = pytest.mark.browser
ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts"


def test_the_staff_home_of_every_role_passes_axe(
    transactional_db: None, browser: Any, server_url: str
) -> None:
    cast = make_cast()
    ARTIFACTS.mkdir(exist_ok=True)
    for name in ["alice", "charlie", "dora"]:
        for width in (1280, 390):
            context = browser.new_context(viewport={"width": width, "height": 900})
            page = context.new_page()
            # A one-time code is taken once: a second login within its step needs this.
            TOTPDevice.objects.filter(user=cast[name]).update(last_t=-1)
            log_in(page, server_url, cast[name])
            page.goto(server_url + "/admin/")
            assert page.locator("h1").count() == 1
            assert page.locator("section.tp-home-panel").count() >= 2, name
            results = Axe().run(page)
            assert results.violations_count == 0, (
                name,
                width,
                [v["id"] for v in results.response["violations"]],
                results.generate_report()[-2000:],
            )
            page.screenshot(path=str(ARTIFACTS / f"staff-home-{name}-{width}.png"), full_page=True)
            context.close()
