"""Reads of statistics, named for the viewer. Counts come from the monthly roll-ups that
the record services keep current, so each read is a fixed handful of grouped queries
whatever the number of contacts."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING, Any

from django.contrib.auth.models import AnonymousUser, User
from django.utils import timezone

from tukipiste.accounts.selectors import offices_visible_to, sees_all_offices
from tukipiste.chat import feedback as chat_feedback
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
    """The roll-up numbers of ``filters`` within ``scope``: three grouped queries and one
    per grouping of unique clients."""
    period = filters.period
    within = record_selectors.RollupFilter(
        first_month=period.start,
        last_month=period.end,
        office_keys=scope.office_keys,
        channel=filters.channel,
        worker_key=filters.worker_id or 0,
    )
    first = period.year_before().start if with_year_before else period.start
    contacts = record_selectors.contact_counts_by_month(within=replace(within, first_month=first))
    values = record_selectors.dimension_value_counts(within=within)
    clients_by = {
        name: record_selectors.unique_client_counts(grouping=name, within=within)
        for name in client_groupings
    }
    clients_total = record_selectors.unique_client_total(within=within)
    return Counts(
        contacts=contacts, values=values, clients_by=clients_by, clients_total=clients_total
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
    )


def chat_feedback_counts(*, scope: Scope, filters: Filters) -> dict[int, int]:
    """How many clients answered 1 to 5 to "did this chat help?" within ``filters``'
    period and ``scope``'s offices (one grouped query)."""
    since, until = filters.period.bounds(timezone.get_current_timezone())
    if scope.office_keys is not None and not scope.office_keys:
        return dict.fromkeys(range(1, 6), 0)
    return chat_feedback.rating_counts(since=since, until=until, office_keys=scope.office_keys)
