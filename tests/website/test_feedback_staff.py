"""Staff read and mark feedback in the back-office."""

from __future__ import annotations

from typing import Any

from django.test import Client

from tests.staff import verified_client
from tukipiste.core.models import AuditEntry
from tukipiste.website.services import submit_feedback


def test_worker_reads_feedback_and_marks_it_read(cast: dict[str, Any]) -> None:
    item = submit_feedback(
        category="complaint", message="The door was locked", reply_contact="", language="en"
    )
    client = verified_client(cast["alice"])
    assert client.get("/admin/feedback/").status_code == 200
    inspect = client.get(f"/admin/feedback/inspect/{item.pk}/")
    assert "The door was locked" in inspect.content.decode()
    response = client.post(
        f"/admin/feedback/edit/{item.pk}/",
        {"status": "read", "staff_note": "Checked the door", "message": "tampered"},
    )
    assert response.status_code == 302
    item.refresh_from_db()
    assert (item.status, item.handled_by) == ("read", cast["alice"])
    assert item.message == "The door was locked"  # read-only for staff
    assert AuditEntry.objects.filter(
        object_id=str(item.pk), action="website.feedback.changed"
    ).exists()


def test_over_long_staff_note_gets_a_form_error_not_a_crash(cast: dict[str, Any]) -> None:
    item = submit_feedback(category="idea", message="m", reply_contact="", language="fi")
    client = verified_client(cast["alice"])
    response = client.post(
        f"/admin/feedback/edit/{item.pk}/", {"status": "read", "staff_note": "x" * 2001}
    )
    assert response.status_code == 200
    assert b"x" * 2001 in response.content  # what was typed is kept


def test_anonymous_visitor_cannot_reach_feedback_in_back_office(db: None) -> None:
    response = Client().get("/admin/feedback/")
    assert response.status_code == 302
    assert "/admin/login/" in response["Location"]
