"""Concurrent sign-ups over real HTTP never take more places than an event has (run on
SQLite and on PostgreSQL by the CI's two passes)."""

from __future__ import annotations

import datetime as dt
import re
from concurrent.futures import ThreadPoolExecutor
from typing import Any

import httpx
import pytest
from django.utils import timezone

from tests.staff import make_office
from tukipiste.community import services
from tukipiste.community.models import Audience, Event

PLACES = 5
CLIENTS = 16


@pytest.fixture
def event(transactional_db: None) -> Event:
    starts = timezone.now() + dt.timedelta(days=7)
    return services.create_event(
        office=make_office("helsinki"),
        names={"fi": "Retki", "en": "Trip"},
        descriptions={},
        starts_at=starts,
        ends_at=starts + dt.timedelta(hours=3),
        place="Nuuksio",
        audience=Audience.OPEN,
        languages="fi",
        signup=True,
        places=PLACES,
    )


def test_concurrent_sign_ups_never_exceed_the_places(
    server_url: str, event: Event, settings: Any
) -> None:
    settings.FEEDBACK_RATE_PER_HOUR = 1000  # one address posts for every client here
    url = f"{server_url}/en/community/events/{event.pk}/"
    page = httpx.get(url, timeout=10).text
    token = re.search(r'name="form_token" value="([^"]+)"', page)
    assert token

    def sign_up(n: int) -> int:
        data = {"form_token": token.group(1), "count": "1", "nickname": f"n{n}"}
        return httpx.post(url, data=data, timeout=30).status_code

    with ThreadPoolExecutor(max_workers=CLIENTS) as pool:
        statuses = list(pool.map(sign_up, range(CLIENTS)))
    assert statuses.count(200) == PLACES
    assert statuses.count(409) == CLIENTS - PLACES
    event.refresh_from_db()
    assert event.places_taken == PLACES
    assert sum(event.signups.values_list("count", flat=True)) == PLACES


def test_concurrent_sign_ups_of_several_places_fill_without_overflow(
    event: Event, server_url: str, settings: Any
) -> None:
    settings.FEEDBACK_RATE_PER_HOUR = 1000
    url = f"{server_url}/en/community/events/{event.pk}/"
    token = re.search(r'name="form_token" value="([^"]+)"', httpx.get(url, timeout=10).text)
    assert token

    def sign_up(count: int) -> int:
        data = {"form_token": token.group(1), "count": str(count)}
        return httpx.post(url, data=data, timeout=30).status_code

    with ThreadPoolExecutor(max_workers=8) as pool:
        list(pool.map(sign_up, [2, 3, 2, 3, 1, 2, 3, 1]))
    event.refresh_from_db()
    assert event.places_taken <= PLACES
    assert event.places_taken == sum(event.signups.values_list("count", flat=True))
