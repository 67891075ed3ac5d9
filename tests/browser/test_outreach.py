"""A worker logs an outreach session on a 360 px phone with the network cut and restored:
thumb-sized steppers, no sideways scrolling, the draft survives a reload and an offline
Save, and the session is sent exactly once when the network is back."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

import pytest
from django_otp.plugins.otp_totp.models import TOTPDevice

from tests.browser.test_records import log_in, no_violations
from tests.records.helpers import ensure_categories
from tests.staff import make_cast, make_locality, make_office
from tukipiste.outreach.models import Forum, OutreachSession
from tukipiste.records.models import Contact

pytestmark = pytest.mark.browser
PHONE = {"width": 360, "height": 740}
DRAFT_FIELDS = {
    "date", "start_time", "end_date", "end_time", "environment", "locality", "office",
    "venue", "forum", "messaged", "answered", "people_reached", "contacts", "partner_staff",
    "partner_organisations", "workers",
}  # fmt: skip


@pytest.fixture
def phone(browser: Any) -> Iterator[Any]:
    context = browser.new_context(
        viewport=PHONE, device_scale_factor=2, is_mobile=True, has_touch=True, locale="en-GB"
    )
    yield context
    context.close()


def uncovered(page: Any, selector: str) -> bool:
    """Whether a tap in the middle of the element reaches the element itself."""
    page.locator(selector).scroll_into_view_if_needed()
    return bool(
        page.evaluate(
            """selector => {
                const el = document.querySelector(selector);
                const box = el.getBoundingClientRect();
                const x = box.x + box.width / 2, y = box.y + box.height / 2;
                const hit = document.elementFromPoint(x, y);
                return hit === el || el.contains(hit);
            }""",
            selector,
        )
    )


def draft(page: Any, user: Any) -> Any:
    raw = page.evaluate(f"localStorage.getItem('tukipiste-outreach-draft-{user.pk}')")
    return json.loads(raw) if raw else None


def test_a_worker_logs_an_outreach_session_on_a_phone_with_the_network_cut_and_restored(
    transactional_db: None, phone: Any, server_url: str
) -> None:
    lists = ensure_categories()
    cast = make_cast()
    alice = cast["alice"]
    office = make_office("helsinki")
    office.locality = make_locality("helsinki", name_sv="Helsingfors")
    office.save()
    Forum.objects.create(name="Deitti-ilmot")
    condoms = lists["supply"]["condoms"]
    page = phone.new_page()
    sends: list[int] = []
    foreign: list[str] = []
    page.on(
        "response",
        lambda r: (
            sends.append(r.status)
            if r.request.method == "POST" and r.url.endswith("/admin/outreach/new/")
            else None
        ),
    )
    page.on("request", lambda r: None if r.url.startswith(server_url) else foreign.append(r.url))
    log_in(page, server_url, alice)

    # The staff home offers the log in one tap.
    no_violations(page, "section[aria-labelledby=home-outreach]")
    with page.expect_navigation():
        page.locator("#home-log-outreach").tap()
    assert page.url.endswith("/admin/outreach/new/")
    no_violations(page, ".outreach")
    assert page.evaluate("document.documentElement.scrollWidth") <= PHONE["width"]
    # Every count has a thumb-sized minus and plus; the header covers nothing.
    steps = page.locator(".outreach-step")
    assert steps.count() >= 10
    for index in range(0, steps.count(), 7):
        box = steps.nth(index).bounding_box()
        assert box["width"] >= 44 and box["height"] >= 44
    for selector in ("#id_environment_0", "#id_date", "#id_venue", "#outreach-save"):
        assert uncovered(page, selector), selector
    # Moving through the form by keyboard never leaves a field under the fixed menu button.
    page.focus("#id_partner_organisations")
    page.keyboard.press("Shift+Tab")
    assert page.evaluate(
        """() => {
            const el = document.activeElement, box = el.getBoundingClientRect();
            const hit = document.elementFromPoint(box.x + 4, box.y + 4);
            return hit === el || el.contains(hit);
        }"""
    )

    page.locator("label[for=id_environment_0]").tap()  # outdoors
    page.fill("#id_venue", "Kaisaniemi park")
    for _ in range(3):
        page.locator("[aria-controls=id_people_reached]").last.tap()
    page.locator("[aria-controls=id_contacts]").last.tap()
    page.locator("[aria-controls=id_contacts]").last.tap()
    page.fill(f"#id_supply_{condoms.pk}", "25")
    assert page.input_value("#id_people_reached") == "3"

    # A reload (a phone's browser drops a tab in the background) keeps what was typed.
    key = draft(page, alice)["key"]
    page.reload()
    assert page.input_value("#id_venue") == "Kaisaniemi park"
    assert page.input_value("#id_contacts") == "2"
    assert page.input_value("input[name=idempotency_key]") == key
    assert "draft was restored" in page.text_content("#outreach-status")
    assert page.is_visible("#outreach-discard")

    # The network drops; Save keeps the session on the phone.
    phone.set_offline(True)
    page.locator("#outreach-save").tap()
    page.wait_for_selector("#outreach-status:not([hidden])")
    assert "No network" in page.text_content("#outreach-status")
    assert OutreachSession.objects.count() == 0
    kept = draft(page, alice)
    assert kept["pending"] is True and kept["key"] == key
    # The draft holds the form's own fields only: no token, nothing about a client.
    assert (
        set(kept["values"])
        - {f"supply_{c.pk}" for c in lists["supply"].values()}
        - {f"gender_{c.pk}" for c in lists["gender"].values()}
        - {f"age_{c.pk}" for c in lists["age_band"].values()}
        <= DRAFT_FIELDS
    )
    assert "csrfmiddlewaretoken" not in kept["values"]

    # The network is back: the draft goes once, and the session's page follows.
    with page.expect_navigation(url=lambda url: "/admin/outreach/" in url and "/new/" not in url):
        phone.set_offline(False)
    session = OutreachSession.objects.get()
    assert str(session.idempotency_key) == key
    assert (session.venue, session.people_reached) == ("Kaisaniemi park", 3)
    assert session.supplies.get().quantity == 25
    assert (
        Contact.objects.filter(outreach_link__session=session, channel="outreach_outdoor").count()
        == 2
    )
    assert sends == [201]
    assert "Outreach session saved." in page.text_content("main")
    assert draft(page, alice) is None
    no_violations(page, ".outreach")
    assert page.evaluate("document.documentElement.scrollWidth") <= PHONE["width"]

    # A new form starts empty, with a new key.
    page.goto(server_url + "/admin/outreach/new/")
    assert page.input_value("#id_venue") == ""
    assert page.input_value("input[name=idempotency_key]") != key
    page.wait_for_timeout(500)
    assert OutreachSession.objects.count() == 1 and sends == [201]
    assert foreign == []


def test_a_refused_send_shows_the_errors_and_keeps_the_draft(
    transactional_db: None, phone: Any, server_url: str
) -> None:
    ensure_categories()
    cast = make_cast()
    office = make_office("helsinki")
    office.locality = make_locality("helsinki", name_sv="Helsingfors")
    office.save()
    page = phone.new_page()
    log_in(page, server_url, cast["alice"])
    page.goto(server_url + "/admin/outreach/new/")
    page.fill("#id_venue", "Hakaniemi")
    # On one day: the form starts two hours back, so from midnight to two its two dates differ.
    page.fill("#id_end_date", page.input_value("#id_date"))
    page.fill("#id_end_time", "00:01")
    page.fill("#id_start_time", "23:59")
    with page.expect_navigation():
        page.locator("#outreach-save").tap()
    assert "The session ends before it starts" in page.text_content("#error-summary")
    assert page.input_value("#id_venue") == "Hakaniemi"
    assert draft(page, cast["alice"])["values"]["venue"] == "Hakaniemi"
    assert OutreachSession.objects.count() == 0
    no_violations(page, ".outreach")
    # The worker may throw the draft away and start over.
    with page.expect_navigation():
        page.locator("#outreach-discard").tap()
    assert page.input_value("#id_venue") == ""
    assert draft(page, cast["alice"]) is None or draft(page, cast["alice"]).get("values") is None


def test_a_draft_saved_offline_in_a_closed_tab_is_sent_once_when_the_form_is_opened_again(
    transactional_db: None, phone: Any, server_url: str
) -> None:
    ensure_categories()
    cast = make_cast()
    office = make_office("helsinki")
    office.locality = make_locality("helsinki", name_sv="Helsingfors")
    office.save()
    sends: list[int] = []

    def count(response: Any) -> None:
        if response.request.method == "POST" and response.url.endswith("/admin/outreach/new/"):
            sends.append(response.status)

    phone.on("response", count)
    page = phone.new_page()
    log_in(page, server_url, cast["alice"])
    page.goto(server_url + "/admin/outreach/new/")
    page.locator("label[for=id_environment_1]").tap()  # indoor venue
    page.fill("#id_venue", "Massage parlours, Kallio")
    page.fill("#id_contacts", "3")
    phone.set_offline(True)
    page.locator("#outreach-save").tap()
    page.wait_for_selector("#outreach-status:not([hidden])")
    page.close()  # the phone's browser drops the tab while the network is still gone

    phone.set_offline(False)
    again = phone.new_page()
    with again.expect_navigation(url=lambda url: "/new/" not in url and "/outreach/" in url):
        again.goto(server_url + "/admin/outreach/new/")
    session = OutreachSession.objects.get()
    assert (session.environment, session.venue) == ("indoor", "Massage parlours, Kallio")
    assert Contact.objects.filter(channel="outreach_indoor").count() == 3
    again.goto(server_url + "/admin/outreach/new/")  # nothing left to send
    again.wait_for_timeout(500)
    assert sends == [201] and OutreachSession.objects.count() == 1


def test_a_draft_is_sent_after_the_worker_logged_in_again_in_another_tab(
    transactional_db: None, phone: Any, server_url: str
) -> None:
    ensure_categories()
    cast = make_cast()
    office = make_office("helsinki")
    office.locality = make_locality("helsinki", name_sv="Helsingfors")
    office.save()
    page = phone.new_page()
    sends: list[int] = []
    page.on(
        "response",
        lambda r: (
            sends.append(r.status)
            if r.request.method == "POST" and r.url.endswith("/admin/outreach/new/")
            else None
        ),
    )
    log_in(page, server_url, cast["alice"])
    page.goto(server_url + "/admin/outreach/new/")
    page.fill("#id_venue", "Kamppi")
    # Another tab logs out and in again: the form's token in this tab is no longer valid.
    other = phone.new_page()
    other.goto(server_url + "/admin/")
    with other.expect_navigation():
        other.evaluate(
            """() => { const f = document.createElement('form'); f.method = 'post';
            f.action = '/admin/logout/'; const t = document.createElement('input');
            t.name = 'csrfmiddlewaretoken';
            t.value = document.querySelector('[name=csrfmiddlewaretoken]').value;
            f.appendChild(t); document.body.appendChild(f); f.submit(); }"""
        )
    TOTPDevice.objects.filter(user=cast["alice"]).update(last_t=-1)  # a new code step
    log_in(other, server_url, cast["alice"])
    other.close()
    with page.expect_navigation(url=lambda url: "/new/" not in url and "/outreach/" in url):
        page.locator("#outreach-save").tap()
    assert OutreachSession.objects.get().venue == "Kamppi"
    assert sends == [403, 201]  # refused with the old token, sent with a fresh one
