"""Localities are unique whatever the case; the services create offices and localities
whole and never undo an editor's corrections; the demo places its offices."""

from __future__ import annotations

import datetime as dt

import pytest
from django.db import IntegrityError, transaction

from tests.staff import make_locality
from tukipiste.offices import services
from tukipiste.offices.models import Locality, Office

pytestmark = pytest.mark.django_db
T = dt.time


@pytest.mark.parametrize("field", ["name_fi", "name_sv"])
def test_the_same_name_in_another_case_is_refused(field: str) -> None:
    Locality.objects.create(name_fi="Vaasa", name_sv="Vasa", region="pohjanmaa", slug="vaasa")
    names = {"name_fi": "Kokkola", "name_sv": "Karleby"}
    names[field] = {"name_fi": "VAASA", "name_sv": "vasa"}[field]
    with pytest.raises(IntegrityError), transaction.atomic():
        Locality.objects.create(**names, region="pohjanmaa", slug="other")


def test_a_locality_is_shown_by_its_finnish_name() -> None:
    assert str(make_locality("pori", name_sv="Björneborg")) == "Pori"


def test_ensure_locality_finds_by_slug_or_name_and_keeps_corrections() -> None:
    made = services.ensure_locality(
        slug="lahti", name_fi="Lahti", name_sv="Lahtis", region="paijat-hame"
    )
    made.name_sv = "Lahtis stad"
    made.save()
    again = services.ensure_locality(
        slug="lahti", name_fi="Lahti", name_sv="Lahtis", region="paijat-hame"
    )
    by_name = services.ensure_locality(
        slug="lahti-2", name_fi="LAHTI", name_sv="Lahtis", region="paijat-hame"
    )
    assert again.pk == by_name.pk == made.pk
    assert Locality.objects.get().name_sv == "Lahtis stad"


def test_create_office_stores_its_hours_and_exceptions() -> None:
    tampere = make_locality("tampere", name_sv="Tammerfors", region="pirkanmaa")
    office = services.create_office(
        name="Tampere",
        slug="tampere",
        street_address="Testikatu 1",
        postal_code="33210",
        city="Tampere",
        phone="+358 40 000 0000",
        latitude="61.5",
        longitude="23.8",
        locality=tampere,
        weekly=[services.WeeklyHours(kind="chat", weekday=0, opens=T(12), closes=T(15))],
        changes=[services.DatedChange(date=dt.date(2026, 12, 9), reason="training")],
    )
    assert office.locality == tampere
    assert [(h.service, h.weekday) for h in office.hours.all()] == [("chat", 0)]
    assert [(e.reason, e.service, e.is_closed) for e in office.exceptions.all()] == [
        ("training", "", True)
    ]


def test_a_locality_in_use_cannot_be_deleted() -> None:
    from django.db.models import ProtectedError

    from tests.staff import make_office

    office = make_office("turku")
    office.locality = make_locality("turku")
    office.save()
    with pytest.raises(ProtectedError):
        Locality.objects.get().delete()


def test_demo_data_places_its_three_offices_and_lists_outreach_towns() -> None:
    from tukipiste.demo.loader import load_demo
    from tukipiste.offices.selectors import localities_without_office

    load_demo()
    placed = {
        o.slug: (o.locality.name_fi, o.locality.name_sv, o.locality.region)
        for o in Office.objects.select_related("locality")
    }
    assert placed == {
        "helsinki": ("Helsinki", "Helsingfors", "uusimaa"),
        "tampere": ("Tampere", "Tammerfors", "pirkanmaa"),
        "turku": ("Turku", "Åbo", "varsinais-suomi"),
    }
    towns = {loc.name_fi: loc.name_sv for loc in localities_without_office()}
    assert towns["Oulu"] == "Uleåborg" and towns["Vaasa"] == "Vasa" and len(towns) == 8
    # A second run creates nothing and changes nothing.
    assert load_demo()["offices"] == 0
    assert Locality.objects.count() == 11
