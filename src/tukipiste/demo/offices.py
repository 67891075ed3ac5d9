"""Demo offices and localities: addresses from the public seed documents, invented phone
numbers; place names and regions as Finland officially spells them."""

from __future__ import annotations

import datetime as dt
from typing import Any

T = dt.time

# (slug, Finnish name, Swedish name, region). The first three have an office; the rest are
# towns that mobile outreach visits, and that the contact seeder records outreach in.
LOCALITIES: list[tuple[str, str, str, str]] = [
    ("helsinki", "Helsinki", "Helsingfors", "uusimaa"),
    ("tampere", "Tampere", "Tammerfors", "pirkanmaa"),
    ("turku", "Turku", "Åbo", "varsinais-suomi"),
    ("oulu", "Oulu", "Uleåborg", "pohjois-pohjanmaa"),
    ("jyvaskyla", "Jyväskylä", "Jyväskylä", "keski-suomi"),
    ("kuopio", "Kuopio", "Kuopio", "pohjois-savo"),
    ("lahti", "Lahti", "Lahtis", "paijat-hame"),
    ("pori", "Pori", "Björneborg", "satakunta"),
    ("vaasa", "Vaasa", "Vasa", "pohjanmaa"),
    ("joensuu", "Joensuu", "Joensuu", "pohjois-karjala"),
    ("rovaniemi", "Rovaniemi", "Rovaniemi", "lappi"),
]

# Weekly hours per service: (service, weekday, opens, closes). Weekday 0 is Monday.
OFFICES: list[dict[str, Any]] = [
    {
        "name": "Helsinki",
        "slug": "helsinki",
        "locality": "helsinki",
        "street_address": "Vilhonkatu 4 B 20",
        "postal_code": "00100",
        "city": "Helsinki",
        "floor": 5,
        "phone": "+358 40 000 1010",
        "email": "helsinki@tukipiste.example",
        "latitude": "60.17187",
        "longitude": "24.94718",
        "hours": [
            *[("drop_in", day, T(12), T(16)) for day in (0, 2, 3)],
            ("drop_in", 4, T(10), T(14)),
            *[("chat", day, T(10), T(15)) for day in range(5)],
            ("chat", 2, T(18), T(21)),
            *[("phone", day, T(10), T(16)) for day in range(5)],
        ],
    },
    {
        "name": "Tampere",
        "slug": "tampere",
        "locality": "tampere",
        "street_address": "Aleksis Kiven katu 10 E",
        "postal_code": "33210",
        "city": "Tampere",
        "floor": 3,
        "phone": "+358 40 000 2020",
        "email": "tampere@tukipiste.example",
        "latitude": "61.49667",
        "longitude": "23.76434",
        "hours": [
            *[("drop_in", day, T(12), T(16)) for day in (1, 3)],
            *[("chat", day, T(12), T(15)) for day in (0, 1, 3)],
            *[("phone", day, T(10), T(15)) for day in range(4)],
        ],
    },
    {
        "name": "Turku",
        "slug": "turku",
        "locality": "turku",
        "street_address": "Yliopistonkatu 24 B 28",
        "postal_code": "20100",
        "city": "Turku",
        "floor": 2,
        "phone": "+358 40 000 3030",
        "email": "turku@tukipiste.example",
        "latitude": "60.45183",
        "longitude": "22.26656",
        "hours": [
            *[("drop_in", day, T(11), T(15)) for day in (1, 3)],
            *[("chat", day, T(11), T(14)) for day in (2, 4)],
            *[("phone", day, T(10), T(15)) for day in (0, 1, 2, 3)],
        ],
    },
]

# New Year's Eve: a short day for every service.
SHORT_DAYS = [(dt.date(2026, 12, 31), T(10), T(13))]

# Finnish public holidays that fall on weekdays around the demo period; every office closed.
HOLIDAYS = [
    dt.date(2026, 12, 24),
    dt.date(2026, 12, 25),
    dt.date(2027, 1, 1),
    dt.date(2027, 1, 6),
    dt.date(2027, 3, 26),
    dt.date(2027, 3, 29),
    dt.date(2027, 5, 6),
    dt.date(2027, 6, 25),
]
