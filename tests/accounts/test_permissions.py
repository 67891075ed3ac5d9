"""Each role against each back-office view: allowed ones work, the rest never show data."""

from __future__ import annotations

from typing import Any

import pytest
from django.utils import translation

from tests.staff import verified_client
from tukipiste.accounts.selectors import offices_visible_to
from tukipiste.core.audit import log_action
from tukipiste.core.models import AuditEntry, RetentionPolicy
from tukipiste.website.services import submit_feedback

SECRET = "marker-of-client-content-91"
ALLOWED = {
    "feedback": {"alice", "bob", "charlie", "erik"},
    "audit": {"charlie", "erik"},
    "retention": {"erik"},
    "offices": {"dora"},
    "localities": {"charlie", "dora"},
    "locked": {"erik"},
}
EVERYONE = ["alice", "bob", "peter", "charlie", "dora", "erik"]


def url_of(view: str, ids: dict[str, int]) -> str:
    return {
        "feedback": f"/admin/feedback/inspect/{ids['feedback']}/",
        "audit": "/admin/audit/",
        "retention": "/admin/retention/",
        "offices": "/admin/snippets/offices/office/",
        "localities": "/admin/snippets/offices/locality/",
        "locked": "/admin/locked-accounts/",
    }[view]


@pytest.fixture
def ids(cast: dict[str, Any]) -> dict[str, int]:
    item = submit_feedback(category="other", message=SECRET, reply_contact="", language="fi")
    log_action(actor=cast["alice"], action="website.feedback.viewed", obj=item, detail=SECRET[:6])
    return {"feedback": item.pk}


@pytest.mark.parametrize("username", EVERYONE)
@pytest.mark.parametrize("view", sorted(ALLOWED))
def test_role_matrix(cast: dict[str, Any], ids: dict[str, int], username: str, view: str) -> None:
    client = verified_client(cast[username])
    response = client.get(url_of(view, ids))
    if username in ALLOWED[view]:
        assert response.status_code == 200
    else:
        assert response.status_code in (302, 403, 404)
        assert SECRET.encode() not in response.content


def test_workers_see_only_their_own_offices(cast: dict[str, Any]) -> None:
    assert [o.slug for o in offices_visible_to(cast["alice"])] == ["helsinki"]
    assert [o.slug for o in offices_visible_to(cast["bob"])] == ["turku"]
    assert {o.slug for o in offices_visible_to(cast["charlie"])} == {"helsinki", "turku"}
    assert list(offices_visible_to(cast["dora"])) == []


def test_nobody_adds_feedback_in_the_back_office(cast: dict[str, Any]) -> None:
    response = verified_client(cast["erik"]).get("/admin/feedback/new/")
    assert response.status_code in (302, 403)


def test_viewing_feedback_is_audited_without_its_content(
    cast: dict[str, Any], ids: dict[str, int]
) -> None:
    verified_client(cast["bob"]).get(f"/admin/feedback/inspect/{ids['feedback']}/")
    entry = AuditEntry.objects.filter(actor=cast["bob"]).get()
    assert (entry.action, entry.object_type, entry.object_id) == (
        "website.feedback.viewed",
        "website.feedback",
        str(ids["feedback"]),
    )
    assert SECRET not in entry.detail


@pytest.mark.parametrize("username", ["charlie", "erik"])
def test_audit_entries_cannot_be_edited_or_deleted_through_the_app(
    cast: dict[str, Any], ids: dict[str, int], username: str
) -> None:
    entry = AuditEntry.objects.first()
    assert entry is not None
    client = verified_client(cast[username])
    for path in (f"/admin/audit/edit/{entry.pk}/", f"/admin/audit/delete/{entry.pk}/"):
        assert client.post(path, {"detail": "rewritten"}).status_code in (302, 403, 404)
    entry.refresh_from_db()
    assert entry.detail != "rewritten"
    assert AuditEntry.objects.filter(pk=entry.pk).exists()


def test_audit_trail_is_searchable_by_user_type_and_period(
    cast: dict[str, Any], ids: dict[str, int]
) -> None:
    client = verified_client(cast["charlie"])
    alice = cast["alice"].pk
    hit = client.get(f"/admin/audit/?actor={alice}&object_type=website.feedback&at_from=2000-01-01")
    detail = SECRET[:6].encode()  # the entry's detail, shown only in its row
    assert hit.status_code == 200 and detail in hit.content
    miss = client.get(f"/admin/audit/?actor={cast['bob'].pk}")
    assert miss.status_code == 200 and detail not in miss.content


def test_audit_trail_shows_actions_as_labels_in_the_staff_language(
    cast: dict[str, Any], ids: dict[str, int]
) -> None:
    from wagtail.users.models import UserProfile

    profile = UserProfile.get_for_user(cast["charlie"])
    profile.preferred_language = "fi"
    profile.save()
    html = verified_client(cast["charlie"]).get("/admin/audit/").content.decode()
    with translation.override("fi"):
        assert translation.gettext("read feedback") in html


def test_administrator_changes_a_retention_period_and_bad_input_gets_an_error(
    cast: dict[str, Any],
) -> None:
    client = verified_client(cast["erik"])
    policy, _ = RetentionPolicy.objects.get_or_create(
        kind="feedback_contacts", defaults={"days": 90}
    )
    bad = client.post(f"/admin/retention/edit/{policy.pk}/", {"days": "-3"})
    assert bad.status_code == 200 and b"error" in bad.content.lower()
    good = client.post(f"/admin/retention/edit/{policy.pk}/", {"days": "45"})
    assert good.status_code == 302
    policy.refresh_from_db()
    assert policy.days == 45


def test_changes_to_retention_and_categories_are_audited(cast: dict[str, Any]) -> None:
    from tests.records.helpers import ensure_categories

    policy, _ = RetentionPolicy.objects.get_or_create(
        kind="feedback_contacts", defaults={"days": 90}
    )
    verified_client(cast["erik"]).post(f"/admin/retention/edit/{policy.pk}/", {"days": "60"})
    assert AuditEntry.objects.filter(action="core.retention.changed", actor=cast["erik"]).exists()
    category = ensure_categories()["topic"]["health"]
    client = verified_client(cast["charlie"])
    client.post(
        f"/admin/contact_categories/edit/{category.pk}/",
        {
            "kind": category.kind,
            "code": category.code,
            "label_fi": category.label_fi,
            "label_sv": category.label_sv,
            "label_en": "Renamed",
            "active": "on",
            "sort_order": str(category.sort_order),
        },
    )
    assert AuditEntry.objects.filter(
        action="records.category.changed", actor=cast["charlie"], object_id=str(category.pk)
    ).exists()
