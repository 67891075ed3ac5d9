"""The exports' rows: the annual report's tables and the pseudonymous contact rows."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any

from django.utils import timezone
from django.utils.translation import gettext as _

from tukipiste.records.choices import CategoryKind, Channel
from tukipiste.records.selectors import ContactRow
from tukipiste.stats.reports import Labels, Table


def table_rows(table: Table, *, numbers: bool) -> Iterator[list[Any]]:
    """A table as rows: header, then label and cells. With ``numbers`` shown counts are
    numbers (for XLSX), else text."""
    yield [table.title, *table.columns]
    for row in table.rows:
        yield [row.label, *((c.value if numbers and c.shown else str(c)) for c in row.cells)]


def legend_rows() -> list[list[str]]:
    return [
        [_("<5: fewer than five, hidden so that no person can be recognised.")],
        [_("x: hidden as well, so that a hidden number cannot be worked out from the total.")],
    ]


def report_csv_rows(title: str, tables: Iterable[Table]) -> Iterator[list[Any]]:
    yield [title]
    yield from legend_rows()
    for table in tables:
        yield []
        yield from table_rows(table, numbers=False)


def report_xlsx_sheets(title: str, tables: list[Table]) -> list[tuple[str, Iterable[list[Any]]]]:
    sheets: list[tuple[str, Iterable[list[Any]]]] = [(_("Read me"), [[title], *legend_rows()])]
    for table in tables:
        sheets.append((table.title, list(table_rows(table, numbers=True))))
    return sheets


def contact_header() -> list[str]:
    return [
        _("Contact"),
        _("Date"),
        _("Channel"),
        _("Office"),
        _("Locality"),
        _("Duration (minutes)"),
        _("Client (pseudonym)"),
        _("Age band"),
        _("Gender"),
        _("Work environment"),
        _("Language used"),
        _("Interpretation used"),
        _("Topics"),
        _("Services given"),
        _("Referrals to partners"),
        _("Supplies handed out"),
    ]


def contact_cells(row: ContactRow, labels: Labels) -> list[Any]:
    def of_kind(kind: str) -> str:
        return "; ".join(c.label for c in row.categories if c.kind == kind)

    return [
        row.pk,
        timezone.localtime(row.started_at).date().isoformat(),
        Channel(row.channel).label if row.channel in Channel.values else row.channel,
        row.office,
        row.locality,
        row.duration_seconds // 60,
        row.client,
        row.age_band.label if row.age_band else "",
        row.gender.label if row.gender else "",
        row.work_environment.label if row.work_environment else "",
        labels.languages.get(row.language, row.language),
        _("yes") if row.interpretation else _("no"),
        of_kind(CategoryKind.TOPIC),
        of_kind(CategoryKind.SERVICE),
        of_kind(CategoryKind.REFERRAL),
        "; ".join(f"{c.label} {n}" for c, n in row.supplies),
    ]


def contact_rows(rows: Iterable[ContactRow], labels: Labels) -> Iterator[list[Any]]:
    yield contact_header()
    for row in rows:
        yield contact_cells(row, labels)
