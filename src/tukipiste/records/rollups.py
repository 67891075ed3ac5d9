"""What one contact adds to the monthly roll-ups, and applying such changes in SQL.

``contributions`` is pure: the same function feeds the services (a contact recorded,
changed or deleted adds, swaps or removes its contribution), the seeder and the rebuild,
so the three can never disagree.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from django.db import connection
from django.db.models import Q
from django.utils import timezone

from tukipiste.core import months
from tukipiste.records.models import Dimension, MonthlyClient, MonthlyCount

CountKey = tuple[int, int, int, str, str, str]  # worker, month, office, channel, dimension, value
ClientKey = tuple[int, int, int, str, int, int, int, str]  # ..., client, gender, age band, lang

COUNT_COLUMNS = ("worker_key", "month", "office_key", "channel", "dimension", "value")
CLIENT_COLUMNS = (
    "worker_key",
    "month",
    "office_key",
    "channel",
    "client_key",
    "gender_key",
    "age_band_key",
    "language",
)
BATCH = 500


@dataclass(frozen=True)
class ContactFacts:
    """The parts of a contact that statistics count."""

    month: int
    office_id: int | None
    channel: str
    worker_ids: Sequence[int] = ()
    age_band_id: int | None = None
    gender_id: int | None = None
    work_environment_id: int | None = None
    language: str = ""
    interpretation: bool = False
    categories: Sequence[tuple[str, int]] = ()  # (kind, id) of topics, services, referrals
    supplies: Sequence[tuple[int, int]] = ()  # (category id, quantity)
    client_id: int | None = None


@dataclass
class Deltas:
    counts: Counter[CountKey] = field(default_factory=Counter)
    clients: Counter[ClientKey] = field(default_factory=Counter)

    def add(self, facts: ContactFacts, sign: int = 1) -> None:
        counts, clients = contributions(facts)
        for key, amount in counts.items():
            self.counts[key] += sign * amount
        for ckey, amount in clients.items():
            self.clients[ckey] += sign * amount


def month_of(moment: dt.datetime) -> int:
    """The roll-up month (``YYYYMM``) of a moment, in the organisation's time zone."""
    return months.month_number(timezone.localtime(moment))


def _key(value: int | None) -> str:
    return "" if value is None else str(value)


def contributions(facts: ContactFacts) -> tuple[Counter[CountKey], Counter[ClientKey]]:
    """The roll-up rows one contact adds to: once for the all-workers total (worker 0) and
    once for each worker present."""
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
    office = facts.office_id or 0
    counts: Counter[CountKey] = Counter()
    clients: Counter[ClientKey] = Counter()
    for worker in (0, *sorted(set(facts.worker_ids) - {0})):
        for dimension, value, amount in values:
            counts[(worker, facts.month, office, facts.channel, str(dimension), value)] += amount
        if facts.client_id is not None:
            clients[
                (
                    worker,
                    facts.month,
                    office,
                    facts.channel,
                    facts.client_id,
                    facts.gender_id or 0,
                    facts.age_band_id or 0,
                    facts.language,
                )
            ] += 1
    return counts, clients


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
    model: type[MonthlyCount] | type[MonthlyClient],
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
    readers need not filter them (and the unique index covers their queries). Call inside
    the transaction that writes the contacts."""
    counts = [(*key, amount) for key, amount in deltas.counts.items() if amount]
    clients = [(*key, amount) for key, amount in deltas.clients.items() if amount]
    if counts:
        _upsert(MonthlyCount._meta.db_table, COUNT_COLUMNS, counts)
    if clients:
        _upsert(MonthlyClient._meta.db_table, CLIENT_COLUMNS, clients)
    _delete_emptied(MonthlyCount, COUNT_COLUMNS, [k for k, n in deltas.counts.items() if n < 0])
    _delete_emptied(MonthlyClient, CLIENT_COLUMNS, [k for k, n in deltas.clients.items() if n < 0])
