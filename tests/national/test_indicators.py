"""The project indicators: counted from trainings, partners and outreach contacts, set
against the goals, with the statistics' suppression of small counts of people."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from tests.national.conftest import town
from tests.records.helpers import ensure_categories, local, record
from tukipiste.national import indicators, selectors, services
from tukipiste.national.choices import Indicator, PartnerKind, TrainingForm
from tukipiste.stats.suppression import Hidden


def line(table: indicators.PeriodTable, indicator: str) -> indicators.Line:
    return next(x for x in table.lines if x.indicator == indicator)


def test_small_counts_of_people_are_hidden_and_cannot_be_recovered_from_the_total() -> None:
    by_year = {
        (Indicator.PEOPLE_REACHED, 2018): 3,
        (Indicator.PEOPLE_REACHED, 2019): 40,
        (Indicator.PEOPLE_REACHED, 2020): 50,
        (Indicator.TRAININGS_HELD, 2018): 2,
    }
    table = indicators.period_table(
        first_year=2018,
        last_year=2020,
        by_year=by_year,
        localities_by_year={},
        targets={Indicator.PEOPLE_REACHED: 100, Indicator.TRAININGS_HELD: 4},
    )
    people = line(table, Indicator.PEOPLE_REACHED)
    assert [str(c) for c in people.years] == ["<5", "x", "50"]
    assert people.years[1].hidden is Hidden.SECONDARY
    assert str(people.period) == "93" and people.share == 93
    trainings = line(table, Indicator.TRAININGS_HELD)  # not people: shown as they are
    assert [str(c) for c in trainings.years] == ["2", "0", "0"] and trainings.share == 50


def test_a_hidden_period_total_gives_no_share_of_the_goal() -> None:
    table = indicators.period_table(
        first_year=2018,
        last_year=2018,
        by_year={(Indicator.PROFESSIONALS_TRAINED, 2018): 4},
        localities_by_year={},
        targets={Indicator.PROFESSIONALS_TRAINED: 10},
    )
    trained = line(table, Indicator.PROFESSIONALS_TRAINED)
    assert str(trained.period) == "<5" and trained.share is None and not trained.reached


def test_a_town_reached_in_two_years_counts_once_over_the_period() -> None:
    table = indicators.period_table(
        first_year=2018,
        last_year=2020,
        by_year={(Indicator.LOCALITIES_REACHED, 2018): 2, (Indicator.LOCALITIES_REACHED, 2019): 2},
        localities_by_year={2018: {1, 2}, 2019: {2, 3}, 2020: set()},
        targets={Indicator.LOCALITIES_REACHED: 3},
    )
    reached = line(table, Indicator.LOCALITIES_REACHED)
    assert str(reached.period) == "3" and reached.share == 100 and reached.reached


@pytest.mark.parametrize(
    ("year", "periods"),
    [(2019, [(2018, 2020)]), (2023, [(2023, 2023)]), (2020, [(2018, 2020), (2020, 2022)])],
)
def test_the_periods_of_a_year_are_its_goal_periods_or_the_year_alone(
    year: int, periods: list[tuple[int, int]]
) -> None:
    assert indicators.periods_covering(year, [(2018, 2020), (2020, 2022), (2024, 2026)]) == periods


@pytest.mark.django_db
def test_indicator_counts_read_trainings_letters_and_outreach_contacts(
    cast: dict[str, Any],
) -> None:
    ensure_categories()
    turku = town("turku", "Turku", "Åbo")
    oulu = town("oulu", "Oulu", "Uleåborg", "pohjois-pohjanmaa")
    pori = town("pori", "Pori", "Björneborg", "satakunta")
    from tests.staff import make_office

    office = make_office("turku")
    office.locality = turku
    office.save()
    clinic = services.create_partner(
        name="Klinikka",
        kind=PartnerKind.HEALTH,
        locality=oulu,
        letter_of_intent_on=dt.date(2019, 5, 1),
    )
    services.create_partner(name="Poliisi", kind=PartnerKind.POLICE, locality=pori)
    services.record_training(
        date=dt.date(2019, 3, 1),
        form=TrainingForm.TRAINING,
        topic="A",
        participants=12,
        partner=clinic,
    )
    services.record_training(
        date=dt.date(2019, 4, 1),
        form=TrainingForm.CONSULTATION,
        topic="B",
        participants=2,
        partner=clinic,
    )
    services.record_training(
        date=dt.date(2019, 6, 1),
        form=TrainingForm.TRAINING,
        topic="C",
        participants=8,
        locality=turku,
    )  # a town with an office
    for day in (dt.date(2019, 8, 1), dt.date(2019, 8, 2)):
        record(channel="outreach_outdoor", started_at=local(day), locality=pori)
    record(channel="drop_in", started_at=local(dt.date(2019, 8, 3)), office=office)
    counts = selectors.indicator_counts(years=[2018, 2019])
    assert counts.by_year[(Indicator.TRAININGS_HELD, 2019)] == 2
    assert counts.by_year[(Indicator.PROFESSIONALS_TRAINED, 2019)] == 20
    assert counts.by_year[(Indicator.PEOPLE_REACHED, 2019)] == 2
    assert counts.by_year[(Indicator.PARTNERS_WITH_LETTER, 2018)] == 0
    assert counts.by_year[(Indicator.PARTNERS_WITH_LETTER, 2019)] == 1
    assert counts.localities_by_year[2019] == {oulu.pk, pori.pk}
    services.set_goal(
        indicator=Indicator.LOCALITIES_REACHED, first_year=2018, last_year=2020, target=2
    )
    (table,) = selectors.indicator_tables(year=2019)
    assert (table.first_year, table.last_year) == (2018, 2020)
    assert line(table, Indicator.LOCALITIES_REACHED).share == 100
    assert str(line(table, Indicator.PEOPLE_REACHED).years[1]) == "<5"


@pytest.mark.django_db
def test_visits_are_days_with_contacts_in_the_town(cast: dict[str, Any]) -> None:
    ensure_categories()
    pori = town("pori", "Pori", "Björneborg", "satakunta")
    for day in (dt.date(2025, 8, 1), dt.date(2025, 8, 1), dt.date(2025, 9, 2), dt.date(2024, 1, 5)):
        record(channel="outreach_indoor", started_at=local(day), locality=pori)
    (row,) = [r for r in selectors.locality_overview(years=[2024, 2025]) if r.locality == pori]
    assert row.visits_by_year == {2024: 1, 2025: 2}
    assert row.contacts_by_year == {2024: 1, 2025: 3}
    assert row.has_office is False
