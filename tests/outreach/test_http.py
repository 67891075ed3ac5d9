"""Outreach over real HTTP, per role, with the server the browser meets: a worker, a peer
worker and a coordinator log a session; an editor is refused; eight sends of one draft at
once make one session (on the database the suite runs on: SQLite or PostgreSQL)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import closing
from typing import Any

import pytest
from django.db import connection
from django.utils import timezone

from tests.outreach.conftest import form_data, http_staff, token
from tests.records.helpers import ensure_categories
from tests.staff import make_cast, make_locality, make_office
from tukipiste.outreach.models import OutreachSession
from tukipiste.records.models import Contact

NEW = "/admin/outreach/new/"


@pytest.fixture
def people(transactional_db: None) -> Iterator[dict[str, Any]]:
    cast = make_cast()
    office = make_office("helsinki")
    office.locality = make_locality("helsinki", name_sv="Helsingfors")
    office.save()
    yield cast
    if connection.vendor == "postgresql":
        # The server's threads keep their sessions (DB_CONN_MAX_AGE); they would block
        # dropping the test database.
        with connection.cursor() as cursor:
            cursor.execute(
                "SELECT pg_terminate_backend(pid) FROM pg_stat_activity"
                " WHERE datname = current_database() AND pid <> pg_backend_pid()"
            )


@pytest.mark.parametrize("who", ["alice", "peter", "charlie"])
def test_workers_peer_workers_and_coordinators_log_a_session(
    server_url: str, people: dict[str, Any], who: str
) -> None:
    lists = ensure_categories()
    with closing(http_staff(server_url, people[who])) as client:
        page = client.get(NEW)
        assert page.status_code == 200 and 'id="outreach-form"' in page.text
        key = re.search(r'name="idempotency_key" value="([^"]+)"', page.text)
        assert key
        data = form_data(lists, idempotency_key=key.group(1), csrfmiddlewaretoken=token(page.text))
        response = client.post(NEW, data=data)
        assert response.status_code == 302, response.text[:500]
        detail = client.get(response.headers["location"])
        assert detail.status_code == 200 and "Rautatientori" in detail.text
        if who == "charlie":  # the coordinator finds the session's 60 condoms in the statistics
            starts = OutreachSession.objects.get().starts_at
            month = timezone.localtime(starts).strftime("%Y-%m")
            page = client.get(f"/admin/stats/?start={month}&end={month}").text
            supplies = page[page.index('id="supply-table"') :]
            assert re.search(r">\s*60\s*<", supplies[: supplies.index("</table>")])
    session = OutreachSession.objects.get()
    assert str(session.idempotency_key) == key.group(1) and session.recorded_by == people[who]
    assert Contact.objects.filter(outreach_link__session=session).count() == 4


def test_an_editor_is_refused(server_url: str, people: dict[str, Any]) -> None:
    lists = ensure_categories()
    with closing(http_staff(server_url, people["dora"])) as client:
        assert client.get(NEW).headers.get("location") == "/admin/"
        data = form_data(lists, csrfmiddlewaretoken=client.cookies["csrftoken"])
        assert client.post(NEW, data=data).headers.get("location") == "/admin/"
        assert client.get("/admin/outreach/").headers.get("location") == "/admin/"
    assert not OutreachSession.objects.exists()


def test_eight_sends_of_one_draft_at_once_make_one_session(
    server_url: str, people: dict[str, Any]
) -> None:
    lists = ensure_categories()
    clients = [http_staff(server_url, people["alice"]) for _ in range(8)]
    pages = [c.get(NEW).text for c in clients]
    data = form_data(lists)

    def send(number: int) -> Any:
        sent = {**data, "csrfmiddlewaretoken": token(pages[number])}
        return clients[number].post(NEW, data=sent, headers={"X-Outreach-Draft": "1"})

    with ThreadPoolExecutor(max_workers=8) as pool:
        responses = list(pool.map(send, range(8)))
    for client in clients:
        client.close()
    statuses = sorted(r.status_code for r in responses)
    assert statuses == [200] * 7 + [201], [r.text[:200] for r in responses]
    assert len({r.json()["url"] for r in responses}) == 1
    assert OutreachSession.objects.count() == 1 and Contact.objects.count() == 4
