"""The site's panels on the staff home and the language-coverage report, per role."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
import time_machine
from django.conf import settings
from wagtail.models import Locale, Page

from tests.staff import verified_client, wagtail_root
from tukipiste.website.models import ContentPage, Feedback, HomePage, SingleLanguagePage

pytestmark = pytest.mark.django_db
NOW = dt.datetime(2026, 11, 30, 10, 0, tzinfo=dt.UTC)


def _site_with_a_finnish_only_page() -> ContentPage:
    root = wagtail_root()
    Page.objects.filter(depth=2).delete()
    first = None
    for code, _ in settings.LANGUAGES:
        home = HomePage(
            title=f"Home {code}",
            slug=f"home-{code}",
            lead="Welcome",
            locale=Locale.objects.get_or_create(language_code=code)[0],
        )
        if first is not None:
            home.translation_key = first.translation_key
        root.add_child(instance=home)
        home.save_revision().publish()
        first = first or home
    page = ContentPage(
        title="Vain suomeksi", slug="vain", body="[]", locale=Locale.objects.get(language_code="fi")
    )
    Page.objects.get(slug="home-fi").add_child(instance=page)
    page.save_revision().publish()
    return page


@time_machine.travel(NOW, tick=False)
def test_an_editor_sees_pages_lacking_a_language_and_drafts(cast: dict[str, Any]) -> None:
    page = _site_with_a_finnish_only_page()
    page.title = "Vain suomeksi, luonnos"
    page.save_revision()
    html = verified_client(cast["dora"]).get("/admin/").content.decode()
    assert 'id="home-language-gaps"' in html
    assert "Vain suomeksi" in html and "Svenska, English, Русский, ไทย, Español, Română" in html
    assert 'id="home-drafts"' in html
    assert 'id="home-feedback"' not in html  # editors do not handle feedback


@time_machine.travel(NOW, tick=False)
def test_a_worker_sees_no_content_panels_nor_wagtails_stock_ones(cast: dict[str, Any]) -> None:
    _site_with_a_finnish_only_page()
    html = verified_client(cast["alice"]).get("/admin/").content.decode()
    assert 'id="home-language-gaps"' not in html and 'id="home-drafts"' not in html
    assert "<h1" in html and "Tukipiste" in html


def test_wagtails_page_panels_stay_for_editors_and_go_for_others(cast: dict[str, Any]) -> None:
    from django.test import RequestFactory
    from wagtail.admin.views.home import LockedPagesPanel, RecentEditsPanel

    from tukipiste.core.wagtail_hooks import keep_stock_panels_for_page_editors_only

    for user, kept in [(cast["alice"], 0), (cast["charlie"], 0), (cast["dora"], 2)]:
        request = RequestFactory().get("/admin/")
        request.user = user
        panels = [RecentEditsPanel(), LockedPagesPanel()]
        keep_stock_panels_for_page_editors_only(request, panels)
        assert len(panels) == kept, user.username


@time_machine.travel(NOW, tick=False)
def test_a_coordinator_sees_how_much_feedback_is_unread(cast: dict[str, Any]) -> None:
    Feedback.objects.create(category="idea", message="More evening hours", language="en")
    Feedback.objects.create(category="praise", message="Thanks", language="fi", status="answered")
    html = verified_client(cast["charlie"]).get("/admin/").content.decode()
    assert 'id="home-feedback"' in html
    assert '<p class="tp-figure">1</p>' in html


@time_machine.travel(NOW, tick=False)
def test_the_language_report_is_for_editors_only(cast: dict[str, Any]) -> None:
    page = _site_with_a_finnish_only_page()
    assert verified_client(cast["alice"]).get("/admin/languages/").status_code in (302, 403)
    report = verified_client(cast["dora"]).get("/admin/languages/")
    assert report.status_code == 200
    assert "Vain suomeksi" in report.content.decode()
    SingleLanguagePage.objects.create(page=page, reason="Only for Finnish partners")
    html = verified_client(cast["dora"]).get("/admin/languages/").content.decode()
    assert "Jokainen sivu on olemassa kaikilla kielillä." in html  # the back-office is in Finnish
    assert "Only for Finnish partners" in html
