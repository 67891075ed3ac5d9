"""Every page exists in every site language, unless editors marked it or it is archived news."""

from __future__ import annotations

import datetime as dt

import pytest
import time_machine
from django.conf import settings
from wagtail.models import Locale, Page

from tests.staff import wagtail_root
from tukipiste.demo.loader import load_demo
from tukipiste.website.models import ContentPage, HomePage, SingleLanguagePage
from tukipiste.website.selectors import pages_missing_languages

pytestmark = pytest.mark.django_db
TODAY = dt.datetime(2026, 11, 30, 10, 0, tzinfo=dt.UTC)


@time_machine.travel(TODAY, tick=False)
def test_every_demo_page_and_current_article_exists_in_every_language() -> None:
    load_demo()
    assert pages_missing_languages() == []
    languages = {code for code, _ in settings.LANGUAGES}
    for slug in ["community", "about", "principles", "legislation", "stigma", "contacts"]:
        codes = set(Page.objects.filter(slug=slug).values_list("locale__language_code", flat=True))
        assert codes == languages, slug
    # An article more than a year old is archived: it may stay in the languages it has.
    with time_machine.travel(dt.datetime(2017, 1, 1, tzinfo=dt.UTC), tick=False):
        gaps = pages_missing_languages()
    assert [(g.url_path.rstrip("/").rsplit("/", 1)[-1], g.missing) for g in gaps] == [
        ("turku-unit-opens", ("ru", "th", "es", "ro"))
    ]


def _homes_in_every_language() -> None:
    """A front page per language, linked as translations (as the demo's, without the rest)."""
    root = wagtail_root()
    Page.objects.filter(depth=2).delete()  # Wagtail's placeholder "Welcome" page
    finnish = None
    for code, _ in settings.LANGUAGES:
        locale = Locale.objects.get_or_create(language_code=code)[0]
        home = HomePage(title=f"Home {code}", slug=f"home-{code}", lead="Welcome", locale=locale)
        if finnish is not None:
            home.translation_key = finnish.translation_key
        root.add_child(instance=home)
        home.save_revision().publish()
        finnish = finnish or home


def _add_finnish_only_page() -> ContentPage:
    _homes_in_every_language()
    home = Page.objects.get(slug="home-fi")
    page = ContentPage(
        title="Vain suomeksi",
        slug="vain-suomeksi",
        body="[]",
        locale=Locale.objects.get(language_code="fi"),
    )
    home.add_child(instance=page)
    page.save_revision().publish()
    return page


@time_machine.travel(TODAY, tick=False)
def test_a_page_lacking_languages_is_reported_with_the_languages_it_lacks() -> None:
    page = _add_finnish_only_page()
    [gap] = pages_missing_languages()
    assert gap.page_id == page.pk
    assert gap.missing == ("sv", "en", "ru", "th", "es", "ro")


@time_machine.travel(TODAY, tick=False)
def test_a_page_editors_marked_as_single_language_is_not_reported() -> None:
    page = _add_finnish_only_page()
    SingleLanguagePage.objects.create(page=page, reason="Only for Finnish partners")
    assert pages_missing_languages() == []
