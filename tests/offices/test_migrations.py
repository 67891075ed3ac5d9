"""The offices' move into their own app keeps every row: the database is migrated back to
before the move, filled as the old code would have filled it, and migrated forward again.
Runs on SQLite and on PostgreSQL."""

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
from tukipiste.offices.models import Office
from tukipiste.records.models import ClientCode, Contact

pytestmark = pytest.mark.django_db(transaction=True)

# The newest migration of each app that existed before offices had an app of their own.
BEFORE_MOVE = [
    ("website", "0001_initial"),
    ("accounts", "0003_remove_staffprofile_national_project"),
    ("records", "0003_seed_categories"),
    ("chat", "0002_chat_duty_permission"),
]
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
        started_at=MOMENT, channel="drop_in", office=office, client=code
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
