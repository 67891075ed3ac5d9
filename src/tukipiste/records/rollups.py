"""What one contact adds to the roll-ups, and applying such changes in SQL (decision 0015).

``contributions`` is pure: the services (a contact recorded, changed or deleted adds, swaps
or removes its contribution) use it for the day and month counts, and a test holds it
equal to the set-based ``rebuild`` that the seeder and ``rebuild_contact_statistics`` run.

Unique clients are exact counters per calendar month, quarter and year (``ClientCount``):
a write looks at the one client's other contacts of the years it touches (an index on
client and day) and adds or takes 1 from every counter whose set of clients it changes.

Supplies handed out apart from any contact (an outreach session's leaflets and condoms)
count in the same supply rows: ``HandedOut`` is what such a record adds, and an app that
keeps them registers the SQL that recounts them (``register_source``), so that ``rebuild``
gives what the services wrote without this module knowing the app.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from django.db import connection
from django.db.models import Q
from django.utils import timezone

from tukipiste.records.models import (
    ALL_CHANNELS,
    ALL_OFFICES,
    ClientCount,
    Contact,
    DailyCount,
    Dimension,
    MonthlyCount,
)

CountKey = tuple[int, int, int, str, str, str]  # day, office, locality, channel, dim, value
ClientKey = tuple[str, int, int, str, str, str]  # grain, period, office, channel, facet, value

COUNT_COLUMNS = ("office_key", "locality_key", "channel", "dimension", "value")
CLIENT_COLUMNS = ("grain", "period", "office_key", "channel", "facet", "value")
FACETS = ("gender", "age_band", "language")
BATCH = 500


@dataclass(frozen=True)
class ContactFacts:
    """The parts of a contact that statistics count. ``locality_id`` is the contact's own
    locality, else its office's (``effective_locality``)."""

    day: int  # YYYYMMDD
    office_id: int | None
    channel: str
    locality_id: int | None = None
    age_band_id: int | None = None
    gender_id: int | None = None
    work_environment_id: int | None = None
    language: str = ""
    interpretation: bool = False
    categories: Sequence[tuple[str, int]] = ()  # (kind, id) of topics, services, referrals
    supplies: Sequence[tuple[int, int]] = ()  # (category id, quantity)
    client_id: int | None = None


@dataclass(frozen=True)
class HandedOut:
    """Supplies handed out on one day, not to a recorded contact (an outreach session's)."""

    day: int  # YYYYMMDD
    office_id: int | None
    locality_id: int | None
    channel: str
    supplies: Sequence[tuple[int, int]] = ()  # (category id, quantity)

    def contributions(self) -> Counter[CountKey]:
        office, locality = self.office_id or 0, self.locality_id or 0
        counts: Counter[CountKey] = Counter()
        for pk, quantity in self.supplies:
            if quantity:
                key = (self.day, office, locality, self.channel, str(Dimension.SUPPLY), str(pk))
                counts[key] += quantity
        return counts


# Other apps' rows of the day roll-up: name -> a function giving a SELECT of (day,
# office_key, locality_key, channel, dimension, value, amount) that ``rebuild`` inserts.
_SOURCES: dict[str, Callable[[], str]] = {}


def register_source(name: str, select: Callable[[], str]) -> None:
    """Let ``rebuild`` recount rows that an app adds with ``HandedOut`` (in its ``ready``)."""
    _SOURCES[name] = select


@dataclass
class Deltas:
    counts: Counter[CountKey] = field(default_factory=Counter)
    clients: Counter[ClientKey] = field(default_factory=Counter)

    def add(self, facts: ContactFacts, sign: int = 1) -> None:
        for key, amount in contributions(facts).items():
            self.counts[key] += sign * amount

    def add_handed_out(self, handed_out: HandedOut, sign: int = 1) -> None:
        for key, amount in handed_out.contributions().items():
            self.counts[key] += sign * amount


def day_of(moment: dt.datetime) -> int:
    """The roll-up day (``YYYYMMDD``) of a moment, in the organisation's time zone."""
    local = timezone.localtime(moment)
    return local.year * 10000 + local.month * 100 + local.day


def effective_locality(locality_id: int | None, office_locality_id: int | None) -> int | None:
    """Where a contact counts: its own locality (outreach in a town), else its office's."""
    return locality_id or office_locality_id


def _key(value: int | None) -> str:
    return "" if value is None else str(value)


def contributions(facts: ContactFacts) -> Counter[CountKey]:
    """The day roll-up rows one contact adds to (the month rows are their sums)."""
    values: list[tuple[str, str, int]] = [
        (Dimension.CONTACTS, "", 1),
        (Dimension.AGE_BAND, _key(facts.age_band_id), 1),
        (Dimension.GENDER, _key(facts.gender_id), 1),
        (Dimension.WORK_ENVIRONMENT, _key(facts.work_environment_id), 1),
        (Dimension.LANGUAGE, facts.language, 1),
    ]
    if facts.interpretation:
        values.append((Dimension.INTERPRETATION, "1", 1))
    values.extend((kind, str(pk), 1) for kind, pk in set(facts.categories))
    values.extend(
        (Dimension.SUPPLY, str(pk), quantity) for pk, quantity in facts.supplies if quantity
    )
    office, locality = facts.office_id or 0, facts.locality_id or 0
    counts: Counter[CountKey] = Counter()
    for dimension, value, amount in values:
        counts[(facts.day, office, locality, facts.channel, str(dimension), value)] += amount
    return counts


def periods_of(day: int) -> list[tuple[str, int]]:
    """The calendar month, quarter and year a day (YYYYMMDD) belongs to."""
    year, month = day // 10000, day // 100 % 100
    return [("M", day // 100), ("Q", year * 10 + (month - 1) // 3 + 1), ("Y", year)]


def client_keys(facts: ContactFacts) -> set[ClientKey]:
    """The unique-client counters a contact with a client code puts its client in."""
    if facts.client_id is None:
        return set()
    office, channel = facts.office_id or 0, facts.channel
    facet_values = {
        "gender": _key(facts.gender_id),
        "age_band": _key(facts.age_band_id),
        "language": facts.language,
    }
    keys: set[ClientKey] = set()
    for grain, period in periods_of(facts.day):
        for o, c in (
            (office, channel),
            (office, ALL_CHANNELS),
            (ALL_OFFICES, channel),
            (ALL_OFFICES, ALL_CHANNELS),
        ):
            keys.add((grain, period, o, c, "", ""))
        for facet in FACETS:
            keys.add((grain, period, ALL_OFFICES, ALL_CHANNELS, facet, facet_values[facet]))
    return keys


def client_changes(
    *,
    client_id: int,
    others: Iterable[ContactFacts],
    before: ContactFacts | None,
    after: ContactFacts | None,
) -> Counter[ClientKey]:
    """+1 for each counter the client enters, -1 for each it leaves, when one contact of
    theirs goes from ``before`` to ``after`` (None: absent) beside their ``others``."""
    rest: set[ClientKey] = set()
    for facts in others:
        rest |= client_keys(facts)
    was = rest | (client_keys(before) if before and before.client_id == client_id else set())
    now = rest | (client_keys(after) if after and after.client_id == client_id else set())
    changes: Counter[ClientKey] = Counter()
    for key in now - was:
        changes[key] += 1
    for key in was - now:
        changes[key] -= 1
    return changes


def client_deltas(
    contact_id: int | None, before: ContactFacts | None, after: ContactFacts | None
) -> Counter[ClientKey]:
    """The unique-client counter changes of one contact's write: reads, for each client
    involved, their other contacts in the years touched (one indexed query each)."""
    changes: Counter[ClientKey] = Counter()
    clients = {f.client_id for f in (before, after) if f is not None and f.client_id}
    for client_id in sorted(c for c in clients if c is not None):
        years = {
            f.day // 10000 for f in (before, after) if f is not None and f.client_id == client_id
        }
        others = [
            ContactFacts(
                day=day,
                office_id=office,
                channel=channel,
                gender_id=gender,
                age_band_id=age,
                language=language,
                client_id=client_id,
            )
            for day, office, channel, gender, age, language in Contact.objects.filter(
                client_id=client_id,
                day__gte=min(years) * 10000,
                day__lte=max(years) * 10000 + 1231,
            )
            .exclude(pk=contact_id or 0)
            .values_list("day", "office_id", "channel", "gender_id", "age_band_id", "language")
            if day // 10000 in years
        ]
        changes.update(
            client_changes(client_id=client_id, others=others, before=before, after=after)
        )
    return changes


def _upsert(table: str, columns: Sequence[str], rows: Iterable[tuple[Any, ...]]) -> None:
    # One statement both databases understand: add to the row if the key exists, else
    # create it. Concurrent writers of the same key thus never lose an increment.
    rows = list(rows)
    names = ", ".join(columns)
    placeholder = "(" + ", ".join(["%s"] * (len(columns) + 1)) + ")"
    with connection.cursor() as cursor:
        for start in range(0, len(rows), BATCH):
            chunk = rows[start : start + BATCH]
            # Table and column names are constants of this module; values are parameters.
            sql = (
                f"INSERT INTO {table} ({names}, amount) VALUES "  # noqa: S608
                + ", ".join([placeholder] * len(chunk))
                + f" ON CONFLICT ({names}) DO UPDATE SET amount = {table}.amount + excluded.amount"
            )
            cursor.execute(sql, [value for row in chunk for value in row])


def _delete_emptied(
    model: type[DailyCount] | type[MonthlyCount] | type[ClientCount],
    columns: Sequence[str],
    keys: Sequence[tuple[Any, ...]],
) -> None:
    # Only the keys this write lowered, each found through the unique index.
    if not keys:
        return
    condition = Q()
    for key in keys:
        condition |= Q(**dict(zip(columns, key, strict=True)))
    model.objects.filter(condition, amount__lte=0).delete()


def apply(deltas: Deltas) -> None:
    """Add ``deltas`` to the roll-up tables; rows that fall to zero are deleted, so that
    readers need not filter them (and the unique indexes cover their queries). Call inside
    the transaction that writes the contacts."""
    monthly: Counter[CountKey] = Counter()
    for (day, office, locality, channel, dimension, value), amount in deltas.counts.items():
        monthly[(day // 100, office, locality, channel, dimension, value)] += amount
    for model, counter, first in (
        (DailyCount, deltas.counts, "day"),
        (MonthlyCount, monthly, "month"),
    ):
        columns = (first, *COUNT_COLUMNS)
        rows = [(*key, amount) for key, amount in counter.items() if amount]
        if rows:
            _upsert(model._meta.db_table, columns, rows)
        _delete_emptied(model, columns, [k for k, n in counter.items() if n < 0])
    clients = [(*key, amount) for key, amount in deltas.clients.items() if amount]
    if clients:
        _upsert(ClientCount._meta.db_table, CLIENT_COLUMNS, clients)
    _delete_emptied(ClientCount, CLIENT_COLUMNS, [k for k, n in deltas.clients.items() if n < 0])


# --- Set-based rebuild --------------------------------------------------------------------
# Plain SQL that SQLite and PostgreSQL both run: integer division, CAST to text, COALESCE.


def _tables() -> dict[str, str]:
    from tukipiste.records.models import Category, ContactCategory, SupplyGiven

    office = Contact._meta.get_field("office").related_model
    assert office is not None and not isinstance(office, str)
    return {
        "contact": Contact._meta.db_table,
        "office": office._meta.db_table,
        "link": ContactCategory._meta.db_table,
        "category": Category._meta.db_table,
        "supply": SupplyGiven._meta.db_table,
        "daily": DailyCount._meta.db_table,
        "monthly": MonthlyCount._meta.db_table,
        "clients": ClientCount._meta.db_table,
    }


def _text(column: str) -> str:
    return f"COALESCE(CAST({column} AS TEXT), '')"


def rebuild(*, contacts_only: bool = False) -> None:
    """Recount every roll-up from the contacts in a handful of grouped statements (the
    seeder's and the repair command's path; millions of contacts in minutes), and the rows
    of the registered sources unless ``contacts_only`` (a migration of this app)."""
    t = _tables()
    base = f"FROM {t['contact']} c LEFT JOIN {t['office']} o ON o.id = c.office_id"
    keys = "c.day, COALESCE(c.office_id, 0), COALESCE(c.locality_id, o.locality_id, 0), c.channel"
    insert = (
        f"INSERT INTO {t['daily']} (day, office_key, locality_key, channel, dimension, value, "
        "amount) "
    )
    contact_dimensions = [
        (Dimension.CONTACTS, "''", "1", ""),
        (Dimension.AGE_BAND, _text("c.age_band_id"), "1", ""),
        (Dimension.GENDER, _text("c.gender_id"), "1", ""),
        (Dimension.WORK_ENVIRONMENT, _text("c.work_environment_id"), "1", ""),
        (Dimension.LANGUAGE, "c.language", "1", ""),
        (Dimension.INTERPRETATION, "'1'", "1", f"WHERE c.interpretation = {_true()}"),
    ]
    # Table and column names are constants of this module and the models; no input.
    statements = [f"DELETE FROM {t[name]}" for name in ("daily", "monthly", "clients")]  # noqa: S608
    for dimension, value, amount, where in contact_dimensions:
        # PostgreSQL refuses a constant in GROUP BY.
        grouped = "" if value.startswith("'") else f", {value}"
        statements.append(
            insert + f"SELECT {keys}, '{dimension}', {value}, SUM({amount}) {base} {where} "
            f"GROUP BY {keys}{grouped}"
        )
    statements.append(
        insert + f"SELECT {keys}, k.kind, CAST(k.id AS TEXT), COUNT(*) {base} "
        f"JOIN {t['link']} l ON l.contact_id = c.id JOIN {t['category']} k ON k.id = l.category_id "
        f"GROUP BY {keys}, k.kind, k.id"
    )
    statements.append(
        insert + f"SELECT {keys}, '{Dimension.SUPPLY}', CAST(s.category_id AS TEXT), "
        f"SUM(s.quantity) {base} JOIN {t['supply']} s ON s.contact_id = c.id "
        f"GROUP BY {keys}, s.category_id"
    )
    # Another app's rows may share a key with the contacts' (supplies of one day, place and
    # channel): they add to it. (Each SELECT ends in GROUP BY after a WHERE, as SQLite's
    # upsert of a SELECT needs.)
    merge = (
        " ON CONFLICT (day, office_key, locality_key, channel, dimension, value) "
        f"DO UPDATE SET amount = {t['daily']}.amount + excluded.amount"
    )
    if not contacts_only:
        statements.extend(insert + select() + merge for _n, select in sorted(_SOURCES.items()))
    statements.append(
        f"INSERT INTO {t['monthly']} (month, office_key, locality_key, channel, dimension, "  # noqa: S608
        "value, amount) SELECT day / 100, office_key, locality_key, channel, dimension, value, "
        f"SUM(amount) FROM {t['daily']} "
        "GROUP BY day / 100, office_key, locality_key, channel, dimension, value"
    )
    statements.extend(_client_statements(t))
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            cursor.execute(f"ANALYZE {t['contact']}")
        for sql in statements:
            cursor.execute(sql)
        cursor.execute("DROP TABLE IF EXISTS rollup_client_months")
        if connection.vendor == "postgresql":
            cursor.execute(f"ANALYZE {t['daily']}; ANALYZE {t['monthly']}; ANALYZE {t['clients']}")


def tidy() -> None:
    """After a bulk load on PostgreSQL, mark the roll-ups' pages all-visible and refresh
    their statistics, so that the dashboard's reads are index-only from the first request.
    Must run outside a transaction (VACUUM refuses one); nothing to do on SQLite."""
    if connection.vendor != "postgresql" or not connection.get_autocommit():
        return
    with connection.cursor() as cursor:
        for model in (DailyCount, MonthlyCount, ClientCount):
            cursor.execute(f"VACUUM ANALYZE {model._meta.db_table}")
        cursor.execute(f"ANALYZE {Contact._meta.db_table}")


def _true() -> str:
    return "TRUE" if connection.vendor == "postgresql" else "1"


def _client_statements(t: dict[str, str]) -> list[str]:
    # First each client's distinct month, office, channel and facets (far fewer rows than
    # contacts), then every counter from that.
    statements = [
        "DROP TABLE IF EXISTS rollup_client_months",
        "CREATE TEMPORARY TABLE rollup_client_months AS SELECT DISTINCT c.day / 100 AS m, "  # noqa: S608
        "c.client_id AS client, COALESCE(c.office_id, 0) AS office, c.channel AS channel, "
        f"{_text('c.gender_id')} AS gender, {_text('c.age_band_id')} AS age_band, "
        f"c.language AS language FROM {t['contact']} c WHERE c.client_id IS NOT NULL",
    ]
    periods = {
        "M": "m",
        "Q": "(m / 100) * 10 + ((m % 100) - 1) / 3 + 1",
        "Y": "m / 100",
    }
    insert = (
        f"INSERT INTO {t['clients']} (grain, period, office_key, channel, facet, value, amount) "
    )
    for grain, period in periods.items():
        for office, channel in (
            ("office", "channel"),
            ("office", f"'{ALL_CHANNELS}'"),
            (str(ALL_OFFICES), "channel"),
            (str(ALL_OFFICES), f"'{ALL_CHANNELS}'"),
        ):
            groups = ", ".join(g for g in (period, office, channel) if g[0] not in "-'")
            statements.append(
                insert + f"SELECT '{grain}', {period}, {office}, {channel}, '', '', "  # noqa: S608
                f"COUNT(DISTINCT client) FROM rollup_client_months GROUP BY {groups}"
            )
        for facet in FACETS:
            statements.append(
                insert + f"SELECT '{grain}', {period}, {ALL_OFFICES}, '{ALL_CHANNELS}', "  # noqa: S608
                f"'{facet}', {facet}, COUNT(DISTINCT client) FROM rollup_client_months "
                f"GROUP BY {period}, {facet}"
            )
    return statements
