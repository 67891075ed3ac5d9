"""The worker's console as a worker lives it: alerts, tabs, unread counts, confirmations, and
a layout where the chat in view and the queue both fit a 1280x800 laptop.

Two kinds of test: over a real server (clients are plain WebSockets), and a console whose
socket is a stand-in that the test feeds frames of the issue-9 protocol additions, so the
page's handling of them is checked whether or not the server sends them yet.
"""

from __future__ import annotations

import json
import time
from pathlib import Path
from typing import Any

import pytest
from axe_playwright_python.sync_playwright import Axe

from tests.chat.test_chat_flow import start_client
from tests.staff import verified_client
from tukipiste.chat.models import Chat, ChatStatus
from tukipiste.demo.saved_replies import load_saved_replies

pytestmark = pytest.mark.browser
ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts"

# Chromium headless may not draw desktop notifications: a wrapper records each one (and
# still calls the real constructor when it can), keeping the real permission.
NOTIFICATION_SPY = """
(function () {
  var Real = window.Notification;
  window.__notes = [];
  function Spy(title, options) {
    options = options || {};
    window.__notes.push({ title: title, body: options.body, tag: options.tag });
    this.close = function () {};
    try { Real && new Real(title, options); } catch (e) { /* headless */ }
  }
  Object.defineProperty(Spy, "permission", {
    get: function () { return Real ? Real.permission : "granted"; }
  });
  Spy.requestPermission = function (callback) { return Real.requestPermission(callback); };
  window.Notification = Spy;
})();
"""

# A WebSocket stand-in: frames the page sends are recorded, frames are pushed by the test.
# The options given to socket.js are kept so that the test can call onStatus.
FAKE_SOCKET = """
(function () {
  window.__sent = [];
  window.__sockets = [];
  function FakeSocket(url) {
    var self = this;
    this.url = url;
    this.readyState = 0;
    window.__sockets.push(this);
    setTimeout(function () { self.readyState = 1; if (self.onopen) self.onopen({}); }, 0);
  }
  FakeSocket.CONNECTING = 0; FakeSocket.OPEN = 1; FakeSocket.CLOSING = 2; FakeSocket.CLOSED = 3;
  FakeSocket.prototype.send = function (data) { window.__sent.push(JSON.parse(data)); };
  FakeSocket.prototype.close = function () { this.readyState = 3; };
  window.WebSocket = FakeSocket;
  window.__push = function (frame) {
    var socket = window.__sockets[window.__sockets.length - 1];
    socket.onmessage({ data: JSON.stringify(frame) });
  };
  var kept;
  Object.defineProperty(window, "TukipisteSocket", {
    configurable: true,
    get: function () { return kept; },
    set: function (value) {
      kept = {
        create: function (options) {
          window.__socketOptions = options;
          return value.create(options);
        }
      };
    }
  });
})();
"""


def console_context(browser: Any, server_url: str, user: Any, width: int, height: int) -> Any:
    context = browser.new_context(viewport={"width": width, "height": height})
    context.grant_permissions(["notifications"], origin=server_url)
    cookie = verified_client(user).cookies["sessionid"].value
    context.add_cookies([{"name": "sessionid", "value": cookie, "url": server_url}])
    context.add_init_script(NOTIFICATION_SPY)
    return context


def go_on_duty(page: Any, server_url: str) -> None:
    page.goto(server_url + "/admin/chat/")
    page.click("#duty-toggle")
    page.wait_for_selector("#duty-toggle[aria-pressed='true']")


def inside_viewport(page: Any, selector: str) -> bool:
    box = page.locator(selector).bounding_box()
    size = page.viewport_size
    assert box is not None, selector
    return (
        box["x"] >= 0
        and box["y"] >= 0
        and box["x"] + box["width"] <= size["width"] + 0.5
        and box["y"] + box["height"] <= size["height"] + 0.5
    )


def wait_until(page: Any, expression: str, arg: Any = None, timeout: float = 5) -> None:
    """Poll a page expression (wait_for_function evaluates strings, which the admin's CSP
    forbids; page.evaluate does not)."""
    deadline = time.monotonic() + timeout
    while not page.evaluate(expression, arg):
        if time.monotonic() > deadline:
            raise AssertionError(f"still false after {timeout} s: {expression}")
        page.wait_for_timeout(50)


def axe_clean(page: Any) -> None:
    results = Axe().run(page)
    assert results.violations_count == 0, results.generate_report()


def test_worker_is_alerted_to_a_new_chat_and_handles_two_chats_at_1280x800(
    browser: Any, server_url: str, staff: dict[str, Any]
) -> None:
    context = console_context(browser, server_url, staff["alice"], 1280, 800)
    page = context.new_page()
    go_on_duty(page, server_url)
    assert page.get_attribute("#alerts-toggle", "aria-pressed") == "false"
    page.click("#alerts-toggle")  # the permission is asked here, on the click
    assert page.get_attribute("#alerts-toggle", "aria-pressed") == "true"
    assert page.evaluate("localStorage.getItem('tukipiste-console-alerts')") == "on"

    rose, _ = start_client(server_url, topic="safety", nickname="Rose")
    row = "#queue li.is-safety"
    page.wait_for_selector(row)
    assert "Safety" in page.text_content(row)
    wait_until(page, "() => window.__notes.length === 1")
    note = page.evaluate("window.__notes[0]")
    assert note["title"] == "A new client is waiting (safety)"
    assert "Rose" not in json.dumps(note)  # the system keeps notifications: no nickname
    assert inside_viewport(page, row)

    page.click(f"{row} button.accept")
    first = Chat.objects.get(nickname="Rose").pk
    pane = f".chat-pane[data-chat='{first}']"
    page.wait_for_selector(f"{pane}:visible")
    rose.send(type="send", id="r1", body="I need help now")
    page.wait_for_selector(f"{pane} .chat-log >> text=I need help now")
    assert page.evaluate("window.__notes.length") == 1  # a chat in view does not ring

    lin, _ = start_client(server_url, topic="health", nickname="Lin")
    wait_until(page, "() => window.__notes.length === 2")
    page.click("#queue li[data-chat] button.accept")
    second = Chat.objects.get(nickname="Lin").pk
    page.wait_for_selector(f".chat-pane[data-chat='{second}']:visible")
    assert page.locator(pane).is_hidden()  # one chat in view at a time on a laptop

    rose.send(type="send", id="r2", body="Are you still there?")
    tab = f".console-tab[data-chat='{first}']"
    page.wait_for_selector(f"{tab} .unread:text('1')")
    assert page.title().startswith("(1) ")
    wait_until(page, "() => window.__notes.length === 3")
    assert page.evaluate("window.__notes[2].title") == f"New message in chat {first}"

    for selector in (f".chat-pane[data-chat='{second}']", ".console-queue", "#chat-tabs"):
        assert inside_viewport(page, selector), selector
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "console-1280x800.png"))
    axe_clean(page)

    page.click(tab)
    page.wait_for_selector(f"{pane}:visible")
    assert page.locator(f"{tab} .unread").is_hidden()
    assert not page.title().startswith("(")

    # Ending asks once more; Esc goes back without ending.
    page.click(f"{pane} button.end")
    confirm = f"{pane} .chat-confirm:has(button.confirm-end)"
    page.wait_for_selector(f"{confirm}:visible")
    assert page.evaluate("document.activeElement.classList.contains('confirm-end')")
    assert page.get_attribute(f"{pane} button.end", "aria-expanded") == "true"
    axe_clean(page)
    page.keyboard.press("Escape")
    assert page.locator(confirm).is_hidden()
    assert page.evaluate("document.activeElement.classList.contains('end')")
    assert Chat.objects.get(pk=first).status == ChatStatus.ACTIVE
    page.click(f"{pane} button.end")
    page.click(f"{pane} button.confirm-end")
    rose.expect("ended")
    page.wait_for_selector(f"{pane}.is-ended")

    # Block sits behind a disclosure and asks too.
    other = f".chat-pane[data-chat='{second}']"
    page.click(f".console-tab[data-chat='{second}']")
    assert page.locator(f"{other} button.block").is_hidden()
    page.click(f"{other} .chat-pane__more summary")
    page.click(f"{other} button.block")
    page.wait_for_selector(f"{other} button.confirm-block:visible")
    page.click(f"{other} .chat-confirm--danger button.cancel-confirm")
    assert Chat.objects.get(pk=second).status == ChatStatus.ACTIVE
    page.click(f"{other} button.block")
    page.click(f"{other} button.confirm-block")
    lin.expect("blocked")
    page.wait_for_selector(f"{other}.is-ended")
    rose.close()
    lin.close()
    context.close()


def test_the_alert_choice_is_remembered_and_two_chats_show_side_by_side_at_1920(
    browser: Any, server_url: str, staff: dict[str, Any]
) -> None:
    context = console_context(browser, server_url, staff["alice"], 1920, 1080)
    page = context.new_page()
    go_on_duty(page, server_url)
    page.click("#alerts-toggle")
    page.reload()
    page.wait_for_selector("#duty-toggle[aria-pressed='true']")
    assert page.get_attribute("#alerts-toggle", "aria-pressed") == "true"

    clients = [start_client(server_url, nickname=name)[0] for name in ("Rose", "Lin")]
    wait_until(page, "() => document.querySelectorAll('#queue li').length === 2")
    for count in (1, 2):
        page.click("#queue li[data-chat] button.accept")
        wait_until(page, "n => document.querySelectorAll('.chat-pane').length === n", count)
        wait_until(page, "n => document.querySelectorAll('#queue li').length === n", 2 - count)
    wait_until(page, "() => document.querySelectorAll('.chat-pane:not([hidden])').length === 2")
    boxes = [page.locator(".chat-pane").nth(k).bounding_box() for k in range(2)]
    assert boxes[0]["x"] + boxes[0]["width"] <= boxes[1]["x"]  # side by side
    for k in range(2):
        assert inside_viewport(page, f".chat-pane >> nth={k}")
    assert inside_viewport(page, ".console-queue")
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "console-1920x1080.png"))
    axe_clean(page)
    for client in clients:
        client.close()
    context.close()


@pytest.fixture
def fed_console(browser: Any, server_url: str, staff: dict[str, Any]) -> Any:
    """A console at 1280x800 on a stand-in socket: the test pushes the frames."""
    load_saved_replies()
    context = console_context(browser, server_url, staff["alice"], 1280, 800)
    context.add_init_script(FAKE_SOCKET)
    page = context.new_page()
    page.goto(server_url + "/admin/chat/")
    wait_until(page, "() => window.__sockets.length === 1 && window.__sent.length >= 1")
    page.evaluate("window.__push({type: 'hello', v: 1, server_time: new Date().toISOString()})")
    page.evaluate("window.__push({type: 'duty', on: true, limit: 3})")
    yield page
    context.close()


def push(page: Any, frame: dict[str, Any]) -> None:
    page.evaluate("frame => window.__push(frame)", frame)


def waiting_item(chat: int, **fields: Any) -> dict[str, Any]:
    item = {"chat": chat, "language": "en", "topic": None, "nickname": None, "waited_s": 30}
    item.update(fields)
    return item


def test_console_shows_first_messages_safety_presence_and_the_end_of_duty(
    fed_console: Any, staff: dict[str, Any]
) -> None:
    page = fed_console
    me = staff["alice"].pk
    assert page.get_attribute("#chat-console", "data-user-id") == str(me)
    # The chimes load and decode as served.
    durations = page.evaluate(
        """() => Promise.all(["data-sound-new-chat", "data-sound-message"].map(name =>
            new Promise(done => {
              const audio = new Audio(document.getElementById("chat-console").getAttribute(name));
              audio.addEventListener("loadedmetadata", () => done(audio.duration));
              audio.addEventListener("error", () => done(0));
            })))"""
    )
    assert all(0.2 < seconds < 1 for seconds in durations), durations
    closes_at = page.evaluate("new Date(Date.now() + 10 * 60000).toISOString()")
    push(page, {"type": "queue", "version": 5, "waiting": [], "on_duty": [], "closes_at": None})
    push(
        page,
        {
            "type": "queue",
            "version": 6,
            "closes_at": closes_at,
            "on_duty": [{"user": me, "name": "Alice", "active": 0, "limit": 3}],
            "waiting": [
                waiting_item(7, first_message="Where can I get tested?", topic="sexual_health"),
                waiting_item(8, first_message="I am in danger", safety=True, language="ru"),
            ],
        },
    )
    page.click("#alerts-toggle")
    assert page.text_content("#queue li[data-chat='7'] q") == "Where can I get tested?"
    danger = "#queue li[data-chat='8']"
    assert "is-safety" in page.get_attribute(danger, "class")
    assert "Safety" in page.text_content(f"{danger} .console-queue-item__safety")
    assert "safety concern" in page.get_attribute(f"{danger} button.accept", "aria-label")
    assert page.get_attribute(f"{danger} q", "lang") == "ru"
    assert "Chat duty ends at" in page.text_content("#duty-closing")
    assert page.locator("#duty-closing").is_visible()
    # A late, older queue frame changes nothing.
    push(page, {"type": "queue", "version": 4, "waiting": [], "on_duty": []})
    assert page.locator("#queue li").count() == 2

    push(
        page,
        {
            "type": "assigned",
            "chat": 8,
            "language": "ru",
            "topic": "safety",
            "nickname": None,
            "status": "active",
            "started_at": "2026-11-25T10:00:00+00:00",
            "note": None,
            "client_online": False,
            "read_seq": 2,
            "messages": [
                message(1, "client", "I am in danger"),
                message(2, "worker", "I am here", author="Alice", author_id=me),
                message(3, "worker", "Colleague here", author="Alice", author_id=me + 1000),
                message(4, "worker", "Still with you", author="Alice", author_id=me),
            ],
        },
    )
    pane = ".chat-pane[data-chat='8']"
    page.wait_for_selector(f"{pane}:visible")
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "console-fed-1280x800.png"))
    own = page.locator(f"{pane} .chat-msg--worker")
    assert own.nth(0).locator(".chat-msg__author").text_content() == "You"
    assert own.nth(0).get_attribute("data-state") == "read"
    assert own.nth(1).locator(".chat-msg__author").text_content() == "Alice"  # same name
    assert own.nth(2).get_attribute("data-state") == "sent"  # not read yet
    assert "left or lost connection" in page.text_content(f"{pane} .chat-pane__presence")
    assert page.locator(".console-tab[data-chat='8'] .console-tab__away").is_visible()
    push(page, {"type": "presence", "chat": 8, "who": "client", "online": True})
    assert page.text_content(f"{pane} .chat-pane__presence") == "The client is back."

    # Saved replies in the client's language come first.
    groups = page.locator(f"{pane} select.saved-replies optgroup")
    assert groups.count() == 2
    assert groups.nth(0).locator("option").first.text_content() in {
        "Безопасность и экстренные номера",
        "Где сдать анализы",
        "Завершение",
        "Минутку",
        "Приветствие",
    }

    # socket.js reports missed pongs: "reconnecting" shows next to the message box.
    page.evaluate("window.__socketOptions.onStatus('reconnecting')")
    assert "Reconnecting" in page.text_content(f"{pane} .chat-compose__status")
    page.evaluate("window.__socketOptions.onStatus('online')")
    assert page.text_content(f"{pane} .chat-compose__status") == ""

    # A message in a chat that is not in view counts as unread, in the tab and the title.
    push(page, dict(assigned_frame(9), messages=[]))
    page.click(".console-tab[data-chat='9']")
    push(page, dict(message(5, "client", "hello?"), chat=8, type="message"))
    assert page.text_content(".console-tab[data-chat='8'] .unread") == "1"
    assert page.title().startswith("(1) ")
    wait_until(page, "() => window.__notes.some(n => n.title === 'New message in chat 8')")
    assert [f.get("state") for f in sent(page, "read", chat=8, seq=5)] == ["delivered"]
    page.click(".console-tab[data-chat='8']")
    assert page.locator(".console-tab[data-chat='8'] .unread").is_hidden()
    assert [f.get("state") for f in sent(page, "read", chat=8, seq=5)] == ["delivered", None]

    # End only after the second step; Cancel sends nothing.
    page.click(f"{pane} button.end")
    page.click(f"{pane} .chat-confirm:not(.chat-confirm--danger) button.cancel-confirm")
    assert not sent(page, "end")
    page.click(f"{pane} button.end")
    page.click(f"{pane} .chat-pane__more summary")
    page.focus(f"{pane} button.confirm-end")
    page.screenshot(path=str(ARTIFACTS / "console-fed-confirm.png"))
    page.keyboard.press("Enter")  # the focus is on "Yes, end the chat"
    assert sent(page, "end", chat=8)
    axe_clean(page)


def message(seq: int, sender: str, body: str, **fields: Any) -> dict[str, Any]:
    item = {
        "seq": seq,
        "id": f"m{seq}",
        "from": sender,
        "author": None,
        "body": body,
        "at": f"2026-11-25T10:0{seq}:00+00:00",
        "event": None,
    }
    item.update(fields)
    return item


def assigned_frame(chat: int) -> dict[str, Any]:
    return {
        "type": "assigned",
        "chat": chat,
        "language": "en",
        "topic": "health",
        "nickname": "Lin",
        "status": "active",
        "started_at": "2026-11-25T10:00:00+00:00",
        "note": None,
        "messages": [],
    }


def sent(page: Any, kind: str, **fields: Any) -> list[dict[str, Any]]:
    frames = page.evaluate("window.__sent")
    return [
        f for f in frames if f.get("type") == kind and all(f.get(k) == v for k, v in fields.items())
    ]
