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
from django.db.models.functions import Coalesce

from tukipiste.accounts.selectors import offices_visible_to, sees_all_offices
from tukipiste.core import codes, months
from tukipiste.offices.selectors import locality_names
from tukipiste.records.models import (
    ALL_CHANNELS,
    ALL_OFFICES,
    PEER_CHANNELS,
    Category,
    ClientCode,
    ClientCount,
    Contact,
    ContactCategory,
    DailyCount,
    Dimension,
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


# --- Roll-ups ---------------------------------------------------------------------------
# Days are dates; the tables hold them as YYYYMMDD and months as YYYYMM (core.months).
# ``office_keys`` / ``locality_keys`` None mean every office / locality, including none (0);
# ``channel`` "" is every channel. Whole months are read from the month roll-up, the days of
# a month cut by the period from the day roll-up; a worker's numbers come from the contacts
# (no roll-up holds workers: decision 0015).

# Ways to count unique clients: a name, and the columns of a contact it groups by.
CLIENT_GROUPINGS: dict[str, tuple[str, ...]] = {
    "month_channel": ("month", "channel"),
    "month": ("month",),
    "channel": ("channel",),
    "office": ("office",),
    "gender": ("gender",),
    "age_band": ("age_band",),
    "language": ("language",),
}
FACET_GROUPINGS = {"gender", "age_band", "language"}
MONTH_GROUPINGS = {"month_channel", "month"}


def day_number(day: dt.date) -> int:
    return day.year * 10000 + day.month * 100 + day.day


@dataclass(frozen=True)
class RollupFilter:
    """Which contacts to count: days (both included), offices, localities, channel and a
    worker present; the one filter every statistics reader below applies."""

    first_day: dt.date
    last_day: dt.date
    office_keys: Collection[int] | None = None
    locality_keys: Collection[int] | None = None
    channel: str = ""
    worker_id: int | None = None

    def apply(self, queryset: QuerySet[Any], *, first: int, last: int, field: str) -> QuerySet[Any]:
        """Filter roll-up rows of ``field`` (``day`` or ``month``) from ``first`` to
        ``last``."""
        queryset = queryset.filter(**{f"{field}__range": (first, last)})
        if self.office_keys is not None:
            queryset = queryset.filter(office_key__in=sorted(self.office_keys))
        if self.locality_keys is not None:
            queryset = queryset.filter(locality_key__in=sorted(self.locality_keys))
        if self.channel:
            queryset = queryset.filter(channel=self.channel)
        return queryset

    def contacts(
        self, first: dt.date | None = None, last: dt.date | None = None
    ) -> QuerySet[Contact]:
        """The contacts themselves (for what the roll-ups do not hold)."""
        contacts = Contact.objects.filter(
            day__range=(day_number(first or self.first_day), day_number(last or self.last_day))
        )
        if self.office_keys is not None:
            wanted = Q(office_id__in=sorted(k for k in self.office_keys if k))
            if 0 in self.office_keys:
                wanted |= Q(office__isnull=True)
            contacts = contacts.filter(wanted)
        if self.locality_keys is not None:
            contacts = contacts.filter(in_localities(self.locality_keys))
        if self.channel:
            contacts = contacts.filter(channel=self.channel)
        if self.worker_id is not None:
            contacts = contacts.filter(workers=self.worker_id)
        return contacts

    def split(self, today: dt.date) -> tuple[tuple[int, int] | None, list[tuple[int, int]]]:
        """The whole months of the period (first and last YYYYMM, or None) and the day
        ranges (YYYYMMDD) of the months it cuts. A month that runs past ``today`` counts
        as whole when the period reaches today: no contact lies in the future."""
        whole: list[int] = []
        days: list[tuple[int, int]] = []
        month = months.month_number(self.first_day)
        while month <= months.month_number(self.last_day):
            first, last = months.first_day(month), months.last_day(month)
            start, end = max(first, self.first_day), min(last, self.last_day)
            if start == first and end >= min(last, today):
                whole.append(month)
            else:
                days.append((day_number(start), day_number(end)))
            month = months.add_months(month, 1)
        # Whole months are contiguous between the cut ones (only the ends can be cut).
        return ((whole[0], whole[-1]) if whole else None), days


def in_localities(keys: Collection[int]) -> Q:
    """Contacts that count in one of the localities ``keys`` (0: in none): their own
    locality, else their office's (``rollups.effective_locality``)."""
    places = sorted(k for k in keys if k)
    wanted = Q(locality_id__in=places) | Q(locality__isnull=True, office__locality_id__in=places)
    if 0 in keys:
        wanted |= Q(locality__isnull=True) & (
            Q(office__isnull=True) | Q(office__locality__isnull=True)
        )
    return wanted


def calendar_period(first: dt.date, last: dt.date, today: dt.date) -> tuple[str, int] | None:
    """The calendar month ("M", YYYYMM), quarter ("Q", YYYYQ) or year ("Y", YYYY) that
    the days from ``first`` to ``last`` make up (reaching today is enough), or None."""
    quarter_first = dt.date(first.year, (first.month - 1) // 3 * 3 + 1, 1)
    candidates = [
        (
            "M",
            months.month_number(first),
            first.replace(day=1),
            months.last_day(months.month_number(first)),
        ),
        (
            "Q",
            first.year * 10 + (first.month - 1) // 3 + 1,
            quarter_first,
            months.last_day(months.add_months(months.month_number(quarter_first), 2)),
        ),
        ("Y", first.year, dt.date(first.year, 1, 1), dt.date(first.year, 12, 31)),
    ]
    for grain, period, start, end in candidates:
        if first == start and min(end, today) <= last <= end:
            return grain, period
    return None


def _days(rows: QuerySet[Any], *, ranges: list[tuple[int, int]]) -> QuerySet[Any]:
    condition = Q()
    for first, last in ranges:
        condition |= Q(day__range=(first, last))
    return rows.filter(condition)


def contact_counts_by_month(
    *, within: RollupFilter, today: dt.date
) -> dict[tuple[int, int, str], int]:
    """Contacts per (month, office key, channel): at most two grouped queries."""
    result: dict[tuple[int, int, str], int] = defaultdict(int)
    if within.worker_id is not None:
        for row in (
            within.contacts()
            .annotate(month=F("day") / 100)
            .values("month", "office_id", "channel")
            .annotate(n=Count("id"))
            .order_by()
        ):
            result[(row["month"], row["office_id"] or 0, row["channel"])] += row["n"]
        return dict(result)
    whole, days = within.split(today)
    if whole:
        rows = within.apply(
            MonthlyCount.objects.filter(dimension=Dimension.CONTACTS),
            first=whole[0],
            last=whole[1],
            field="month",
        )
        for row in (
            rows.values("month", "office_key", "channel").annotate(n=Sum("amount")).order_by()
        ):
            result[(row["month"], row["office_key"], row["channel"])] += row["n"]
    if days:
        rows = within.apply(
            DailyCount.objects.filter(dimension=Dimension.CONTACTS),
            first=days[0][0],
            last=days[-1][1],
            field="day",
        )
        for row in (
            _days(rows, ranges=days)
            .values("day", "office_key", "channel")
            .annotate(n=Sum("amount"))
            .order_by()
        ):
            result[(row["day"] // 100, row["office_key"], row["channel"])] += row["n"]
    return dict(result)


def contacts_by_year_and_locality(
    *, channels: Collection[str], first_year: int, last_year: int
) -> dict[tuple[int, int], int]:
    """Contacts of ``channels`` by calendar year (Helsinki time) and the locality they count
    in (their own, else their office's; 0: none), from the month roll-up: as cheap at ten
    million contacts as at a thousand."""
    rows = (
        MonthlyCount.objects.filter(
            dimension=Dimension.CONTACTS,
            channel__in=list(channels),
            month__gte=first_year * 100 + 1,
            month__lte=last_year * 100 + 12,
        )
        .values_list("month", "locality_key")
        .annotate(n=Sum("amount"))
        .order_by()
    )
    counts: dict[tuple[int, int], int] = defaultdict(int)
    for month, locality, n in rows:
        counts[(month // 100, locality)] += n
    return dict(counts)


def dimension_value_counts(*, within: RollupFilter, today: dt.date) -> dict[tuple[str, str], int]:
    """Per (dimension, value) the contacts that had the value (for supplies, the items
    handed out), over the period: at most two grouped queries. Values are category ids or
    language codes as text, "" when not recorded."""
    if within.worker_id is not None:
        return _dimension_values_of(within.contacts())
    result: dict[tuple[str, str], int] = defaultdict(int)
    whole, days = within.split(today)
    parts: list[QuerySet[Any]] = []
    if whole:
        parts.append(
            within.apply(
                MonthlyCount.objects.exclude(dimension=Dimension.CONTACTS),
                first=whole[0],
                last=whole[1],
                field="month",
            )
        )
    if days:
        rows = within.apply(
            DailyCount.objects.exclude(dimension=Dimension.CONTACTS),
            first=days[0][0],
            last=days[-1][1],
            field="day",
        )
        parts.append(_days(rows, ranges=days))
    for rows in parts:
        for row in rows.values("dimension", "value").annotate(n=Sum("amount")).order_by():
            result[(row["dimension"], row["value"])] += row["n"]
    return dict(result)


def _dimension_values_of(contacts: QuerySet[Contact]) -> dict[tuple[str, str], int]:
    """``dimension_value_counts`` counted from the contacts themselves (seven queries)."""
    result: dict[tuple[str, str], int] = {}
    for dimension, column in (
        (Dimension.AGE_BAND, "age_band_id"),
        (Dimension.GENDER, "gender_id"),
        (Dimension.WORK_ENVIRONMENT, "work_environment_id"),
        (Dimension.LANGUAGE, "language"),
    ):
        for value, n in contacts.values_list(column).annotate(n=Count("id")).order_by():
            result[(dimension, "" if value is None else str(value))] = n
    interpreted = contacts.filter(interpretation=True).count()
    if interpreted:
        result[(Dimension.INTERPRETATION, "1")] = interpreted
    for kind, pk, n in (
        ContactCategory.objects.filter(contact__in=contacts)
        .values_list("category__kind", "category_id")
        .annotate(n=Count("id"))
        .order_by()
    ):
        result[(kind, str(pk))] = n
    for pk, n in (
        SupplyGiven.objects.filter(contact__in=contacts)
        .values_list("category_id")
        .annotate(n=Sum("quantity"))
        .order_by()
    ):
        result[(Dimension.SUPPLY, str(pk))] = n
    return result


def _direct_clients(contacts: QuerySet[Contact], grouping: str) -> dict[Any, int]:
    """Unique clients per key of ``grouping``, counted over the contacts themselves."""
    columns = {
        "month": F("day") / 100,
        "channel": F("channel"),
        "office": Coalesce("office_id", 0),
        "gender": Coalesce("gender_id", 0),
        "age_band": Coalesce("age_band_id", 0),
        "language": F("language"),
    }
    names = CLIENT_GROUPINGS[grouping]
    rows = (
        contacts.filter(client__isnull=False)
        .annotate(**{f"g_{name}": columns[name] for name in names})
        .values(*(f"g_{name}" for name in names))
        .annotate(n=Count("client_id", distinct=True))
        .order_by()
    )
    return {
        tuple(row[f"g_{n}"] for n in names) if len(names) > 1 else row[f"g_{names[0]}"]: row["n"]
        for row in rows
    }


def _direct_total(contacts: QuerySet[Contact]) -> int:
    return int(
        contacts.filter(client__isnull=False).aggregate(n=Count("client_id", distinct=True))["n"]
        or 0
    )


def unique_clients(
    *, within: RollupFilter, groupings: Collection[str], today: dt.date
) -> tuple[dict[str, dict[Any, int]], int]:
    """Unique clients (contacts with a client code) per key of each of ``groupings`` and
    over the whole period: exact. From the counters of calendar months, quarters and years
    (one query) when the period and filters are theirs; what they do not hold (a worker, a
    locality or region, several offices but not all, days that are not whole calendar
    periods) is counted from the contacts."""
    counters = (
        within.worker_id is None
        and within.locality_keys is None
        and (within.office_keys is None or len(within.office_keys) == 1)
    )
    result: dict[str, dict[Any, int]] = {name: {} for name in groupings}
    if not counters:
        contacts = within.contacts()
        for name in groupings:
            result[name] = _direct_clients(contacts, name)
        return result, _direct_total(contacts)
    office = ALL_OFFICES if within.office_keys is None else next(iter(within.office_keys))
    channel = within.channel or ALL_CHANNELS
    whole, days = within.split(today)
    calendar = calendar_period(within.first_day, within.last_day, today)
    wanted = Q()
    if whole and MONTH_GROUPINGS & set(groupings):
        wanted |= Q(grain="M", period__range=whole, facet="")
    if calendar:
        wanted |= Q(grain=calendar[0], period=calendar[1])
    rows = (
        list(
            ClientCount.objects.filter(wanted).values_list(
                "grain", "period", "office_key", "channel", "facet", "value", "amount"
            )
        )
        if wanted
        else []
    )
    month_grain = [r for r in rows if r[0] == "M"]
    for name in set(groupings) & MONTH_GROUPINGS:
        for grain, period, o, c, facet, _v, n in month_grain:
            if grain != "M" or facet or o != office:
                continue
            if name == "month" and c == channel:
                result[name][period] = n
            elif name == "month_channel" and c != ALL_CHANNELS and (channel in (c, ALL_CHANNELS)):
                result[name][(period, c)] = n
        for first, last in days:  # the months the period cuts
            cut = within.contacts(_date_of(first), _date_of(last))
            result[name].update(_direct_clients(cut, name))
    total: int | None = None
    if calendar:
        grain, period = calendar
        mine = [r for r in rows if r[0] == grain and r[1] == period]
        for _g, _p, o, c, facet, _value, n in mine:
            if facet == "" and o == office and c == channel:
                total = n
        for name in set(groupings) - MONTH_GROUPINGS:
            if name in FACET_GROUPINGS and (office != ALL_OFFICES or channel != ALL_CHANNELS):
                result[name] = _direct_clients(within.contacts(), name)
                continue
            for _g, _p, o, c, facet, value, n in mine:
                if name in FACET_GROUPINGS and facet == name:
                    key: Any = value if name == "language" else (int(value) if value else 0)
                    result[name][key] = n
                elif (
                    name == "channel"
                    and not facet
                    and o == office
                    and c != ALL_CHANNELS
                    and channel in (c, ALL_CHANNELS)
                ):
                    result[name][c] = n
                elif (
                    name == "office"
                    and not facet
                    and c == channel
                    and o != ALL_OFFICES
                    and office in (o, ALL_OFFICES)
                ):
                    result[name][o] = n
        return result, total or 0
    contacts = within.contacts()
    for name in set(groupings) - MONTH_GROUPINGS:
        result[name] = _direct_clients(contacts, name)
    return result, _direct_total(contacts)


def _date_of(number: int) -> dt.date:
    return dt.date(number // 10000, number // 100 % 100, number % 100)


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
    locality_keys: Collection[int] | None = None,
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
    if locality_keys is not None:
        contacts = contacts.filter(in_localities(locality_keys))
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
