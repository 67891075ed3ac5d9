"""Old audit entries get the namespaced codes, and back again."""

from __future__ import annotations

import pytest
from django.db import connection
from django.db.migrations.executor import MigrationExecutor

pytestmark = pytest.mark.django_db(transaction=True)

OLD = [
    ("viewed", "records.contact", "list", "records.contact.listed"),
    ("viewed", "chat.offlinemessage", "", "chat.message.viewed"),
    ("changed", "chat.chat", "transferred", "chat.chat.transferred"),
    ("changed", "chat.offlinemessage", "replied", "chat.message.replied"),
    ("exported", "stats.annual_report", "csv 2025", "stats.report.exported"),
    ("created", "records.contact", "", "records.contact.created"),
]


def test_old_audit_actions_are_renamed_to_namespaced_codes() -> None:
    executor = MigrationExecutor(connection)
    executor.migrate([("core", "0003_drop_appointment_retention")])
    executor.loader.build_graph()
    old_apps = executor.loader.project_state([("core", "0003_drop_appointment_retention")]).apps
    entry = old_apps.get_model("core", "AuditEntry")
    for action, object_type, detail, _ in OLD * 2:
        entry.objects.create(
            actor_username="alice", action=action, object_type=object_type, detail=detail
        )
    executor = MigrationExecutor(connection)
    executor.migrate(executor.loader.graph.leaf_nodes())

    from tukipiste.core.models import AuditEntry

    for action, object_type, detail, code in OLD:
        rows = AuditEntry.objects.filter(object_type=object_type, detail=detail)
        assert set(rows.values_list("action", flat=True)) == {code}, (action, object_type)
        assert rows.count() == 2
