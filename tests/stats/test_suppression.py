"""Small-cell suppression, checked against tables worked out by hand."""

from __future__ import annotations

import pytest

from tukipiste.stats.suppression import suppress, suppress_list


def shown(table: list[list[object]]) -> list[list[str]]:
    return [[str(cell) for cell in row] for row in table]


@pytest.mark.parametrize(
    ("values", "total", "expected"),
    [
        # Nothing small: everything shown.
        ([10, 20, 30], True, ["10", "20", "30", "60"]),
        # Exactly the threshold is shown; one below is hidden.
        ([5, 9], True, ["5", "9", "14"]),
        # One small cell: the smallest other non-zero cell goes too, or 23 - 12 - 8 = 3.
        ([12, 3, 8], True, ["12", "<5", "x", "23"]),
        # A tie for the second cell: the first one in order.
        ([4, 6, 6], True, ["<5", "x", "6", "16"]),
        # Two small cells protect each other.
        ([1, 2, 50], True, ["<5", "<5", "50", "53"]),
        # A small total is hidden as well, zeros are shown.
        ([0, 3, 0], True, ["0", "<5", "0", "<5"]),
        ([2, 2], True, ["<5", "<5", "<5"]),
        # No total (a contact has several topics): no equation, only small cells hidden.
        ([3, 10], False, ["<5", "10"]),
        ([], True, ["0"]),
    ],
)
def test_one_column_tables(values: list[int], total: bool, expected: list[str]) -> None:
    assert [str(c) for c in suppress_list(values, total=total)] == expected


def test_a_small_cell_in_a_two_way_table_cannot_be_worked_out_from_any_total() -> None:
    # Row 0 has 3: hide 10 beside it (row), then 8 and 9 below them (columns).
    # Left: a+b=13, a+c=11, b+d=19, c+d=17 has many solutions.
    table = suppress([[3, 10, 12], [8, 9, 20]])
    assert shown(table) == [
        ["<5", "x", "12", "25"],
        ["x", "x", "20", "37"],
        ["11", "19", "32", "62"],
    ]


def test_a_small_row_total_spreads_to_the_row_below() -> None:
    # Row 0 (2, 1, total 3) is all small; each column and the totals column then has one
    # hidden entry, so the row below is hidden too, the grand total stays.
    table = suppress([[2, 1], [7, 9]])
    assert shown(table) == [
        ["<5", "<5", "<5"],
        ["x", "x", "x"],
        ["9", "10", "19"],
    ]


def test_hiding_cascades_until_no_line_has_a_single_hidden_entry() -> None:
    # 2 is small; 7 beside it goes (row 0). Column 0 then has only a zero left, so its
    # total 7 goes; column 1 hides 30. Next round: row 1 (0, x | 30) hides its total,
    # the totals row (x, 32 | 39) hides 32 and the totals column (9, x | 39) hides 9.
    table = suppress([[7, 2], [0, 30]])
    assert shown(table) == [
        ["x", "<5", "x"],
        ["0", "x", "x"],
        ["x", "x", "39"],
    ]


def test_rows_without_small_cells_and_zero_rows_are_untouched() -> None:
    assert shown(suppress([[0, 0], [5, 6]])) == [
        ["0", "0", "0"],
        ["5", "6", "11"],
        ["5", "6", "11"],
    ]


def test_threshold_one_hides_nothing() -> None:
    assert shown(suppress([[1, 2]], threshold=1)) == [["1", "2", "3"], ["1", "2", "3"]]


def test_negative_counts_and_ragged_tables_are_programming_errors() -> None:
    with pytest.raises(ValueError):
        suppress([[1, -1]])
    with pytest.raises(ValueError):
        suppress([[1, 2], [3]])
