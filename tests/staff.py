"""The fixed cast of the permission tests: staff of each role, logged in as a person would."""

from __future__ import annotations

from typing import Any

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.test import Client
from django_otp.oath import totp
from django_otp.plugins.otp_totp.models import TOTPDevice

from tukipiste.accounts.roles import GROUP_NAMES
from tukipiste.accounts.services import ensure_profile, sync_roles
from tukipiste.offices.models import Locality, Office

PASSWORD = "correct horse battery staple"


def make_office(slug: str) -> Office:
    return Office.objects.get_or_create(
        slug=slug,
        defaults={
            "name": slug.title(),
            "street_address": "Testikatu 1",
            "postal_code": "00100",
            "city": slug.title(),
            "phone": "+358 40 000 0000",
            "latitude": "60.0",
            "longitude": "24.0",
        },
    )[0]


def make_locality(slug: str, *, name_sv: str = "", region: str = "uusimaa") -> Locality:
    name = slug.title()
    return Locality.objects.get_or_create(
        slug=slug, defaults={"name_fi": name, "name_sv": name_sv or name, "region": region}
    )[0]


def make_staff(
    username: str, role: str | None, offices: list[str] = (), superuser: bool = False
) -> Any:  # type: ignore[assignment]
    user = get_user_model().objects.create_user(
        username=username,
        password=PASSWORD,
        is_superuser=superuser,
        email=f"{username}@example.org",
    )
    if role:
        user.groups.add(Group.objects.get(name=GROUP_NAMES[role]))
    profile = ensure_profile(user=user)
    profile.offices.set([make_office(slug) for slug in offices])
    TOTPDevice.objects.create(user=user, name="app", key="12" * 20, confirmed=True)
    return user


def current_code(user: Any) -> str:
    device = TOTPDevice.objects.get(user=user, confirmed=True)
    return f"{totp(device.bin_key):06d}"


def verified_client(user: Any) -> Client:
    """A client logged in with password and second factor, as through the login pages."""
    # A code is accepted once; tests that log the same user in twice within one 30-second
    # step forget the previous use, as a later step would.
    TOTPDevice.objects.filter(user=user).update(last_t=-1, throttling_failure_count=0)
    client = Client()
    response = client.post("/admin/login/", {"username": user.username, "password": PASSWORD})
    assert response.status_code == 302, response.content[:500]
    response = client.post("/admin/2fa/verify/", {"token": current_code(user), "next": "/admin/"})
    assert response.status_code == 302 and response["Location"] == "/admin/", response.content[:500]
    return client


def wagtail_root() -> Any:
    """The tree's root page; created as Wagtail's migrations do when a flush by an earlier
    test removed it."""
    from django.conf import settings
    from wagtail.models import Locale, Page

    root = Page.get_first_root_node()
    if root is None:
        locale, _ = Locale.objects.get_or_create(language_code=settings.LANGUAGE_CODE)
        root = Page.add_root(instance=Page(title="Root", slug="root", locale=locale))
    return root


def make_cast() -> dict[str, Any]:
    """Alice and Bob are workers of Helsinki and Turku, Peter a peer worker of Helsinki,
    Charlie a coordinator, Dora a content editor and Erik an administrator."""
    wagtail_root()  # editors' page permissions hang on it (a flush by an earlier test drops it)
    sync_roles()
    return {
        "alice": make_staff("alice", "worker", ["helsinki"]),
        "bob": make_staff("bob", "worker", ["turku"]),
        "peter": make_staff("peter", "peer_worker", ["helsinki"]),
        "charlie": make_staff("charlie", "coordinator"),
        "dora": make_staff("dora", "editor"),
        "erik": make_staff("erik", "administrator"),
    }
