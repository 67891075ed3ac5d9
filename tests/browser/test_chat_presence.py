"""The people side of chat duty, end to end in the browser: a worker's tab closes and the
client is told (and the worker's return too); chat duty closes while a client waits and
the page shows the alternatives instead of a queue that will never move."""

from __future__ import annotations

import threading
from typing import Any

import pytest
from axe_playwright_python.sync_playwright import Axe
from django.utils import timezone
from playwright.sync_api import expect

from tests.browser.test_chat import worker_page
from tukipiste.chat import services
from tukipiste.chat.models import Chat

pytestmark = pytest.mark.browser


def start_on_phone(browser: Any, server_url: str, language: str = "en") -> Any:
    phone = browser.new_context(viewport={"width": 360, "height": 740})
    client = phone.new_page()
    client.goto(f"{server_url}/{language}/chat/")
    client.click("#chat-start")
    client.wait_for_selector("#chat-queue:not([hidden])")
    return client


def test_the_client_is_told_when_the_workers_tab_closes_and_when_it_is_back(
    browser: Any, server_url: str, staff: dict[str, Any], demo_chat_page: None
) -> None:
    alice = worker_page(browser, server_url, staff["alice"])
    client = start_on_phone(browser, server_url)
    alice.click("#queue li[data-chat] button.accept")
    client.wait_for_selector("#chat-conversation:not([hidden])")
    chat_id = Chat.objects.get().pk

    alice.context.close()  # the worker's tab (and browser) closes
    # "… your messages are kept"
    expect(client.locator("#chat-presence")).to_contain_text("kept", timeout=15000)
    results = Axe().run(client)
    assert results.violations_count == 0, results.generate_report()

    # The client keeps writing; the worker comes back within the grace and reads it.
    client.fill("#chat-input", "Are you still there?")
    client.keyboard.press("Enter")
    client.wait_for_selector(".chat-msg >> text=Are you still there?")
    # Her console opens again (she is still on duty: no click on the duty switch).
    again = worker_page(browser, server_url, staff["alice"], go_on_duty=False)
    pane = f".chat-pane[data-chat='{chat_id}']"
    again.wait_for_selector(f"{pane} .chat-log >> text=Are you still there?")
    expect(client.locator("#chat-presence")).to_have_text("", timeout=15000)

    # And the worker sees the client go.
    client.context.close()
    expect(again.locator(f"{pane} .chat-pane__presence")).not_to_have_text("", timeout=15000)


def test_when_chat_duty_closes_the_waiting_client_gets_the_alternatives(
    browser: Any, server_url: str, staff: dict[str, Any], demo_chat_page: None
) -> None:
    client = start_on_phone(browser, server_url, language="fi")
    assert Chat.objects.get().status == "queued"
    # 16.00 in Helsinki: chat duty has closed while the client waited.
    evening = timezone.now().replace(hour=14, minute=0)
    closed: list[int] = []
    # Outside the browser's event loop, as the server's own timer would run it.
    job = threading.Thread(
        target=lambda: closed.append(services.close_queue_after_duty(moment=evening))
    )
    job.start()
    job.join()
    assert closed == [1]
    # Told in Finnish why the chat ended, and the ways that still work.
    expect(client.locator("#chat-ended-text")).to_contain_text("päättyi", timeout=5000)
    expect(client.locator("#chat-alternatives")).to_be_visible()
    assert client.locator("#chat-alternatives a").count() >= 2
    expect(client.locator("#chat-next-opening")).to_be_visible()
    assert not client.is_visible("#chat-queue")
    results = Axe().run(client)
    assert results.violations_count == 0, results.generate_report()
