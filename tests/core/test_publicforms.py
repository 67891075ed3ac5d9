"""The cookieless public-form helper on its own: token, same-site checks, validity, the
hourly limit per address, and what every refusal renders. The forms that use it are tested
over HTTP in tests/website/test_feedback.py and tests/chat/test_messages_and_purge.py."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
import time_machine
from django import forms
from django.http import HttpRequest, HttpResponse
from django.test import RequestFactory, override_settings
from django.test.signals import template_rendered
from django.utils import translation

from tukipiste.core.publicforms import (
    TOKEN_FIELD,
    PublicForm,
    make_form_token,
    public_form_view,
    request_is_same_site,
)

# The include alone renders exactly what the helper owns: the summary and the token.
SPEC = PublicForm(
    name="test-form", template="core/_public_form.html", hourly_limit_setting="TEST_LIMIT"
)
ORIGIN = "http://testserver"


class NoteForm(forms.Form):
    note = forms.CharField(max_length=20, error_messages={"required": "Write a note."})


def post(
    data: dict[str, str] | None = None,
    *,
    token: str | None = None,
    address: str = "192.0.2.1",
    **headers: str,
) -> HttpRequest:
    body = {"note": "hello", **(data or {})}
    body[TOKEN_FIELD] = make_form_token(form_name="test-form") if token is None else token
    return RequestFactory().post("/form/", body, REMOTE_ADDR=address, headers=headers)


def check(request: HttpRequest) -> HttpResponse | None:
    return SPEC.refusal(request, NoteForm(request.POST))


@pytest.fixture(autouse=True)
def _limit_and_language(settings: Any) -> Iterator[None]:
    settings.TEST_LIMIT = 3
    with translation.override("en"):
        yield


@pytest.fixture
def rendered() -> Iterator[list[Any]]:
    """The contexts of the templates rendered during the test."""
    contexts: list[Any] = []

    def keep(sender: Any, context: Any, **kwargs: Any) -> None:
        contexts.append(context)

    template_rendered.connect(keep)
    yield contexts
    template_rendered.disconnect(keep)


def test_the_rendered_form_carries_a_token_and_is_never_cached() -> None:
    request = RequestFactory().get("/form/")
    response = SPEC.render(request, NoteForm())
    html = response.content.decode()
    assert f'name="{TOKEN_FIELD}" value="' in html
    assert "error-summary" not in html
    cache_control = response["Cache-Control"]
    assert "private" in cache_control and "no-store" in cache_control
    assert not response.cookies


@pytest.mark.parametrize(
    "headers",
    [
        {"Origin": ORIGIN, "Sec-Fetch-Site": "same-origin"},
        {"Sec-Fetch-Site": "none"},  # typed or bookmarked by the user
        {"Origin": "null"},  # what Chromium sends under Referrer-Policy: no-referrer
        {},  # an old phone or a strict Tor Browser sends neither header
    ],
)
def test_a_post_from_this_site_with_a_valid_form_is_accepted(headers: dict[str, str]) -> None:
    assert check(post(**headers)) is None


@pytest.mark.parametrize(
    ("headers", "token"),
    [
        pytest.param({"Origin": "https://evil.example"}, None, id="foreign-origin"),
        pytest.param({"Sec-Fetch-Site": "cross-site"}, None, id="cross-site"),
        # A sibling subdomain is not this site.
        pytest.param({"Sec-Fetch-Site": "same-site"}, None, id="same-site"),
        pytest.param({}, "forged", id="forged-token"),
        pytest.param({}, "", id="no-token"),
        pytest.param({}, "ä:\x00:" + "x" * 5000, id="junk-token"),
        pytest.param({}, "OTHER FORM", id="token-of-another-form"),
    ],
)
def test_a_foreign_or_forged_post_is_refused_keeping_the_text(
    headers: dict[str, str], token: str | None, rendered: list[Any]
) -> None:
    if token == "OTHER FORM":  # made here: a token made at collection would differ per process
        token = make_form_token(form_name="other-form")
    response = check(post({"note": "keep me"}, token=token, **headers))
    assert response is not None and response.status_code == 400
    assert "The form had expired" in response.content.decode()
    assert rendered[-1]["form"]["note"].value() == "keep me"
    assert not response.cookies


def test_a_token_older_than_the_maximum_age_is_refused() -> None:
    with time_machine.travel("2026-03-01 10:00", tick=False):
        token = make_form_token(form_name="test-form")
    with override_settings(PUBLIC_FORM_MAX_AGE_SECONDS=3600):
        with time_machine.travel("2026-03-01 10:59", tick=False):
            assert request_is_same_site(request=post(token=token), form_name="test-form")
        with time_machine.travel("2026-03-01 11:01", tick=False):
            assert not request_is_same_site(request=post(token=token), form_name="test-form")


def test_an_invalid_form_is_refused_with_a_summary_linking_each_field() -> None:
    response = check(post({"note": ""}))
    assert response is not None and response.status_code == 400
    html = response.content.decode()
    assert 'id="error-summary"' in html
    assert '<a href="#id_note">Write a note.</a>' in html
    assert "no-store" in response["Cache-Control"]


def test_the_hourly_limit_counts_accepted_posts_per_address(rendered: list[Any]) -> None:
    for _ in range(3):
        assert check(post()) is None
    response = check(post({"note": "fourth"}))
    assert response is not None and response.status_code == 429
    assert "Many messages came from your connection" in response.content.decode()
    assert rendered[-1]["form"]["note"].value() == "fourth"
    assert check(post(address="198.51.100.7")) is None


def test_invalid_posts_do_not_use_up_the_limit() -> None:
    for _ in range(5):
        refused = check(post({"note": ""}))
        assert refused is not None and refused.status_code == 400
    assert check(post()) is None


def test_the_limit_is_read_at_each_post() -> None:
    with override_settings(TEST_LIMIT=1):
        assert check(post()) is None
        refused = check(post())
        assert refused is not None and refused.status_code == 429


def test_each_form_has_its_own_limit() -> None:
    other = PublicForm(name="other-form", template=SPEC.template, hourly_limit_setting="TEST_LIMIT")
    for _ in range(3):
        assert check(post()) is None
    request = post(token=make_form_token(form_name="other-form"))
    assert other.refusal(request, NoteForm(request.POST)) is None


def test_refusals_speak_the_users_language() -> None:
    with translation.override("fi"):
        response = check(post(token="forged"))
    assert response is not None
    html = response.content.decode()
    assert "Lomake ehti vanhentua" in html
    assert "Viestiäsi ei ole vielä lähetetty" in html


def test_the_view_decorator_allows_get_and_post_only_and_marks_every_answer_private() -> None:
    @public_form_view
    def view(request: HttpRequest) -> HttpResponse:
        return HttpResponse("code ABCD-EFGH")

    factory = RequestFactory()
    assert "private" in view(factory.get("/"))["Cache-Control"]
    assert "no-store" in view(factory.post("/"))["Cache-Control"]
    refused = view(factory.put("/"))
    assert refused.status_code == 405 and refused["Allow"] == "GET, POST"
    assert getattr(view, "csrf_exempt", False)
