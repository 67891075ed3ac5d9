"""A new staff member enrols in two-factor login and logs in, in the browser."""

from __future__ import annotations

import base64
from typing import Any
from urllib.parse import urlparse

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django_otp.oath import totp

from tukipiste.accounts.roles import GROUP_NAMES
from tukipiste.accounts.services import sync_roles

pytestmark = pytest.mark.browser
PASSWORD = "a long and unguessable passphrase"


def log_in_with_password(page: Any, server_url: str, username: str) -> None:
    page.goto(server_url + "/admin/login/")
    page.fill("#id_username", username)
    page.fill("#id_password", PASSWORD)
    with page.expect_navigation():
        page.keyboard.press("Enter")


def test_new_worker_enrols_and_logs_in_with_a_code_then_a_recovery_code(
    transactional_db: None, page: Any, server_url: str
) -> None:
    sync_roles()
    user = get_user_model().objects.create_user("nora", password=PASSWORD)
    user.groups.add(Group.objects.get(name=GROUP_NAMES["worker"]))

    requests: list[str] = []
    page.on("request", lambda request: requests.append(request.url))
    log_in_with_password(page, server_url, "nora")
    assert "/admin/2fa/setup/" in page.url
    assert page.locator(".qr svg").count() == 1
    key = page.text_content("#manual-key").replace(" ", "")
    secret = base64.b32decode(key + "=" * (-len(key) % 8))
    page.fill("#id_token", f"{totp(secret):06d}")
    with page.expect_navigation():
        page.keyboard.press("Enter")
    codes = [c.strip() for c in page.locator("#recovery-codes code").all_text_contents()]
    assert len(codes) == 10
    with page.expect_navigation():
        page.click("text=continue")
    assert page.url.rstrip("/").endswith("/admin")
    assert page.locator("#main").count() == 1
    page.goto(server_url + "/admin/chat/")
    own = urlparse(server_url).netloc
    assert all(urlparse(url).netloc == own for url in requests if not url.startswith("data:")), [
        url for url in requests if urlparse(url).netloc != own
    ]

    # Off the console first: its socket and requests still in flight could otherwise set
    # the verified session's cookie again after it was cleared.
    page.goto("about:blank")
    page.context.clear_cookies()
    log_in_with_password(page, server_url, "nora")
    assert "/admin/2fa/verify/" in page.url
    page.fill("#id_token", codes[0])
    with page.expect_navigation():
        page.keyboard.press("Enter")
    assert page.url.rstrip("/").endswith("/admin")
