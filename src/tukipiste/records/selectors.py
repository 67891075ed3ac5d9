"""Reads of contact records, named for the viewer."""

from __future__ import annotations

from django.contrib.auth import get_user_model
from django.contrib.auth.models import AnonymousUser, User
from django.db.models import Q, QuerySet

from tukipiste.accounts.selectors import offices_visible_to, sees_all_offices
from tukipiste.core import codes
from tukipiste.records.models import PEER_CHANNELS, Category, ClientCode, Contact

Viewer = User | AnonymousUser


def _scoped(user: Viewer) -> QuerySet[Contact]:
    if sees_all_offices(user):
        return Contact.objects.all()
    return Contact.objects.filter(Q(office__in=offices_visible_to(user)) | Q(recorded_by=user))


def contacts_visible_to(user: Viewer) -> QuerySet[Contact]:
    """Workers see the contacts of their offices and those they recorded, coordinators all;
    a peer worker sees only the contacts they recorded."""
    if not user.is_authenticated or not user.is_active:
        return Contact.objects.none()
    if user.has_perm("records.view_contact"):
        return _scoped(user)
    if user.has_perm("records.add_contact"):
        return Contact.objects.filter(recorded_by=user)
    return Contact.objects.none()


def contacts_editable_by(user: Viewer) -> QuerySet[Contact]:
    """Workers edit the contacts they see; a peer worker, their own group and outreach
    contacts."""
    if not user.is_authenticated or not user.is_active:
        return Contact.objects.none()
    if user.has_perm("records.change_contact"):
        return contacts_visible_to(user)
    if user.has_perm("records.add_contact"):
        return Contact.objects.filter(recorded_by=user, channel__in=PEER_CHANNELS)
    return Contact.objects.none()


def contacts_deletable_by(user: Viewer) -> QuerySet[Contact]:
    if not user.is_authenticated or not user.is_active:
        return Contact.objects.none()
    if user.has_perm("records.delete_contact"):
        return contacts_visible_to(user)
    return Contact.objects.none()


def contact_list_for(user: Viewer) -> QuerySet[Contact]:
    """The contact list of the back-office, with everything a row shows fetched at once."""
    return (
        contacts_visible_to(user)
        .select_related("office", "age_band", "gender", "recorded_by")
        .prefetch_related("categories")
        .order_by("-started_at", "-pk")
    )


def categories_for_forms() -> list[Category]:
    """Every category in list order (one query); forms pick the active ones and those a
    contact already uses."""
    return list(Category.objects.order_by("kind", "sort_order", "pk"))


def staff_who_record() -> QuerySet[User]:
    """Staff who may be recorded as present at a contact."""
    return (
        get_user_model()
        .objects.filter(
            is_active=True,
            groups__permissions__content_type__app_label="records",
            groups__permissions__codename="add_contact",
        )
        .select_related("staff_profile")
        .distinct()
        .order_by("first_name", "username")
    )


def client_code_for(*, typed: str) -> ClientCode | None:
    """The client code a worker typed from a client's card, if it exists."""
    if not codes.is_well_formed(typed, length=ClientCode.CODE_LENGTH):
        return None
    # Codes given before the keyed hash were stored as the SHA-256 of the bare code.
    hashes = codes.lookup_hashes(
        typed, purpose=ClientCode.CODE_PURPOSE, legacy=[codes.normalise(typed)]
    )
    return ClientCode.objects.filter(code_hash__in=hashes).first()
