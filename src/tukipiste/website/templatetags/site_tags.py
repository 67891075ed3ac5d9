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
from tukipiste.website.structure import Link, SiteStructure, site_structure

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


def _structure(context: dict[str, Any]) -> SiteStructure:
    """The site's structure, read once per request (base.html asks for it several times)."""
    request = context.get("request")
    if request is None:
        return site_structure()
    if not hasattr(request, "_site_structure"):
        request._site_structure = site_structure()
    return request._site_structure


def _language() -> str:
    return get_language() or settings.LANGUAGE_CODE


@register.simple_tag(takes_context=True)
def main_menu(context: dict[str, Any]) -> tuple[Link, ...]:
    """The live menu pages of the current language's home page."""
    return _structure(context).menu(_language())


@register.simple_tag(takes_context=True)
def home_url(context: dict[str, Any]) -> str:
    home = _structure(context).home(_language())
    return home.url if home else "/"


@register.simple_tag(takes_context=True)
def language_alternates(context: dict[str, Any]) -> list[dict[str, Any]]:
    """For each site language: the same page in that language, else that language's home.

    ``exact`` tells whether the link is a translation of this page (used for hreflang).
    """
    request = context["request"]
    page = context.get("page")
    current = get_language()
    structure = _structure(context)
    translations: dict[str, str] = {}
    if isinstance(page, Page):
        translations = structure.translations_of(page.pk)
        # A routable page (the office list) keeps its sub-page (one office) in the link.
        own = translations.get(current or "")
        if hasattr(page, "reverse_subpage") and own and request.path.startswith(own):
            suffix = request.path[len(own) :]
            translations = {code: url + suffix for code, url in translations.items()}
    alternates: list[dict[str, Any]] = []
    for code, name in settings.LANGUAGES:
        if page is not None:
            url = translations.get(code)
            exact = url is not None
        else:
            url = translate_url(request.path, code)
            exact = url != request.path or code == current
        if not url:
            home = structure.home(code)
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
    return _structure(context).office_list_url(_language()) or "/"
