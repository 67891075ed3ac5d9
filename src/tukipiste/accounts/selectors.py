"""Reads of the staff back-office, named for the viewer."""

from __future__ import annotations

from typing import TYPE_CHECKING

from django.contrib.auth.models import AnonymousUser, User
from django.db.models import QuerySet

from tukipiste.offices.selectors import all_offices

if TYPE_CHECKING:
    from tukipiste.offices.models import Office


def sees_all_offices(user: User | AnonymousUser) -> bool:
    """Coordinators and administrators see every office; workers only their own."""
    return bool(user.is_active and user.has_perm("accounts.view_all_offices"))


def offices_visible_to(user: User | AnonymousUser) -> QuerySet[Office]:
    """The offices whose client data ``user`` may see and record."""
    if not user.is_authenticated or not user.is_active:
        return all_offices().none()
    if sees_all_offices(user):
        return all_offices()
    return all_offices().filter(staff__user=user)


def office_ids_visible_to(user: User | AnonymousUser) -> set[int]:
    return set(offices_visible_to(user).values_list("pk", flat=True))


def user_of_current_session(*, user_id: int, session_key: str) -> User | None:
    """The staff user of a live, two-factor-verified session, read fresh; None otherwise.

    A session ends by logout, by "log out everywhere" (its generation falls behind), by the
    idle timeout (its expiry passes) or when the account is deactivated. Long-lived
    connections (the chat console's socket) ask this again and again.
    """
    from django.contrib.auth import get_user_model
    from django.contrib.sessions.models import Session
    from django.utils import timezone
    from django_otp import DEVICE_ID_SESSION_KEY
    from django_otp.models import Device

    from tukipiste.accounts.signals import SESSION_GENERATION_KEY

    if not user_id or not session_key:
        return None
    row = Session.objects.filter(session_key=session_key, expire_date__gt=timezone.now()).first()
    if row is None:
        return None
    data = row.get_decoded()
    if str(data.get("_auth_user_id")) != str(user_id):
        return None
    user = get_user_model().objects.filter(pk=user_id, is_active=True).first()
    if user is None:
        return None
    profile = getattr(user, "staff_profile", None)
    if data.get(SESSION_GENERATION_KEY, 0) != (profile.session_generation if profile else 0):
        return None
    device_id = data.get(DEVICE_ID_SESSION_KEY)
    if not device_id or Device.from_persistent_id(device_id) is None:
        return None
    return user
