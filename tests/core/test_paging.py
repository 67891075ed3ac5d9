"""The capped paginator: a long list is counted only up to its cap."""

from __future__ import annotations

import pytest
from django.contrib.auth.models import Group
from django.db import connection
from django.test.utils import CaptureQueriesContext

from tukipiste.core.paging import CappedPaginator

pytestmark = pytest.mark.django_db


@pytest.fixture
def groups() -> None:
    Group.objects.bulk_create(Group(name=f"paging {n:02}") for n in range(12))


def listed() -> object:
    return Group.objects.filter(name__startswith="paging").order_by("name")


def test_a_list_within_the_cap_is_counted_exactly(groups: None) -> None:
    paginator = CappedPaginator(listed(), 5, cap=100)
    assert paginator.count == 12
    assert not paginator.capped
    assert paginator.num_pages == 3
    assert [g.name for g in paginator.get_page(3)] == ["paging 10", "paging 11"]


def test_a_longer_list_stops_counting_one_past_the_cap(groups: None) -> None:
    paginator = CappedPaginator(listed(), 2, cap=6)
    with CaptureQueriesContext(connection) as queries:
        assert paginator.count == 7
    assert "LIMIT 7" in queries.captured_queries[0]["sql"].upper()
    assert paginator.capped
    assert paginator.pages_counted == 3
    # Pages within the cap hold what they would hold uncapped.
    assert [g.name for g in paginator.get_page(2)] == ["paging 02", "paging 03"]
