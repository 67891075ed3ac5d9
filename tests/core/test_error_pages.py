"""A 404 stays a 404 after the database ended every session (a PostgreSQL restart).

Under ASGI Django renders error pages in a thread pool of its own whose kept connections
nothing checks; ``tukipiste.core.errors`` checks them first.
"""

from __future__ import annotations

import httpx
import pytest
from django.db import connection
from django.test import RequestFactory

from tukipiste.core.errors import page_not_found

MISSING = "/en/no-such-page-at-all/"


def _end_every_other_session() -> None:
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT pg_terminate_backend(pid) FROM pg_stat_activity"
            " WHERE datname = current_database() AND pid <> pg_backend_pid()"
        )


@pytest.mark.skipif(
    connection.vendor != "postgresql", reason="ending sessions is PostgreSQL's (a restart)"
)
def test_not_found_pages_survive_the_database_ending_their_sessions(
    server_url: str, demo_site: None
) -> None:
    for _ in range(6):  # error pages come from several threads: give each a connection
        assert httpx.get(server_url + MISSING, timeout=10).status_code == 404
    _end_every_other_session()
    answers = [httpx.get(server_url + MISSING, timeout=10).status_code for _ in range(6)]
    assert answers == [404] * 6
    assert httpx.get(server_url + "/", timeout=10).status_code == 302  # the language redirect
    _end_every_other_session()  # the server's kept sessions would block dropping the database


@pytest.mark.django_db
def test_a_request_inside_a_transaction_keeps_its_connection(rf: RequestFactory) -> None:
    # The test client and management code may render a 404 inside an atomic block: that
    # connection is not closed under them.
    before = connection.connection
    response = page_not_found(rf.get(MISSING), Exception("gone"))
    assert response.status_code == 404
    assert connection.in_atomic_block and connection.connection is before
