"""Reads of contact records, named for the viewer; the only way statistics read records."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Collection, Iterable, Iterator
from dataclasses import dataclass
from typing import Any

from django.contrib.auth import get_user_model
from django.contrib.auth.models import AnonymousUser, User
from django.db.models import Count, F, Q, QuerySet, Sum

from tukipiste.accounts.selectors import offices_visible_to, sees_all_offices
from tukipiste.core import codes
from tukipiste.offices.selectors import locality_names
from tukipiste.records.models import (
    PEER_CHANNELS,
    Category,
    ClientCode,
    Contact,
    ContactCategory,
    Dimension,
    MonthlyClient,
    MonthlyCount,
    SupplyGiven,
)

Viewer = User | AnonymousUser


def _scoped(user: Viewer, *, newest_first: bool = False) -> QuerySet[Contact]:
    if sees_all_offices(user):
        return Contact.objects.all()
    if newest_first:
        # "office_id + 0" is the same test that no index answers: the database then walks
        # the newest-first index and stops after a page, where it would otherwise collect
        # every contact of the offices by the office index and sort them all (SQLite took
        # four seconds for the first page of a million contacts).
        offices = Contact.objects.alias(office_key=F("office_id") + 0)
        return offices.filter(Q(office_key__in=offices_visible_to(user)) | Q(recorded_by=user))
    return Contact.objects.filter(Q(office__in=offices_visible_to(user)) | Q(recorded_by=user))


def contacts_visible_to(user: Viewer, *, newest_first: bool = False) -> QuerySet[Contact]:
    """Workers see the contacts of their offices and those they recorded, coordinators all;
    a peer worker sees only the contacts they recorded. ``newest_first``: for a list in that
    order, read a page at a time."""
    if not user.is_authenticated or not user.is_active:
        return Contact.objects.none()
    if user.has_perm("records.view_contact"):
        return _scoped(user, newest_first=newest_first)
    if user.has_perm("records.add_contact"):
        return Contact.objects.filter(recorded_by=user)
    return Contact.objects.none()


def contacts_editable_by(user: Viewer) -> QuerySet[Contact]:
    """Workers edit the contacts they see; a peer worker, their own group and outreach
    contacts."""
    if not user.is_authenticated or not user.is_active:
        return Contact.objects.none()
    if user.has_perm("records.change_contact"):
        return contacts_visible_to(user)
    if user.has_perm("records.add_contact"):
        return Contact.objects.filter(recorded_by=user, channel__in=PEER_CHANNELS)
    return Contact.objects.none()


def contacts_deletable_by(user: Viewer) -> QuerySet[Contact]:
    if not user.is_authenticated or not user.is_active:
        return Contact.objects.none()
    if user.has_perm("records.delete_contact"):
        return contacts_visible_to(user)
    return Contact.objects.none()


def contact_list_for(user: Viewer) -> QuerySet[Contact]:
    """The contact list of the back-office, with everything a row shows fetched at once."""
    return (
        contacts_visible_to(user, newest_first=True)
        .select_related("office", "locality", "age_band", "gender", "recorded_by")
        .prefetch_related("categories")
        .order_by("-started_at", "-pk")
    )


def categories_for_forms() -> list[Category]:
    """Every category in list order (one query); forms pick the active ones and those a
    contact already uses."""
    return list(Category.objects.order_by("kind", "sort_order", "pk"))


def staff_who_record() -> QuerySet[User]:
    """Staff who may be recorded as present at a contact."""
    return (
        get_user_model()
        .objects.filter(
            is_active=True,
            groups__permissions__content_type__app_label="records",
            groups__permissions__codename="add_contact",
        )
        .select_related("staff_profile")
        .distinct()
        .order_by("first_name", "username")
    )


def client_code_for(*, typed: str) -> ClientCode | None:
    """The client code a worker typed from a client's card, if it exists."""
    if not codes.is_well_formed(typed, length=ClientCode.CODE_LENGTH):
        return None
    # Codes given before the keyed hash were stored as the SHA-256 of the bare code.
    hashes = codes.lookup_hashes(
        typed, purpose=ClientCode.CODE_PURPOSE, legacy=[codes.normalise(typed)]
    )
    return ClientCode.objects.filter(code_hash__in=hashes).first()


def categories_by_id() -> dict[int, Category]:
    """Every category, active or not, by its id (one query): statistics label past
    contacts with entries no longer in use."""
    return {c.pk: c for c in Category.objects.all()}


# --- Monthly roll-ups -------------------------------------------------------------------
# Months are YYYYMM numbers (core.months). ``office_keys`` None means every office and the
# contacts without one; ``worker_key`` 0 is the all-workers total; ``channel`` "" is all.

# Ways to count unique clients: a name, and the roll-up columns it groups by.
CLIENT_GROUPINGS: dict[str, tuple[str, ...]] = {
    "month_channel": ("month", "channel"),
    "month": ("month",),
    "channel": ("channel",),
    "office": ("office_key",),
    "gender": ("gender_key",),
    "age_band": ("age_band_key",),
    "language": ("language",),
}


@dataclass(frozen=True)
class RollupFilter:
    """Which roll-up rows to count: months (YYYYMM, both included), offices, channel and
    worker; the one filter every roll-up reader below applies."""

    first_month: int
    last_month: int
    office_keys: Collection[int] | None = None
    channel: str = ""
    worker_key: int = 0

    def apply(self, queryset: QuerySet[Any]) -> QuerySet[Any]:
        queryset = queryset.filter(
            worker_key=self.worker_key, month__range=(self.first_month, self.last_month)
        )
        if self.office_keys is not None:
            queryset = queryset.filter(office_key__in=sorted(self.office_keys))
        if self.channel:
            queryset = queryset.filter(channel=self.channel)
        return queryset


def contact_counts_by_month(*, within: RollupFilter) -> dict[tuple[int, int, str], int]:
    """Contacts per (month, office key, channel) from the roll-ups: one grouped query."""
    rows = within.apply(MonthlyCount.objects.filter(dimension=Dimension.CONTACTS))
    return {
        (row["month"], row["office_key"], row["channel"]): row["n"]
        for row in rows.values("month", "office_key", "channel")
        .annotate(n=Sum("amount"))
        .order_by()
    }


def dimension_value_counts(*, within: RollupFilter) -> dict[tuple[str, str], int]:
    """Per (dimension, value) the contacts that had the value (for supplies, the items
    handed out), over the months together: one grouped query. Values are category ids or
    language codes as text, "" when not recorded."""
    rows = within.apply(MonthlyCount.objects.exclude(dimension=Dimension.CONTACTS))
    return {
        (row["dimension"], row["value"]): row["n"]
        for row in rows.values("dimension", "value").annotate(n=Sum("amount")).order_by()
    }


def unique_client_counts(*, grouping: str, within: RollupFilter) -> dict[Any, int]:
    """Unique clients (contacts with a client code) per key of one of ``CLIENT_GROUPINGS``:
    the key is a tuple for a grouping of several columns, else the column's value (0 for
    "not recorded" of gender and age band). One query."""
    columns = CLIENT_GROUPINGS[grouping]
    rows = within.apply(MonthlyClient.objects.all())
    return {
        tuple(row[c] for c in columns) if len(columns) > 1 else row[columns[0]]: row["n"]
        for row in rows.values(*columns).annotate(n=Count("client_key", distinct=True)).order_by()
    }


def unique_client_total(*, within: RollupFilter) -> int:
    """Unique clients over the months, offices and channels together: one query."""
    rows = within.apply(MonthlyClient.objects.all())
    return int(rows.aggregate(n=Count("client_key", distinct=True))["n"] or 0)


# --- Row-level export -------------------------------------------------------------------

EXPORT_CHUNK = 2000


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


def contact_rows_visible_to(
    user: Viewer,
    *,
    since: dt.datetime,
    until: dt.datetime,
    office_id: int | None = None,
    channel: str = "",
    worker_id: int | None = None,
) -> tuple[int, Iterator[ContactRow]]:
    """The contacts ``user`` may see that started from ``since`` until before ``until``,
    for the row-level export: their number, and the rows, read in chunks of a fixed size
    (three queries each), so memory does not grow with the export."""
    contacts = contacts_visible_to(user).filter(started_at__gte=since, started_at__lt=until)
    if office_id:
        contacts = contacts.filter(office_id=office_id)
    if channel:
        contacts = contacts.filter(channel=channel)
    if worker_id:
        contacts = contacts.filter(workers=worker_id)
    total = contacts.count()
    categories = categories_by_id()
    localities = locality_names()

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
                    "office__name",
                    "locality_id",
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
                channel_,
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
                    channel=channel_,
                    office=office or "",
                    locality=localities.get(locality, "") if locality else "",
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


def categories_with_codes(*, kind: str, category_codes: Iterable[str]) -> list[Category]:
    """The active categories of one list with the given codes (for records made by code)."""
    wanted = list(category_codes)
    if not wanted:
        return []
    return list(Category.objects.filter(kind=kind, code__in=wanted, active=True))
