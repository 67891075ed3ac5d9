"""Read-only queries of the public site. Offices and their hours are read through
``tukipiste.offices.selectors``."""

from __future__ import annotations

from wagtail.models import Locale

from tukipiste.website.models import NewsPage


def latest_news(*, locale: Locale, limit: int) -> list[NewsPage]:
    """The newest live articles in one language."""
    return list(
        NewsPage.objects.live().filter(locale=locale).order_by("-published_on", "-pk")[:limit]
    )
