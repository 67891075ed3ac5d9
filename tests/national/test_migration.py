"""The referral entries of the contact records become references to kinds of partner
without losing a past record: migrated backwards and forwards over the demo data."""

from __future__ import annotations

import io

import pytest
from django.core.management import call_command
from django.db import connection
from django.db.migrations.executor import MigrationExecutor

from tests.records.helpers import ensure_categories
from tukipiste.national.models import ReferralTarget
from tukipiste.records.models import Category, ContactCategory


def migrate_to(target: str) -> None:
    executor = MigrationExecutor(connection)
    executor.migrate([("national", target)])


def referral_links() -> list[tuple[int, int]]:
    return sorted(
        ContactCategory.objects.filter(category__kind="referral").values_list(
            "contact_id", "category_id"
        )
    )


def test_referrals_gain_partner_kinds_and_every_past_contact_keeps_its_referral(
    transactional_db: None,
) -> None:
    ensure_categories()  # a flush by an earlier test of this process removes the lists
    call_command("load_demo", stdout=io.StringIO())
    before = referral_links()
    assert len(before) > 50, "the demo contacts carry referrals"
    migrate_to("0001_initial")
    assert not ReferralTarget.objects.exists()
    assert referral_links() == before
    # An entry a coordinator added before the migration leads to "other" until told.
    Category.objects.create(
        kind="referral",
        code="local-ngo",
        label_fi="Paikallinen yhdistys",
        label_sv="Lokal förening",
        label_en="Local NGO",
    )
    migrate_to("0002_referral_targets")
    assert referral_links() == before
    targets = {
        t.category.code: t.partner_kind for t in ReferralTarget.objects.select_related("category")
    }
    assert set(targets) == set(
        Category.objects.filter(kind="referral").values_list("code", flat=True)
    )
    assert targets["police"] == "police"
    assert targets["sexual-health-clinic"] == "sexual_health"
    assert targets["trafficking-assistance"] == "victim_support"
    assert targets["local-ngo"] == "other"
    # Backwards and forwards again: the same result, nothing doubled, nothing lost.
    migrate_to("0001_initial")
    migrate_to("0002_referral_targets")
    assert ReferralTarget.objects.count() == len(targets)
    assert referral_links() == before


@pytest.mark.django_db
def test_the_migration_maps_every_seeded_referral_code() -> None:
    import importlib

    migration = importlib.import_module("tukipiste.national.migrations.0002_referral_targets")
    seeded = importlib.import_module("tukipiste.records.migrations.0003_seed_categories")
    from tukipiste.national.choices import REFERRAL_CODE_KINDS, PartnerKind

    codes = {code for code, *_ in seeded.LISTS["referral"]}
    assert set(migration.CODE_KINDS) == codes == set(REFERRAL_CODE_KINDS)
    assert set(migration.CODE_KINDS.values()) <= set(PartnerKind.values)
    assert {k: str(v) for k, v in REFERRAL_CODE_KINDS.items()} == migration.CODE_KINDS
