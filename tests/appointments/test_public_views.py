"""The client's pages over the test client: no cookie, form errors that keep the input,
one not-found answer, the rate limit and the calendar file."""

from __future__ import annotations

import re
from typing import Any

import pytest
from django.test import Client

from tests.appointments.conftest import MONDAY_10, booking_page, token_of
from tukipiste.appointments.models import Appointment

pytestmark = pytest.mark.usefixtures("frozen", "alice_hours")


def _book(client: Client, **overrides: str) -> Any:
    html = booking_page(client)
    slot = re.findall(r'name="slot" value="([^"]+)"', html)[0]
    data = {
        "form_token": token_of(html),
        "place": "helsinki",
        "kind": "social-counselling",
        "language": "fi",
        "slot": slot,
        "nickname": "Kukka",
    }
    data.update(overrides)
    return client.post("/en/appointments/", data)


def test_booking_pages_set_no_cookie_on_get() -> None:
    client = Client()
    for url in ("/fi/appointments/", "/en/appointments/manage/"):
        response = client.get(url)
        assert response.status_code == 200
        assert not response.cookies
    home_footer = client.get("/fi/appointments/manage/").content.decode()
    assert 'href="/fi/appointments/"' in home_footer  # every page's footer links the booking
    html = booking_page(client)
    assert html.count('name="slot"') == 2  # Monday 10:00 and 10:45 of the first week
    assert "week=1" in html  # the coming weeks, a link each
    assert 'value="2026-11-30T10:00:00+02:00"' in html


def test_booking_shows_the_code_once_and_the_code_page_shows_the_appointment() -> None:
    client = Client()
    response = _book(client, email="kukka@example.org")
    assert response.status_code == 200
    html = response.content.decode()
    code = re.search(r'id="booking-code">([^<]+)<', html).group(1)  # type: ignore[union-attr]
    appointment = Appointment.objects.get()
    assert appointment.starts_at == MONDAY_10 and appointment.reminder_email == "kukka@example.org"
    shown = client.post(
        "/en/appointments/manage/", {"form_token": token_of(html), "code": code.lower()}
    )
    assert shown.status_code == 200
    assert "Kukka" in shown.content.decode() and "Move the appointment" in shown.content.decode()
    ics = client.post(
        "/en/appointments/manage/", {"form_token": token_of(html), "code": code, "action": "ics"}
    )
    assert ics["Content-Type"].startswith("text/calendar")
    body = ics.content.decode()
    assert "DTSTART:20261130T080000Z" in body and "DTEND:20261130T084500Z" in body
    assert "Kukka" not in body and code not in body


def test_malformed_fields_are_form_errors_and_keep_the_input() -> None:
    client = Client()
    response = _book(
        client,
        nickname="x" * 41,
        email="not-an-address",
        phone="call me",
        message="Please, a quiet room",
    )
    assert response.status_code == 400
    html = response.content.decode()
    assert "Please, a quiet room" in html
    assert "Give the phone number in digits" in html
    assert "Enter a valid email address." in html
    assert not Appointment.objects.exists()


@pytest.mark.parametrize(
    "slot",
    ["yesterday", "2026-11-26T10:00:00+02:00", "2026-11-30T10:10:00+02:00", "2026-11-30T10:00:00"],
)
def test_bad_times_are_form_errors_never_a_500(slot: str) -> None:
    response = _book(Client(), slot=slot, message="kept text")
    assert response.status_code == 400
    assert "kept text" in response.content.decode()
    assert not Appointment.objects.exists()


def test_a_kind_not_offered_at_the_place_shows_a_notice() -> None:
    response = Client().get(
        "/en/appointments/", {"place": "helsinki", "kind": "social-counselling", "language": "th"}
    )
    assert response.status_code == 200
    assert "not offered there in this language" in response.content.decode()


def test_taken_slot_gets_a_clear_message_with_the_nearest_times() -> None:
    client = Client()
    assert _book(client).status_code == 200
    second = _book(client, slot="2026-11-30T10:00:00+02:00", nickname="Other")
    assert second.status_code == 409
    html = second.content.decode()
    assert "Someone else booked this time a moment ago" in html
    assert "The nearest free times" in html and "10:45" in html
    assert 'value="Other"' in html


def test_wrong_and_expired_codes_get_the_same_answer(settings: Any) -> None:
    client = Client()
    html = client.get("/en/appointments/manage/").content.decode()
    token = token_of(html)
    answers = set()
    for code in ("ACDE-FGHJ-KMNP", "ZZZZ-ZZZZ-ZZZZ"):
        response = client.post("/en/appointments/manage/", {"form_token": token, "code": code})
        assert response.status_code == 404
        answers.add(re.sub(r'value="[^"]*"', "", response.content.decode()))
    assert len(answers) == 1


def test_code_lookups_are_rate_limited_per_person(settings: Any) -> None:
    settings.APPOINTMENT_CODE_TRIES_PER_HOUR = 3
    client = Client()
    token = token_of(client.get("/en/appointments/manage/").content.decode())
    statuses = [
        client.post(
            "/en/appointments/manage/", {"form_token": token, "code": "ACDE-FGHJ-KMNP"}
        ).status_code
        for _ in range(4)
    ]
    assert statuses == [404, 404, 404, 429]


def test_client_moves_and_cancels_with_the_code() -> None:
    client = Client()
    html = _book(client).content.decode()
    code = re.search(r'id="booking-code">([^<]+)<', html).group(1)  # type: ignore[union-attr]
    token = token_of(html)
    moved = client.post(
        "/en/appointments/manage/",
        {"form_token": token, "code": code, "action": "move", "slot": "2026-11-30T10:45:00+02:00"},
    )
    assert moved.status_code == 200 and "was moved" in moved.content.decode()
    assert (
        Appointment.objects.get().starts_at.hour == 8
        and Appointment.objects.get().starts_at.minute == 45
    )
    cancelled = client.post(
        "/en/appointments/manage/", {"form_token": token, "code": code, "action": "cancel"}
    )
    assert "is cancelled" in cancelled.content.decode()
    again = client.post("/en/appointments/manage/", {"form_token": token, "code": code})
    assert again.status_code == 404


def test_a_foreign_post_is_refused_and_keeps_the_text() -> None:
    client = Client()
    booking_page(client)
    response = client.post(
        "/en/appointments/",
        {"place": "helsinki", "kind": "social-counselling", "language": "fi", "nickname": "Kukka"},
        headers={"Origin": "https://evil.example"},
    )
    assert response.status_code == 400
    assert 'value="Kukka"' in response.content.decode()
    assert not Appointment.objects.exists()


@pytest.mark.parametrize("language", ["fi", "sv", "en", "ru", "th", "es", "ro"])
def test_booking_page_renders_in_every_language(language: str) -> None:
    response = Client().get(
        f"/{language}/appointments/",
        {"place": "helsinki", "kind": "social-counselling", "language": "fi"},
    )
    assert response.status_code == 200
    assert f'lang="{language}"' in response.content.decode()


def test_closed_chat_page_offers_the_next_remote_appointments(cast: dict[str, Any]) -> None:
    from tests.appointments.conftest import make_kind, open_hours
    from tests.staff import make_office
    from tukipiste.appointments.models import Mode
    from tukipiste.demo.loader import load_demo

    load_demo()
    kind = make_kind(slug="legal", office_ids=[])
    open_hours(cast["bob"], kind, office_id=make_office("turku").pk, mode=Mode.CHAT)
    html = Client().get("/fi/chat/").content.decode()
    assert "chat-appointments" in html
    assert "/fi/appointments/?place=chat&amp;kind=legal&amp;language=fi&amp;week=0" in html
    assert "ma 30.11." in html.lower() or "30.11." in html
