"""The public site over real HTTP: every page type, languages, headers, privacy."""

from __future__ import annotations

import re

import httpx
import pytest

pytestmark = pytest.mark.usefixtures("demo_site_readonly")

PAGE_TYPES = {
    "home": "/{lang}/",
    "content": "/{lang}/services/",
    "chat": "/{lang}/chat/",
    "help": "/{lang}/help/",
    "offices": "/{lang}/offices/",
    "office": "/{lang}/offices/helsinki/",
    "feedback": "/{lang}/feedback/",
    "privacy": "/{lang}/privacy/",
    "community": "/{lang}/community/",
    "news_index": "/{lang}/news/",
    "news": "/{lang}/news/chat-duty-evenings/",
    "about": "/{lang}/about/",
    "principles": "/{lang}/about/principles/",
    "legislation": "/{lang}/about/legislation/",
    "stigma": "/{lang}/about/stigma/",
    "prop_up": "/{lang}/about/prop-up/",
    "contacts": "/{lang}/about/contacts/",
}
# An archived article (older than a year) may stay in the languages it was written in.
FI_SV_EN_ONLY = {
    "archived_news": "/{lang}/news/turku-unit-opens/",
}
LANGUAGES = ["fi", "sv", "en", "ru", "th", "es", "ro"]


def get(server_url: str, path: str) -> httpx.Response:
    return httpx.get(server_url + path, follow_redirects=False, timeout=10)


@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize("kind", sorted(PAGE_TYPES))
def test_every_page_exists_in_every_language(server_url: str, kind: str, lang: str) -> None:
    response = get(server_url, PAGE_TYPES[kind].format(lang=lang))
    assert response.status_code == 200
    assert f'<html lang="{lang}"' in response.text
    assert 'id="quick-exit"' in response.text


@pytest.mark.parametrize("lang", ["fi", "sv", "en"])
@pytest.mark.parametrize("kind", sorted(FI_SV_EN_ONLY))
def test_archived_news_exists_in_the_languages_it_was_written_in(
    server_url: str, kind: str, lang: str
) -> None:
    assert get(server_url, FI_SV_EN_ONLY[kind].format(lang=lang)).status_code == 200


@pytest.mark.parametrize("path", [*PAGE_TYPES.values(), *FI_SV_EN_ONLY.values()])
def test_anonymous_get_sets_no_cookie(server_url: str, path: str) -> None:
    response = get(server_url, path.format(lang="fi"))
    assert response.status_code == 200
    assert "set-cookie" not in response.headers


def test_root_redirects_to_a_language_without_a_cookie(server_url: str) -> None:
    response = get(server_url, "/")
    assert response.status_code == 302
    assert response.headers["location"] == "/fi/"
    assert "set-cookie" not in response.headers
    english = httpx.get(
        server_url + "/", headers={"Accept-Language": "en"}, timeout=10, follow_redirects=True
    )
    assert english.url.path == "/en/"


def test_security_headers_on_public_pages(server_url: str) -> None:
    headers = get(server_url, "/fi/").headers
    csp = headers["content-security-policy"]
    assert (
        "script-src 'self'" in csp
        and "unsafe-inline" not in csp.split("script-src")[1].split(";")[0]
    )
    assert "frame-ancestors 'none'" in csp
    assert headers["referrer-policy"] == "no-referrer"
    assert headers["x-content-type-options"] == "nosniff"
    assert headers["x-frame-options"] == "DENY"
    assert "server" not in headers


def test_pages_link_their_translations_with_hreflang(server_url: str) -> None:
    html = get(server_url, "/en/services/").text
    hreflangs = set(re.findall(r'<link rel="alternate" hreflang="([a-z]+)"', html))
    assert hreflangs == set(LANGUAGES)
    news = get(server_url, "/en/news/turku-unit-opens/").text
    assert set(re.findall(r'<link rel="alternate" hreflang="([a-z]+)"', news)) == {"fi", "sv", "en"}


def test_language_switcher_leads_to_the_same_page_in_another_language(server_url: str) -> None:
    html = get(server_url, "/fi/services/").text
    assert 'href="/th/services/"' in html
    assert 'href="/ro/about/stigma/"' in get(server_url, "/fi/about/stigma/").text
    # An office is a sub-page of the office list: the switcher keeps the office.
    assert 'href="/th/offices/turku/"' in get(server_url, "/ru/offices/turku/").text
    # A page without a Thai version links to the Thai front page instead of a dead end.
    assert 'href="/th/"' in get(server_url, "/fi/news/turku-unit-opens/").text


def test_the_news_list_puts_archived_articles_below_the_current_ones(server_url: str) -> None:
    html = get(server_url, "/en/news/").text
    current = html.index("/en/news/chat-duty-evenings/")
    archive = html.index('id="archive-heading"')
    assert current < archive < html.index("/en/news/turku-unit-opens/")
    assert "/ru/news/turku-unit-opens/" not in get(server_url, "/ru/news/").text


def test_interface_strings_are_translated(server_url: str) -> None:
    assert "Pikapoistuminen" in get(server_url, "/fi/").text
    assert "Quick exit" in get(server_url, "/en/").text
    thai = get(server_url, "/th/").text
    assert "Quick exit" not in thai


def test_no_page_references_another_host(server_url: str) -> None:
    for path in [*PAGE_TYPES.values(), *FI_SV_EN_ONLY.values()]:
        html = get(server_url, path.format(lang="fi")).text
        for tag in re.findall(r"<(?:script|link|img|iframe)[^>]+>", html):
            src = re.search(r'(?:src|href)="([^"]+)"', tag)
            if src and "hreflang" not in tag:
                assert src.group(1).startswith("/"), tag


def test_unknown_page_is_a_translated_404(server_url: str) -> None:
    response = get(server_url, "/en/no-such-page/")
    assert response.status_code == 404
    assert "Page not found" in response.text
    assert "set-cookie" not in response.headers


def test_office_page_shows_address_phone_map_link_and_weekly_hours(server_url: str) -> None:
    html = get(server_url, "/en/offices/helsinki/").text
    assert "Vilhonkatu 4 B 20" in html
    assert 'href="tel:+358400001010"' in html
    assert "https://www.openstreetmap.org/?mlat=60.17187" in html
    assert "Drop-in" in html and "Chat duty" in html
    assert re.search(r"Open now|Closed now", html)


def test_every_asset_a_page_references_is_served(server_url: str) -> None:
    html = get(server_url, "/fi/").text
    assets = re.findall(r'(?:src|href)="(/static/[^"]+)"', html)
    assert len(assets) >= 3
    for asset in assets:
        assert get(server_url, asset).status_code == 200, asset


# Where the demo prose names another page, it links it (in every language).
IN_TEXT_LINKS = {
    "/{lang}/services/": ["/{lang}/chat/", "/{lang}/community/"],
    "/{lang}/community/": ["/{lang}/about/contacts/"],
    "/{lang}/about/prop-up/": ["/{lang}/about/contacts/"],
    "/{lang}/news/chat-duty-evenings/": ["/{lang}/chat/"],
}


@pytest.mark.parametrize("lang", LANGUAGES)
def test_in_text_references_to_other_pages_are_links(server_url: str, lang: str) -> None:
    for page, targets in IN_TEXT_LINKS.items():
        html = get(server_url, page.format(lang=lang)).text
        for target in targets:
            href = target.format(lang=lang)
            # Inside a paragraph of the text, not only the menu.
            assert re.search(rf'<p>(?:(?!</p>).)*<a href="{href}">', html, re.S), (page, href)
            assert get(server_url, href).status_code == 200, href
