"""Every field of our models is listed in docs/privacy.md, so none is added unreviewed."""

from __future__ import annotations

import re
from pathlib import Path

from django.apps import apps

INVENTORY = Path(__file__).resolve().parents[2] / "docs" / "privacy.md"
OUR_APPS = [
    "core",
    "accounts",
    "offices",
    "website",
    "chat",
    "appointments",
    "records",
    "outreach",
    "community",
    "ops",
]


def our_fields() -> set[str]:
    names = set()
    for label in OUR_APPS:
        if label not in apps.app_configs:
            continue
        for model in apps.get_app_config(label).get_models():
            fields = [*model._meta.local_fields, *model._meta.local_many_to_many]
            for field in fields:
                if field.auto_created or (field.remote_field and field.remote_field.parent_link):
                    continue
                names.add(f"{model._meta.label}.{field.name}")
    return names


def test_every_model_field_is_in_the_privacy_inventory() -> None:
    listed = set(re.findall(r"`([a-z]+\.[A-Za-z]+\.[a-z_]+)`", INVENTORY.read_text()))
    missing = sorted(our_fields() - listed)
    assert not missing, f"add these fields to docs/privacy.md: {missing}"


def test_inventory_lists_no_field_that_does_not_exist() -> None:
    listed = set(re.findall(r"`([a-z]+\.[A-Za-z]+\.[a-z_]+)`", INVENTORY.read_text()))
    assert not sorted(listed - our_fields())
