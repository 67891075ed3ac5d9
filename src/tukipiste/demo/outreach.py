"""The demo's outreach: four months of street work in Helsinki, indoor venues in Helsinki,
Tampere and Turku, mobile trips to towns without an office, and online outreach on three
invented forums. Written through ``outreach.services``; seeded, and idempotent because
every session's key is derived from its day and kind (a second run finds them all)."""

from __future__ import annotations

import datetime as dt
import random
import uuid
from typing import Any

from django.contrib.auth import get_user_model
from django.utils import timezone

from tukipiste.offices import selectors as offices
from tukipiste.outreach import services
from tukipiste.records.choices import CategoryKind
from tukipiste.records.selectors import categories_for_forms

_NAMESPACE = uuid.UUID("0c4f3c1e-7a5d-4f3b-9a2e-5b8c1d6e0f14")
DAYS = 120
# Invented forums: the demo names no real site.
FORUMS = [
    ("Iltaseura.example", "https://iltaseura.example/"),
    ("Hieronta-ilmot.example", "https://hieronta-ilmot.example/"),
    ("NightDate FI (invented)", ""),
]
STREETS = [
    "Rautatientori ja Kaisaniemi",
    "Kallio, Helsinginkatu",
    "Sörnäinen, Hämeentie",
    "Itäkeskus, metroaseman ympäristö",
]
# (locality slug, office slug or "", venue description)
VENUES = [
    ("helsinki", "helsinki", "Hierontapaikat, Kallio"),
    ("helsinki", "helsinki", "Thai-hierontapaikat, Töölö"),
    ("helsinki", "helsinki", "Strippiklubi, keskusta"),
    ("tampere", "tampere", "Hierontapaikat, Tampereen keskusta"),
    ("turku", "turku", "Hierontapaikat, Turun keskusta"),
]
TRIPS = [("lahti", "Hierontapaikat, Lahden keskusta"), ("pori", "Hierontapaikat, Pori")]


def _at(day: dt.date, hour: int, minute: int = 0) -> dt.datetime:
    return timezone.make_aware(dt.datetime.combine(day, dt.time(hour, minute)))


def load_outreach() -> int:
    """Create the demo's forums and sessions that are missing; return the sessions made."""
    rng = random.Random(2026)
    office_of = {o.slug: o for o in offices.all_offices()}
    locality_of = {loc.slug: loc for loc in offices.all_localities()}
    if "helsinki" not in locality_of:
        return 0
    users = {
        u.username: u
        for u in get_user_model().objects.filter(username__in=["worker", "worker-turku", "peer"])
    }
    if "worker" not in users:
        return 0
    forums = [
        services.add_forum(name=name, address=address, sort_order=n)
        for n, (name, address) in enumerate(FORUMS)
    ]
    categories = [c for c in categories_for_forms() if c.active]
    supply = {c.code: c for c in categories if c.kind == CategoryKind.SUPPLY}
    woman = next(
        (c for c in categories if c.kind == CategoryKind.GENDER and c.code == "woman"), None
    )
    if woman is None or not {"condoms", "lubricant"} <= supply.keys():
        return 0  # the lists the records' migrations create are gone (a flushed test database)
    helsinki_team = [users[name] for name in ("worker", "peer") if name in users]
    turku_team = [users.get("worker-turku", users["worker"])]

    def handed(condoms: tuple[int, int], leaflets: list[str]) -> dict[Any, int]:
        given = {supply["condoms"]: rng.randint(*condoms)}
        if "lubricant" in supply:
            given[supply["lubricant"]] = rng.randint(5, 30)
        for code in leaflets:
            if code in supply:
                given[supply[code]] = rng.randint(2, 12)
        return given

    plans: list[dict[str, Any]] = []
    today = timezone.localdate()
    for back in range(DAYS, 0, -1):
        day = today - dt.timedelta(days=back)
        weekday = day.weekday()
        if weekday in (1, 3):  # street work on Tuesday and Thursday evenings
            contacts = rng.randint(1, 7)
            plans.append(
                {
                    "starts_at": _at(day, 20),
                    "ends_at": _at(day, 23, 30),
                    "environment": "outdoor",
                    "locality": locality_of["helsinki"],
                    "office": office_of.get("helsinki"),
                    "venue": rng.choice(STREETS),
                    "workers": helsinki_team,
                    "people_reached": contacts + rng.randint(3, 18),
                    "supplies": handed((40, 150), ["leaflet-fi", "leaflet-ro", "leaflet-en"]),
                    "contacts": contacts,
                    "genders": {woman: contacts - 1} if contacts > 1 else {},
                }
            )
        if weekday == 2:  # indoor venues on Wednesday afternoons
            slug, office, venue = rng.choice(VENUES)
            contacts = rng.randint(2, 9)
            plans.append(
                {
                    "starts_at": _at(day, 13),
                    "ends_at": _at(day, 16, 30),
                    "environment": "indoor",
                    "locality": locality_of[slug],
                    "office": office_of.get(office),
                    "venue": venue,
                    "workers": turku_team if slug == "turku" else helsinki_team,
                    "people_reached": contacts + rng.randint(0, 8),
                    "supplies": handed((30, 100), ["leaflet-th", "leaflet-ru", "leaflet-es"]),
                    "contacts": contacts,
                    "genders": {woman: contacts},
                }
            )
        if weekday == 0:  # online outreach on Monday mornings, one forum in turn
            messaged = rng.randint(15, 60)
            answered = rng.randint(messaged // 6, messaged // 2)
            plans.append(
                {
                    "starts_at": _at(day, 10),
                    "ends_at": _at(day, 14),
                    "environment": "online",
                    "locality": locality_of["helsinki"],
                    "office": office_of.get("helsinki"),
                    "forum": forums[(back // 7) % len(forums)],
                    "workers": helsinki_team[:1],
                    "messaged": messaged,
                    "answered": answered,
                    "people_reached": messaged,
                    "contacts": rng.randint(0, min(answered, 4)),
                }
            )
        if day.day == 15:  # a mobile trip to a town without an office, with a partner
            slug, venue = TRIPS[day.month % len(TRIPS)]
            if slug in locality_of:
                contacts = rng.randint(2, 6)
                plans.append(
                    {
                        "starts_at": _at(day, 11),
                        "ends_at": _at(day, 17),
                        "environment": "indoor",
                        "locality": locality_of[slug],
                        "office": office_of.get("helsinki"),
                        "venue": venue,
                        "workers": helsinki_team,
                        "partner_staff": 1,
                        "partner_organisations": "Kaupungin seksuaaliterveyspoliklinikka",
                        "people_reached": contacts + rng.randint(1, 6),
                        "supplies": handed((30, 80), ["leaflet-fi", "leaflet-th"]),
                        "contacts": contacts,
                        "genders": {woman: contacts},
                    }
                )
    made = 0
    for plan in plans:
        # The key names the day and the kind of session, so a run on a later day finds the
        # sessions an earlier run made and adds only the new days.
        name = f"{plan['starts_at'].isoformat()} {plan['environment']}"
        _session, created = services.log_session(
            session=services.SessionInput(**plan),
            key=uuid.uuid5(_NAMESPACE, name),
            by=plan["workers"][0],
        )
        made += int(created)
    return made
