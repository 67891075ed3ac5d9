"""Realistic random contacts in bulk, for benchmarks and demos (``make seed-contacts``).

Writes straight to the tables with multi-row inserts (COPY on PostgreSQL) in one
transaction, then recounts the roll-ups with the set-based ``rollups.rebuild`` (a handful of
grouped statements, the same that ``rebuild_contact_statistics`` runs).
The random generator is seeded, so the same call on the same database gives the same data.
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Callable, Sequence
from typing import Any
from zoneinfo import ZoneInfo

from django.conf import settings
from django.db import connection, transaction
from django.utils import timezone

from tukipiste.core import codes, months
from tukipiste.offices import selectors as offices
from tukipiste.records import rollups
from tukipiste.records.models import (
    Category,
    CategoryKind,
    Channel,
    ClientCode,
    Contact,
    ContactCategory,
    SupplyGiven,
)
from tukipiste.records.selectors import staff_who_record

CHANNEL_WEIGHTS = {
    Channel.DROP_IN: 28,
    Channel.CHAT: 18,
    Channel.PHONE: 10,
    Channel.APPOINTMENT: 12,
    Channel.OUTREACH_OUTDOOR: 6,
    Channel.OUTREACH_INDOOR: 10,
    Channel.OUTREACH_ONLINE: 8,
    Channel.GROUP: 5,
    Channel.MESSAGE: 3,
}
MINUTES = {
    Channel.DROP_IN: (5, 40),
    Channel.CHAT: (8, 45),
    Channel.PHONE: (3, 25),
    Channel.APPOINTMENT: (30, 60),
    Channel.GROUP: (60, 120),
    Channel.MESSAGE: (5, 15),
}
LANGUAGE_WEIGHTS = {"fi": 35, "en": 20, "ru": 10, "th": 10, "es": 8, "ro": 6, "et": 3, "": 3}
CONTACT_COLUMNS = (
    "id",
    "started_at",
    "day",
    "duration_seconds",
    "channel",
    "office_id",
    "locality_id",
    "language",
    "interpretation",
    "client_id",
    "age_band_id",
    "gender_id",
    "work_environment_id",
    "recorded_by_id",
    "created_at",
)
BATCH = 20000


def _insert(table: str, columns: Sequence[str], rows: list[tuple[Any, ...]]) -> None:
    if not rows:
        return
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            names = ", ".join(columns)
            with cursor.cursor.copy(f"COPY {table} ({names}) FROM STDIN") as copy:
                for row in rows:
                    copy.write_row(row)
            return
        placeholders = ", ".join(["%s"] * len(columns))
        cursor.executemany(
            f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({placeholders})",  # noqa: S608
            rows,
        )


def _stamp(moment: dt.datetime) -> Any:
    if connection.vendor == "postgresql":
        return moment
    # What Django itself stores in SQLite: naive UTC text.
    return moment.astimezone(dt.UTC).replace(tzinfo=None).isoformat(" ")


class _Picker:
    """Weighted choice with precomputed cumulative weights (fast in a hot loop)."""

    def __init__(self, rng: random.Random, weighted: dict[Any, float]) -> None:
        self.rng = rng
        self.items = list(weighted)
        total, self.cumulative = 0.0, []
        for weight in weighted.values():
            total += weight
            self.cumulative.append(total)

    def __call__(self) -> Any:
        return self.rng.choices(self.items, cum_weights=self.cumulative)[0]


def _months_back(count: int, today: dt.date) -> list[dt.date]:
    """The first days of the ``count`` months that end with today's."""
    last = months.month_number(today)
    first = months.add_months(last, 1 - count)
    return [months.first_day(month) for month in months.month_range(first, last)]


def seed_contacts(
    *,
    count: int,
    seed: int = 2026,
    years: int = 4,
    progress: Callable[[int], None] | None = None,
) -> int:
    """Add ``count`` random contacts spread over the last ``years`` years (until
    yesterday) and count them in the roll-ups. Returns the number added."""
    if count <= 0:
        return 0
    existing = Contact.objects.count()
    rng = random.Random(f"{seed}:{existing}")
    zone = ZoneInfo(settings.TIME_ZONE)
    today = timezone.localdate()
    categories: dict[str, list[Category]] = {}
    for category in Category.objects.filter(active=True):
        categories.setdefault(category.kind, []).append(category)
    office_ids = list(offices.all_offices().values_list("pk", flat=True))
    office_weights = {pk: 1.0 / (n + 1) for n, pk in enumerate(office_ids)} or {None: 1.0}
    # Mobile outreach goes to the towns without an office.
    outreach_towns = list(offices.localities_without_office().values_list("pk", flat=True))
    staff = list(staff_who_record().prefetch_related("staff_profile__offices"))
    staff_by_office: dict[int | None, list[int]] = {}
    for user in staff:
        profile = getattr(user, "staff_profile", None)
        for office in profile.offices.all() if profile else []:
            staff_by_office.setdefault(office.pk, []).append(user.pk)
    all_staff = [u.pk for u in staff]

    def pick_of(kind: str, weights: Sequence[float] | None = None) -> _Picker:
        entries = categories.get(kind, [])
        ws = weights or [1.0] * len(entries)
        return _Picker(rng, {c.pk: w for c, w in zip(entries, ws, strict=False)} or {None: 1})

    channel = _Picker(rng, dict(CHANNEL_WEIGHTS))
    office_of = _Picker(rng, office_weights)
    gender = pick_of(CategoryKind.GENDER, [70, 10, 10, 3, 5])
    age = pick_of(CategoryKind.AGE_BAND, [1, 20, 32, 24, 13, 6, 4])
    env = pick_of(CategoryKind.WORK_ENVIRONMENT, [8, 35, 12, 15, 25, 5])
    language_codes = {c.code for c in categories.get(CategoryKind.LANGUAGE, [])}
    language = _Picker(
        rng, {k: w for k, w in LANGUAGE_WEIGHTS.items() if k in language_codes or k == ""}
    )
    topics = [c.pk for c in categories.get(CategoryKind.TOPIC, [])]
    services = [c.pk for c in categories.get(CategoryKind.SERVICE, [])]
    referrals = [c.pk for c in categories.get(CategoryKind.REFERRAL, [])]
    supply = {c.code: c.pk for c in categories.get(CategoryKind.SUPPLY, [])}

    # Returning clients: a pool of codes, a few of them seen very often.
    pool_size = max(20, count // 25)
    with transaction.atomic():
        # Distinct codes: at millions of contacts the pool is large enough for the random
        # 8-character codes to repeat (the table holds each code once).
        drawn: set[str] = set()
        while len(drawn) < pool_size:
            drawn.add("".join(rng.choices(codes.UNAMBIGUOUS, k=ClientCode.CODE_LENGTH)))
        client_codes = [
            ClientCode(code_hash=codes.storage_hash(code, purpose=ClientCode.CODE_PURPOSE))
            for code in sorted(drawn)
        ]
        pool = [c.pk for c in ClientCode.objects.bulk_create(client_codes)]

        first_days = _months_back(years * 12, today - dt.timedelta(days=1))
        weights = [
            1 + 0.25 * ((m.month in (5, 6, 9, 10, 11)) - (m.month in (7, 12))) for m in first_days
        ]
        per_month = [int(count * w / sum(weights)) for w in weights]
        per_month[-1] += count - sum(per_month)
        next_id = (Contact.objects.order_by("-pk").values_list("pk", flat=True).first() or 0) + 1
        now = _stamp(timezone.now())
        through = Contact.workers.through._meta.db_table
        done = 0
        for month, amount in zip(first_days, per_month, strict=True):
            last_day = min(
                months.last_day(months.month_number(month)), today - dt.timedelta(days=1)
            )
            if last_day < month:
                continue
            span = (last_day - month).days + 1
            for start in range(0, amount, BATCH):
                contacts: list[tuple[Any, ...]] = []
                links: list[tuple[int, int]] = []
                supplies: list[tuple[int, int, int]] = []
                present: list[tuple[int, int]] = []
                for _n in range(min(BATCH, amount - start)):
                    pk = next_id
                    next_id += 1
                    ch = channel()
                    office = office_of()
                    locality = None
                    if (
                        ch in (Channel.OUTREACH_OUTDOOR, Channel.OUTREACH_INDOOR)
                        and rng.random() < 0.15
                        and outreach_towns
                    ):
                        office, locality = None, rng.choice(outreach_towns)
                    day = month + dt.timedelta(days=rng.randrange(span))
                    moment = dt.datetime(
                        day.year,
                        day.month,
                        day.day,
                        rng.randint(9, 19),
                        rng.randrange(60),
                        tzinfo=zone,
                    )
                    low, high = MINUTES.get(ch, (5, 30))
                    team = staff_by_office.get(office, all_staff) or all_staff
                    workers = rng.sample(
                        team, min(len(team), rng.choices((1, 2, 3), (70, 25, 5))[0])
                    )
                    lang = language()
                    g, a = gender(), age()
                    e = env() if rng.random() < 0.85 else None
                    # Cubing skews the choice: a few clients come back very often.
                    client = (
                        pool[int(len(pool) * rng.random() ** 3)] if rng.random() < 0.4 else None
                    )
                    interp = rng.random() < 0.05
                    chosen = rng.sample(topics, rng.choice((0, 1, 1, 2, 2, 3))) if topics else []
                    chosen += rng.sample(services, rng.choice((1, 1, 2))) if services else []
                    if referrals and rng.random() < 0.1:
                        chosen.append(rng.choice(referrals))
                    given: list[tuple[int, int]] = []
                    if "condoms" in supply and rng.random() < 0.4:
                        given.append((supply["condoms"], rng.randint(5, 50)))
                    if "lubricant" in supply and rng.random() < 0.25:
                        given.append((supply["lubricant"], rng.randint(1, 10)))
                    leaflet = supply.get(f"leaflet-{lang}")
                    if leaflet and rng.random() < 0.2:
                        given.append((leaflet, rng.randint(1, 3)))
                    contacts.append(
                        (
                            pk,
                            _stamp(moment),
                            day.year * 10000 + day.month * 100 + day.day,
                            rng.randint(low, high) * 60,
                            ch,
                            office,
                            locality,
                            lang,
                            interp,
                            client,
                            a,
                            g,
                            e,
                            workers[0] if workers else None,
                            now,
                        )
                    )
                    links.extend((pk, c) for c in chosen)
                    supplies.extend((pk, c, n) for c, n in given)
                    present.extend((pk, w) for w in workers)
                _insert(Contact._meta.db_table, CONTACT_COLUMNS, contacts)
                _insert(ContactCategory._meta.db_table, ("contact_id", "category_id"), links)
                _insert(
                    SupplyGiven._meta.db_table, ("contact_id", "category_id", "quantity"), supplies
                )
                _insert(through, ("contact_id", "user_id"), present)
                done += len(contacts)
                if progress:
                    progress(done)
        if progress:
            progress(-1)  # the contacts are in; the roll-ups follow
        rollups.rebuild()
        if connection.vendor == "postgresql":
            with connection.cursor() as cursor:
                for model in (Contact, ClientCode):
                    table = model._meta.db_table
                    cursor.execute(
                        f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), "  # noqa: S608
                        f"(SELECT MAX(id) FROM {table}))"
                    )
    return done


def replicate_contacts(*, copies: int, progress: Callable[[int], None] | None = None) -> int:
    """Add ``copies`` copies of every contact there is (with their categories, supplies and
    workers, and new client codes for their clients) in set-based SQL, then recount the
    roll-ups. For benchmarks at ten million contacts, where generating each contact in
    Python would take hours: the copies keep the days and mix of the generated data, with
    ``copies + 1`` times the clients. Returns the number of contacts added."""
    if copies <= 0:
        return 0
    tables = {
        "contact": Contact._meta.db_table,
        "code": ClientCode._meta.db_table,
        "link": ContactCategory._meta.db_table,
        "supply": SupplyGiven._meta.db_table,
        "worker": Contact.workers.through._meta.db_table,
    }
    columns = [c for c in CONTACT_COLUMNS if c not in ("id", "client_id")]
    names = ", ".join(columns)
    added = 0
    with transaction.atomic(), connection.cursor() as cursor:
        cursor.execute(f"SELECT COALESCE(MAX(id), 0), COUNT(*) FROM {tables['contact']}")  # noqa: S608
        last_contact, count = cursor.fetchone()
        cursor.execute(f"SELECT COALESCE(MAX(id), 0) FROM {tables['code']}")  # noqa: S608
        (last_code,) = cursor.fetchone()
        for copy in range(1, copies + 1):
            shift, code_shift = copy * last_contact, copy * last_code
            # A distinct hash per copy: 56 characters of the original and the copy's number.
            statements = [
                f"INSERT INTO {tables['code']} (id, code_hash, office_id, created_at) "  # noqa: S608
                f"SELECT id + {code_shift}, SUBSTR(code_hash, 1, 56) || '-r' || '{copy}', "
                f"office_id, created_at FROM {tables['code']} WHERE id <= {last_code}",
                f"INSERT INTO {tables['contact']} (id, client_id, {names}) "  # noqa: S608
                f"SELECT id + {shift}, client_id + {code_shift}, {names} "
                f"FROM {tables['contact']} WHERE id <= {last_contact}",
                f"INSERT INTO {tables['link']} (contact_id, category_id) "  # noqa: S608
                f"SELECT contact_id + {shift}, category_id FROM {tables['link']} "
                f"WHERE contact_id <= {last_contact}",
                f"INSERT INTO {tables['supply']} (contact_id, category_id, quantity) "  # noqa: S608
                f"SELECT contact_id + {shift}, category_id, quantity FROM {tables['supply']} "
                f"WHERE contact_id <= {last_contact}",
                f"INSERT INTO {tables['worker']} (contact_id, user_id) "  # noqa: S608
                f"SELECT contact_id + {shift}, user_id FROM {tables['worker']} "
                f"WHERE contact_id <= {last_contact}",
            ]
            for sql in statements:
                cursor.execute(sql)
            added += count
            if progress:
                progress(added)
        if progress:
            progress(-1)
        rollups.rebuild()
        if connection.vendor == "postgresql":
            for model in (Contact, ClientCode):
                table = model._meta.db_table
                cursor.execute(
                    f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), "  # noqa: S608
                    f"(SELECT MAX(id) FROM {table}))"
                )
    return added
