"""The national project's back-office over real HTTP, per role: workers and peer workers
look up service paths, editors keep their texts, coordinators see everything, the others
are refused; and the funder's report carries the indicators."""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import closing
from typing import Any
from urllib.parse import quote

import httpx
import pytest

from tests.staff import PASSWORD, current_code, make_cast

# who: the cast member; the pages they may open (the others are refused).
ALLOWED = {
    "alice": {"paths", "path_snippets"},  # worker: reads the paths, changes none
    "peter": {"paths", "path_snippets"},  # peer worker, in the field
    "dora": {"paths", "localities", "path_snippets", "partner_snippets"},  # content editor
    "charlie": {
        "paths",
        "localities",
        "indicators",
        "duplicates",
        "partner_snippets",
        "path_snippets",
        "goal_snippets",
    },  # coordinator
    "erik": set(),  # administrator: accounts, not the project
}
PAGES = {
    "paths": "/admin/national/service-paths/?q=" + quote("Åbo"),
    "localities": "/admin/national/localities/",
    "indicators": "/admin/national/indicators/?year=2019",
    "duplicates": "/admin/national/duplicates/",
    "partner_snippets": "/admin/snippets/national/partner/",
    "path_snippets": "/admin/snippets/national/servicepath/",
    "goal_snippets": "/admin/snippets/national/goal/",
}


@pytest.fixture(scope="module")
def site(django_db_setup: None, django_db_blocker: Any) -> Iterator[dict[str, Any]]:
    from django.core.management import call_command

    from tests.staff import make_office
    from tukipiste.demo.loader import load_demo
    from tukipiste.demo.national import load_national
    from tukipiste.demo.users import load_demo_users

    with django_db_blocker.unblock():
        load_demo()
        load_demo_users()
        load_national()
        cast = make_cast()
        make_office("helsinki")
        yield cast
        call_command("flush", interactive=False, verbosity=0)


def csrf(client: httpx.Client, url: str) -> str:
    found = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', client.get(url).text)
    assert found, url
    return found.group(1)


def logged_in(server_url: str, user: Any, django_db_blocker: Any) -> closing[httpx.Client]:
    """A browser-like HTTP client through the login page and the second step."""
    client = httpx.Client(base_url=server_url, timeout=20, follow_redirects=False)
    token = csrf(client, "/admin/login/")
    response = client.post(
        "/admin/login/",
        data={"username": user.username, "password": PASSWORD, "csrfmiddlewaretoken": token},
    )
    assert response.status_code == 302, response.text[:300]
    token = csrf(client, "/admin/2fa/verify/")
    with django_db_blocker.unblock():
        from django_otp.plugins.otp_totp.models import TOTPDevice

        TOTPDevice.objects.filter(user=user).update(last_t=-1)
        code = current_code(user)
    response = client.post(
        "/admin/2fa/verify/", data={"token": code, "next": "/admin/", "csrfmiddlewaretoken": token}
    )
    assert response.status_code == 302 and response.headers["location"] == "/admin/"
    return closing(client)


def refused(response: httpx.Response) -> bool:
    return response.status_code == 403 or (
        response.status_code == 302 and response.headers["location"].startswith("/admin/")
    )


@pytest.mark.parametrize("who", sorted(ALLOWED))
def test_each_role_opens_its_pages_and_is_refused_the_others(
    site: dict[str, Any], server_url: str, django_db_blocker: Any, who: str
) -> None:
    with logged_in(server_url, site[who], django_db_blocker) as client:
        for name, path in PAGES.items():
            response = client.get(path)
            if name in ALLOWED[who]:
                assert response.status_code == 200, (who, name, response.status_code)
            else:
                assert refused(response), (who, name, response.status_code)


def test_anonymous_visitors_are_sent_to_the_login(site: dict[str, Any], server_url: str) -> None:
    for path in PAGES.values():
        response = httpx.get(server_url + path, follow_redirects=False, timeout=10)
        assert response.status_code == 302 and "/admin/login/" in response.headers["location"]


def test_a_worker_finds_how_to_refer_and_whom_to_call_in_turku(
    site: dict[str, Any], server_url: str, django_db_blocker: Any
) -> None:
    with logged_in(server_url, site["alice"], django_db_blocker) as client:
        page = client.get(PAGES["paths"]).text
        assert "Turku – Åbo" in page
        assert "Turun seksuaaliterveysklinikka" in page
        assert "ohjaus tulee Tukipisteestä" in page  # how to refer, staff only
        assert "staff only" in page or "vain henkilökunnalle" in page  # the police path
        assert "partner.example" in page  # contact persons, staff only
        one_need = client.get(PAGES["paths"] + "&need=housing").text
        assert "asumisneuvonta" in one_need and "seksuaaliterveysklinikka" not in one_need
        typo = client.get("/admin/national/service-paths/?q=Tamperre").text
        assert "Tampereen kriisikeskus" in typo
        console = client.get("/admin/chat/").text
        assert 'action="/admin/national/service-paths/"' in console and 'target="_blank"' in console
        assert 'name="need"' in console and "console_paths.js" in console


def test_the_consoles_panel_gets_the_results_alone(
    site: dict[str, Any], server_url: str, django_db_blocker: Any
) -> None:
    with logged_in(server_url, site["alice"], django_db_blocker) as client:
        panel = client.get(PAGES["paths"] + "&panel=1")
        assert panel.status_code == 200
        assert "Turun seksuaaliterveysklinikka" in panel.text
        assert "<html" not in panel.text and "<form" not in panel.text  # the results only
        assert "fi, en, ru" not in panel.text  # languages by name, not by code
        with django_db_blocker.unblock():
            from tests.staff import make_locality

            make_locality("kemi", region="lappi"), make_locality("kemijarvi", region="lappi")
        guess = client.get("/admin/national/service-paths/?q=kem&panel=1").text
        # A choice between towns: each one a link the panel follows in place.
        assert 'data-paths-q="Kemi"' in guess and 'data-paths-q="Kemijarvi"' in guess
    with logged_in(server_url, site["erik"], django_db_blocker) as client:
        assert refused(client.get(PAGES["paths"] + "&panel=1"))


def test_the_coordinator_sees_localities_with_offices_and_visits(
    site: dict[str, Any], server_url: str, django_db_blocker: Any
) -> None:
    with logged_in(server_url, site["charlie"], django_db_blocker) as client:
        page = client.get(PAGES["localities"]).text
        assert (
            "Oulu – Uleåborg" in page and "Pohjois-Pohjanmaa" in page
        ) or "North Ostrobothnia" in page
        indicators = client.get(PAGES["indicators"]).text
        assert 'data-period="2018-2020"' in indicators
        assert 'data-indicator="localities_reached"' in indicators


def test_the_funder_report_carries_the_indicators_against_the_goals(
    site: dict[str, Any], server_url: str, django_db_blocker: Any
) -> None:
    with logged_in(server_url, site["charlie"], django_db_blocker) as client:
        report = client.get("/admin/stats/report.csv?year=2019")
        assert report.status_code == 200
        text = report.content.decode("utf-8-sig")
        assert "Project indicators against the goals" in text or "Hankkeen mittarit" in text
        assert "2018–2020" in text
