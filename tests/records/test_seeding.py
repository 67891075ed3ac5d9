"""The seeder makes the same data from the same seed and counts it as the services would."""

from __future__ import annotations

from typing import Any

from tests.records.helpers import rollup_rows
from tests.staff import make_office
from tukipiste.records import services
from tukipiste.records.models import Contact, ContactCategory
from tukipiste.records.seeding import seed_contacts


def test_seeded_contacts_are_counted_exactly_like_recorded_ones(
    lists: dict[str, Any], cast: dict[str, Any]
) -> None:
    make_office("helsinki")
    make_office("turku")
    assert seed_contacts(count=400, seed=7, years=2) == 400
    assert Contact.objects.count() == 400
    assert ContactCategory.objects.exists()
    seeded = rollup_rows()
    services.rebuild_rollups()
    assert rollup_rows() == seeded
    # Seeding more adds to what is there.
    assert seed_contacts(count=100, seed=7, years=2) == 100
    assert Contact.objects.count() == 500
    incremental = rollup_rows()
    services.rebuild_rollups()
    assert rollup_rows() == incremental


def test_the_same_seed_gives_the_same_contacts(lists: dict[str, Any], cast: dict[str, Any]) -> None:
    make_office("helsinki")

    def snapshot() -> list[tuple[Any, ...]]:
        return list(
            Contact.objects.order_by("pk").values_list(
                "started_at", "channel", "office_id", "gender_id", "language"
            )
        )

    seed_contacts(count=50, seed=3, years=1)
    first = snapshot()
    Contact.objects.all().delete()
    from tukipiste.records.models import ClientCode

    ClientCode.objects.all().delete()
    seed_contacts(count=50, seed=3, years=1)
    assert snapshot() == first


def test_replicating_copies_contacts_with_new_clients_and_recounts(
    lists: dict[str, Any], cast: dict[str, Any]
) -> None:
    from tukipiste.records.models import ClientCode, ClientCount
    from tukipiste.records.seeding import replicate_contacts

    make_office("helsinki")
    seed_contacts(count=60, seed=5, years=1)
    clients = ClientCode.objects.count()
    yearly = dict(
        ClientCount.objects.filter(grain="Y", office_key=-1, channel="*", facet="").values_list(
            "period", "amount"
        )
    )
    assert replicate_contacts(copies=2) == 120
    assert Contact.objects.count() == 180
    assert ClientCode.objects.count() == 3 * clients
    copied = rollup_rows()
    services.rebuild_rollups()
    assert rollup_rows() == copied
    assert dict(
        ClientCount.objects.filter(grain="Y", office_key=-1, channel="*", facet="").values_list(
            "period", "amount"
        )
    ) == {period: 3 * amount for period, amount in yearly.items()}
