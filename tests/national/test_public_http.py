"""“Help in your town” over real HTTP: every language, typos, no cookie, nothing kept."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from typing import Any
from urllib.parse import quote

import httpx
import pytest

from tukipiste.demo.national import TEXTS
from tukipiste.national.choices import Need

LANGUAGES = ["fi", "sv", "en", "ru", "th", "es", "ro"]
PAGE = "/{lang}/help-in-your-town/"


@pytest.fixture(scope="module")
def national_site(django_db_setup: None, django_db_blocker: Any) -> Iterator[None]:
    """The demo site with its staff and the national project's partners and paths."""
    from django.core.management import call_command

    from tukipiste.demo.loader import load_demo
    from tukipiste.demo.national import load_national
    from tukipiste.demo.users import load_demo_users

    with django_db_blocker.unblock():
        load_demo()
        load_demo_users()
        load_national()
        yield
        call_command("flush", interactive=False, verbosity=0)


pytestmark = pytest.mark.usefixtures("national_site")


RUSSIAN_IN = {
    "fi": "venäjä",
    "sv": "ryska",
    "en": "Russian",
    "ru": "русский",
    "th": "รัสเซีย",
    "es": "ruso",
    "ro": "rusă",
}


def get(server_url: str, path: str) -> httpx.Response:
    return httpx.get(server_url + path, follow_redirects=False, timeout=10)


@pytest.mark.parametrize("lang", LANGUAGES)
def test_a_client_typing_abo_sees_turkus_public_paths_in_their_language(
    server_url: str, lang: str
) -> None:
    response = get(server_url, PAGE.format(lang=lang) + "?q=" + quote("Åbo"))
    assert response.status_code == 200
    page = response.text
    assert f'<html lang="{lang}"' in page
    assert TEXTS[Need.SEXUAL_HEALTH]["service"][lang] in page
    assert TEXTS[Need.SEXUAL_HEALTH]["description"][lang][:30] in page
    assert TEXTS[Need.VIOLENCE]["hours"][lang] in page
    assert "Turun seksuaaliterveysklinikka" in page  # the service's own name, to find it
    assert "Vain asiakkaan pyynnöstä" not in page  # staff-only paths and notes stay staff-only
    assert "partner.example" not in page  # partners' contact persons never reach the site
    assert "+358 50 000 4" not in page
    assert 'id="quick-exit"' in page
    assert "/appointments/" in page and f"/{lang}/chat/" in page  # reach us from afar
    assert 'value="Åbo"' in page  # what they typed stays in the field
    # The languages a service speaks, named as the reader's language writes them in a list.
    assert RUSSIAN_IN[lang] in page
    assert "set-cookie" not in response.headers
    assert "no-store" in response.headers["cache-control"]
    assert "private" in response.headers["cache-control"]


@pytest.mark.parametrize("typed", ["turku", "TURKU", "Turkku", "abo", "Åbo "])
def test_typos_and_either_language_find_turku(server_url: str, typed: str) -> None:
    page = get(server_url, "/en/help-in-your-town/?q=" + quote(typed)).text
    assert "Help in Turku" in page


@pytest.mark.parametrize(
    ("typed", "town"),
    [
        ("Tamperre", "Tampere"),
        ("Tammerfors", "Tampere"),
        ("uleaborg", "Oulu"),
        ("jyvaskyla", "Jyväskylä"),
    ],
)
def test_other_towns_are_found_with_typos_too(server_url: str, typed: str, town: str) -> None:
    assert f"Help in {town}" in get(server_url, "/en/help-in-your-town/?q=" + quote(typed)).text


def test_swedish_readers_see_the_swedish_name(server_url: str) -> None:
    assert "Hjälp i Åbo" in get(server_url, "/sv/help-in-your-town/?q=turku").text


def test_an_unknown_town_gets_a_clear_answer_and_the_ways_to_reach_us(server_url: str) -> None:
    response = get(server_url, "/en/help-in-your-town/?q=Xyzzyville")
    assert response.status_code == 200
    assert "We did not find a town called “Xyzzyville”" in response.text
    assert 'value="Xyzzyville"' in response.text
    assert "Reach us from anywhere in Finland" in response.text


def test_too_long_a_query_is_refused_in_the_readers_language_and_kept(server_url: str) -> None:
    typed = "Turku" * 30
    response = get(server_url, "/fi/help-in-your-town/?q=" + typed)
    assert response.status_code == 400
    assert 'aria-invalid="true"' in response.text
    assert f'value="{typed}"' in response.text
    assert "set-cookie" not in response.headers


def test_a_short_beginning_offers_the_towns_it_may_mean(server_url: str) -> None:
    page = get(server_url, "/en/help-in-your-town/?q=jo").text  # too short to guess
    assert "We did not find" in page
    page = get(server_url, "/en/help-in-your-town/?q=joe").text
    assert "Help in Joensuu" in page


@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_page_without_a_search_lists_the_towns_and_sets_no_cookie(
    server_url: str, lang: str
) -> None:
    response = get(server_url, PAGE.format(lang=lang))
    assert response.status_code == 200
    assert "set-cookie" not in response.headers
    assert "/help-in-your-town/turku/" in response.text
    assert 'method="get"' in response.text


def test_a_picked_town_has_a_page_and_an_unknown_one_is_404(server_url: str) -> None:
    assert "Help in Oulu" in get(server_url, "/en/help-in-your-town/oulu/").text
    assert get(server_url, "/en/help-in-your-town/atlantis/").status_code == 404


def test_the_site_links_to_it_from_every_page(server_url: str) -> None:
    assert "/fi/help-in-your-town/" in get(server_url, "/fi/").text


def test_post_is_not_a_way_in(server_url: str) -> None:
    response = httpx.post(server_url + "/en/help-in-your-town/", data={"q": "Turku"}, timeout=10)
    assert response.status_code in (403, 405)  # the CSRF guard or the method check
    assert "Turku" not in response.text


def test_the_typed_town_reaches_no_log_and_no_database_row(
    server_url: str, caplog: pytest.LogCaptureFixture
) -> None:
    from django.db import connection

    marker = "Tamperreqzx"
    with caplog.at_level(logging.DEBUG):
        response = get(server_url, "/fi/help-in-your-town/?q=" + marker)
    assert response.status_code == 200
    access = [r.getMessage() for r in caplog.records if r.name == "tukipiste.access"]
    assert any("/fi/help-in-your-town/" in line for line in access), access
    # Everything the server logged (the test's own HTTP client logs the URL it asked for).
    assert not any(marker in r.getMessage() for r in caplog.records if r.name != "httpx")
    with connection.cursor() as cursor:
        cursor.execute("SELECT detail FROM core_auditentry")
        assert not any(marker in (row[0] or "") for row in cursor.fetchall())
