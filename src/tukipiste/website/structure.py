"""The public site's page tree as every page's header needs it: each language's front page,
menu and office list, and the live translations of every page.

Every public page shows the menu and the language switcher, and reading them from the page
tree took ten of the front page's twenty queries. The tree changes only when an editor
publishes, moves or deletes a page, so the structure is read once per change of a page or a
site (``core.generations``, decision 0017).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from wagtail.models import Page

from tukipiste.core.generations import Generation

# Version 2: the newest news joined the structure.
TREE = Generation("site-structure", version=2)
# The newest articles kept per language for the front page, archived ones included (the
# archive's cut-off moves with the date, so it is applied when they are read).
NEWS_KEPT = 10


@dataclass(frozen=True)
class Link:
    """A live page as a link: what menus and service cards show of it."""

    pk: int
    title: str
    url: str
    slug: str
    summary: str = ""
    lead: str = ""


@dataclass(frozen=True)
class NewsLink:
    title: str
    url: str
    published_on: dt.date


@dataclass(frozen=True)
class SiteStructure:
    homes: dict[str, Link]
    menus: dict[str, tuple[Link, ...]]
    office_lists: dict[str, str]
    # Page id -> {language: URL} of that page's live translations, itself included.
    translations: dict[int, dict[str, str]]
    # Language -> its newest live articles, newest first (at most NEWS_KEPT).
    news: dict[str, tuple[NewsLink, ...]]

    def home(self, language: str) -> Link | None:
        return self.homes.get(language)

    def menu(self, language: str) -> tuple[Link, ...]:
        return self.menus.get(language, ())

    def office_list_url(self, language: str) -> str | None:
        return self.office_lists.get(language)

    def translations_of(self, page_id: int) -> dict[str, str]:
        return self.translations.get(page_id, {})

    def newest_news(self, language: str, *, since: dt.date, limit: int) -> list[NewsLink]:
        """Up to ``limit`` (at most NEWS_KEPT) of the newest articles published on or
        after ``since``."""
        return [n for n in self.news.get(language, ()) if n.published_on >= since][:limit]


def site_structure() -> SiteStructure:
    """The current structure, read from the tree only when it changed since last asked."""
    return TREE.cached(read_structure)


def read_structure() -> SiteStructure:
    """The structure as the page tree holds it now (a handful of queries)."""
    from tukipiste.website.models import HomePage, NewsPage, OfficeIndexPage

    homes: dict[str, HomePage] = {}
    for home in HomePage.objects.live().select_related("locale").order_by("path"):
        homes.setdefault(home.locale.language_code, home)
    # Every front page's menu in one reading: the live in-menu pages one level below them.
    by_path = {home.path: language for language, home in homes.items()}
    depths = {home.depth + 1 for home in homes.values()}
    items = Page.objects.live().in_menu().filter(depth__in=depths).order_by("path").specific()
    menus: dict[str, list[Link]] = {language: [] for language in homes}
    for item in items:
        language = by_path.get(item.path[: -Page.steplen])
        if language is not None:
            menus[language].append(_link(item))
    office_lists: dict[str, str] = {}
    for index in OfficeIndexPage.objects.live().select_related("locale").order_by("path"):
        office_lists.setdefault(index.locale.language_code, index.url or "/")
    groups: dict[Any, dict[str, str]] = {}
    members: dict[int, Any] = {}
    live = Page.objects.live().select_related("locale").order_by("path")
    for page in live.only("id", "path", "url_path", "translation_key", "locale"):
        url = page.url
        if url is None:
            continue
        groups.setdefault(page.translation_key, {})[page.locale.language_code] = url
        members[page.pk] = page.translation_key
    news: dict[str, list[NewsLink]] = {}
    articles = (
        NewsPage.objects.live()
        .defer("body", "summary")
        .select_related("locale")
        .order_by("-published_on", "-pk")
    )
    for article in articles:
        kept = news.setdefault(article.locale.language_code, [])
        if len(kept) < NEWS_KEPT:
            kept.append(NewsLink(article.title, article.url or "", article.published_on))
    return SiteStructure(
        homes={language: _link(home) for language, home in homes.items()},
        menus={language: tuple(links) for language, links in menus.items()},
        office_lists=office_lists,
        translations={pk: groups[key] for pk, key in members.items()},
        news={language: tuple(kept) for language, kept in news.items()},
    )


def _link(page: Page) -> Link:
    return Link(
        pk=page.pk,
        title=page.title,
        url=page.url or "",
        slug=page.slug,
        summary=str(getattr(page, "summary", None) or ""),
        lead=str(getattr(page, "lead", None) or ""),
    )


def connect_signals() -> None:
    """Follow saves and deletions of every page type and of sites, and page moves."""
    from wagtail.models import Site, get_page_models
    from wagtail.signals import post_page_move

    TREE.follow({Page, Site, *get_page_models()})
    post_page_move.connect(TREE.renew, weak=False, dispatch_uid="site-structure-move")
