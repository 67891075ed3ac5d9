"""Back-office views of outreach, per role: log (plain post and the draft's JSON send),
list with filters, detail, correction, the forums' summary; bad input keeps what was
typed; editors are refused everywhere."""

from __future__ import annotations

import datetime as dt
import uuid
from typing import Any

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from tests.outreach.conftest import english, form_data, log
from tests.staff import verified_client
from tukipiste.core.models import AuditEntry
from tukipiste.outreach.models import Forum, OutreachSession
from tukipiste.records.models import Contact

pytestmark = pytest.mark.django_db
NEW = "/admin/outreach/new/"


def refused(response: Any) -> bool:
    """Wagtail answers a refused admin view with a redirect to the dashboard."""
    return response.status_code == 403 or (
        response.status_code == 302 and response["Location"] == "/admin/"
    )


@pytest.fixture(autouse=True)
def _english(cast: dict[str, Any]) -> None:
    english(*cast.values())


@pytest.mark.parametrize(
    ("who", "allowed"),
    [("alice", True), ("peter", True), ("charlie", True), ("dora", False), ("erik", False)],
)
def test_logging_and_the_list_are_for_workers_peers_and_coordinators(
    cast: dict[str, Any], who: str, allowed: bool
) -> None:
    client = verified_client(cast[who])
    for url in (NEW, "/admin/outreach/"):
        response = client.get(url)
        assert (response.status_code == 200) if allowed else refused(response), url


@pytest.mark.parametrize(
    ("who", "allowed"), [("alice", False), ("peter", False), ("charlie", True), ("dora", False)]
)
def test_the_forum_summary_is_for_coordinators(
    cast: dict[str, Any], who: str, allowed: bool
) -> None:
    response = verified_client(cast[who]).get("/admin/outreach/forums/")
    assert (response.status_code == 200) if allowed else refused(response)


def test_anonymous_visitors_are_sent_to_the_login(client: Any) -> None:
    response = client.get(NEW)
    assert response.status_code == 302 and "/admin/login/" in response["Location"]


def test_a_worker_logs_street_work_with_a_plain_post(
    cast: dict[str, Any], lists: dict[str, Any]
) -> None:
    alice = verified_client(cast["alice"])
    page = alice.get(NEW).content.decode()
    assert 'name="idempotency_key"' in page and "data-stepper" in page
    data = form_data(lists, workers=[str(cast["alice"].pk), str(cast["peter"].pk)])
    response = alice.post(NEW, data)
    assert response.status_code == 302
    session = OutreachSession.objects.get()
    assert response["Location"] == f"/admin/outreach/{session.pk}/"
    assert session.recorded_by == cast["alice"] and session.people_reached == 20
    assert set(session.workers.all()) == {cast["alice"], cast["peter"]}
    assert Contact.objects.filter(channel="outreach_outdoor").count() == 4
    detail = alice.get(response["Location"]).content.decode()
    assert "Rautatientori" in detail and "Outreach session saved." in detail
    assert f'data-saved-key="{session.idempotency_key}"' in detail
    first = session.contact_links.order_by("pk").first()
    assert first is not None
    assert f"/admin/records/{first.contact_id}/?next=/admin/outreach/{session.pk}/" in detail
    # The same form sent again (a double tap, a resend) shows the same session.
    again = alice.post(NEW, data)
    assert again["Location"] == response["Location"]
    assert OutreachSession.objects.count() == 1 and Contact.objects.count() == 4


def test_the_drafts_send_gets_json_and_a_resend_the_same_session(
    cast: dict[str, Any], lists: dict[str, Any]
) -> None:
    peter = verified_client(cast["peter"])
    data = form_data(lists, office="")
    first = peter.post(NEW, data, headers={"X-Outreach-Draft": "1"})
    second = peter.post(NEW, data, headers={"X-Outreach-Draft": "1"})
    assert (first.status_code, second.status_code) == (201, 200)
    assert first.json()["url"] == second.json()["url"]
    assert OutreachSession.objects.count() == 1 and Contact.objects.count() == 4


@pytest.mark.parametrize(
    ("overrides", "field", "message"),
    [
        ({"end_time": "18:00"}, "end_time", "The session ends before it starts."),
        ({"people_reached": "-3"}, "people_reached", "A count cannot be negative."),
        ({"environment": "online", "forum": "999"}, "forum", "This forum is not on the list."),
        ({"environment": "online"}, "forum", "Choose the forum where the online outreach"),
        ({"contacts": "many"}, "contacts", "Give a whole number"),
    ],
)
def test_bad_input_gets_a_clear_error_and_keeps_what_was_typed(
    cast: dict[str, Any], lists: dict[str, Any], overrides: dict[str, str], field: str, message: str
) -> None:
    alice = verified_client(cast["alice"])
    data = form_data(lists, venue="Kallio, Helsinginkatu", **overrides)
    response = alice.post(NEW, data)
    assert response.status_code == 400
    page = response.content.decode()
    assert message in page and f'href="#id_{field}"' in page
    assert 'value="Kallio, Helsinginkatu"' in page and 'value="60"' in page
    assert f'value="{data["idempotency_key"]}"' in page  # the resend stays the same session
    assert OutreachSession.objects.count() == 0 and Contact.objects.count() == 0
    draft = alice.post(NEW, data, headers={"X-Outreach-Draft": "1"})
    assert draft.status_code == 400 and field in draft.json()["errors"]


def test_errors_come_in_the_users_language(cast: dict[str, Any], lists: dict[str, Any]) -> None:
    from wagtail.users.models import UserProfile

    for language, expected in (
        ("fi", "Määrä ei voi olla negatiivinen."),
        ("sv", "Antalet kan inte vara negativt."),
    ):
        profile = UserProfile.get_for_user(cast["alice"])
        profile.preferred_language = language
        profile.save()
        response = verified_client(cast["alice"]).post(NEW, form_data(lists, people_reached="-1"))
        assert expected in response.content.decode()


def test_only_those_who_took_part_and_coordinators_correct_a_session(
    cast: dict[str, Any], lists: dict[str, Any]
) -> None:
    session = log(cast["alice"], workers=[cast["alice"], cast["peter"]])
    other = log(cast["bob"], workers=[cast["bob"]], office=None)
    url = f"/admin/outreach/{session.pk}/edit/"
    for who in ("alice", "peter", "charlie"):
        assert verified_client(cast[who]).get(url).status_code == 200, who
    for who in ("bob", "dora"):
        assert refused(verified_client(cast[who]).get(url)), who
    assert refused(verified_client(cast["alice"]).get(f"/admin/outreach/{other.pk}/edit/"))
    peter = verified_client(cast["peter"])
    response = peter.post(
        url,
        form_data(
            lists,
            contacts="1",
            people_reached="30",
            idempotency_key=None,
            **{f"gender_{lists['gender']['woman'].pk}": "1"},
        ),
    )
    assert response.status_code == 302
    session.refresh_from_db()
    assert session.people_reached == 30 and session.contact_links.count() == 4
    assert AuditEntry.objects.filter(
        action="outreach.session.changed", actor=cast["peter"]
    ).exists()


def test_who_sees_which_session(cast: dict[str, Any]) -> None:
    helsinki = log(cast["alice"], workers=[cast["alice"]])
    turku = log(cast["bob"], workers=[cast["bob"]], office=None)
    seen = {
        who: {
            pk
            for pk in (helsinki.pk, turku.pk)
            if verified_client(cast[who]).get(f"/admin/outreach/{pk}/").status_code == 200
        }
        for who in ("alice", "bob", "peter", "charlie")
    }
    assert seen == {
        "alice": {helsinki.pk},
        "bob": {turku.pk},
        "peter": set(),  # a peer worker sees the sessions they took part in only
        "charlie": {helsinki.pk, turku.pk},
    }
    assert AuditEntry.objects.filter(action="outreach.session.viewed").count() == 4


def test_the_list_filters_by_period_locality_and_environment(
    cast: dict[str, Any], forum: Forum
) -> None:
    from tests.staff import make_locality

    now = dt.datetime.now(dt.UTC)
    log(
        cast["charlie"],
        venue="Old street",
        starts_at=now - dt.timedelta(days=40),
        ends_at=now - dt.timedelta(days=40) + dt.timedelta(hours=1),
    )
    log(cast["charlie"], environment="online", forum=forum, venue="", messaged=9, answered=3)
    tampere = make_locality("tampere", name_sv="Tammerfors", region="pirkanmaa")
    log(cast["charlie"], locality=tampere, venue="Tampere station", office=None)
    charlie = verified_client(cast["charlie"])

    def rows(**query: str) -> str:
        return charlie.get("/admin/outreach/", query).content.decode()

    everything = rows()
    assert all(v in everything for v in ("Old street", "Deitti-ilmot", "Tampere station"))
    recent = rows(first=(dt.date.today() - dt.timedelta(days=7)).isoformat())
    assert "Old street" not in recent and "Tampere station" in recent
    assert "Tampere station" not in rows(locality=str(tampere.pk + 1000))
    online = rows(environment="online")
    assert "Deitti-ilmot" in online and "Tampere station" not in online
    assert AuditEntry.objects.filter(action="outreach.session.listed").count() == 4


def test_the_list_runs_the_same_queries_for_two_rows_or_twenty(cast: dict[str, Any]) -> None:
    charlie = verified_client(cast["charlie"])

    def count() -> int:
        with CaptureQueriesContext(connection) as queries:
            assert charlie.get("/admin/outreach/").status_code == 200
        return len(queries)

    for _ in range(2):
        log(cast["alice"], contacts=0, workers=[cast["alice"], cast["peter"]])
    few = count()
    for _ in range(18):
        log(cast["alice"], contacts=0, workers=[cast["alice"], cast["peter"]])
    assert count() == few


def test_the_forum_summary_counts_messages_answers_and_contacts_per_forum(
    cast: dict[str, Any], forum: Forum
) -> None:
    other = Forum.objects.create(name="Sugar board")
    log(cast["alice"], environment="online", forum=forum, messaged=40, answered=10, contacts=3)
    log(cast["alice"], environment="online", forum=forum, messaged=20, answered=5, contacts=1)
    log(cast["alice"], environment="outdoor", contacts=2)
    page = verified_client(cast["charlie"]).get("/admin/outreach/forums/").content.decode()
    row = page[page.index("Deitti-ilmot") :]
    assert "<td>2</td><td>60</td><td>15</td><td>25</td><td>4</td>" in row
    assert other.name in page
    bad = verified_client(cast["charlie"]).get(
        "/admin/outreach/forums/", {"first": "2026-05-01", "last": "2026-01-01"}
    )
    assert bad.status_code == 400 and "The period ends before it starts." in bad.content.decode()


def test_the_staff_home_offers_log_outreach_to_workers_not_editors(cast: dict[str, Any]) -> None:
    assert "Log outreach" in verified_client(cast["alice"]).get("/admin/").content.decode()
    assert (
        "/admin/outreach/new/" not in verified_client(cast["dora"]).get("/admin/").content.decode()
    )


def test_coordinators_keep_the_forums_but_cannot_delete_one(cast: dict[str, Any]) -> None:
    charlie = verified_client(cast["charlie"])
    response = charlie.post(
        "/admin/outreach_forums/new/",
        {"name": "Escort ads", "address": "", "active": "on", "sort_order": "0"},
    )
    assert response.status_code == 302
    forum = Forum.objects.get(name="Escort ads")
    assert AuditEntry.objects.filter(action="outreach.forum.created").exists()
    assert refused(charlie.get(f"/admin/outreach_forums/delete/{forum.pk}/")) or charlie.get(
        f"/admin/outreach_forums/delete/{forum.pk}/"
    ).status_code in (403, 404)
    assert refused(verified_client(cast["alice"]).get("/admin/outreach_forums/"))


def test_a_key_that_is_not_a_uuid_is_an_error_not_a_crash(
    cast: dict[str, Any], lists: dict[str, Any]
) -> None:
    response = verified_client(cast["alice"]).post(
        NEW, form_data(lists, idempotency_key="x" + str(uuid.uuid4()))
    )
    assert (
        response.status_code == 400
        and "This form is damaged. Reload the page." in response.content.decode()
    )
