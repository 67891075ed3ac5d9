"""Fixtures of the national project's tests: towns, partners and paths in a few lines."""

from __future__ import annotations

from typing import Any

import pytest

from tests.staff import make_locality, make_office
from tukipiste.national import services
from tukipiste.national.choices import Need, PartnerKind
from tukipiste.offices.models import Locality


def town(slug: str, fi: str, sv: str, region: str = "varsinais-suomi") -> Locality:
    loc = make_locality(slug, name_sv=sv, region=region)
    Locality.objects.filter(pk=loc.pk).update(name_fi=fi)
    loc.refresh_from_db()
    return loc


def path_in(locality: Locality, *, need: str = Need.SEXUAL_HEALTH, public: bool = True) -> Any:
    partner = services.create_partner(
        name=f"Klinikka {locality.slug} {need} {public}",
        kind=PartnerKind.SEXUAL_HEALTH,
        locality=locality,
        contact_persons=[{"name": "Kaisa Testinen", "phone": "+358 40 000 9999"}],
    )
    texts = {
        code: {
            "service": f"Clinic [{code}]",
            "hours": f"Hours [{code}]",
            "description": f"About [{code}]",
        }
        for code in ("fi", "sv", "en", "ru", "th", "es", "ro")
    }
    return services.add_service_path(
        locality=locality,
        need=need,
        partner=partner,
        texts=texts,
        languages="fi, en, ru",
        how_to_refer="Soita ja kerro, että ohjaus tulee meiltä.",
        public=public,
    )


@pytest.fixture
def towns(db: None) -> dict[str, Locality]:
    return {
        "turku": town("turku", "Turku", "Åbo"),
        "tampere": town("tampere", "Tampere", "Tammerfors", "pirkanmaa"),
        "oulu": town("oulu", "Oulu", "Uleåborg", "pohjois-pohjanmaa"),
    }


@pytest.fixture
def office_in_turku(towns: dict[str, Locality]) -> Any:
    office = make_office("turku")
    office.locality = towns["turku"]
    office.save()
    return office
