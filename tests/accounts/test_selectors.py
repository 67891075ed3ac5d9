"""The one staff identity and scoping API: names, chat limits, offices, scope by role."""

from __future__ import annotations

from typing import Any

import pytest
from django.contrib.auth.models import AnonymousUser

from tests.staff import make_office
from tukipiste.accounts import selectors
from tukipiste.accounts.services import ensure_profile


def test_display_name_prefers_the_profile_then_the_first_name_then_the_username(
    cast: dict[str, Any],
) -> None:
    alice = cast["alice"]
    assert selectors.display_name(alice) == "alice"
    alice.first_name = "Alice"
    assert selectors.display_name(alice) == "Alice"
    profile = ensure_profile(user=alice)
    profile.display_name = "Aino"
    profile.save()
    alice.refresh_from_db()
    assert selectors.display_name(alice) == "Aino"


def test_chat_limit_is_the_profiles_or_the_default(cast: dict[str, Any]) -> None:
    from django.contrib.auth import get_user_model

    profile = ensure_profile(user=cast["alice"])
    profile.chat_limit = 5
    profile.save()
    cast["alice"].refresh_from_db()
    assert selectors.chat_limit(cast["alice"]) == 5
    newcomer = get_user_model().objects.create_user(username="newcomer")
    assert selectors.chat_limit(newcomer) == selectors.DEFAULT_CHAT_LIMIT


def test_primary_office_is_the_first_own_office_in_display_order(cast: dict[str, Any]) -> None:
    tampere, turku = make_office("tampere"), make_office("turku")
    tampere.sort_order, turku.sort_order = 2, 1
    tampere.save()
    turku.save()
    bob = cast["bob"]
    ensure_profile(user=bob).offices.add(tampere)
    assert selectors.primary_office(bob) == turku
    # A coordinator sees every office but works for none of them.
    assert selectors.primary_office(cast["charlie"]) is None
    assert selectors.primary_office(AnonymousUser()) is None


@pytest.mark.parametrize(
    ("name", "all_offices", "slugs"),
    [
        ("alice", False, {"helsinki"}),
        ("bob", False, {"turku"}),
        ("peter", False, {"helsinki"}),
        ("charlie", True, {"helsinki", "turku", "tampere"}),
        ("dora", False, set()),
        ("erik", True, {"helsinki", "turku", "tampere"}),
    ],
)
def test_scope_of_each_role(
    cast: dict[str, Any], name: str, all_offices: bool, slugs: set[str]
) -> None:
    make_office("tampere")
    user = cast[name]
    assert selectors.sees_all_offices(user) is all_offices
    assert {o.slug for o in selectors.offices_visible_to(user)} == slugs
    assert selectors.office_ids_visible_to(user) == {
        o.pk for o in selectors.offices_visible_to(user)
    }


def test_an_anonymous_or_deactivated_user_sees_no_office(cast: dict[str, Any]) -> None:
    assert not selectors.sees_all_offices(AnonymousUser())
    assert list(selectors.offices_visible_to(AnonymousUser())) == []
    charlie = cast["charlie"]
    charlie.is_active = False
    charlie.save()
    assert not selectors.sees_all_offices(charlie)
    assert selectors.office_ids_visible_to(charlie) == set()
