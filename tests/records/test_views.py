"""Recording contacts in the back-office: defaults, roles, bad input, tally, client cards."""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

import pytest
from django.utils import timezone

from tests.records.helpers import local, record
from tests.staff import make_locality, make_office, make_staff, verified_client
from tukipiste.core.models import AuditEntry
from tukipiste.records.models import Category, ClientCode, Contact, MonthlyCount

# Wagtail turns a refusal inside the admin into a redirect to the dashboard.
FORBIDDEN = (302, 403)


def form_data(lists: dict[str, Any], **overrides: Any) -> dict[str, Any]:
    now = timezone.localtime()
    data: dict[str, Any] = {
        "channel": "drop_in",
        "date": now.date().isoformat(),
        "time": "10:15",
        "office": "",
        "language": "ru",
        "age_band": str(lists["age_band"]["25-34"].pk),
        "gender": str(lists["gender"]["woman"].pk),
        "topics": [str(lists["topic"]["health"].pk), str(lists["topic"]["housing"].pk)],
        "services": [str(lists["service"]["counselling"].pk)],
        f"supply_{lists['supply']['condoms'].pk}": "12",
    }
    data.update(overrides)
    return data


VIEWS = {
    "/admin/records/new/": {"alice", "bob", "peter", "charlie"},
    "/admin/records/": {"alice", "bob", "peter", "charlie"},
    "/admin/records/tally/": {"alice", "bob", "peter", "charlie"},
    "/admin/records/client-code/": {"alice", "bob", "peter", "charlie"},
    "/admin/contact_categories/": {"charlie"},
}


@pytest.mark.parametrize("path", sorted(VIEWS))
@pytest.mark.parametrize("username", ["alice", "bob", "peter", "charlie", "dora", "erik"])
def test_record_views_by_role(
    lists: dict[str, Any], cast: dict[str, Any], path: str, username: str
) -> None:
    response = verified_client(cast[username]).get(path)
    if username in VIEWS[path]:
        assert response.status_code == 200
    else:
        assert response.status_code in FORBIDDEN


@pytest.mark.parametrize(
    "path", ["/admin/records/new/", "/admin/records/", "/admin/records/tally/"]
)
def test_record_pages_have_one_first_level_heading(
    lists: dict[str, Any], cast: dict[str, Any], path: str
) -> None:
    html = verified_client(cast["alice"]).get(path).content.decode()
    assert html.count("<h1") == 1


def test_new_contact_form_defaults_to_my_office_now_and_my_last_channel(
    lists: dict[str, Any], cast: dict[str, Any]
) -> None:
    client = verified_client(cast["alice"])
    helsinki = make_office("helsinki")
    form = client.get("/admin/records/new/").context["form"]
    assert form.initial["office"] == helsinki.pk
    assert form.initial["date"] == timezone.localdate()
    assert form.initial["channel"] == "drop_in"
    response = client.post(
        "/admin/records/new/", form_data(lists, channel="phone", office=helsinki.pk)
    )
    assert response.status_code == 302
    assert client.get("/admin/records/new/").context["form"].initial["channel"] == "phone"


def test_an_administrators_tally_defaults_to_their_first_office_or_the_first_of_all(
    lists: dict[str, Any],
) -> None:
    helsinki, turku = make_office("helsinki"), make_office("turku")
    helsinki.sort_order, turku.sort_order = 2, 1
    helsinki.save()
    turku.save()
    # As the demo's administrator: a superuser who sees every office and works for none.
    admin = make_staff("helmi", "administrator", superuser=True)
    tally = "/admin/records/tally/"
    assert verified_client(admin).get(tally).context["form"].initial["office"] == turku.pk
    admin.staff_profile.offices.set([helsinki])
    assert verified_client(admin).get(tally).context["form"].initial["office"] == helsinki.pk


def test_worker_records_a_contact_with_categories_and_supplies(
    lists: dict[str, Any], cast: dict[str, Any]
) -> None:
    client = verified_client(cast["alice"])
    office = make_office("helsinki")
    response = client.post(
        "/admin/records/new/",
        form_data(lists, office=office.pk, workers=[cast["alice"].pk, cast["peter"].pk]),
    )
    assert response.status_code == 302, response.content.decode()[:3000]
    contact = Contact.objects.get()
    assert contact.office == office and contact.language == "ru"
    assert contact.gender == lists["gender"]["woman"]
    assert {c.code for c in contact.categories.all()} == {"health", "housing", "counselling"}
    assert contact.supplies.get().quantity == 12
    assert set(contact.workers.all()) == {cast["alice"], cast["peter"]}
    assert contact.recorded_by == cast["alice"]
    assert MonthlyCount.objects.get(dimension="contacts").amount == 1


@pytest.mark.parametrize(
    ("overrides", "field"),
    [
        ({"date": "2999-01-01"}, "date"),
        ({"date": "31.02.2026"}, "date"),
        ({"time": "25:61"}, "time"),
        ({"supply_{condoms}": "-4"}, "supply_{condoms}"),
        ({"supply_{condoms}": "many"}, "supply_{condoms}"),
        ({"duration_minutes": "-5"}, "duration_minutes"),
        ({"gender": "{age}"}, "gender"),
        ({"topics": ["{gender_category}"]}, "topics"),
        ({"channel": "telepathy"}, "channel"),
        ({"client_code": "NOPE-NOPE"}, "client_code"),
        ({"office": "999999"}, "office"),
        ({"locality": "999999"}, "locality"),
        ({"workers": ["999999"]}, "workers"),
    ],
)
def test_impossible_input_gets_an_error_and_keeps_what_was_typed(
    lists: dict[str, Any], cast: dict[str, Any], overrides: dict[str, Any], field: str
) -> None:
    ids = {
        "condoms": lists["supply"]["condoms"].pk,
        "age": lists["age_band"]["18-24"].pk,
        "gender_category": lists["gender"]["man"].pk,
    }

    def fill(value: Any) -> Any:
        if isinstance(value, list):
            return [fill(v) for v in value]
        return value.format(**ids) if isinstance(value, str) else value

    oulu = make_locality("oulu")
    data = form_data(lists, locality=str(oulu.pk), duration_minutes="17")
    data.update({k.format(**ids): fill(v) for k, v in overrides.items()})
    response = verified_client(cast["alice"]).post("/admin/records/new/", data)
    assert response.status_code == 400
    assert field.format(**ids) in response.context["form"].errors
    html = response.content.decode()
    assert 'role="alert"' in html
    # What was typed stays, the refused value included.
    duration = re.search(r'<input[^>]*name="duration_minutes"[^>]*>', html)
    assert duration is not None
    assert f'value="{overrides.get("duration_minutes", "17")}"' in duration.group()
    if field != "locality":
        assert f'<option value="{oulu.pk}" selected>Oulu</option>' in html
    assert not Contact.objects.exists()


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("fi", "Tämän luvun on oltava vähintään 0"),
        ("sv", "Kontrollera att detta värde"),
        ("en", "Ensure"),
    ],
)
def test_errors_come_in_the_users_language(
    lists: dict[str, Any], cast: dict[str, Any], language: str, text: str
) -> None:
    from wagtail.users.models import UserProfile

    profile = UserProfile.get_for_user(cast["alice"])
    profile.preferred_language = language
    profile.save()
    response = verified_client(cast["alice"]).post(
        "/admin/records/new/",
        form_data(lists, **{f"supply_{lists['supply']['condoms'].pk}": "-1"}),
    )
    assert response.status_code == 400
    assert text in response.content.decode()


def test_peer_worker_records_group_contacts_but_not_drop_in(
    lists: dict[str, Any], cast: dict[str, Any]
) -> None:
    client = verified_client(cast["peter"])
    assert client.post("/admin/records/new/", form_data(lists)).status_code == 400
    response = client.post("/admin/records/new/", form_data(lists, channel="group"))
    assert response.status_code == 302
    contact = Contact.objects.get()
    assert client.get(f"/admin/records/{contact.pk}/").status_code == 200
    assert client.get(f"/admin/records/{contact.pk}/delete/").status_code in FORBIDDEN
    other = record(channel="group", recorded_by=cast["alice"])
    assert client.get(f"/admin/records/{other.pk}/").status_code in FORBIDDEN


def test_workers_edit_only_their_offices_and_coordinators_all(
    lists: dict[str, Any], cast: dict[str, Any]
) -> None:
    turku = record(office=make_office("turku"), recorded_by=cast["bob"])
    alice = verified_client(cast["alice"])
    assert alice.get(f"/admin/records/{turku.pk}/").status_code in FORBIDDEN
    assert alice.post(f"/admin/records/{turku.pk}/", form_data(lists)).status_code in FORBIDDEN
    assert verified_client(cast["dora"]).get(f"/admin/records/{turku.pk}/").status_code in FORBIDDEN
    bob = verified_client(cast["bob"])
    assert bob.get(f"/admin/records/{turku.pk}/").status_code == 200
    coordinator = verified_client(cast["charlie"])
    response = coordinator.post(
        f"/admin/records/{turku.pk}/",
        form_data(lists, office=turku.office_id, channel="appointment", workers=[cast["bob"].pk]),
    )
    assert response.status_code == 302
    turku.refresh_from_db()
    assert turku.channel == "appointment"
    assert (
        AuditEntry.objects.filter(action="records.contact.viewed", object_id=str(turku.pk)).count()
        == 1
    )
    assert (
        AuditEntry.objects.filter(action="records.contact.changed", actor=cast["charlie"]).count()
        == 1
    )


def test_worker_deletes_a_contact_of_their_office_after_confirming(
    cast: dict[str, Any],
) -> None:
    contact = record(office=make_office("helsinki"), recorded_by=cast["peter"])
    client = verified_client(cast["alice"])
    assert client.get(f"/admin/records/{contact.pk}/delete/").status_code == 200
    bob = verified_client(cast["bob"])
    assert bob.post(f"/admin/records/{contact.pk}/delete/").status_code in FORBIDDEN
    assert Contact.objects.exists()
    assert client.post(f"/admin/records/{contact.pk}/delete/").status_code == 302
    assert not Contact.objects.exists()
    assert not MonthlyCount.objects.exists()
    assert AuditEntry.objects.filter(action="records.contact.deleted", actor=cast["alice"]).exists()


def test_a_deactivated_category_stays_on_past_contacts_but_is_not_offered_anew(
    lists: dict[str, Any], cast: dict[str, Any]
) -> None:
    old = lists["topic"]["money"]
    contact = record(office=make_office("helsinki"), categories=[old], recorded_by=cast["alice"])
    Category.objects.filter(pk=old.pk).update(active=False)
    client = verified_client(cast["alice"])
    assert f'value="{old.pk}"' not in client.get("/admin/records/new/").content.decode()
    edit = client.get(f"/admin/records/{contact.pk}/").content.decode()
    assert f'value="{old.pk}"' in edit
    data = form_data(lists, office=contact.office_id, topics=[str(old.pk)])
    assert client.post(f"/admin/records/{contact.pk}/", data).status_code == 302
    assert list(contact.categories.filter(kind="topic")) == [old]


def test_coordinator_translates_and_deactivates_categories_but_cannot_delete(
    lists: dict[str, Any], cast: dict[str, Any]
) -> None:
    client = verified_client(cast["charlie"])
    category = lists["topic"]["other"]
    response = client.post(
        f"/admin/contact_categories/edit/{category.pk}/",
        {
            "kind": "topic",
            "code": "other",
            "label_fi": "Jokin muu",
            "label_sv": "Något annat",
            "label_en": "Something else",
            "active": "",
            "sort_order": "99",
        },
    )
    assert response.status_code == 302
    category.refresh_from_db()
    assert category.label_sv == "Något annat" and not category.active
    assert client.get(f"/admin/contact_categories/delete/{category.pk}/").status_code in (302, 403)
    moved = client.post(
        f"/admin/contact_categories/edit/{category.pk}/",
        {"kind": "service", "code": "other", "label_fi": "a", "label_sv": "b", "label_en": "c"},
    )
    assert moved.status_code == 200
    category.refresh_from_db()
    assert category.kind == "topic"


def test_quick_tally_records_one_contact_per_press_and_lists_them_for_details(
    lists: dict[str, Any], cast: dict[str, Any]
) -> None:
    client = verified_client(cast["alice"])
    office = make_office("helsinki")
    for _ in range(3):
        response = client.post("/admin/records/tally/", {"office": office.pk, "channel": "drop_in"})
        assert response.status_code == 302
    page = client.get("/admin/records/tally/")
    assert len(page.context["pending"]) == 3
    contact = page.context["pending"][0]
    response = client.post(
        f"/admin/records/{contact.pk}/?next=/admin/records/tally/",
        form_data(lists, office=office.pk, next="/admin/records/tally/"),
    )
    assert response.status_code == 302 and response["Location"] == "/admin/records/tally/"
    assert len(client.get("/admin/records/tally/").context["pending"]) == 2
    assert MonthlyCount.objects.get(dimension="contacts").amount == 3


def test_a_new_client_code_is_shown_once_on_a_printable_card(
    lists: dict[str, Any], cast: dict[str, Any]
) -> None:
    client = verified_client(cast["alice"])
    response = client.post(
        "/admin/records/new/", form_data(lists, new_client_code="on"), follow=True
    )
    html = response.content.decode()
    code = response.context["code"]
    assert code and code in html and "@media print" not in html  # the print style is a file
    assert "no-store" in response["Cache-Control"]
    assert Contact.objects.get().client == ClientCode.objects.get()
    again = client.get("/admin/records/client-code/card/").content.decode()
    assert code not in again
    # The returning client is counted once.
    response = client.post("/admin/records/new/", form_data(lists, client_code=code.lower()))
    assert response.status_code == 302
    assert Contact.objects.filter(client__isnull=False).count() == 2


def test_contact_list_runs_the_same_queries_for_three_rows_or_thirty(
    lists: dict[str, Any], cast: dict[str, Any], django_assert_num_queries: Any
) -> None:
    office = make_office("helsinki")
    client = verified_client(cast["charlie"])

    def add(n: int) -> None:
        for i in range(n):
            record(
                office=office,
                recorded_by=cast["alice"],
                started_at=local(timezone.localdate() - dt.timedelta(days=i)),
                categories=[lists["topic"]["health"], lists["service"]["testing"]],
                gender=lists["gender"]["woman"],
            )

    add(3)
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    with CaptureQueriesContext(connection) as few:
        assert client.get("/admin/records/").status_code == 200
    add(27)
    with django_assert_num_queries(len(few)):
        response = client.get("/admin/records/")
    assert len(response.context["page"].object_list) == 30


def test_a_long_contact_list_is_counted_only_up_to_a_cap(
    lists: dict[str, Any], cast: dict[str, Any], monkeypatch: pytest.MonkeyPatch
) -> None:
    from tukipiste.records import views

    monkeypatch.setattr(views, "PAGE_SIZE", 2)
    monkeypatch.setattr(views, "LIST_COUNT_CAP", 4)
    office = make_office("helsinki")
    for i in range(7):
        record(
            office=office,
            recorded_by=cast["alice"],
            started_at=local(timezone.localdate() - dt.timedelta(days=i)),
        )
    client = verified_client(cast["alice"])
    first = client.get("/admin/records/")
    # Alice works in Finnish.
    assert "Sivu 1, sivuja yli 2" in first.content.decode()
    # Paging on past the cap still works: page 4 holds the seventh (oldest) contact.
    last = client.get("/admin/records/?page=4")
    assert len(last.context["page"].object_list) == 1
    assert "Vanhemmat" not in last.content.decode().split("records-pages")[1]
