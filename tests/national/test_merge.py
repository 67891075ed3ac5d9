"""Duplicates under spelling variants: caught when a locality or partner is saved, offered
for merging, and a merge moves every reference before deleting the duplicate (audited)."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from tests.national.conftest import path_in, town
from tests.records.helpers import ensure_categories, local, record
from tests.staff import make_office, verified_client
from tukipiste.core.models import AuditEntry
from tukipiste.national import selectors, services
from tukipiste.national.choices import PartnerKind, TrainingForm
from tukipiste.national.models import Partner, ServicePath, Training
from tukipiste.offices.models import Locality
from tukipiste.records.models import Contact

pytestmark = pytest.mark.django_db


def test_spelling_variants_of_a_town_are_offered_as_duplicates(cast: dict[str, Any]) -> None:
    turku = town("turku", "Turku", "Åbo")
    typo = town("turkku", "Turkku", "Turkku")
    town("tampere", "Tampere", "Tammerfors")
    assert selectors.locality_duplicates() == [(turku, typo)]


def test_merging_a_locality_moves_contacts_offices_partners_paths_and_trainings(
    cast: dict[str, Any],
) -> None:
    ensure_categories()
    turku = town("turku", "Turku", "Åbo")
    typo = town("abo", "Åboo", "Åboo")
    office = make_office("turku")
    office.locality = typo
    office.save()
    contact = record(
        channel="outreach_outdoor", started_at=local(dt.date(2025, 5, 5)), locality=typo
    )
    path = path_in(typo)
    training = services.record_training(
        date=dt.date(2025, 1, 1),
        form=TrainingForm.TRAINING,
        topic="T",
        participants=9,
        locality=typo,
    )
    moved = services.merge_localities(keep=turku, duplicate=typo, by=cast["charlie"])
    assert moved >= 5
    assert not Locality.objects.filter(pk=typo.pk).exists()
    office.refresh_from_db()
    assert office.locality == turku
    assert Contact.objects.get(pk=contact.pk).locality == turku
    assert ServicePath.objects.get(pk=path.pk).locality == turku
    assert Partner.objects.get(pk=path.partner_id).locality == turku
    assert Training.objects.get(pk=training.pk).locality == turku
    entry = AuditEntry.objects.get(action="national.locality.merged")
    assert entry.actor == cast["charlie"] and entry.object_id == str(turku.pk)


def test_a_worker_may_not_merge(cast: dict[str, Any]) -> None:
    turku, typo = town("turku", "Turku", "Åbo"), town("turkku", "Turkku", "Turkku")
    with pytest.raises(PermissionError):
        services.merge_localities(keep=turku, duplicate=typo, by=cast["alice"])
    assert Locality.objects.filter(pk=typo.pk).exists()


def test_a_locality_is_not_merged_into_itself(cast: dict[str, Any]) -> None:
    turku = town("turku", "Turku", "Åbo")
    with pytest.raises(services.MergeRefused):
        services.merge_localities(keep=turku, duplicate=turku, by=cast["charlie"])


def test_two_towns_with_a_partner_of_one_name_wait_for_the_partners_merge(
    cast: dict[str, Any],
) -> None:
    turku, typo = town("turku", "Turku", "Åbo"), town("turkku", "Turkku", "Turkku")
    for loc in (turku, typo):
        services.create_partner(name="Kriisikeskus", kind=PartnerKind.CRISIS_HELP, locality=loc)
    with pytest.raises(services.MergeRefused):
        services.merge_localities(keep=turku, duplicate=typo, by=cast["charlie"])
    assert Locality.objects.filter(pk=typo.pk).exists()


def test_merging_partners_keeps_history_contacts_paths_and_the_letter(cast: dict[str, Any]) -> None:
    turku = town("turku", "Turku", "Åbo")
    keep = services.create_partner(
        name="Turun kriisikeskus", kind=PartnerKind.CRISIS_HELP, locality=turku
    )
    dup = services.create_partner(
        name="Turun kriisikeskus ry.",
        kind=PartnerKind.CRISIS_HELP,
        locality=turku,
        letter_of_intent_on=dt.date(2019, 1, 1),
        contact_persons=[{"name": "Ville"}],
    )
    services.add_cooperation(partner=dup, date=dt.date(2019, 2, 1), kind="meeting")
    assert selectors.partner_duplicates() == [(keep, dup)]
    services.merge_partners(keep=keep, duplicate=dup, by=cast["charlie"])
    keep.refresh_from_db()
    assert keep.letter_of_intent and keep.letter_of_intent_on == dt.date(2019, 1, 1)
    assert [p.name for p in keep.contact_persons.all()] == ["Ville"]
    assert keep.cooperation.count() == 1
    assert AuditEntry.objects.filter(action="national.partner.merged").count() == 1


LOCALITY_ADD = "/admin/snippets/offices/locality/add/"


def test_a_new_locality_like_an_existing_one_waits_for_confirmation(cast: dict[str, Any]) -> None:
    town("turku", "Turku", "Åbo")
    client = verified_client(cast["charlie"])
    typed = {"name_fi": "Turkku", "name_sv": "Åboo", "region": "varsinais-suomi", "slug": "turkku"}
    response = client.post(LOCALITY_ADD, typed)
    assert response.status_code == 409
    page = response.content.decode()
    assert "Turku" in page and 'value="Turkku"' in page and 'value="Åboo"' in page  # nothing lost
    assert not Locality.objects.filter(slug="turkku").exists()
    response = client.post(LOCALITY_ADD, {**typed, "not_a_duplicate": "1"})
    assert response.status_code == 302
    assert Locality.objects.filter(slug="turkku").exists()


def test_a_new_partner_like_one_in_the_same_town_is_stopped_with_its_text_kept(
    cast: dict[str, Any],
) -> None:
    turku = town("turku", "Turku", "Åbo")
    services.create_partner(name="Turun kriisikeskus", kind=PartnerKind.CRISIS_HELP, locality=turku)
    client = verified_client(cast["charlie"])
    data = {
        "name": "Turun kriisikeskus ry",
        "kind": "crisis_help",
        "locality": str(turku.pk),
        "notes": "Tärkeä muistiinpano",
        "active": "on",
        "contact_persons-TOTAL_FORMS": "0",
        "contact_persons-INITIAL_FORMS": "0",
        "contact_persons-MIN_NUM_FORMS": "0",
        "contact_persons-MAX_NUM_FORMS": "1000",
        "cooperation-TOTAL_FORMS": "0",
        "cooperation-INITIAL_FORMS": "0",
        "cooperation-MIN_NUM_FORMS": "0",
        "cooperation-MAX_NUM_FORMS": "1000",
    }
    response = client.post("/admin/snippets/national/partner/add/", data)
    assert response.status_code == 200
    page = response.content.decode()
    assert "similar name" in page or "samankaltainen nimi" in page
    assert "Tärkeä muistiinpano" in response.content.decode()
    assert Partner.objects.count() == 1
    response = client.post(
        "/admin/snippets/national/partner/add/", {**data, "not_a_duplicate": "on"}
    )
    assert response.status_code == 302
    assert Partner.objects.count() == 2


@pytest.mark.parametrize(("who", "allowed"), [("charlie", True), ("alice", False), ("dora", False)])
def test_the_duplicates_page_and_merge_are_for_coordinators(
    cast: dict[str, Any], who: str, allowed: bool
) -> None:
    turku, typo = town("turku", "Turku", "Åbo"), town("turkku", "Turkku", "Turkku")
    client = verified_client(cast[who])
    page = client.get("/admin/national/duplicates/")
    merged = client.post(
        "/admin/national/duplicates/merge/",
        {"kind": "locality", "keep": turku.pk, "duplicate": typo.pk},
    )
    if allowed:
        assert page.status_code == 200 and "Turkku" in page.content.decode()
        assert merged.status_code == 302
        assert not Locality.objects.filter(pk=typo.pk).exists()
    else:
        assert page.status_code in (302, 403) and merged.status_code in (302, 403)
        assert Locality.objects.filter(pk=typo.pk).exists()


def test_a_merge_with_nonsense_input_explains_and_changes_nothing(cast: dict[str, Any]) -> None:
    town("turku", "Turku", "Åbo")
    client = verified_client(cast["charlie"])
    response = client.post("/admin/national/duplicates/merge/", {"kind": "locality", "keep": "x"})
    assert response.status_code == 302
    assert Locality.objects.count() == 1
