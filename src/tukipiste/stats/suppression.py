"""Small-cell suppression of count tables (pure, no Django).

A count from 1 to ``threshold - 1`` could point at a person, so it is hidden ("<5", the
*primary* suppression). A hidden count must not be recoverable from the totals: in every
line of the table (a row or column together with its total) that has exactly one hidden
entry, one more entry is hidden (*secondary* suppression, shown as "x"), the smallest
non-zero inner cell of that line, else its total. This repeats until no line has a single
hidden entry. Zeros are shown: an empty cell points at nobody.

This is the line-by-line rule statistics offices use for simple tables; it does not defend
against every combination of several tables' equations, which is why the exports publish
few, fixed tables.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from enum import Enum

THRESHOLD = 5


class Hidden(Enum):
    NO = ""
    SMALL = "small"
    SECONDARY = "secondary"


@dataclass(frozen=True)
class Cell:
    value: int
    hidden: Hidden = Hidden.NO
    threshold: int = THRESHOLD

    @property
    def shown(self) -> bool:
        return self.hidden is Hidden.NO

    def __str__(self) -> str:
        if self.hidden is Hidden.SMALL:
            return f"<{self.threshold}"
        if self.hidden is Hidden.SECONDARY:
            return "x"
        return str(self.value)


def suppress(
    cells: Sequence[Sequence[int]],
    *,
    threshold: int = THRESHOLD,
    row_totals: bool = True,
    column_totals: bool = True,
) -> list[list[Cell]]:
    """Suppress a table of counts and return it with its totals.

    ``cells`` is a list of rows. With ``row_totals`` each row gains its sum as a last
    entry; with ``column_totals`` a last row of column sums is added (and, with both, the
    grand total). Without any total the table has no equations, so only primary
    suppression applies.
    """
    grid = [list(row) for row in cells]
    width = len(grid[0]) if grid else 0
    if any(len(row) != width for row in grid):
        raise ValueError("every row needs the same number of cells")
    if any(value < 0 for row in grid for value in row):
        raise ValueError("counts cannot be negative")
    inner_rows, inner_cols = len(grid), width
    if row_totals:
        grid = [[*row, sum(row)] for row in grid]
    if column_totals:
        grid.append([sum(row[j] for row in grid) for j in range(len(grid[0]) if grid else 0)])
    hidden = [[Hidden.SMALL if 0 < v < threshold else Hidden.NO for v in row] for row in grid]

    # A line: the positions of its inner cells and of its total.
    lines: list[tuple[list[tuple[int, int]], tuple[int, int]]] = []
    if row_totals:
        for i in range(len(grid)):
            lines.append(([(i, j) for j in range(inner_cols)], (i, inner_cols)))
    if column_totals:
        total_cols = inner_cols + (1 if row_totals else 0)
        for j in range(total_cols):
            lines.append(([(i, j) for i in range(inner_rows)], (inner_rows, j)))

    changed = True
    while changed:
        changed = False
        for inner, total in lines:
            members = [*inner, total]
            if sum(1 for i, j in members if hidden[i][j] is not Hidden.NO) != 1:
                continue
            candidates = [(grid[i][j], n, (i, j)) for n, (i, j) in enumerate(inner)]
            candidates = [
                c for c in candidates if c[0] > 0 and hidden[c[2][0]][c[2][1]] is Hidden.NO
            ]
            if candidates:
                _value, _order, (i, j) = min(candidates)
            elif hidden[total[0]][total[1]] is Hidden.NO:
                i, j = total
            else:  # only a zero line could get here, and zeros are never hidden
                continue
            hidden[i][j] = Hidden.SECONDARY
            changed = True
    return [
        [Cell(value, hidden[i][j], threshold) for j, value in enumerate(row)]
        for i, row in enumerate(grid)
    ]


def suppress_list(
    values: Sequence[int], *, threshold: int = THRESHOLD, total: bool = True
) -> list[Cell]:
    """A one-column table: each value, then (with ``total``) their sum."""
    if not values:
        return [Cell(0, Hidden.NO, threshold)] if total else []
    table = suppress(
        [[v] for v in values], threshold=threshold, row_totals=False, column_totals=total
    )
    return [row[0] for row in table]
