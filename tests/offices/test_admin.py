"""Localities are kept in the back-office by editors and coordinators, and by no one else."""

from __future__ import annotations

from typing import Any

import pytest

from tests.staff import verified_client
from tukipiste.offices.models import Locality

ADD = "/admin/snippets/offices/locality/add/"


@pytest.mark.parametrize("name", ["charlie", "dora"])
def test_editors_and_coordinators_add_a_locality(cast: dict[str, Any], name: str) -> None:
    data = {"name_fi": "Kotka", "name_sv": "Kotka", "region": "kymenlaakso", "slug": "kotka"}
    response = verified_client(cast[name]).post(ADD, data)
    assert response.status_code == 302
    assert Locality.objects.get(slug="kotka").region == "kymenlaakso"


@pytest.mark.parametrize("name", ["alice", "peter", "erik"])
def test_other_roles_do_not_add_localities(cast: dict[str, Any], name: str) -> None:
    data = {"name_fi": "Kotka", "name_sv": "Kotka", "region": "kymenlaakso", "slug": "kotka"}
    response = verified_client(cast[name]).post(ADD, data)
    assert response.status_code in (302, 403)
    assert not Locality.objects.exists()


def test_a_name_already_listed_in_another_case_gets_a_form_error(cast: dict[str, Any]) -> None:
    Locality.objects.create(name_fi="Kotka", name_sv="Kotka", region="kymenlaakso", slug="kotka")
    data = {"name_fi": "KOTKA", "name_sv": "Kotka", "region": "kymenlaakso", "slug": "kotka-2"}
    response = verified_client(cast["charlie"]).post(ADD, data)
    assert response.status_code == 200
    assert Locality.objects.count() == 1
