"""Stored markup is inert, SQL metacharacters are plain text, and long input gets errors."""

from __future__ import annotations

from typing import Any

import pytest

from tests.staff import verified_client
from tukipiste.core.audit import log_action
from tukipiste.website.services import submit_feedback

XSS = '"><script>alert(1)</script><img src=x onerror=alert(2)>'
SQL = "' OR 1=1; DROP TABLE website_feedback; --"


def test_markup_in_every_feedback_field_is_inert_in_the_back_office(cast: dict[str, Any]) -> None:
    item = submit_feedback(category="other", message=XSS, reply_contact=XSS, language="fi")
    client = verified_client(cast["alice"])
    client.post(f"/admin/feedback/edit/{item.pk}/", {"status": "read", "staff_note": XSS})
    for path in (
        "/admin/feedback/",
        f"/admin/feedback/inspect/{item.pk}/",
        f"/admin/feedback/edit/{item.pk}/",
    ):
        html = client.get(path).content.decode()
        assert "<script>alert(1)</script>" not in html
        assert "<img src=x onerror" not in html


@pytest.mark.parametrize(
    "query",
    [
        f"/admin/feedback/?q={SQL}",
        f"/admin/feedback/?status={SQL}",
        f"/admin/feedback/?category={SQL}&language={SQL}",
        f"/admin/audit/?object_type={SQL}",
        f"/admin/audit/?actor={SQL}",
        f"/admin/audit/?at_from={SQL}&at_to=2026-13-45",
        "/admin/audit/?p=99999",
    ],
)
def test_sql_metacharacters_in_filters_never_crash(cast: dict[str, Any], query: str) -> None:
    submit_feedback(category="other", message="survives", reply_contact="", language="fi")
    client = verified_client(cast["erik"])
    response = client.get(query)
    assert response.status_code in (200, 302, 404)
    from tukipiste.website.models import Feedback

    assert Feedback.objects.filter(message="survives").exists()


def test_markup_in_audit_details_is_inert(cast: dict[str, Any]) -> None:
    log_action(
        actor=cast["alice"],
        action="website.feedback.viewed",
        object_type="website.feedback",
        detail=XSS,
    )
    html = verified_client(cast["charlie"]).get("/admin/audit/").content.decode()
    assert "<script>alert(1)</script>" not in html


def test_malformed_two_factor_code_gets_a_form_error(cast: dict[str, Any]) -> None:
    from django.test import Client

    from tests.staff import PASSWORD

    client = Client()
    client.post("/admin/login/", {"username": "alice", "password": PASSWORD})
    response = client.post("/admin/2fa/verify/", {"token": "x" * 5000})
    assert response.status_code == 400


NUL = "%00"
SURROGATE = "%ED%A0%80"  # a lone surrogate, as UTF-8 would spell it if it could


@pytest.mark.parametrize("bad", [NUL, SURROGATE])
@pytest.mark.parametrize(
    "query",
    [
        "/admin/feedback/?q={}",
        "/admin/audit/?object_type={}&action={}",
        "/admin/records/?locality={}&q={}&channel={}",
        "/admin/stats/?office={}&channel={}&year={}",
        "/admin/stats/contacts.csv?channel={}",
        "/admin/chat/messages/?q={}",
        "/admin/locked-accounts/?username={}",
    ],
)
def test_nul_and_surrogates_in_staff_filters_never_crash(
    cast: dict[str, Any], query: str, bad: str
) -> None:
    response = verified_client(cast["charlie"]).get(query.replace("{}", bad))
    assert response.status_code in (200, 302, 400, 403, 404)


@pytest.mark.parametrize("bad", [NUL, SURROGATE])
def test_nul_and_surrogates_in_a_recorded_contact_get_a_form_error(
    cast: dict[str, Any], bad: str
) -> None:
    from tukipiste.records.models import Contact

    client = verified_client(cast["alice"])
    response = client.post(
        "/admin/records/new/",
        f"channel=drop_in&people=1&locality=x{bad}&client_code=x{bad}",
        content_type="application/x-www-form-urlencoded",
    )
    assert response.status_code in (200, 302, 400)
    assert all("\x00" not in str(contact.locality) for contact in Contact.objects.all())


@pytest.mark.usefixtures("demo_site")
@pytest.mark.parametrize("bad", [NUL, SURROGATE])
@pytest.mark.parametrize("path", ["/en/feedback/", "/en/message/"])
def test_nul_and_surrogates_in_public_forms_get_a_form_error(path: str, bad: str) -> None:
    from django.test import Client

    response = Client().post(
        path,
        f"message=x{bad}y&body=x{bad}y&category=idea&topic=",
        content_type="application/x-www-form-urlencoded",
    )
    assert response.status_code in (200, 400)
    response = Client().get(f"/en/message/read/?code=AB{bad}CD")
    assert response.status_code in (200, 400, 404)
