"""Back-office: editors keep groups and cancel meetings, facilitators see their meetings on
the staff home and count who came; every view refuses those it is not for."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
import time_machine

from tests.community.conftest import D, make_group
from tests.community.test_services import NOW
from tests.staff import verified_client
from tukipiste.community.models import Attendance, MeetingChange
from tukipiste.records.models import Contact

pytestmark = pytest.mark.django_db


def refused(response: Any) -> bool:
    """Wagtail answers a refused admin view with a redirect to the dashboard."""
    return response.status_code == 403 or (
        response.status_code == 302 and response["Location"] == "/admin/"
    )


@pytest.fixture(autouse=True)
def _now() -> Any:
    with time_machine.travel(NOW, tick=True):
        yield


@pytest.fixture(autouse=True)
def _english(cast: dict[str, Any]) -> None:
    """The staff read the back-office in English here, so the texts asserted are stable."""
    from wagtail.users.models import UserProfile

    for user in cast.values():
        profile = UserProfile.get_for_user(user)
        profile.preferred_language = "en"
        profile.save()


@pytest.mark.parametrize(
    ("who", "status"),
    [("peter", 200), ("alice", 200), ("charlie", 200), ("dora", 0), ("erik", 0)],
)
def test_meetings_page_is_for_those_who_record_attendance(
    cast: dict[str, Any], who: str, status: int
) -> None:
    make_group(facilitators=[cast["peter"]])
    response = verified_client(cast[who]).get("/admin/community/meetings/")
    assert response.status_code == status if status else refused(response)


def test_anonymous_visitors_are_sent_to_the_login(client: Any) -> None:
    response = client.get("/admin/community/meetings/")
    assert response.status_code == 302 and "/admin/login/" in response["Location"]


def test_a_peer_worker_counts_a_meeting_in_one_post(cast: dict[str, Any]) -> None:
    group = make_group(facilitators=[cast["peter"]])
    peter = verified_client(cast["peter"])
    page = peter.get("/admin/community/meetings/").content.decode()
    assert f"/admin/community/meetings/{group.pk}/2026-12-01/attendance/" in page
    response = peter.post(
        f"/admin/community/meetings/{group.pk}/2026-12-01/attendance/", {"head_count": "6"}
    )
    assert response.status_code == 302
    assert Attendance.objects.get().head_count == 6
    assert Contact.objects.filter(channel="group").count() == 6
    assert "6 people recorded" in peter.get("/admin/community/meetings/").content.decode()


def test_a_bad_head_count_is_refused_with_the_reason(cast: dict[str, Any]) -> None:
    group = make_group(facilitators=[cast["peter"]])
    url = f"/admin/community/meetings/{group.pk}/2026-12-01/attendance/"
    peter = verified_client(cast["peter"])
    response = peter.post(url, {"head_count": "zero"})
    assert response.status_code == 400
    assert "Give the number of people as a number." in response.content.decode()
    response = peter.post(url.replace("2026-12-01", "2026-12-08"), {"head_count": "3"})
    assert response.status_code == 400 and "not begun" in response.content.decode()
    assert peter.get(url.replace("2026-12-01", "not-a-date")).status_code in (302, 404)
    assert not Contact.objects.exists()


def test_a_worker_of_another_office_may_not_count(cast: dict[str, Any]) -> None:
    group = make_group()
    response = verified_client(cast["bob"]).post(
        f"/admin/community/meetings/{group.pk}/2026-12-01/attendance/", {"head_count": "3"}
    )
    assert refused(response)
    assert not Contact.objects.exists()


def test_the_staff_home_shows_a_facilitator_their_next_meetings(cast: dict[str, Any]) -> None:
    make_group(facilitators=[cast["peter"]])
    home = verified_client(cast["peter"]).get("/admin/").content.decode()
    assert "Your next group meetings" in home
    assert "8.12.2026" in home
    editor_home = verified_client(cast["dora"]).get("/admin/").content.decode()
    assert "Your next group meetings" not in editor_home


def test_an_editor_cancels_and_restores_one_meeting(cast: dict[str, Any]) -> None:
    group = make_group()
    dora = verified_client(cast["dora"])
    page = dora.get(f"/admin/community/groups/{group.pk}/meetings/")
    assert page.status_code == 200
    assert (
        f"/admin/community/groups/{group.pk}/meetings/2026-12-08/cancel/" in page.content.decode()
    )
    dora.post(f"/admin/community/groups/{group.pk}/meetings/2026-12-08/cancel/")
    assert MeetingChange.objects.get().date == D(2026, 12, 8)
    dora.post(f"/admin/community/groups/{group.pk}/meetings/2026-12-08/restore/")
    assert not MeetingChange.objects.exists()


@pytest.mark.parametrize("who", ["peter", "alice", "bob"])
def test_only_editors_and_coordinators_cancel_meetings(cast: dict[str, Any], who: str) -> None:
    group = make_group(facilitators=[cast["peter"]])
    staff = verified_client(cast[who])
    assert refused(staff.get(f"/admin/community/groups/{group.pk}/meetings/"))
    assert refused(staff.post(f"/admin/community/groups/{group.pk}/meetings/2026-12-08/cancel/"))
    assert not MeetingChange.objects.exists()


def test_editors_find_groups_and_events_in_the_back_office(cast: dict[str, Any]) -> None:
    make_group()
    dora = verified_client(cast["dora"])
    groups = dora.get("/admin/snippets/community/group/")
    assert groups.status_code == 200 and "Ryhmä tuesday-group" in groups.content.decode()
    assert dora.get("/admin/snippets/community/event/").status_code == 200
    assert refused(verified_client(cast["peter"]).get("/admin/snippets/community/group/"))


def test_an_editor_adds_a_group_through_the_snippet_form(cast: dict[str, Any]) -> None:
    from tests.staff import make_office

    office = make_office("helsinki")
    dora = verified_client(cast["dora"])
    data = {
        "office": office.pk,
        "slug": "new-group",
        "audience": "peers",
        "languages": "fi, en",
        "starts_on": "2026-12-03",
        "start_time": "17:00",
        "end_time": "19:30",
        "interval_weeks": "2",
        "rule": "",
        "active": "on",
        "name_fi": "Uusi ryhmä",
        "changes-TOTAL_FORMS": "0",
        "changes-INITIAL_FORMS": "0",
        "changes-MIN_NUM_FORMS": "0",
        "changes-MAX_NUM_FORMS": "1000",
    }
    response = dora.post("/admin/snippets/community/group/add/", data)
    assert response.status_code == 302, response.content.decode()[:2000]
    bad = dora.post(
        "/admin/snippets/community/group/add/", {**data, "slug": "x", "rule": "FREQ=NEVER"}
    )
    assert bad.status_code == 200 and "cannot be read" in bad.content.decode()
    assert dt.date(2026, 12, 3).weekday() == 3


def test_facilitators_see_the_sign_ups_of_coming_events_of_their_office(
    cast: dict[str, Any],
) -> None:
    from tests.community.test_services import make_event
    from tukipiste.community import services

    event = make_event(places=5)
    services.sign_up(event=event, count=2, nickname="Mimi")
    page = verified_client(cast["peter"]).get("/admin/community/meetings/").content.decode()
    assert "Mimi (2)" in page and "2 of 5 places taken" in page
    turku = verified_client(cast["bob"]).get("/admin/community/meetings/").content.decode()
    assert "Mimi" not in turku
