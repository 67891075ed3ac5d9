"""Month arithmetic of periods, and charts that escape what they draw."""

from __future__ import annotations

import pytest

from tukipiste.stats import charts
from tukipiste.stats.periods import Period, add_months


@pytest.mark.parametrize(
    ("month", "count", "expected"),
    [
        (202501, 1, 202502),
        (202512, 1, 202601),
        (202501, -1, 202412),
        (202503, -12, 202403),
        (202511, 14, 202701),
        (202412, 0, 202412),
    ],
)
def test_add_months_crosses_years(month: int, count: int, expected: int) -> None:
    assert add_months(month, count) == expected


def test_a_period_lists_its_months_and_the_same_months_a_year_earlier() -> None:
    period = Period(202411, 202502)
    assert period.months() == [202411, 202412, 202501, 202502]
    assert period.year_before() == Period(202311, 202402)
    assert len(Period.year(2025).months()) == 12
    with pytest.raises(ValueError):
        Period(202502, 202501)


def test_charts_escape_labels_and_draw_no_bar_for_hidden_numbers() -> None:
    svg = charts.bars("c", "<b>Topics</b>", [("<script>x</script>", 7), ("hidden", None)])
    assert "<script>" not in svg and "&lt;script&gt;" in svg
    assert svg.count("<rect") == 1
    assert 'role="img"' in svg and "&lt;b&gt;Topics" in svg
    columns = charts.columns("m", "t", ["1/25", "2/25"], [charts.Series("a", [3, None])])
    assert columns.count("<rect") == 1
