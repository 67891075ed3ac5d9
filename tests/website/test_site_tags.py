"""Time formatting of the public pages, in Helsinki time."""

from __future__ import annotations

import datetime as dt

import time_machine
from django.utils import translation

from tukipiste.website.templatetags.site_tags import local_date, local_time, relative_day

UTC = dt.UTC


@time_machine.travel(dt.datetime(2026, 11, 25, 21, 30, tzinfo=UTC), tick=False)
def test_relative_day_uses_the_helsinki_calendar_not_utc() -> None:
    # 21:30 UTC is 23:30 in Helsinki on the 25th; 22:30 UTC is already the 26th there.
    with translation.override("en"):
        assert relative_day(dt.datetime(2026, 11, 25, 21, 45, tzinfo=UTC)) == "today"
        assert relative_day(dt.datetime(2026, 11, 25, 22, 30, tzinfo=UTC)) == "tomorrow"
        assert relative_day(dt.datetime(2026, 11, 28, 10, 0, tzinfo=UTC)) == "Saturday 28 November"
    with translation.override("fi"):
        assert relative_day(dt.datetime(2026, 11, 28, 10, 0, tzinfo=UTC)) == "lauantai 28.11."


def test_local_time_shows_helsinki_wall_clock_in_summer_and_winter() -> None:
    with translation.override("en"):
        assert local_time(dt.datetime(2026, 7, 1, 9, 0, tzinfo=UTC)) == "12:00"
        assert local_time(dt.datetime(2026, 1, 1, 9, 0, tzinfo=UTC)) == "11:00"


def test_times_and_dates_follow_each_languages_conventions() -> None:
    moment = dt.datetime(2026, 11, 30, 10, 0, tzinfo=UTC)  # Monday, 12.00 in Helsinki
    expected = {
        "fi": ("12.00", "maanantai 30.11."),
        "sv": ("12.00", "måndag 30.11."),
        "en": ("12:00", "Monday 30 November"),
        "ru": ("12:00", "понедельник, 30 ноября"),
        "th": ("12.00 น.", "วันจันทร์ที่ 30 พฤศจิกายน"),
        "es": ("12:00", "lunes 30 de noviembre"),
        "ro": ("12:00", "luni, 30 noiembrie"),
    }
    for language, (time, day) in expected.items():
        with translation.override(language):
            assert (local_time(moment), local_date(moment)) == (time, day), language
