"""The offices' move into their own app and the contacts' localities becoming a list keep
every row: the database is migrated back to before the change, filled as the old code
would have filled it, and migrated forward again. Runs on SQLite and on PostgreSQL."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from django.contrib.auth.models import Group, Permission
from django.contrib.contenttypes.models import ContentType
from django.db import connection
from django.db.migrations.executor import MigrationExecutor

from tukipiste.accounts.models import StaffProfile
from tukipiste.chat.models import Chat
from tukipiste.offices.models import Locality, Office
from tukipiste.records.models import ClientCode, Contact

pytestmark = pytest.mark.django_db(transaction=True)

# The newest migration of each app that existed before offices had an app of their own.
BEFORE_MOVE = [
    ("website", "0001_initial"),
    ("accounts", "0003_remove_staffprofile_national_project"),
    ("records", "0003_seed_categories"),
    ("chat", "0002_chat_duty_permission"),
]
# Offices moved and localities created, contacts' localities still free text.
BEFORE_LOCALITY_LIST = [("records", "0004_offices_app"), ("offices", "0003_locality")]
MOMENT = dt.datetime(2026, 3, 2, 10, 30, tzinfo=dt.UTC)


def migrate(targets: list[tuple[str, str | None]]) -> Any:
    """Migrate to ``targets``; return the historical apps of that state."""
    executor = MigrationExecutor(connection)
    executor.migrate(targets)
    executor.loader.build_graph()
    return executor.loader.project_state([t for t in targets if t[1] is not None]).apps


def migrate_to_latest() -> None:
    executor = MigrationExecutor(connection)
    executor.migrate(executor.loader.graph.leaf_nodes())


def test_moving_offices_to_their_own_app_keeps_every_row_and_permission() -> None:
    migrate([("offices", None)])
    old = migrate(BEFORE_MOVE)
    assert "website_office" in connection.introspection.table_names()

    office = old.get_model("website", "Office").objects.create(
        name="Kallio",
        slug="kallio",
        street_address="Testikatu 1",
        postal_code="00530",
        city="Helsinki",
        floor=2,
        phone="+358 40 000 0000",
        latitude="60.18",
        longitude="24.95",
        sort_order=4,
    )
    old.get_model("website", "OfficeHours").objects.create(
        office=office, service="chat", weekday=2, opens=dt.time(10), closes=dt.time(15)
    )
    old.get_model("website", "OfficeException").objects.create(
        office=office, date=dt.date(2026, 12, 24), reason="holiday"
    )
    user = old.get_model("auth", "User").objects.create(username="aino")
    profile = old.get_model("accounts", "StaffProfile").objects.create(user=user)
    profile.offices.add(office)
    code = old.get_model("records", "ClientCode").objects.create(code_hash="c" * 64, office=office)
    contact = old.get_model("records", "Contact").objects.create(
        started_at=MOMENT, channel="drop_in", office=office, client=code, locality=""
    )
    chat = old.get_model("chat", "Chat").objects.create(
        token_hash="t" * 64, language="fi", office=office
    )
    # Permissions hang on the content type: a group that may edit offices must still may.
    content_type, _ = old.get_model("contenttypes", "ContentType").objects.get_or_create(
        app_label="website", model="office"
    )
    permission, _ = old.get_model("auth", "Permission").objects.get_or_create(
        content_type=content_type, codename="change_office", defaults={"name": "Can change"}
    )
    group = old.get_model("auth", "Group").objects.create(name="Office keepers")
    group.permissions.add(permission)

    migrate_to_latest()

    tables = connection.introspection.table_names()
    assert {"offices_office", "offices_officehours", "offices_officeexception"} <= set(tables)
    assert "website_office" not in tables
    moved = Office.objects.get(pk=office.pk)
    assert (moved.slug, moved.city, moved.floor, moved.sort_order) == ("kallio", "Helsinki", 2, 4)
    assert moved.locality is None
    assert [(h.service, h.weekday, h.opens) for h in moved.hours.all()] == [
        ("chat", 2, dt.time(10))
    ]
    assert [(e.date, e.reason) for e in moved.exceptions.all()] == [
        (dt.date(2026, 12, 24), "holiday")
    ]
    assert list(StaffProfile.objects.get(pk=profile.pk).offices.all()) == [moved]
    assert Contact.objects.get(pk=contact.pk).office == moved
    assert ClientCode.objects.get(pk=code.pk).office == moved
    assert Chat.objects.get(pk=chat.pk).office == moved
    assert ContentType.objects.get_for_model(Office).pk == content_type.pk
    kept = Permission.objects.get(pk=permission.pk)
    assert (kept.content_type.app_label, kept.codename) == ("offices", "change_office")
    assert list(Group.objects.get(pk=group.pk).permissions.all()) == [kept]


def test_free_text_localities_become_entries_of_the_list_and_back() -> None:
    old = migrate(BEFORE_LOCALITY_LIST)
    helsinki = old.get_model("offices", "Locality").objects.create(
        name_fi="Helsinki", name_sv="Helsingfors", region="uusimaa", slug="helsinki"
    )
    contacts = old.get_model("records", "Contact").objects
    texts = ["helsingfors", " Helsinki ", "Oulu", "ULEÅBORG", "Kylä  X", "kylä x", ""]
    ids = {
        text: contacts.create(started_at=MOMENT, channel="outreach_outdoor", locality=text).pk
        for text in texts
    }

    migrate_to_latest()

    def locality_of(text: str) -> Locality | None:
        return Contact.objects.select_related("locality").get(pk=ids[text]).locality

    assert locality_of("helsingfors") == locality_of(" Helsinki ")
    assert locality_of("helsingfors") is not None
    assert locality_of("helsingfors").pk == helsinki.pk  # type: ignore[union-attr]
    oulu = locality_of("Oulu")
    assert oulu is not None and locality_of("ULEÅBORG") == oulu
    assert (oulu.name_fi, oulu.name_sv, oulu.region, oulu.slug) == (
        "Oulu",
        "Uleåborg",
        "pohjois-pohjanmaa",
        "oulu",
    )
    village = locality_of("Kylä  X")
    assert village is not None and locality_of("kylä x") == village
    assert (village.name_fi, village.name_sv, village.region) == ("Kylä X", "Kylä X", "")
    assert locality_of("") is None
    assert Locality.objects.count() == 3

    # And back: every contact gets its place's Finnish name as text again.
    old = migrate(BEFORE_LOCALITY_LIST)
    back = dict(old.get_model("records", "Contact").objects.values_list("pk", "locality"))
    assert [back[ids[text]] for text in texts] == [
        "Helsinki",
        "Helsinki",
        "Oulu",
        "Oulu",
        "Kylä X",
        "Kylä X",
        "",
    ]
    migrate_to_latest()
