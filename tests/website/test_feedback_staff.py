"""Staff read and mark feedback in the back-office."""

from __future__ import annotations

import pytest
from django.contrib.auth import get_user_model
from django.test import Client

from tukipiste.website.services import submit_feedback


@pytest.fixture
def editor_client(db: None) -> Client:
    user = get_user_model().objects.create_superuser("alice", "alice@tukipiste.example", "pw")
    client = Client()
    client.force_login(user)
    return client


def test_staff_see_feedback_list_and_can_mark_it_read(editor_client: Client) -> None:
    item = submit_feedback(
        category="complaint", message="The door was locked", reply_contact="", language="en"
    )
    listing = editor_client.get("/admin/feedback/")
    assert listing.status_code == 200
    inspect = editor_client.get(f"/admin/feedback/inspect/{item.pk}/")
    assert "The door was locked" in inspect.content.decode()
    response = editor_client.post(
        f"/admin/feedback/edit/{item.pk}/", {"status": "read", "staff_note": "Checked the door"}
    )
    assert response.status_code == 302
    item.refresh_from_db()
    assert item.status == "read"
    assert item.message == "The door was locked"  # read-only for staff


def test_anonymous_visitor_cannot_reach_feedback_in_back_office(db: None) -> None:
    response = Client().get("/admin/feedback/")
    assert response.status_code == 302
    assert "/admin/login/" in response["Location"]
