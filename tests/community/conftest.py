from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from tests.staff import make_office
from tukipiste.community import services
from tukipiste.community.models import Audience, Group
from tukipiste.offices.models import ExceptionReason, OfficeException

T = dt.time
D = dt.date


def make_group(
    slug: str = "tuesday-group",
    *,
    office: str = "helsinki",
    starts_on: dt.date = dt.date(2026, 1, 13),
    interval_weeks: int = 1,
    facilitators: Any = (),
    **extra: Any,
) -> Group:
    return services.create_group(
        office=make_office(office),
        slug=slug,
        names={"fi": f"Ryhmä {slug}", "en": f"Group {slug}"},
        descriptions={"en": "We share a meal first."},
        audience=extra.pop("audience", Audience.OPEN),
        languages=extra.pop("languages", "fi, en"),
        starts_on=starts_on,
        start_time=extra.pop("start_time", T(14)),
        end_time=extra.pop("end_time", T(16)),
        interval_weeks=interval_weeks,
        facilitators=facilitators,
        **extra,
    )


def close_office(slug: str, day: dt.date) -> None:
    OfficeException.objects.create(
        office=make_office(slug), date=day, reason=ExceptionReason.PUBLIC_HOLIDAY
    )


@pytest.fixture
def group(db: None) -> Group:
    return make_group()
