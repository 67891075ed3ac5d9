"""Reads of the staff back-office, named for the viewer."""

from __future__ import annotations

from django.contrib.auth.models import AnonymousUser, User
from django.db.models import QuerySet

from tukipiste.website.models import Office


def sees_all_offices(user: User | AnonymousUser) -> bool:
    """Coordinators and administrators see every office; workers only their own."""
    return bool(user.is_active and user.has_perm("accounts.view_all_offices"))


def offices_visible_to(user: User | AnonymousUser) -> QuerySet[Office]:
    """The offices whose client data ``user`` may see and record."""
    if not user.is_authenticated or not user.is_active:
        return Office.objects.none()
    if sees_all_offices(user):
        return Office.objects.all()
    return Office.objects.filter(staff__user=user)


def office_ids_visible_to(user: User | AnonymousUser) -> set[int]:
    return set(offices_visible_to(user).values_list("pk", flat=True))
