"""Two-factor login, lock-out, idle timeout and "log out everywhere"."""

from __future__ import annotations

from typing import Any

import pytest
from django.test import Client, override_settings
from django.utils import translation
from django_otp.plugins.otp_totp.models import TOTPDevice

from tests.staff import PASSWORD, current_code, verified_client
from tukipiste.accounts.twofactor import confirm_enrolment, pending_device


def test_password_alone_does_not_open_the_back_office(cast: dict[str, Any]) -> None:
    client = Client()
    client.post("/admin/login/", {"username": "alice", "password": PASSWORD})
    response = client.get("/admin/feedback/")
    assert response.status_code == 302
    assert response["Location"].startswith("/admin/2fa/verify/")


def test_account_without_a_device_is_sent_to_enrolment_first(cast: dict[str, Any]) -> None:
    TOTPDevice.objects.filter(user=cast["alice"]).delete()
    client = Client()
    client.post("/admin/login/", {"username": "alice", "password": PASSWORD})
    response = client.get("/admin/")
    assert response["Location"].startswith("/admin/2fa/setup/")
    page = client.get(response["Location"])
    assert page.status_code == 200
    assert b"<svg" in page.content and b'id="manual-key"' in page.content


def test_enrolment_with_a_right_code_gives_ten_single_use_recovery_codes(
    cast: dict[str, Any],
) -> None:
    from django_otp.oath import totp

    alice = cast["alice"]
    TOTPDevice.objects.filter(user=alice).delete()
    device = pending_device(user=alice)
    codes = confirm_enrolment(user=alice, token=f"{totp(device.bin_key):06d}")
    assert codes is not None and len(codes) == 10 and len(set(codes)) == 10
    client = Client()
    client.post("/admin/login/", {"username": "alice", "password": PASSWORD})
    ok = client.post("/admin/2fa/verify/", {"token": codes[0], "next": "/admin/"})
    assert ok.status_code == 302
    again = Client()
    again.post("/admin/login/", {"username": "alice", "password": PASSWORD})
    refused = again.post("/admin/2fa/verify/", {"token": codes[0]})
    assert refused.status_code == 400  # a recovery code works once


def test_wrong_code_is_refused_with_a_clear_message(cast: dict[str, Any]) -> None:
    client = Client()
    client.post("/admin/login/", {"username": "alice", "password": PASSWORD})
    response = client.post("/admin/2fa/verify/", {"token": "12 34"})
    assert response.status_code == 400
    with translation.override("fi"):
        expected = translation.gettext(
            "That code did not match. Try the newest code, or a recovery code."
        )
    assert expected in response.content.decode()


def test_right_code_opens_the_back_office(cast: dict[str, Any]) -> None:
    client = verified_client(cast["alice"])
    assert client.get("/admin/").status_code == 200


def test_open_redirect_after_login_is_refused(cast: dict[str, Any]) -> None:
    client = Client()
    client.post("/admin/login/", {"username": "alice", "password": PASSWORD})
    response = client.post(
        "/admin/2fa/verify/",
        {"token": current_code(cast["alice"]), "next": "https://evil.example/"},
    )
    assert response["Location"] == "/admin/"


@override_settings(AXES_FAILURE_LIMIT=3)
def test_repeated_failures_lock_the_account_until_an_administrator_unlocks(
    cast: dict[str, Any],
) -> None:
    client = Client()
    for _ in range(3):
        client.post("/admin/login/", {"username": "alice", "password": "guess"})
    locked = client.post("/admin/login/", {"username": "alice", "password": PASSWORD})
    assert locked.status_code == 403
    with translation.override("fi"):
        assert translation.gettext("Account locked") in locked.content.decode()

    worker = verified_client(cast["bob"])
    refused = worker.get("/admin/locked-accounts/")
    assert refused.status_code in (302, 403) and b"alice" not in refused.content
    admin = verified_client(cast["erik"])
    listing = admin.get("/admin/locked-accounts/")
    assert "alice" in listing.content.decode()
    admin.post("/admin/locked-accounts/", {"username": "alice"})
    assert (
        Client().post("/admin/login/", {"username": "alice", "password": PASSWORD}).status_code
        == 302
    )


def test_logout_everywhere_ends_other_sessions(cast: dict[str, Any]) -> None:
    laptop = verified_client(cast["alice"])
    phone = verified_client(cast["alice"])
    assert phone.get("/admin/").status_code == 200
    laptop.post("/admin/2fa/logout-everywhere/")
    response = phone.get("/admin/")
    assert response.status_code == 302 and "/admin/login/" in response["Location"]


def test_idle_timeout_is_configurable_and_defaults_to_thirty_minutes(settings: Any) -> None:
    assert settings.SESSION_COOKIE_AGE == 30 * 60
    assert settings.SESSION_SAVE_EVERY_REQUEST is True


def test_passwords_are_hashed_with_argon2(db: None) -> None:
    from django.contrib.auth.hashers import make_password

    from tukipiste import settings as production

    with override_settings(PASSWORD_HASHERS=production.PASSWORD_HASHERS):
        assert make_password("a long enough password").startswith("argon2$")


@pytest.mark.parametrize("lang", ["fi", "sv", "en"])
def test_back_office_speaks_finnish_swedish_and_english(cast: dict[str, Any], lang: str) -> None:
    from wagtail.users.models import UserProfile

    profile = UserProfile.get_for_user(cast["alice"])
    profile.preferred_language = lang
    profile.save()
    html = verified_client(cast["alice"]).get("/admin/").content.decode()
    assert f'<html lang="{lang}"' in html


def test_password_reset_sends_an_email(cast: dict[str, Any], mailoutbox: list[Any]) -> None:
    response = Client().post("/admin/password_reset/", {"email": "alice@example.org"})
    assert response.status_code == 302
    assert len(mailoutbox) == 1
