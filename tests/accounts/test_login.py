"""Two-factor login, lock-out, idle timeout and "log out everywhere"."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
import time_machine
from django.test import Client, override_settings
from django.utils import timezone, translation
from django_otp.plugins.otp_totp.models import TOTPDevice

from tests.staff import PASSWORD, current_code, verified_client
from tukipiste.accounts.twofactor import confirm_enrolment, pending_device
from tukipiste.core.models import AuditEntry


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


@time_machine.travel(dt.datetime(2026, 11, 25, 10, 0, 5, tzinfo=dt.UTC), tick=False)
def test_a_code_used_twice_is_reported_as_used_not_as_wrong(cast: dict[str, Any]) -> None:
    alice = cast["alice"]
    code = current_code(alice)
    verified_client(alice)  # uses the code of this 30-second step
    client = Client()
    client.post("/admin/login/", {"username": "alice", "password": PASSWORD})
    response = client.post("/admin/2fa/verify/", {"token": code})
    assert response.status_code == 400
    html = response.content.decode()
    with translation.override("fi"):
        used = translation.gettext(
            "That code was already used. Wait for the next code in your app, then type it."
        )
        wrong = translation.gettext(
            "That code did not match. Try the newest code, or a recovery code."
        )
    assert used in html and wrong not in html


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


def guess(username: str, *, address: str, times: int) -> Any:
    response = None
    for _ in range(times):
        response = Client(REMOTE_ADDR=address).post(
            "/admin/login/", {"username": username, "password": "guess"}
        )
    return response


def log_in(username: str, *, address: str) -> int:
    response = Client(REMOTE_ADDR=address).post(
        "/admin/login/", {"username": username, "password": PASSWORD}
    )
    return int(response.status_code)


@override_settings(AXES_FAILURE_LIMIT=3)
def test_a_guesser_locks_only_their_own_address_out(
    cast: dict[str, Any], mailoutbox: list[Any]
) -> None:
    locked = guess("alice", address="203.0.113.66", times=4)
    assert locked.status_code == 403
    with translation.override("fi"):
        assert translation.gettext("Account locked") in locked.content.decode()
    assert log_in("alice", address="203.0.113.66") == 403  # even the right password
    assert log_in("alice", address="198.51.100.10") == 302  # Alice at the office
    # The administrators hear of it once, in their own language.
    assert [m.to for m in mailoutbox] == [["erik@example.org"]]
    assert "alice" in mailoutbox[0].subject
    guess("alice", address="203.0.113.67", times=4)
    assert len(mailoutbox) == 1


@override_settings(AXES_FAILURE_LIMIT=3)
def test_the_cool_off_ends_and_grows_with_each_lock_out(cast: dict[str, Any]) -> None:
    import time_machine

    # Noon: the addresses' daily salt (decision 0008) must not turn over during the test.
    start = timezone.now().replace(hour=12, minute=0)
    with time_machine.travel(start, tick=False) as clock:
        guess("alice", address="203.0.113.66", times=3)
        assert log_in("alice", address="203.0.113.66") == 403
        clock.shift(dt.timedelta(minutes=6))  # past the first cool-off of five minutes
        assert log_in("alice", address="203.0.113.66") == 302
        guess("alice", address="203.0.113.66", times=3)
        guess("alice", address="203.0.113.66", times=1)
        clock.shift(dt.timedelta(minutes=6))  # the second lock-out lasts ten minutes
        assert log_in("alice", address="203.0.113.66") == 403
        clock.shift(dt.timedelta(minutes=11))
        assert log_in("alice", address="203.0.113.66") == 302


@override_settings(AXES_FAILURE_LIMIT=3, TRUSTED_PROXIES=["127.0.0.1"])
def test_behind_the_proxy_the_lock_follows_the_forwarded_address(cast: dict[str, Any]) -> None:
    proxy = {"REMOTE_ADDR": "127.0.0.1"}
    for _ in range(3):
        Client(**proxy, HTTP_X_FORWARDED_FOR="203.0.113.66").post(
            "/admin/login/", {"username": "alice", "password": "guess"}
        )
    office = Client(**proxy, HTTP_X_FORWARDED_FOR="198.51.100.10").post(
        "/admin/login/", {"username": "alice", "password": PASSWORD}
    )
    assert office.status_code == 302


def test_no_address_is_stored_with_failed_logins(cast: dict[str, Any]) -> None:
    from axes.models import AccessAttempt, AccessFailureLog

    guess("alice", address="203.0.113.66", times=2)
    stored = [a.ip_address for a in AccessAttempt.objects.all()]
    stored += [a.ip_address for a in AccessFailureLog.objects.all()]
    assert stored and all(ip.startswith("fd") and "203.0.113" not in ip for ip in stored)


@override_settings(AXES_FAILURE_LIMIT=3)
def test_an_administrator_unlocks_an_account_and_it_is_audited(cast: dict[str, Any]) -> None:
    guess("alice", address="203.0.113.66", times=4)
    worker = verified_client(cast["bob"])
    refused = worker.get("/admin/locked-accounts/")
    assert refused.status_code in (302, 403) and b"alice" not in refused.content
    admin = verified_client(cast["erik"])
    listing = admin.get("/admin/locked-accounts/")
    assert "alice" in listing.content.decode()
    admin.post("/admin/locked-accounts/", {"username": "alice"})
    assert log_in("alice", address="203.0.113.66") == 302
    assert AuditEntry.objects.filter(
        action="accounts.account.unlocked", actor=cast["erik"], object_id="alice"
    ).exists()
    assert AuditEntry.objects.filter(action="accounts.account.locked_out").exists()


def test_the_second_factor_gives_the_session_a_new_key(cast: dict[str, Any]) -> None:
    client = Client()
    client.post("/admin/login/", {"username": "alice", "password": PASSWORD})
    before = client.cookies["sessionid"].value
    client.post("/admin/2fa/verify/", {"token": current_code(cast["alice"]), "next": "/admin/"})
    after = client.cookies["sessionid"].value
    assert after != before
    stale = Client()
    stale.cookies["sessionid"] = before
    assert stale.get("/admin/").status_code == 302  # the pre-verification key opens nothing


def test_a_get_to_the_logout_url_ends_nothing_and_a_post_ends_the_session(
    cast: dict[str, Any],
) -> None:
    client = verified_client(cast["alice"])
    key = client.cookies["sessionid"].value
    page = client.get("/admin/logout/")
    assert page.status_code == 200 and b'method="post"' in page.content
    assert client.cookies["sessionid"].value == key
    assert client.get("/admin/").status_code == 200
    assert client.post("/admin/logout/").status_code == 302
    old = Client()
    old.cookies["sessionid"] = key
    assert old.get("/admin/").status_code == 302  # the server session is gone too


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
