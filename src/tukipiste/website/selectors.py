"""Read-only queries of the public site. Offices and their hours are read through
``tukipiste.offices.selectors``."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass

from django.conf import settings
from django.utils import timezone
from wagtail.models import Page

from tukipiste.website.models import NewsPage, SingleLanguagePage
from tukipiste.website.structure import NewsLink, site_structure

# An article older than this is archived: listed below the current ones and no longer
# expected in every language.
NEWS_CURRENT_DAYS = 365


def news_archive_date(*, today: dt.date | None = None) -> dt.date:
    """Articles published before this date are archived."""
    return (today or timezone.localdate()) - dt.timedelta(days=NEWS_CURRENT_DAYS)


def latest_news(*, language: str, limit: int) -> list[NewsLink]:
    """The newest live current (not archived) articles in one language (at most
    ``structure.NEWS_KEPT``), from the site's structure: read once per change of a page."""
    return site_structure().newest_news(language, since=news_archive_date(), limit=limit)


@dataclass(frozen=True)
class LanguageGap:
    """A page that exists in some site languages but not in ``missing``."""

    page_id: int
    title: str
    url_path: str
    missing: tuple[str, ...]


def pages_missing_languages() -> list[LanguageGap]:
    """Live pages lacking a site language, leaving out pages editors marked as single-language
    and archived news; shown in the site's tree order, each by its default-language version
    when there is one."""
    languages = [code for code, _ in settings.LANGUAGES]
    exempt_keys = set(SingleLanguagePage.objects.values_list("page__translation_key", flat=True))
    archived_keys = set(
        NewsPage.objects.filter(published_on__lt=news_archive_date()).values_list(
            "translation_key", flat=True
        )
    )
    rows = (
        Page.objects.live()
        .filter(depth__gt=1)
        .order_by("path")
        .values_list("pk", "title", "url_path", "translation_key", "locale__language_code")
    )
    present: dict[object, set[str]] = defaultdict(set)
    shown: dict[object, tuple[int, str, str, str]] = {}
    for pk, title, url_path, key, code in rows:
        if key in exempt_keys or key in archived_keys:
            continue
        present[key].add(code)
        if key not in shown or code == settings.LANGUAGE_CODE:
            shown[key] = (pk, title, url_path, code)
    gaps = []
    for key, codes in present.items():
        missing = tuple(code for code in languages if code not in codes)
        if missing:
            pk, title, url_path, _code = shown[key]
            gaps.append(LanguageGap(page_id=pk, title=title, url_path=url_path, missing=missing))
    return gaps
