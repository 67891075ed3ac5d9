"""Reads of statistics, named for the viewer. Counts come from the monthly roll-ups that
the record services keep current, so each read is a fixed handful of grouped queries
whatever the number of contacts."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any

from django.contrib.auth.models import AnonymousUser, User
from django.db.models import Count, QuerySet, Sum
from django.utils import timezone

from tukipiste.accounts.selectors import offices_visible_to, sees_all_offices
from tukipiste.records.models import (
    Category,
    ContactCategory,
    Dimension,
    MonthlyClient,
    MonthlyCount,
    SupplyGiven,
)
from tukipiste.records.selectors import contacts_visible_to
from tukipiste.stats.periods import Period
from tukipiste.website.models import Office

Viewer = User | AnonymousUser
EXPORT_CHUNK = 2000


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


def _filtered(queryset: QuerySet[Any], scope: Scope, filters: Filters) -> QuerySet[Any]:
    queryset = queryset.filter(worker_key=filters.worker_id or 0)
    if scope.office_keys is not None:
        queryset = queryset.filter(office_key__in=sorted(scope.office_keys))
    if filters.channel:
        queryset = queryset.filter(channel=filters.channel)
    return queryset


CLIENT_GROUPINGS: dict[str, tuple[str, ...]] = {
    "month_channel": ("month", "channel"),
    "month": ("month",),
    "channel": ("channel",),
    "office": ("office_key",),
    "gender": ("gender_key",),
    "age_band": ("age_band_key",),
    "language": ("language",),
}


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
    start = period.year_before().start if with_year_before else period.start
    counts = _filtered(MonthlyCount.objects.all(), scope, filters)
    contacts = {
        (row["month"], row["office_key"], row["channel"]): row["n"]
        for row in counts.filter(dimension=Dimension.CONTACTS, month__range=(start, period.end))
        .values("month", "office_key", "channel")
        .annotate(n=Sum("amount"))
        .order_by()
    }
    values = {
        (row["dimension"], row["value"]): row["n"]
        for row in counts.filter(month__range=(period.start, period.end))
        .exclude(dimension=Dimension.CONTACTS)
        .values("dimension", "value")
        .annotate(n=Sum("amount"))
        .order_by()
    }
    clients = _filtered(MonthlyClient.objects.all(), scope, filters).filter(
        month__range=(period.start, period.end)
    )
    clients_by: dict[str, dict[Any, int]] = {}
    for name in client_groupings:
        columns = CLIENT_GROUPINGS[name]
        clients_by[name] = {
            tuple(row[c] for c in columns) if len(columns) > 1 else row[columns[0]]: row["n"]
            for row in clients.values(*columns)
            .annotate(n=Count("client_key", distinct=True))
            .order_by()
        }
    total = clients.aggregate(n=Count("client_key", distinct=True))["n"] or 0
    return Counts(contacts=contacts, values=values, clients_by=clients_by, clients_total=total)


def categories_by_id() -> dict[int, Category]:
    return {c.pk: c for c in Category.objects.all()}


@dataclass
class ContactRow:
    """One contact as the row-level export shows it: no staff, no code from the card."""

    pk: int
    started_at: dt.datetime
    channel: str
    office: str
    locality: str
    duration_seconds: int
    client: str
    age_band: Category | None
    gender: Category | None
    work_environment: Category | None
    language: str
    interpretation: bool
    categories: list[Category]
    supplies: list[tuple[Category, int]]


def contact_rows_for(user: Viewer, *, filters: Filters) -> tuple[int, Iterator[ContactRow]]:
    """The contacts ``user`` may see within ``filters``, for the row-level export: their
    number, and the rows, read in chunks of a fixed size (three queries each)."""
    contacts = contacts_visible_to(user)
    start, end = filters.period.bounds(timezone.get_current_timezone())
    contacts = contacts.filter(started_at__gte=start, started_at__lt=end)
    if filters.office_id:
        contacts = contacts.filter(office_id=filters.office_id)
    if filters.channel:
        contacts = contacts.filter(channel=filters.channel)
    if filters.worker_id:
        contacts = contacts.filter(workers=filters.worker_id)
    total = contacts.count()
    categories = categories_by_id()
    offices = {o.pk: o.name for o in Office.objects.all()}

    def rows() -> Iterator[ContactRow]:
        last = 0
        while True:
            chunk = list(
                contacts.filter(pk__gt=last)
                .order_by("pk")
                .values_list(
                    "pk",
                    "started_at",
                    "channel",
                    "office_id",
                    "locality",
                    "duration_seconds",
                    "client_id",
                    "age_band_id",
                    "gender_id",
                    "work_environment_id",
                    "language",
                    "interpretation",
                )[:EXPORT_CHUNK]
            )
            if not chunk:
                return
            ids = [row[0] for row in chunk]
            links: dict[int, list[Category]] = defaultdict(list)
            for contact_id, category_id in ContactCategory.objects.filter(
                contact_id__in=ids
            ).values_list("contact_id", "category_id"):
                links[contact_id].append(categories[category_id])
            supplies: dict[int, list[tuple[Category, int]]] = defaultdict(list)
            for contact_id, category_id, quantity in SupplyGiven.objects.filter(
                contact_id__in=ids
            ).values_list("contact_id", "category_id", "quantity"):
                supplies[contact_id].append((categories[category_id], quantity))
            for (
                pk,
                started,
                channel,
                office,
                locality,
                seconds,
                client,
                age,
                gender,
                env,
                lang,
                interp,
            ) in chunk:
                yield ContactRow(
                    pk=pk,
                    started_at=started,
                    channel=channel,
                    office=offices.get(office, "") if office else "",
                    locality=locality,
                    duration_seconds=seconds,
                    client=f"C{client:06d}" if client else "",
                    age_band=categories.get(age) if age else None,
                    gender=categories.get(gender) if gender else None,
                    work_environment=categories.get(env) if env else None,
                    language=lang,
                    interpretation=interp,
                    categories=links.get(pk, []),
                    supplies=supplies.get(pk, []),
                )
            last = ids[-1]

    return total, rows()
