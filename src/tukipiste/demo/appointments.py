"""Demo appointment kinds and the demo workers' weekly availability."""

from __future__ import annotations

import datetime as dt

from django.contrib.auth import get_user_model

from tukipiste.appointments import services
from tukipiste.appointments.models import Mode
from tukipiste.offices.selectors import all_offices

ALL_LANGUAGES = ["fi", "sv", "en", "ru", "th", "es", "ro"]

KINDS = [
    (
        "social-counselling",
        {
            "fi": "Sosiaalineuvonta",
            "sv": "Social rådgivning",
            "en": "Social counselling",
            "ru": "Социальная консультация",
            "th": "การให้คำปรึกษาด้านสังคม",
            "es": "Asesoramiento social",
            "ro": "Consiliere socială",
        },
        45,
        ALL_LANGUAGES,
    ),
    (
        "nurse-testing",
        {
            "fi": "Terveydenhoitaja ja seksitautitestit",
            "sv": "Hälsovårdare och test för sexuellt överförbara infektioner",
            "en": "Nurse and sexual-health testing",
            "ru": "Медсестра и тесты на ИППП",
            "th": "พยาบาลและการตรวจสุขภาพทางเพศ",
            "es": "Enfermería y pruebas de salud sexual",
            "ro": "Asistentă medicală și teste de sănătate sexuală",
        },
        30,
        ["fi", "sv", "en", "ru"],
    ),
    (
        "legal-advice",
        {
            "fi": "Oikeudellinen ja oleskeluluvan neuvonta",
            "sv": "Juridisk rådgivning och uppehållstillstånd",
            "en": "Legal and residence advice",
            "ru": "Юридическая консультация и вид на жительство",
            "th": "คำแนะนำด้านกฎหมายและใบอนุญาตพำนัก",
            "es": "Asesoría legal y de residencia",
            "ro": "Consiliere juridică și privind șederea",
        },
        60,
        ["fi", "en", "ru", "es"],
    ),
]

# (username, office slug, kind slug, mode, weekdays, from, until)
AVAILABILITY = [
    ("worker", "helsinki", "social-counselling", Mode.OFFICE, (0, 2), "10:00", "15:00"),
    ("worker", "helsinki", "nurse-testing", Mode.OFFICE, (1,), "12:00", "16:00"),
    ("worker", "helsinki", "social-counselling", Mode.PHONE, (3,), "09:00", "12:00"),
    ("worker", "helsinki", "legal-advice", Mode.CHAT, (4,), "10:00", "14:00"),
    ("worker-turku", "turku", "social-counselling", Mode.OFFICE, (1, 3), "10:00", "14:00"),
    ("worker-turku", "turku", "legal-advice", Mode.PHONE, (2,), "12:00", "16:00"),
]


def load_demo_appointments() -> int:
    """Create the kinds and availability that are missing; return how many kinds exist."""
    offices = {o.slug: o.pk for o in all_offices()}
    kinds = {}
    for slug, names, minutes, languages in KINDS:
        kinds[slug] = services.ensure_kind(
            slug=slug,
            names=names,
            length_minutes=minutes,
            office_ids=[pk for office_slug, pk in offices.items() if office_slug != "tampere"]
            if slug != "social-counselling"
            else list(offices.values()),
            languages=languages,
        )
    users = {
        u.username: u
        for u in get_user_model().objects.filter(username__in={"worker", "worker-turku"})
    }
    for username, office, kind, mode, weekdays, starts, ends in AVAILABILITY:
        if username not in users or office not in offices:
            continue
        for weekday in weekdays:
            services.publish_availability(
                worker=users[username],
                office_id=offices[office],
                kind=kinds[kind],
                mode=mode,
                weekday=weekday,
                starts=dt.time.fromisoformat(starts),
                ends=dt.time.fromisoformat(ends),
            )
    return len(kinds)
