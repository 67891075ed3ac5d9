"""Writes of the staff back-office: roles, profiles, sessions."""

from __future__ import annotations

import datetime as dt

from django.contrib.auth.models import Group, Permission, User
from django.db import transaction
from django.db.models import F

from tukipiste.accounts.models import Role, StaffProfile
from tukipiste.accounts.roles import EDITOR_PAGE_PERMISSIONS, GROUP_NAMES, ROLE_PERMISSIONS
from tukipiste.accounts.signals import staff_access_changed


@transaction.atomic
def sync_roles() -> None:
    """Create the role groups and give each exactly the permissions of ``ROLE_PERMISSIONS``."""
    from wagtail.models import GroupPagePermission, Page

    # Wagtail installs two sample groups; the roles below replace them.
    Group.objects.filter(name__in=["Moderators", "Editors"], user__isnull=True).delete()
    for role, codenames in ROLE_PERMISSIONS.items():
        group, _ = Group.objects.get_or_create(name=GROUP_NAMES[role])
        wanted = []
        for dotted in sorted(codenames):
            app_label, codename = dotted.split(".", 1)
            permission = Permission.objects.filter(
                content_type__app_label=app_label, codename=codename
            ).first()
            if permission is not None:  # an app not migrated yet is synced on its migrate
                wanted.append(permission)
        group.permissions.set(wanted)
        if role == Role.EDITOR:
            root = Page.get_first_root_node()
            if root is not None:
                for codename in EDITOR_PAGE_PERMISSIONS:
                    permission = Permission.objects.filter(
                        content_type__app_label="wagtailcore", codename=codename
                    ).first()
                    if permission is not None:
                        GroupPagePermission.objects.get_or_create(
                            group=group, page=root, permission=permission
                        )


def ensure_profile(*, user: User) -> StaffProfile:
    """Return the user's staff profile, creating an empty one when missing."""
    profile, _ = StaffProfile.objects.get_or_create(user=user)
    return profile


def end_all_sessions(*, user: User) -> None:
    """Log the user out of every browser and open socket at once."""
    from tukipiste.core.audit import log_action

    profile = ensure_profile(user=user)
    with transaction.atomic():
        StaffProfile.objects.filter(pk=profile.pk).update(
            session_generation=F("session_generation") + 1
        )
        log_action(actor=user, action="accounts.session.ended_everywhere", obj=user)
        access_changed(user_id=user.pk)


def access_changed(*, user_id: int) -> None:
    """Tell long-lived connections of this user to check their session again (on commit)."""
    transaction.on_commit(lambda: staff_access_changed.send(sender=User, user_id=user_id))


def keep_session_alive(*, session_key: str) -> None:
    """Push a live session's idle timeout forward (work on a socket is activity too)."""
    from django.conf import settings
    from django.contrib.sessions.models import Session
    from django.utils import timezone

    now = timezone.now()
    Session.objects.filter(session_key=session_key, expire_date__gt=now).update(
        expire_date=now + dt.timedelta(seconds=settings.SESSION_COOKIE_AGE)
    )
