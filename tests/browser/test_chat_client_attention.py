"""The client's chat page on a phone: ending asks once more, the one feedback question,
and the frames of the protocol additions (duty, an honest queue, presence, reconnecting)."""

from __future__ import annotations

from typing import Any

import pytest
from axe_playwright_python.sync_playwright import Axe

from tests.browser.test_chat import worker_page
from tukipiste.chat.models import Chat, ChatFeedback

pytestmark = pytest.mark.browser


def phone_page(browser: Any, server_url: str, lang: str = "en") -> Any:
    context = browser.new_context(viewport={"width": 360, "height": 740})
    page = context.new_page()
    received: list[str] = []
    page.on("websocket", lambda ws: ws.on("framereceived", lambda frame: received.append(frame)))
    page.goto(server_url + f"/{lang}/chat/")
    page.wait_for_selector("#chat-start-form:not([hidden])")
    # The server's own duty frame comes once the socket is open; a test that plays frames
    # into the page starts after it, or that frame could land last and undo the test's.
    for _ in range(100):
        if any('"duty"' in str(frame) for frame in received):
            break
        page.wait_for_timeout(50)
    else:
        raise AssertionError("the chat socket never sent its duty frame")
    return page


def assert_axe_clean(page: Any) -> None:
    results = Axe().run(page)
    assert results.violations_count == 0, results.generate_report()[-3000:]


def test_end_asks_once_more_then_the_client_answers_the_feedback_question(
    browser: Any, server_url: str, staff: dict[str, Any], demo_chat_page: None
) -> None:
    alice = worker_page(browser, server_url, staff["alice"])
    client = phone_page(browser, server_url)
    client.click("#chat-start")
    client.wait_for_selector("#chat-queue:not([hidden])")
    alice.click("#queue li[data-chat] button.accept")
    client.wait_for_selector("#chat-end:not([hidden])")

    # One tap only opens the question; "Keep chatting" leaves the chat as it was.
    client.click("#chat-end")
    assert client.evaluate("document.activeElement.id") == "chat-end-yes"
    assert client.get_attribute("#chat-end", "aria-expanded") == "true"
    assert_axe_clean(client)
    client.click("#chat-end-no")
    assert client.locator("#chat-end-confirm").is_hidden()
    assert Chat.objects.get().status == "active"

    client.click("#chat-end")
    client.click("#chat-end-yes")
    client.wait_for_selector("#chat-feedback:not([hidden])")
    assert_axe_clean(client)
    client.check("#chat-rating-4")
    client.fill("#chat-feedback-words", "Quick and kind answers.")
    with client.expect_navigation():
        client.click("#chat-feedback button[type=submit]")
    assert "Thank you for your answer" in client.text_content("h1")
    answer = ChatFeedback.objects.get()
    assert (answer.rating, answer.words) == (4, "Quick and kind answers.")
    assert client.context.cookies() == []
    for context in (client.context, alice.context):
        context.close()


def test_duty_queue_presence_and_reconnecting_frames_are_shown(
    browser: Any, server_url: str, demo_chat_page: None
) -> None:
    page = phone_page(browser, server_url, "fi")
    hand = "(frame) => window.TukipisteChat.handle(frame)"

    # Duty closes and opens again while the page is open: the view follows.
    page.evaluate(hand, {"type": "duty", "open": False, "next_opening": "2026-11-26T08:00:00Z"})
    assert page.locator("#chat-start-form").is_hidden()
    assert page.locator("#chat-closed").is_visible()
    assert "klo" in page.text_content("#chat-closed-title") or "11" in page.text_content(
        "#chat-closed-title"
    )
    page.evaluate(hand, {"type": "duty", "open": True, "closes_at": "2026-11-25T13:00:00Z"})
    assert page.locator("#chat-start-form").is_visible()

    page.click("#chat-start")
    page.wait_for_selector("#chat-queue:not([hidden])")
    # Nobody on duty: no invented estimate, the alternatives at once.
    page.evaluate(
        hand,
        {
            "type": "queue",
            "position": 1,
            "state": "nobody_on_duty",
            "estimated_wait_s": None,
            "available": 0,
            "version": 5,
        },
    )
    assert "min" not in page.text_content("#chat-queue-wait")
    assert page.locator("#chat-alternatives").is_visible()
    # An older queue figure arriving late is ignored.
    page.evaluate(
        hand,
        {"type": "queue", "position": 3, "state": "waiting", "estimated_wait_s": 600, "version": 4},
    )
    assert page.text_content("#chat-queue-position") == "1"

    page.evaluate("() => window.TukipisteChat.onStatus('reconnecting')")
    assert page.locator("#chat-link").is_visible()
    assert_axe_clean(page)
    page.evaluate("() => window.TukipisteChat.onStatus('online')")
    assert page.locator("#chat-link").is_hidden()

    # Duty ends while the client waits: told why, with every other way to reach us.
    page.evaluate(
        hand,
        {
            "type": "ended",
            "by": "system",
            "reason": "duty_closed",
            "next_opening": "2026-11-26T08:00:00Z",
        },
    )
    page.wait_for_selector("#chat-ended:not([hidden])")
    assert page.locator("#chat-alternatives").is_visible()
    assert page.locator("#chat-next-opening").is_visible()
    assert page.locator("#chat-alternatives a[href$='/message/']").count() == 1
    assert page.locator("#chat-feedback").is_hidden()  # a wait cut short is not rated
    assert_axe_clean(page)
    page.screenshot(path="test-artifacts/chat-duty-closed-fi-360.png", full_page=True)
    page.context.close()


def test_worker_presence_and_the_tab_title_tell_a_client_who_looks_away(
    browser: Any, server_url: str, staff: dict[str, Any], demo_chat_page: None
) -> None:
    alice = worker_page(browser, server_url, staff["alice"])
    client = phone_page(browser, server_url, "ru")
    client.click("#chat-start")
    client.wait_for_selector("#chat-queue:not([hidden])")
    client.click("#chat-sound")
    assert client.get_attribute("#chat-sound", "aria-pressed") == "true"
    # The client switches apps: the page is hidden.
    client.evaluate(
        "() => { Object.defineProperty(document, 'visibilityState', {value: 'hidden', "
        "configurable: true}); document.hasFocus = () => false; }"
    )
    alice.click("#queue li[data-chat] button.accept")
    client.wait_for_function("() => document.title.indexOf(' – ') > 0")
    chat_id = Chat.objects.get().pk
    pane = f".chat-pane[data-chat='{chat_id}']"
    alice.fill(f"{pane} textarea.chat-input", "Здравствуйте!")
    alice.click(f"{pane} button.chat-send")
    client.wait_for_function("() => document.title.startsWith('(1)')")
    client.evaluate(
        "() => { Object.defineProperty(document, 'visibilityState', {value: 'visible', "
        "configurable: true}); document.dispatchEvent(new Event('visibilitychange')); }"
    )
    assert not client.evaluate("document.title").startswith("(")

    client.evaluate(
        "(f) => window.TukipisteChat.handle(f)",
        {"type": "presence", "who": "worker", "online": False},
    )
    assert client.locator("#chat-presence").is_visible()
    client.evaluate(
        "(f) => window.TukipisteChat.handle(f)",
        {"type": "presence", "who": "worker", "online": True},
    )
    assert client.locator("#chat-presence").is_hidden()
    for context in (client.context, alice.context):
        context.close()
