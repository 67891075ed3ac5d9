"""Template tags of the public site: menu, language alternates, time formatting."""

from __future__ import annotations

import datetime as dt
from typing import Any

from django import template
from django.conf import settings
from django.urls import translate_url
from django.utils import formats
from django.utils.translation import get_language
from wagtail.models import Page

from tukipiste.offices import hours
from tukipiste.website.models import HomePage

register = template.Library()


# A weekday and a day of the month, as each language writes it mid-sentence (weekday names
# come lowercase from Django's catalogues where the language wants them so).
DAY_FORMATS = {
    "fi": "l j.n.",
    "sv": "l j.n.",
    "en": "l j F",
    "ru": "l, j E",
    "th": "lที่ j F",
    "es": r"l j \d\e F",
    "ro": "l, j F",
}


# Weekday and month names are written lowercase mid-sentence in these languages; Django's
# Finnish catalogue capitalises them.
LOWERCASE_DAY_NAMES = {"fi", "sv", "ru", "es", "ro"}


def _per_request(context: dict[str, Any], key: str, compute: Any) -> Any:
    """Memoise a look-up on the request: base.html asks for the home page and the office
    list's URL several times per page, and each answer is the same within one request."""
    request = context.get("request")
    if request is None:
        return compute()
    memo: dict[str, Any] = request.__dict__.setdefault("_site_tags_memo", {})
    if key not in memo:
        memo[key] = compute()
    return memo[key]


def _home(language: str) -> HomePage | None:
    return HomePage.objects.live().filter(locale__language_code=language).first()


def _current_home(context: dict[str, Any]) -> HomePage | None:
    language = get_language() or settings.LANGUAGE_CODE
    return _per_request(context, f"home:{language}", lambda: _home(language))


@register.simple_tag(takes_context=True)
def main_menu(context: dict[str, Any]) -> list[Page]:
    """The live menu pages of the current language's home page."""
    home = _current_home(context)
    if home is None:
        return []
    return _per_request(
        context, f"menu:{home.pk}", lambda: list(home.get_children().live().in_menu())
    )


@register.simple_tag(takes_context=True)
def home_url(context: dict[str, Any]) -> str:
    home = _current_home(context)
    return home.url if home else "/"


@register.simple_tag(takes_context=True)
def language_alternates(context: dict[str, Any]) -> list[dict[str, Any]]:
    """For each site language: the same page in that language, else that language's home.

    ``exact`` tells whether the link is a translation of this page (used for hreflang).
    """
    request = context["request"]
    page = context.get("page")
    current = get_language()
    alternates: list[dict[str, Any]] = []
    translations: dict[str, str] = {}
    if isinstance(page, Page):
        # A routable page (the office list) keeps its sub-page (one office) in the link.
        suffix = ""
        if hasattr(page, "reverse_subpage") and page.url and request.path.startswith(page.url):
            suffix = request.path[len(page.url) :]
        for translation in page.get_translations(inclusive=True).live().select_related("locale"):
            translations[translation.locale.language_code] = translation.url + suffix
    # Every language's front page in one query, for languages this page is missing in.
    homes = {h.locale.language_code: h for h in HomePage.objects.live().select_related("locale")}
    for code, name in settings.LANGUAGES:
        if page is not None:
            url = translations.get(code)
            exact = url is not None
        else:
            url = translate_url(request.path, code)
            exact = url != request.path or code == current
        if not url:
            home = homes.get(code)
            url = home.url if home else f"/{code}/"
        alternates.append(
            {"code": code, "name": name, "url": url, "exact": exact, "current": code == current}
        )
    return alternates


@register.filter
def local_time(value: dt.datetime | dt.time | None) -> str:
    """Format a time as Helsinki wall-clock time in the current language."""
    if value is None:
        return ""
    if isinstance(value, dt.datetime):
        value = value.astimezone(hours.HELSINKI).time()
    return formats.time_format(value, "TIME_FORMAT")


@register.filter
def local_date(value: dt.datetime | dt.date | None) -> str:
    """Format a date (or the date of a moment in Helsinki) in the current language."""
    if value is None:
        return ""
    if isinstance(value, dt.datetime):
        value = value.astimezone(hours.HELSINKI).date()
    language = get_language() or ""
    text = formats.date_format(value, DAY_FORMATS.get(language, "l j.n."))
    return text.lower() if language in LOWERCASE_DAY_NAMES else text


@register.filter
def relative_day(value: dt.datetime) -> str:
    """'today', 'tomorrow' or the date, for a moment in Helsinki time."""
    from django.utils import timezone
    from django.utils.translation import gettext

    day = value.astimezone(hours.HELSINKI).date()
    today = timezone.now().astimezone(hours.HELSINKI).date()
    if day == today:
        return gettext("today")
    if day == today + dt.timedelta(days=1):
        return gettext("tomorrow")
    return local_date(value)


@register.simple_tag(takes_context=True)
def offices_base_url(context: dict[str, Any]) -> str:
    """URL of the current language's office list (ends with a slash)."""
    from tukipiste.website.models import OfficeIndexPage

    language = get_language() or settings.LANGUAGE_CODE

    def find() -> str:
        index = OfficeIndexPage.objects.live().filter(locale__language_code=language).first()
        return index.url if index else "/"

    return _per_request(context, f"offices:{language}", find)
