"""Audit actions become namespaced codes (``chat.chat.accepted``); old entries are renamed."""

from typing import Any

from django.db import migrations, models

import tukipiste.core.auditactions

ENTITY = {
    "chat.offlinemessage": "chat.message",
    "stats.annual_report": "stats.report",
}
BY_DETAIL = {
    ("changed", "chat.chat", "transferred"): "chat.chat.transferred",
    ("changed", "chat.chat", "blocked"): "chat.chat.blocked",
    ("changed", "chat.offlinemessage", "replied"): "chat.message.replied",
}


def new_code(action: str, object_type: str, detail: str) -> str:
    if (action, object_type, detail) in BY_DETAIL:
        return BY_DETAIL[(action, object_type, detail)]
    verb = "listed" if action == "viewed" and detail == "list" else action
    return f"{ENTITY.get(object_type, object_type)}.{verb}"[:60]


def forwards(apps: Any, schema_editor: Any) -> None:
    # One UPDATE per kind of entry, not per entry: two years of audit trail can be long.
    entry = apps.get_model("core", "AuditEntry")
    old = entry.objects.exclude(action__contains=".")
    for action, object_type, detail in old.values_list("action", "object_type", "detail").distinct():
        old.filter(action=action, object_type=object_type, detail=detail).update(
            action=new_code(action, object_type, detail)
        )


def backwards(apps: Any, schema_editor: Any) -> None:
    entry = apps.get_model("core", "AuditEntry")
    for code in entry.objects.filter(action__contains=".").values_list("action", flat=True).distinct():
        verb = code.rsplit(".", 1)[1]
        old = {"listed": "viewed", "transferred": "changed", "blocked": "changed"}.get(verb, verb)
        entry.objects.filter(action=code).update(action={"replied": "changed"}.get(old, old)[:20])


class Migration(migrations.Migration):
    dependencies = [("core", "0003_drop_appointment_retention")]

    operations = [
        migrations.AlterField(
            model_name="auditentry",
            name="action",
            field=models.CharField(
                choices=tukipiste.core.auditactions.choices, max_length=60, verbose_name="action"
            ),
        ),
        migrations.RunPython(forwards, backwards),
    ]
