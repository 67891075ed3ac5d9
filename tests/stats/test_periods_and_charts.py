"""Periods of whole months, and charts that escape what they draw."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import pytest

from tukipiste.stats import charts
from tukipiste.stats.periods import Period


def test_a_period_lists_its_months_and_the_same_months_a_year_earlier() -> None:
    period = Period.of_months(202411, 202502)
    assert period.months() == [202411, 202412, 202501, 202502]
    assert period.year_before() == Period.of_months(202311, 202402)
    assert len(Period.year(2025).months()) == 12
    with pytest.raises(ValueError):
        Period.of_months(202502, 202501)


def test_a_period_ending_in_december_is_bounded_by_the_next_new_year() -> None:
    helsinki = ZoneInfo("Europe/Helsinki")
    start, end = Period.of_months(202411, 202412).bounds(helsinki)
    assert start == dt.datetime(2024, 11, 1, tzinfo=helsinki)
    assert end == dt.datetime(2025, 1, 1, tzinfo=helsinki)


def test_charts_escape_labels_and_draw_no_bar_for_hidden_numbers() -> None:
    svg = charts.bars("c", "<b>Topics</b>", [("<script>x</script>", 7), ("hidden", None)])
    assert "<script>" not in svg and "&lt;script&gt;" in svg
    assert svg.count("<rect") == 1
    assert 'role="img"' in svg and "&lt;b&gt;Topics" in svg
    columns = charts.columns("m", "t", ["1/25", "2/25"], [charts.Series("a", [3, None])])
    assert columns.count("<rect") == 1
