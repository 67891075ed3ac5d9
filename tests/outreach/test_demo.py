"""The demo's outreach: months of sessions of every kind, written through the services,
and a second run adds nothing."""

from __future__ import annotations

from typing import Any

import pytest

from tests.records.helpers import ensure_categories
from tests.staff import make_locality, make_office, make_staff
from tukipiste.accounts.services import sync_roles
from tukipiste.demo.outreach import load_outreach
from tukipiste.outreach.models import Forum, OutreachSession, SessionContact

pytestmark = pytest.mark.django_db


@pytest.fixture
def places(db: None) -> Any:
    sync_roles()
    ensure_categories()
    for slug, sv in [("helsinki", "Helsingfors"), ("tampere", "Tammerfors"), ("turku", "Åbo")]:
        office = make_office(slug)
        office.locality = make_locality(slug, name_sv=sv)
        office.save()
    make_locality("lahti", name_sv="Lahtis")
    make_locality("pori", name_sv="Björneborg")
    make_staff("worker", "worker", ["helsinki"])
    make_staff("worker-turku", "worker", ["turku"])
    make_staff("peer", "peer_worker", ["helsinki"])


def test_the_demo_logs_months_of_street_venue_and_online_outreach_once(places: Any) -> None:
    made = load_outreach()
    sessions = OutreachSession.objects.all()
    assert made == sessions.count() > 50
    assert set(sessions.values_list("environment", flat=True)) == {"outdoor", "indoor", "online"}
    assert Forum.objects.count() == 3
    assert not sessions.filter(environment="online", forum__isnull=True).exists()
    assert not sessions.exclude(environment="online").filter(venue="").exists()
    assert sessions.filter(locality__slug__in=["lahti", "pori"]).exists()  # mobile trips
    assert SessionContact.objects.count() > 100
    assert load_outreach() == 0 and OutreachSession.objects.count() == made
