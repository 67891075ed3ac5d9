"""Paging of long back-office lists without counting every row.

A worker's contact list spans every contact of their offices: a million rows after a few
years. Counting them all for "page 1 of 20,000" cost most of the page's time, and nobody
pages that far. The count stops at ``cap`` rows instead ("page 1 of more than 200").
"""

from __future__ import annotations

from functools import cached_property
from typing import Any

from django.core.paginator import Paginator
from django.db.models import QuerySet


class CappedPaginator(Paginator):
    def __init__(self, object_list: QuerySet[Any], per_page: int, *, cap: int = 10_000) -> None:
        super().__init__(object_list, per_page)
        self.queryset = object_list
        self.cap = cap

    @cached_property
    def count(self) -> int:
        """The rows, up to ``cap + 1``: one more than the cap says there are more."""
        counted = self.queryset.order_by().select_related(None)[: self.cap + 1]
        return int(counted.count())

    @property
    def capped(self) -> bool:
        """Whether there are more rows than were counted (the page count is a floor)."""
        return self.count > self.cap

    @property
    def pages_counted(self) -> int:
        """The pages within the cap, for "more than N pages"."""
        return self.cap // self.per_page
