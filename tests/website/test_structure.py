"""The site's structure (menus, front pages, translations) read once per change of the tree."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from django.core.cache import cache
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from wagtail.models import Page

from tests.cache import clear_cache
from tukipiste.website.models import ContentPage, HomePage, NewsIndexPage, NewsPage
from tukipiste.website.structure import TREE, site_structure

pytestmark = pytest.mark.django_db


@pytest.fixture
def demo(db: None) -> None:
    from tukipiste.demo.loader import load_demo

    load_demo()
    clear_cache()


def _client() -> Client:
    return Client(HTTP_HOST="localhost")


def _menu_titles(language: str) -> list[str]:
    return [link.title for link in site_structure().menu(language)]


def test_menus_homes_and_office_lists_follow_the_tree(demo: None) -> None:
    structure = site_structure()
    for language in ("fi", "sv", "en", "ru", "th", "es", "ro"):
        home = HomePage.objects.get(locale__language_code=language)
        assert structure.home(language).url == home.url  # type: ignore[union-attr]
        expected = list(home.get_children().live().in_menu().values_list("title", flat=True))
        assert _menu_titles(language) == expected
        assert structure.office_list_url(language).startswith(f"/{language}/")  # type: ignore[union-attr]


def test_translations_group_the_live_pages_of_one_translation_key(demo: None) -> None:
    page = ContentPage.objects.get(locale__language_code="fi", slug="help")
    urls = site_structure().translations_of(page.pk)
    expected = {p.locale.language_code: p.url for p in page.get_translations(inclusive=True)}
    assert urls == expected
    assert len(urls) == 7


def test_a_published_change_reaches_the_next_request_without_a_stale_menu(demo: None) -> None:
    assert "Apua nyt" not in _client().get("/fi/").content.decode()
    page = ContentPage.objects.get(locale__language_code="fi", slug="help")
    page.title = "Apua nyt"
    page.save_revision().publish()
    assert "Apua nyt" in _menu_titles("fi")
    html = _client().get("/fi/").content.decode()
    assert ">Apua nyt</a>" in html


def test_an_unpublished_page_leaves_the_menu_and_the_language_switcher(demo: None) -> None:
    page = ContentPage.objects.get(locale__language_code="ro", slug="help")
    finnish = page.get_translation(page.locale.__class__.objects.get(language_code="fi"))
    assert "ro" in site_structure().translations_of(finnish.pk)
    page.unpublish()
    assert page.title not in _menu_titles("ro")
    assert "ro" not in site_structure().translations_of(finnish.pk)
    # The switcher on the Finnish page now leads to the Romanian front page instead.
    html = _client().get(finnish.url).content.decode()
    assert 'href="/ro/" lang="ro"' in html


def test_a_moved_or_deleted_page_is_followed(demo: None) -> None:
    home = HomePage.objects.get(locale__language_code="en")
    page = ContentPage.objects.get(locale__language_code="en", slug="help")
    sibling = next(link for link in site_structure().menu("en") if link.slug != "help")
    other = Page.objects.get(pk=sibling.pk)
    page.move(other, pos="last-child")
    assert "help" not in [link.slug for link in site_structure().menu("en")]
    moved = Page.objects.get(pk=page.pk)
    assert site_structure().translations_of(page.pk)["en"] == moved.url
    moved.delete()
    assert page.pk not in site_structure().translations
    assert home.pk == site_structure().home("en").pk  # type: ignore[union-attr]


def _front_page_news(language: str) -> str:
    html = _client().get(f"/{language}/").content.decode()
    start = html.find('id="news-heading"')
    return html[start : html.index("</section>", start)] if start >= 0 else ""


def test_the_front_page_lists_the_newest_current_news_of_its_language(demo: None) -> None:
    today = timezone.localdate()
    index = NewsIndexPage.objects.get(locale__language_code="fi")
    article = index.add_child(
        instance=NewsPage(
            title="Päivystys jatkuu pyhinä",
            slug="paivystys-pyhina",
            published_on=today,
            summary="Lyhyesti",
            body="<p>Teksti</p>",
        )
    )
    shown = _front_page_news("fi")
    assert "Päivystys jatkuu pyhinä" in shown
    assert shown.count("<li>") <= 3  # the newest three at most, this one first
    assert shown.index("Päivystys jatkuu pyhinä") < shown.index("</li>")
    assert "Päivystys jatkuu pyhinä" not in _front_page_news("sv")

    # Moved back past the archive's cut-off, it is no longer current news.
    article.published_on = today - dt.timedelta(days=400)
    article.save_revision().publish()
    assert "Päivystys jatkuu pyhinä" not in _front_page_news("fi")

    article.published_on = today
    article.save_revision().publish()
    assert "Päivystys jatkuu pyhinä" in _front_page_news("fi")
    article.unpublish()
    assert "Päivystys jatkuu pyhinä" not in _front_page_news("fi")


def test_the_structure_is_read_once_until_the_tree_changes(
    demo: None, django_assert_num_queries: Any
) -> None:
    site_structure()
    with django_assert_num_queries(0):
        site_structure()
    cache.delete(TREE.key)  # a cache that lost its keys reads the tree again
    with CaptureQueriesContext(connection) as reading:
        site_structure()
    assert 0 < len(reading.captured_queries) <= 12


def test_the_front_page_reads_little_from_the_database(
    demo: None, django_assert_max_num_queries: Any
) -> None:
    _client().get("/fi/")
    # Site, locale, route, aliases, view restrictions, page locale, the offices' hours.
    with django_assert_max_num_queries(9):
        response = _client().get("/fi/")
    assert response.status_code == 200
