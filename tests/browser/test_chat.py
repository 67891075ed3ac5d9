"""A client and two workers hold a whole chat in the browser: queue, conversation,
reconnect, transfer, erase."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from axe_playwright_python.sync_playwright import Axe

from tests.staff import verified_client
from tukipiste.chat.models import Chat, ChatMessage

pytestmark = pytest.mark.browser
ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts"


def worker_page(browser: Any, server_url: str, user: Any, *, go_on_duty: bool = True) -> Any:
    """The console of ``user``, switched on duty unless they are on duty already."""
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    cookie = verified_client(user).cookies["sessionid"].value
    context.add_cookies([{"name": "sessionid", "value": cookie, "url": server_url}])
    page = context.new_page()
    page.goto(server_url + "/admin/chat/")
    if go_on_duty:
        page.click("#duty-toggle")
        page.wait_for_selector("#duty-toggle[aria-pressed='true']")
    return page


def test_client_and_workers_hold_a_conversation_with_reconnect_transfer_and_erase(
    browser: Any, server_url: str, staff: dict[str, Any], demo_chat_page: None
) -> None:
    alice = worker_page(browser, server_url, staff["alice"])
    bob = worker_page(browser, server_url, staff["bob"])

    phone = browser.new_context(viewport={"width": 360, "height": 740})
    client = phone.new_page()
    client.goto(server_url + "/en/chat/")
    results = Axe().run(client)
    assert results.violations_count == 0, results.generate_report()
    client.select_option("#chat-topic", "health")
    client.fill("#chat-nickname", "Rose")
    client.click("#chat-start")
    client.wait_for_selector("#chat-queue:not([hidden])")
    assert "1" in client.text_content("#chat-queue-position")

    alice.click("#queue li[data-chat] button.accept")
    chat_id = Chat.objects.get().pk
    pane = f".chat-pane[data-chat='{chat_id}']"
    alice.wait_for_selector(pane)

    client.fill("#chat-input", "Hello, is anyone there?")
    client.keyboard.press("Enter")
    alice.wait_for_selector(f"{pane} .chat-log >> text=Hello, is anyone there?")
    alice.fill(f"{pane} textarea.chat-input", "Hi Rose, I am Alice.")
    alice.click(f"{pane} button.chat-send")
    client.wait_for_selector("#chat-log >> text=Hi Rose, I am Alice.")

    ARTIFACTS.mkdir(exist_ok=True)
    client.screenshot(path=str(ARTIFACTS / "chat-client-phone.png"), full_page=True)
    alice.screenshot(path=str(ARTIFACTS / "chat-console.png"), full_page=True)

    # The phone drops off and comes back: nothing lost, nothing doubled.
    client.reload()
    client.wait_for_selector("#chat-log >> text=Hi Rose, I am Alice.")
    assert client.locator("#chat-log .chat-msg", has_text="Hello, is anyone there?").count() == 1
    assert client.locator("#chat-log .chat-msg", has_text="Hi Rose, I am Alice.").count() == 1

    alice.click(f"{pane} .chat-pane__more summary")  # transfer sits behind a disclosure
    alice.select_option(f"{pane} select.transfer-to", str(staff["bob"].pk))
    alice.fill(f"{pane} input.transfer-note", "Prefers Bob")
    alice.click(f"{pane} button.transfer")
    bob.wait_for_selector(f"{pane} >> text=Prefers Bob")
    bob.fill(f"{pane} textarea.chat-input", "Bob here, hello!")
    bob.click(f"{pane} button.chat-send")
    client.wait_for_selector("#chat-log >> text=Bob here, hello!")
    assert "Prefers Bob" not in client.text_content("#chat-log")

    client.click("#chat-erase")
    client.click("#chat-erase")  # the second press confirms
    client.wait_for_selector("#chat-ended:not([hidden])")
    assert set(ChatMessage.objects.filter(chat_id=chat_id).values_list("body", flat=True)) == {""}
    assert client.evaluate("JSON.stringify(sessionStorage)") in ("{}", '{"tukipiste-chat":null}')
    for context in (phone, alice.context, bob.context):
        context.close()
