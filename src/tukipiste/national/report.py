"""The project indicators as a table of the funder's annual report (``stats``' exports
write it like their own tables)."""

from __future__ import annotations

from django.utils.translation import gettext as _

from tukipiste.national.selectors import indicator_tables
from tukipiste.stats.reports import Row, Table
from tukipiste.stats.suppression import Cell


def indicators_table(*, year: int) -> Table:
    """One row per indicator: the year's result, the goal period's result and its target
    (counts of people suppressed as every count of people in the report)."""
    rows: list[Row] = []
    for table in indicator_tables(year=year):
        column = table.column_of(year)
        period = f"{table.first_year}–{table.last_year}"
        for line in table.lines:
            rows.append(
                Row(
                    f"{line.label} ({period})"
                    if table.first_year != table.last_year
                    else line.label,
                    [
                        line.years[column],
                        line.period,
                        Cell(line.target) if line.target is not None else Cell(0),
                    ],
                )
            )
    return Table(
        key="national_indicators",
        title=_("Project indicators against the goals"),
        columns=[str(year), _("Goal period"), _("Goal")],
        rows=rows,
        note=_("A goal of 0: no goal set for the period."),
    )
