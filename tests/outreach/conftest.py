"""The outreach tests' cast and helpers: Alice (worker, Helsinki), Bob (worker, Turku),
Peter (peer worker, Helsinki), Charlie (coordinator), Dora (editor); a forum; a session
logged the way the form does."""

from __future__ import annotations

import datetime as dt
import re
import uuid
from typing import Any

import httpx
import pytest
from django.utils import timezone

from tests.records.helpers import ensure_categories
from tests.staff import PASSWORD, current_code, make_cast, make_locality, make_office
from tukipiste.outreach import services
from tukipiste.outreach.models import Forum, OutreachSession
from tukipiste.records.models import Category

NOW = dt.datetime(2026, 11, 20, 22, 0, tzinfo=dt.UTC)  # a Friday evening in Helsinki


@pytest.fixture
def cast(db: None) -> dict[str, Any]:
    people = make_cast()
    helsinki = make_office("helsinki")
    helsinki.locality = make_locality("helsinki", name_sv="Helsingfors")
    helsinki.save()
    return people


@pytest.fixture
def lists(db: None) -> dict[str, dict[str, Category]]:
    return ensure_categories()


@pytest.fixture
def forum(db: None) -> Forum:
    return Forum.objects.create(name="Deitti-ilmot")


def english(*users: Any) -> None:
    from wagtail.users.models import UserProfile

    for user in users:
        profile = UserProfile.get_for_user(user)
        profile.preferred_language = "en"
        profile.save()


def session_input(**overrides: Any) -> services.SessionInput:
    start = timezone.now() - dt.timedelta(hours=3)
    values: dict[str, Any] = {
        "starts_at": start,
        "ends_at": start + dt.timedelta(hours=2),
        "environment": "outdoor",
        "locality": make_locality("helsinki", name_sv="Helsingfors"),
        "office": make_office("helsinki"),
        "venue": "Kaisaniemi park",
        "people_reached": 14,
        "contacts": 3,
    }
    values.update(overrides)
    return services.SessionInput(**values)


def log(by: Any, *, key: uuid.UUID | None = None, **overrides: Any) -> OutreachSession:
    session, _created = services.log_session(
        session=session_input(**overrides), key=key or uuid.uuid4(), by=by
    )
    return session


def form_data(lists: dict[str, Any], **overrides: Any) -> dict[str, Any]:
    """What the form posts for an evening of street work in Helsinki, yesterday."""
    from tests.staff import make_locality as locality

    day = (timezone.localdate() - dt.timedelta(days=1)).isoformat()
    data: dict[str, Any] = {
        "idempotency_key": str(uuid.uuid4()),
        "date": day,
        "start_time": "19:00",
        "end_date": day,
        "end_time": "22:30",
        "environment": "outdoor",
        "locality": str(locality("helsinki", name_sv="Helsingfors").pk),
        "office": str(make_office("helsinki").pk),
        "venue": "Rautatientori",
        "people_reached": "20",
        "contacts": "4",
        f"supply_{lists['supply']['condoms'].pk}": "60",
        f"gender_{lists['gender']['woman'].pk}": "3",
    }
    data.update(overrides)
    return {k: v for k, v in data.items() if v is not None}


def http_staff(server_url: str, user: Any) -> httpx.Client:
    """An HTTP client over real sockets, logged in with password and second factor."""
    from django_otp.plugins.otp_totp.models import TOTPDevice

    TOTPDevice.objects.filter(user=user).update(last_t=-1, throttling_failure_count=0)
    client = httpx.Client(base_url=server_url, timeout=30, follow_redirects=False)
    page = client.get("/admin/login/")
    response = client.post(
        "/admin/login/",
        data={
            "username": user.username,
            "password": PASSWORD,
            "csrfmiddlewaretoken": token(page.text),
        },
    )
    assert response.status_code == 302, response.text[:300]
    page = client.get("/admin/2fa/verify/")
    response = client.post(
        "/admin/2fa/verify/",
        data={
            "token": current_code(user),
            "next": "/admin/",
            "csrfmiddlewaretoken": token(page.text),
        },
    )
    assert response.status_code == 302, response.text[:300]
    return client


def token(html: str) -> str:
    found = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', html)
    assert found, html[:300]
    return found.group(1)
