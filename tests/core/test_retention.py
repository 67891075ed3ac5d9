"""The purge job removes each kind of data on time, and nothing else."""

from __future__ import annotations

import datetime as dt
import importlib
from typing import Any

import pytest
import time_machine
from django.apps import apps as django_apps
from django.core.management import call_command
from django.utils import translation

from tukipiste.core.audit import log_action
from tukipiste.core.models import AppendOnlyError, AuditEntry, DataKind, RetentionPolicy
from tukipiste.core.retention import _purgers, purge_expired
from tukipiste.website.models import Feedback
from tukipiste.website.services import submit_feedback

NOW = dt.datetime(2026, 11, 25, 3, 0, tzinfo=dt.UTC)


def at(days_ago: float) -> time_machine.travel:
    return time_machine.travel(NOW - dt.timedelta(days=days_ago), tick=False)


@pytest.mark.django_db
def test_feedback_contact_is_blanked_after_its_period_and_the_message_kept() -> None:
    RetentionPolicy.objects.update_or_create(kind="feedback_contacts", defaults={"days": 90})
    with at(91):
        old = submit_feedback(
            category="idea", message="old", reply_contact="old@example.org", language="fi"
        )
    with at(89):
        recent = submit_feedback(
            category="idea", message="new", reply_contact="new@example.org", language="fi"
        )
    with time_machine.travel(NOW, tick=False):
        results = {r.kind: r.purged for r in purge_expired()}
    assert results["feedback_contacts"] == 1
    old.refresh_from_db()
    recent.refresh_from_db()
    assert (old.reply_contact, old.message) == ("", "old")
    assert recent.reply_contact == "new@example.org"


@pytest.mark.django_db
def test_audit_entries_are_deleted_after_their_period_only_by_the_job() -> None:
    RetentionPolicy.objects.update_or_create(kind="audit_entries", defaults={"days": 730})
    with at(731):
        log_action(
            actor=None,
            action="website.feedback.viewed",
            object_type="website.feedback",
            object_id="1",
        )
    with at(729):
        log_action(
            actor=None,
            action="website.feedback.viewed",
            object_type="website.feedback",
            object_id="2",
        )
    with pytest.raises(AppendOnlyError):
        AuditEntry.objects.all().delete()
    with pytest.raises(AppendOnlyError):
        AuditEntry.objects.update(detail="x")
    entry = AuditEntry.objects.first()
    assert entry is not None
    entry.detail = "changed"
    with pytest.raises(AppendOnlyError):
        entry.save()
    with time_machine.travel(NOW, tick=False):
        call_command("purge_expired")
    assert list(AuditEntry.objects.values_list("object_id", flat=True)) == ["2"]


@pytest.mark.django_db
def test_a_shorter_period_set_in_the_back_office_takes_effect_on_the_next_run() -> None:
    with at(10):
        submit_feedback(category="idea", message="m", reply_contact="call me", language="fi")
    with time_machine.travel(NOW, tick=False):
        assert {r.kind: r.purged for r in purge_expired()}["feedback_contacts"] == 0
        RetentionPolicy.objects.update_or_create(kind="feedback_contacts", defaults={"days": 7})
        assert {r.kind: r.purged for r in purge_expired()}["feedback_contacts"] == 1
    assert Feedback.objects.get().reply_contact == ""


def test_make_run_schedules_the_purge_with_apscheduler() -> None:
    from tukipiste.scheduler import build_scheduler

    scheduler = build_scheduler()
    jobs = {job.id: job for job in scheduler.get_jobs()}
    assert "purge_expired" in jobs


def test_every_kind_of_data_with_a_retention_period_has_a_purger() -> None:
    assert set(DataKind.values) == set(_purgers)
    assert "appointment_contacts" not in DataKind.values


@pytest.mark.django_db
def test_the_migration_removes_the_period_of_appointments_and_keeps_the_others() -> None:
    migration = importlib.import_module("tukipiste.core.migrations.0003_drop_appointment_retention")
    RetentionPolicy.objects.update_or_create(kind="appointment_contacts", defaults={"days": 7})
    RetentionPolicy.objects.update_or_create(kind="feedback_contacts", defaults={"days": 90})
    migration.drop_appointment_period(django_apps, None)
    kinds = set(RetentionPolicy.objects.values_list("kind", flat=True))
    assert "appointment_contacts" not in kinds and "feedback_contacts" in kinds


def _retention_list(cast: dict[str, Any]) -> str:
    from tests.staff import verified_client

    client = verified_client(cast["erik"])
    return str(client.get("/admin/retention/", HTTP_ACCEPT_LANGUAGE="fi").content.decode())


def test_the_back_office_counts_retention_periods_in_the_languages_plural(
    cast: dict[str, Any],
) -> None:
    for kind in DataKind.values:
        RetentionPolicy.objects.get_or_create(kind=kind, defaults={"days": 30})
    html = _retention_list(cast)
    count = RetentionPolicy.objects.count()
    assert f"{count} säilytysaikaa" in html
    assert "säilytysajat" not in html.split('class="pagination__end"')[1]


def test_a_kind_of_data_no_installed_app_keeps_has_no_retention_setting(
    cast: dict[str, Any], monkeypatch: pytest.MonkeyPatch
) -> None:
    from tests.staff import verified_client

    appointments, _ = RetentionPolicy.objects.get_or_create(
        kind=DataKind.APPOINTMENTS, defaults={"days": 30}
    )
    RetentionPolicy.objects.get_or_create(kind=DataKind.CHAT_TRANSCRIPTS, defaults={"days": 30})
    monkeypatch.delitem(_purgers, DataKind.APPOINTMENTS)
    html = _retention_list(cast)
    with translation.override("fi"):
        assert str(DataKind.CHAT_TRANSCRIPTS.label) in html
        assert str(DataKind.APPOINTMENTS.label) not in html
    assert f"/admin/retention/edit/{appointments.pk}/" not in html
    client = verified_client(cast["erik"])
    response = client.get(f"/admin/retention/edit/{appointments.pk}/", follow=True)
    assert response.status_code == 404
