"""The public calendar, group and event pages: every language, cancellations marked, no
cookie, nothing but the sign-up form kept from the page cache, bad input a 404."""

from __future__ import annotations

import re
from typing import Any

import pytest
import time_machine
from django.conf import settings
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext

from tests.community.conftest import D, close_office, make_group
from tests.community.test_services import NOW, make_event
from tukipiste.community import services

pytestmark = pytest.mark.django_db
LANGUAGES = [code for code, _name in settings.LANGUAGES]


@pytest.fixture(autouse=True)
def _now() -> Any:
    with time_machine.travel(NOW, tick=False):
        yield


def text(response: Any) -> str:
    return re.sub(r"\s+", " ", response.content.decode())


@pytest.mark.parametrize("lang", LANGUAGES)
def test_calendar_list_and_month_serve_every_language_without_a_cookie(
    client: Client, lang: str
) -> None:
    make_group()
    for path in (f"/{lang}/community/calendar/", f"/{lang}/community/calendar/2026/12/"):
        response = client.get(path)
        assert response.status_code == 200
        assert not response.cookies
        assert f'lang="{lang}"' in response.content.decode()
        assert "Ryhmä tuesday-group" in text(response) or "Group tuesday-group" in text(response)


def test_a_cancelled_meeting_and_a_closure_are_marked_in_both_views(
    client: Client, cast: dict[str, Any]
) -> None:
    group = make_group()
    services.cancel_meeting(group=group, date=D(2026, 12, 8), by=cast["dora"])
    close_office("helsinki", D(2026, 12, 15))
    listing = text(client.get("/en/community/calendar/"))
    assert listing.count("entry entry--cancelled") == 2
    assert "Cancelled: the office is closed (Public holiday)" in listing
    month = text(client.get("/en/community/calendar/2026/12/"))
    assert month.count('class="is-cancelled"') == 2
    assert month.count("(cancelled)") == 2


def test_the_office_calendar_shows_only_that_office(client: Client) -> None:
    make_group("in-helsinki")
    make_group("in-turku", office="turku")
    turku = text(client.get("/en/community/calendar/office/turku/"))
    assert "in-turku" in turku and "in-helsinki" not in turku
    assert client.get("/en/community/calendar/office/nowhere/").status_code == 404


@pytest.mark.parametrize(
    "path",
    [
        "/en/community/calendar/2026/13/",
        "/en/community/calendar/1999/1/",
        "/en/community/groups/nothing/",
        "/en/community/groups/nothing/calendar.ics",
        "/en/community/events/999/",
    ],
)
def test_what_does_not_exist_is_a_404(client: Client, path: str) -> None:
    make_group()
    assert client.get(path).status_code == 404


def test_calendar_is_read_in_a_fixed_number_of_queries(client: Client) -> None:
    make_group("one")
    client.get("/en/community/calendar/2026/12/")
    with CaptureQueriesContext(connection) as few:
        client.get("/en/community/calendar/2026/12/")
    for n in range(5):
        make_group(f"more-{n}")
    with CaptureQueriesContext(connection) as many:
        client.get("/en/community/calendar/2026/12/")
    assert len(many) == len(few)


def test_group_page_shows_the_next_meeting_that_takes_place(
    client: Client, cast: dict[str, Any]
) -> None:
    group = make_group()
    services.cancel_meeting(group=group, date=D(2026, 12, 8), by=cast["dora"])
    page = text(client.get("/en/community/groups/tuesday-group/"))
    next_part = page.split('id="next-heading"')[1].split("</section>")[0]
    assert "15.12.2026" in next_part
    assert "We share a meal first." in page
    assert "/en/community/groups/tuesday-group/calendar.ics" in page


def test_group_without_coming_meetings_says_so(client: Client) -> None:
    make_group(until=D(2026, 11, 1))
    page = text(client.get("/fi/community/groups/tuesday-group/"))
    assert "Seuraava tapaaminen" in page or "Next meeting" in page
    assert "15.12.2026" not in page


def test_event_page_without_sign_up_is_cacheable_and_with_it_never_cached(client: Client) -> None:
    plain = make_event(signup=False)
    response = client.get(f"/en/community/events/{plain.pk}/")
    assert response.status_code == 200 and "no-store" not in response.get("Cache-Control", "")
    open_event = make_event()
    response = client.get(f"/en/community/events/{open_event.pk}/")
    assert "no-store" in response["Cache-Control"]
    assert not response.cookies
    assert "3 places left." in text(response)


def _token(page: str) -> str:
    match = re.search(r'name="form_token" value="([^"]+)"', page)
    assert match
    return match.group(1)


def test_sign_up_over_the_form_takes_places_and_a_full_event_refuses_keeping_the_input(
    client: Client,
) -> None:
    event = make_event(places=2)
    url = f"/en/community/events/{event.pk}/"
    token = _token(client.get(url).content.decode())
    response = client.post(url, {"form_token": token, "count": "2", "nickname": "Mimi"})
    assert response.status_code == 200 and "2 places are kept for you" in text(response)
    response = client.post(url, {"form_token": token, "count": "1", "nickname": "Lea"})
    assert response.status_code == 409
    assert "There are not enough places left." in text(response)
    assert 'value="Lea"' in text(response)
    event.refresh_from_db()
    assert event.places_taken == 2


def test_sign_up_with_bad_input_or_without_a_token_is_refused_with_the_input_kept(
    client: Client,
) -> None:
    event = make_event(places=5)
    url = f"/en/community/events/{event.pk}/"
    token = _token(client.get(url).content.decode())
    response = client.post(url, {"form_token": token, "count": "many", "nickname": "Mimi"})
    assert response.status_code == 400
    assert "Give the number of places as a number." in text(response)
    assert 'value="Mimi"' in text(response)
    response = client.post(url, {"count": "1", "nickname": "Mimi"})
    assert response.status_code == 400 and "expired" in text(response)
    event.refresh_from_db()
    assert event.places_taken == 0


def test_the_community_page_lists_the_next_meeting_of_each_group(client: Client) -> None:
    from django.template.loader import render_to_string

    make_group("tuesdays")
    make_group("fridays", starts_on=D(2026, 1, 16))
    html = re.sub(r"\s+", " ", render_to_string("community/includes/next_meetings.html"))
    assert html.index("4.12.2026") < html.index("8.12.2026")  # the Friday first
    assert "/community/calendar/" in html
