"""Writes of the staff back-office: roles, profiles, sessions."""

from __future__ import annotations

from django.contrib.auth.models import Group, Permission, User
from django.db import transaction
from django.db.models import F

from tukipiste.accounts.models import Role, StaffProfile
from tukipiste.accounts.roles import EDITOR_PAGE_PERMISSIONS, GROUP_NAMES, ROLE_PERMISSIONS


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
    """Log the user out of every browser at once (their next request is refused)."""
    profile = ensure_profile(user=user)
    StaffProfile.objects.filter(pk=profile.pk).update(
        session_generation=F("session_generation") + 1
    )
