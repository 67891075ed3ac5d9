"""Values read once per change of their rows, and never kept past a committed change."""

from __future__ import annotations

import pytest
from django.db import transaction

from tukipiste.core.generations import Generation


@pytest.mark.django_db
def test_a_value_is_computed_once_per_generation() -> None:
    generation = Generation("test-values")
    calls: list[int] = []

    def compute() -> list[int]:
        calls.append(1)
        return [len(calls)]

    assert generation.cached(compute) == [1]
    assert generation.cached(compute) == [1]
    generation.renew()
    assert generation.cached(compute) == [2]
    assert len(calls) == 2


@pytest.mark.django_db(transaction=True)
def test_a_reading_during_a_change_is_not_used_after_the_change_commits() -> None:
    generation = Generation("test-commit")
    with transaction.atomic():
        generation.renew()
        during = generation.current()  # what another request might store its reading under
        assert generation.current() == during
    assert generation.current() != during


def test_a_lost_generation_never_leads_back_to_an_earlier_value() -> None:
    from django.core.cache import cache

    generation = Generation("test-lost")
    first = generation.current()
    cache.delete(generation.key)
    assert generation.current() != first


@pytest.mark.django_db
def test_the_process_keeps_its_copy_until_another_process_moves_the_generation() -> None:
    from django.core.cache import cache

    here = Generation("test-memo")
    elsewhere = Generation("test-memo")  # the same rows, seen from another server process
    first = here.cached(lambda: {"menu": "before"})
    value_key = f"{here.value_prefix}:{here.current()}"
    cache.delete(value_key)  # this process's copy answers: the shared value is not read

    assert here.cached(lambda: {"menu": "recomputed"}) is first

    elsewhere.renew()  # an editor published through the other process

    assert here.cached(lambda: {"menu": "after"}) == {"menu": "after"}
