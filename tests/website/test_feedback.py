"""The anonymous feedback form: cookieless cross-site protection, errors that keep the text."""

from __future__ import annotations

import re

import httpx
import pytest
from django.test import override_settings

from tukipiste.website.models import Feedback

pytestmark = pytest.mark.usefixtures("demo_site")


def form_token(server_url: str, lang: str = "en") -> str:
    html = httpx.get(f"{server_url}/{lang}/feedback/", timeout=10).text
    match = re.search(r'name="form_token" value="([^"]+)"', html)
    assert match
    return match.group(1)


def post(
    server_url: str, data: dict[str, str], *, lang: str = "en", **headers: str
) -> httpx.Response:
    base = {"Origin": server_url, "Sec-Fetch-Site": "same-origin"}
    return httpx.post(
        f"{server_url}/{lang}/feedback/", data=data, headers={**base, **headers}, timeout=10
    )


def valid(server_url: str, lang: str = "en", **overrides: str) -> dict[str, str]:
    return {
        "form_token": form_token(server_url, lang),
        "category": "idea",
        "message": "Evening chat hours would help me.",
        "reply_contact": "",
        "website": "",
        **overrides,
    }


def test_feedback_is_stored_with_its_language_and_no_cookie(server_url: str) -> None:
    response = post(server_url, valid(server_url, "th"), lang="th")
    assert response.status_code == 200
    assert "set-cookie" not in response.headers
    stored = Feedback.objects.get()
    assert (stored.category, stored.language) == ("idea", "th")
    assert stored.message == "Evening chat hours would help me."


def test_form_page_is_never_cached_because_it_carries_a_token(server_url: str) -> None:
    response = httpx.get(f"{server_url}/fi/feedback/", timeout=10)
    assert "no-store" in response.headers["cache-control"]
    assert "set-cookie" not in response.headers


def test_missing_message_is_refused_in_the_users_language_keeping_the_rest(server_url: str) -> None:
    response = post(
        server_url,
        valid(server_url, "fi", message="  ", reply_contact="kysy@example.org"),
        lang="fi",
    )
    assert response.status_code == 400
    assert "Kirjoita viestisi" in response.text
    assert 'value="kysy@example.org"' in response.text
    assert re.search(r'value="idea"[^>]*checked|checked[^>]*value="idea"', response.text)
    assert not Feedback.objects.exists()


def test_over_long_message_is_refused_and_kept(server_url: str) -> None:
    text = "x" * (Feedback.MESSAGE_MAX_LENGTH + 1)
    response = post(server_url, valid(server_url, message=text))
    assert response.status_code == 400
    assert "too long" in response.text
    assert text in response.text


@pytest.mark.parametrize(
    "headers",
    [
        {"Origin": "https://evil.example"},
        {"Sec-Fetch-Site": "cross-site"},
    ],
)
def test_cross_site_post_is_refused_and_the_text_kept(
    server_url: str, headers: dict[str, str]
) -> None:
    response = post(server_url, valid(server_url, message="Keep me"), **headers)
    assert response.status_code == 400
    assert "Keep me" in response.text
    assert not Feedback.objects.exists()


def test_post_without_a_valid_token_is_refused(server_url: str) -> None:
    response = post(server_url, valid(server_url, form_token="forged"))
    assert response.status_code == 400
    assert not Feedback.objects.exists()


def test_token_from_another_form_is_refused(server_url: str) -> None:
    from tukipiste.core.publicforms import make_form_token

    response = post(server_url, valid(server_url, form_token=make_form_token(form_name="other")))
    assert response.status_code == 400


def test_honeypot_pretends_success_but_stores_nothing(server_url: str) -> None:
    response = post(server_url, valid(server_url, website="http://spam.example"))
    assert response.status_code == 200
    assert not Feedback.objects.exists()


@override_settings(FEEDBACK_RATE_PER_HOUR=2)
def test_rate_limit_refuses_a_flood_and_keeps_the_text(server_url: str) -> None:
    for _ in range(2):
        assert post(server_url, valid(server_url)).status_code == 200
    response = post(server_url, valid(server_url, message="third one"))
    assert response.status_code == 429
    assert "third one" in response.text
    assert Feedback.objects.count() == 2


def test_stored_markup_is_inert_when_shown(server_url: str) -> None:
    payload = '<script>alert("x")</script>'
    response = post(server_url, valid(server_url, message="   ", reply_contact=payload))
    assert payload not in response.text
    assert "&lt;script&gt;" in response.text
