"""Reads of statistics, named for the viewer. Counts come from the roll-ups that the record
services keep current (day and month counts, unique-client counters of calendar periods),
so each read is a fixed handful of grouped queries whatever the number of contacts
(decision 0015)."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING, Any

from django.contrib.auth.models import AnonymousUser, User
from django.utils import timezone

from tukipiste.accounts.selectors import offices_visible_to, sees_all_offices
from tukipiste.chat import feedback as chat_feedback
from tukipiste.offices.selectors import all_localities
from tukipiste.records import selectors as record_selectors
from tukipiste.records.selectors import ContactRow
from tukipiste.stats.periods import Period

if TYPE_CHECKING:
    from tukipiste.offices.models import Office

Viewer = User | AnonymousUser


@dataclass(frozen=True)
class Filters:
    period: Period
    office_id: int | None = None
    channel: str = ""
    worker_id: int | None = None
    locality_id: int | None = None
    region: str = ""

    def locality_keys(self) -> set[int] | None:
        """The localities the filters keep (None: every one, and contacts without one)."""
        if self.locality_id is None and not self.region:
            return None
        keys: set[int] | None = None
        if self.region:
            keys = set(all_localities().filter(region=self.region).values_list("pk", flat=True))
        if self.locality_id is not None:
            keys = {self.locality_id} if keys is None or self.locality_id in keys else set()
        return keys


@dataclass
class Scope:
    """Which offices' numbers a viewer may see: ``None`` means every office, including
    contacts without one."""

    office_keys: set[int] | None
    offices: dict[int, Office] = field(default_factory=dict)


def scope_of(user: Viewer, *, office_id: int | None = None) -> Scope:
    """The viewer's offices (one query), narrowed to ``office_id`` when they may see it."""
    if not user.is_authenticated or not user.has_perm("records.view_statistics"):
        return Scope(office_keys=set())
    offices = {o.pk: o for o in offices_visible_to(user)}
    keys: set[int] | None = None if sees_all_offices(user) else set(offices)
    if office_id is not None:
        keys = (
            {office_id} if (keys is None or office_id in keys) and office_id in offices else set()
        )
    return Scope(office_keys=keys, offices=offices)


@dataclass
class Counts:
    """Raw numbers of a period, before labelling and suppression."""

    contacts: dict[tuple[int, int, str], int]  # (month, office, channel) -> contacts
    contacts_year_before: dict[tuple[int, int, str], int]  # the same a year earlier
    values: dict[tuple[str, str], int]  # (dimension, value) -> contacts, or items handed out
    clients_by: dict[str, dict[Any, int]]  # grouping -> key -> unique clients
    clients_total: int


def counts_for(
    *,
    scope: Scope,
    filters: Filters,
    client_groupings: Sequence[str] = (),
    with_year_before: bool = False,
) -> Counts:
    """The roll-up numbers of ``filters`` within ``scope``: a handful of grouped queries
    (more, counted from the contacts, for a worker's numbers or unique clients of a
    locality or of days that are not a calendar month, quarter or year)."""
    period = filters.period
    today = timezone.localdate()
    within = record_selectors.RollupFilter(
        first_day=period.first,
        last_day=period.last,
        office_keys=scope.office_keys,
        locality_keys=filters.locality_keys(),
        channel=filters.channel,
        worker_id=filters.worker_id,
    )
    contacts = record_selectors.contact_counts_by_month(within=within, today=today)
    before: dict[tuple[int, int, str], int] = {}
    if with_year_before:
        earlier = period.year_before()
        before = record_selectors.contact_counts_by_month(
            within=replace(within, first_day=earlier.first, last_day=earlier.last), today=today
        )
    values = record_selectors.dimension_value_counts(within=within, today=today)
    clients_by, clients_total = record_selectors.unique_clients(
        within=within, groupings=client_groupings, today=today
    )
    return Counts(
        contacts=contacts,
        contacts_year_before=before,
        values=values,
        clients_by=clients_by,
        clients_total=clients_total,
    )


def contact_rows_for(user: Viewer, *, filters: Filters) -> tuple[int, Iterator[ContactRow]]:
    """The contacts ``user`` may see within ``filters``, for the row-level export: their
    number, and the rows, read in chunks."""
    since, until = filters.period.bounds(timezone.get_current_timezone())
    return record_selectors.contact_rows_visible_to(
        user,
        since=since,
        until=until,
        office_id=filters.office_id,
        channel=filters.channel,
        worker_id=filters.worker_id,
        locality_keys=filters.locality_keys(),
    )


def chat_feedback_counts(*, scope: Scope, filters: Filters) -> dict[int, int]:
    """How many clients answered 1 to 5 to "did this chat help?" within ``filters``'
    period and ``scope``'s offices (one grouped query)."""
    since, until = filters.period.bounds(timezone.get_current_timezone())
    if scope.office_keys is not None and not scope.office_keys:
        return dict.fromkeys(range(1, 6), 0)
    return chat_feedback.rating_counts(since=since, until=until, office_keys=scope.office_keys)
