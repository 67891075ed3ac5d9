"""Demo staff accounts for ``make run``: one per role, each with a known TOTP secret.

These exist only in demo data. The secrets are printed once, when the accounts are created,
and ``manage.py demo_totp <username>`` prints the current code for a newcomer without an
authenticator app at hand.
"""

from __future__ import annotations

import base64
from dataclasses import dataclass

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.db import transaction
from django_otp.plugins.otp_totp.models import TOTPDevice

from tukipiste.accounts.models import Role
from tukipiste.accounts.roles import GROUP_NAMES
from tukipiste.accounts.services import ensure_profile
from tukipiste.demo.logins import DEMO_PASSWORD
from tukipiste.offices.selectors import all_offices


@dataclass(frozen=True)
class DemoUser:
    username: str
    first_name: str
    role: str
    offices: tuple[str, ...]
    key_hex: str
    superuser: bool = False


DEMO_USERS = [
    DemoUser("worker", "Aino", Role.WORKER, ("helsinki",), "11" * 20),
    DemoUser("worker-turku", "Eeva", Role.WORKER, ("turku",), "22" * 20),
    DemoUser("peer", "Lin", Role.PEER_WORKER, ("helsinki",), "33" * 20),
    DemoUser("coordinator", "Sara", Role.COORDINATOR, (), "44" * 20),
    DemoUser("editor", "Mikko", Role.EDITOR, (), "55" * 20),
    DemoUser("admin", "Helmi", Role.ADMINISTRATOR, (), "66" * 20, superuser=True),
]


def base32(key_hex: str) -> str:
    return base64.b32encode(bytes.fromhex(key_hex)).decode()


@transaction.atomic
def load_demo_users() -> list[str]:
    """Create missing demo accounts; return a line per created account to print once."""
    users = get_user_model()
    offices = {o.slug: o for o in all_offices()}
    printed = []
    for demo in DEMO_USERS:
        if users.objects.filter(username=demo.username).exists():
            continue
        user = users.objects.create_user(
            username=demo.username,
            password=DEMO_PASSWORD,
            first_name=demo.first_name,
            email=f"{demo.username}@tukipiste.example",
            is_superuser=demo.superuser,
        )
        user.groups.add(Group.objects.get(name=GROUP_NAMES[demo.role]))
        profile = ensure_profile(user=user)
        profile.display_name = demo.first_name
        profile.save()
        profile.offices.set([offices[slug] for slug in demo.offices if slug in offices])
        TOTPDevice.objects.create(user=user, name="demo", key=demo.key_hex, confirmed=True)
        printed.append(
            f"  {demo.username:13} {GROUP_NAMES[demo.role]:15} TOTP secret {base32(demo.key_hex)}"
        )
    return printed
