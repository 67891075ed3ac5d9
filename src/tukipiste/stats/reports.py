"""Tables of the dashboard and of the funder's annual report, labelled and suppressed.

Pure functions of the numbers that ``selectors.counts_for`` reads; the views render them
and the exports write them, so a chart, its table and an export never disagree.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Protocol

from django.utils.formats import date_format
from django.utils.safestring import SafeString
from django.utils.translation import gettext as _

from tukipiste.core.months import first_day, month_of_year, year_of
from tukipiste.records.choices import OUTREACH_CHANNELS, CategoryKind, Channel, Dimension
from tukipiste.stats import charts
from tukipiste.stats.periods import Period
from tukipiste.stats.selectors import Counts, Scope
from tukipiste.stats.suppression import THRESHOLD, Cell, Hidden, suppress, suppress_list

NO_SUPPRESSION = 1  # a threshold below every positive count


class Category(Protocol):
    """What the reports read of a contact category (as ``records.selectors`` returns it)."""

    @property
    def pk(self) -> Any: ...
    @property
    def kind(self) -> str: ...
    @property
    def code(self) -> str: ...
    @property
    def label(self) -> str: ...
    @property
    def sort_order(self) -> int: ...
    @property
    def active(self) -> bool: ...


@dataclass
class Row:
    label: str
    cells: list[Cell]
    total: bool = False


@dataclass
class Table:
    key: str
    title: str
    columns: list[str]
    rows: list[Row]
    note: str = ""
    chart: SafeString | None = None
    legend: SafeString | None = None


def month_label(month: int) -> str:
    return date_format(first_day(month), "F Y")


def short_month(month: int) -> str:
    return f"{month_of_year(month)}/{year_of(month) % 100:02d}"


def _primary(value: int, threshold: int) -> Cell:
    """A count shown on its own, not part of a sum: only small values are hidden."""
    return Cell(value, Hidden.SMALL if 0 < value < threshold else Hidden.NO, threshold)


class Labels:
    """Names of offices, channels and category values in the viewer's language."""

    def __init__(self, scope: Scope, categories: Mapping[int, Category]) -> None:
        self.offices = {pk: office.name for pk, office in scope.offices.items()}
        self.categories = categories
        self.languages = {
            c.code: c.label for c in categories.values() if c.kind == CategoryKind.LANGUAGE
        }

    def office(self, key: int) -> str:
        if key in self.offices:
            return self.offices[key]
        return _("No office") if key == 0 else _("Other office")

    def channel(self, value: str) -> str:
        return str(Channel(value).label) if value in Channel.values else value

    def value(self, dimension: str, value: str) -> str:
        if value == "":
            return _("Not recorded")
        if dimension == Dimension.LANGUAGE:
            return self.languages.get(value, value)
        category = self.categories.get(int(value)) if value.isdigit() else None
        return category.label if category else value

    def order(self, dimension: str, values: Iterable[str]) -> list[str]:
        """Values in list order (categories by their order, "not recorded" last)."""
        position: dict[str, tuple[int, int, str]] = {}
        codes = {c.code: c for c in self.categories.values() if c.kind == CategoryKind.LANGUAGE}
        for value in values:
            if value == "":
                position[value] = (2, 0, "")
            elif dimension == Dimension.LANGUAGE:
                c = codes.get(value)
                position[value] = (0, c.sort_order, value) if c else (1, 0, value)
            else:
                cat = self.categories.get(int(value)) if value.isdigit() else None
                position[value] = (0, cat.sort_order, value) if cat else (1, 0, value)
        return sorted(position, key=lambda v: position[v])


def _channels_in(counts: Counts, months: set[int]) -> list[str]:
    present = {ch for (m, _o, ch), n in counts.contacts.items() if m in months and n}
    return [c for c in Channel.values if c in present]


def contacts_by_month(counts: Counts, period: Period, labels: Labels, threshold: int) -> Table:
    months = period.months()
    channels = _channels_in(counts, set(months))
    grid = [[0] * len(channels) for _m in months]
    index = {m: i for i, m in enumerate(months)}
    column = {c: j for j, c in enumerate(channels)}
    for (month, _office, channel), n in counts.contacts.items():
        if month in index and channel in column:
            grid[index[month]][column[channel]] += n
    table = suppress(grid, threshold=threshold) if channels else []
    rows = [Row(month_label(m), table[i]) for i, m in enumerate(months)] if channels else []
    if channels:
        rows.append(Row(_("Total"), table[-1], total=True))
    series = [
        charts.Series(
            labels.channel(c),
            [table[i][j].value if table[i][j].shown else None for i in range(len(months))],
            charts.PALETTE[Channel.values.index(c) % len(charts.PALETTE)],
        )
        for j, c in enumerate(channels)
    ]
    title = _("Contacts per month by channel")
    return Table(
        key="contacts",
        title=title,
        columns=[labels.channel(c) for c in channels] + [_("Total")],
        rows=rows,
        chart=charts.columns("chart-contacts", title, [short_month(m) for m in months], series),
        legend=charts.legend(series),
    )


def clients_by_month(counts: Counts, period: Period, labels: Labels, threshold: int) -> Table:
    months = period.months()
    by_month_channel = counts.clients_by.get("month_channel", {})
    channels = [c for c in Channel.values if any(k[1] == c for k in by_month_channel)]
    rows = []
    for m in months:
        cells = [_primary(by_month_channel.get((m, c), 0), threshold) for c in channels]
        cells.append(_primary(counts.clients_by.get("month", {}).get(m, 0), threshold))
        rows.append(Row(month_label(m), cells))
    totals = [_primary(counts.clients_by.get("channel", {}).get(c, 0), threshold) for c in channels]
    totals.append(_primary(counts.clients_total, threshold))
    rows.append(Row(_("Whole period"), totals, total=True))
    title = _("Unique clients per month (contacts with a client code)")
    values = [row.cells[-1] for row in rows[:-1]]
    series = [charts.Series(_("Unique clients"), [c.value if c.shown else None for c in values])]
    return Table(
        key="clients",
        title=title,
        columns=[labels.channel(c) for c in channels] + [_("All channels")],
        rows=rows,
        note=_(
            "A client is counted once per row and column, so the totals are not sums of the cells."
        ),
        chart=charts.columns("chart-clients", title, [short_month(m) for m in months], series),
    )


def year_over_year(counts: Counts, period: Period, threshold: int) -> Table:
    months = period.months()
    before = period.year_before().months()
    per_month: dict[int, int] = {}
    for (month, _office, _channel), n in counts.contacts.items():
        per_month[month] = per_month.get(month, 0) + n
    per_month_before: dict[int, int] = {}
    for (month, _office, _channel), n in counts.contacts_year_before.items():
        per_month_before[month] = per_month_before.get(month, 0) + n
    grid = [
        [per_month.get(m, 0), per_month_before.get(b, 0)]
        for m, b in zip(months, before, strict=True)
    ]
    table = suppress(grid, threshold=threshold, row_totals=False)
    rows = [Row(month_label(m), table[i]) for i, m in enumerate(months)]
    rows.append(Row(_("Total"), table[-1], total=True))
    title = _("Contacts compared with the year before")
    series = [
        charts.Series(
            _("This period"), [r.cells[0].value if r.cells[0].shown else None for r in rows[:-1]]
        ),
        charts.Series(
            _("A year earlier"),
            [r.cells[1].value if r.cells[1].shown else None for r in rows[:-1]],
            charts.PREVIOUS,
        ),
    ]
    return Table(
        key="year-over-year",
        title=title,
        columns=[_("This period"), _("A year earlier")],
        rows=rows,
        chart=charts.columns(
            "chart-yoy", title, [short_month(m) for m in months], series, stacked=False
        ),
        legend=charts.legend(series),
    )


def distribution(
    counts: Counts,
    labels: Labels,
    dimension: str,
    title: str,
    *,
    threshold: int,
    additive: bool,
    column: str,
    categories: Sequence[Category] = (),
) -> Table:
    """One dimension as a list: each value's contacts (or items), then the total when the
    values add up to it (one value per contact)."""
    present = {v for (d, v), n in counts.values.items() if d == dimension and n}
    present |= {
        str(c.pk) if dimension != Dimension.LANGUAGE else c.code for c in categories if c.active
    }
    values = labels.order(dimension, present)
    numbers = [counts.values.get((dimension, v), 0) for v in values]
    if dimension == Dimension.SUPPLY:  # items handed out, not people: nothing to hide
        cells = [Cell(n) for n in numbers] + [Cell(sum(numbers))]
    else:
        cells = suppress_list(numbers, threshold=threshold, total=additive)
    rows = [Row(labels.value(dimension, v), [cells[i]]) for i, v in enumerate(values)]
    if additive or dimension == Dimension.SUPPLY:
        rows.append(Row(_("Total"), [cells[-1]], total=True))
    chart_items = [
        (r.label, r.cells[0].value if r.cells[0].shown else None) for r in rows if not r.total
    ]
    return Table(
        key=dimension,
        title=title,
        columns=[column],
        rows=rows,
        note="" if additive else _("A contact can have several, so there is no total."),
        chart=charts.bars(f"chart-{dimension}", title, chart_items) if rows else None,
    )


DISTRIBUTIONS: list[tuple[str, Callable[[], str], bool, CategoryKind | None]] = [
    (Dimension.TOPIC, lambda: _("Topics"), False, CategoryKind.TOPIC),
    (Dimension.LANGUAGE, lambda: _("Languages used"), True, None),
    (Dimension.GENDER, lambda: _("Genders"), True, CategoryKind.GENDER),
    (Dimension.AGE_BAND, lambda: _("Age bands"), True, CategoryKind.AGE_BAND),
    (
        Dimension.WORK_ENVIRONMENT,
        lambda: _("Work environments"),
        True,
        CategoryKind.WORK_ENVIRONMENT,
    ),
    (Dimension.SERVICE, lambda: _("Services given"), False, CategoryKind.SERVICE),
    (Dimension.SUPPLY, lambda: _("Supplies handed out"), False, CategoryKind.SUPPLY),
    (Dimension.REFERRAL, lambda: _("Referrals to partners"), False, CategoryKind.REFERRAL),
]


def dashboard_tables(counts: Counts, *, period: Period, labels: Labels, exact: bool) -> list[Table]:
    """Every table of the dashboard, in page order."""
    threshold = NO_SUPPRESSION if exact else THRESHOLD
    by_kind: dict[str, list[Category]] = {}
    for category in labels.categories.values():
        by_kind.setdefault(category.kind, []).append(category)
    tables = [
        contacts_by_month(counts, period, labels, threshold),
        clients_by_month(counts, period, labels, threshold),
        year_over_year(counts, period, threshold),
    ]
    for dimension, title, additive, kind in DISTRIBUTIONS:
        column = _("Items") if dimension == Dimension.SUPPLY else _("Contacts")
        tables.append(
            distribution(
                counts,
                labels,
                dimension,
                title(),
                threshold=threshold,
                additive=additive,
                column=column,
                categories=by_kind.get(kind or CategoryKind.LANGUAGE, []),
            )
        )
    return tables


def chat_feedback_table(ratings: Mapping[int, int], *, exact: bool) -> Table:
    """Clients' answers to "did this chat help?" (1-5) and their total, small counts
    suppressed as every other table."""
    threshold = NO_SUPPRESSION if exact else THRESHOLD
    values = [int(ratings.get(n, 0)) for n in range(1, 6)]
    cells = suppress_list(values, threshold=threshold)
    labels = [
        _("1 – not at all"),
        "2",
        "3",
        "4",
        _("5 – very much"),
    ]
    rows = [Row(label, [cell]) for label, cell in zip(labels, cells[:5], strict=True)]
    rows.append(Row(_("Total"), [cells[-1]], total=True))
    return Table(
        key="chat-feedback",
        title=_("Did the chat help? Clients' answers after a chat"),
        columns=[_("Answers")],
        rows=rows if sum(values) else [],
    )


def _two_columns(
    key: str,
    title: str,
    labels: Sequence[str],
    contacts: Sequence[int],
    clients: Sequence[int],
    clients_total: int,
) -> Table:
    """Contacts (a sum: suppressed with its total) beside unique clients (not a sum)."""
    contact_cells = suppress_list(contacts)
    client_cells = [_primary(n, THRESHOLD) for n in clients] + [_primary(clients_total, THRESHOLD)]
    rows = [Row(label, [contact_cells[i], client_cells[i]]) for i, label in enumerate(labels)]
    rows.append(Row(_("Total"), [contact_cells[-1], client_cells[-1]], total=True))
    return Table(key=key, title=title, columns=[_("Contacts"), _("Unique clients")], rows=rows)


def group_meetings_table(
    meetings: Mapping[tuple[int, int], int],
    people: Mapping[tuple[int, int], int],
    *,
    year: int,
    labels: Labels,
) -> Table:
    """Group meetings held (their head count recorded) and the people at them, by month
    (1-12) and office. Meetings are not people and are shown as they are; the people are
    suppressed like every count of people."""
    offices = sorted({o for _m, o in meetings}, key=lambda k: (k == 0, labels.office(k)))
    rows: list[Row] = []
    if offices:
        months = Period.year(year).months()
        held = [[meetings.get((month_of_year(m), o), 0) for o in offices] for m in months]
        came = suppress(
            [[people.get((month_of_year(m), o), 0) for o in offices] for m in months],
            row_totals=False,
        )
        held_total = [sum(col) for col in zip(*held, strict=True)]
        for i, m in enumerate(months):
            cells = [_primary(n, NO_SUPPRESSION) for n in held[i]] + came[i]
            rows.append(Row(month_label(m), cells))
        rows.append(
            Row(
                _("Total"),
                [_primary(n, NO_SUPPRESSION) for n in held_total] + came[-1],
                total=True,
            )
        )
    columns = [_("Meetings: %(office)s") % {"office": labels.office(o)} for o in offices] + [
        _("People: %(office)s") % {"office": labels.office(o)} for o in offices
    ]
    return Table(
        key="group_meetings",
        title=_("Group meetings held and people at them, by month"),
        columns=columns,
        rows=rows,
    )


def annual_report(counts: Counts, *, year: int, labels: Labels) -> list[Table]:
    """The funder's report of one year; every count of people is suppressed."""
    by_office: dict[int, int] = {}
    by_channel: dict[str, int] = {}
    outreach: dict[tuple[int, str], int] = {}
    groups: dict[tuple[int, int], int] = {}
    for (month, office, channel), n in counts.contacts.items():
        by_office[office] = by_office.get(office, 0) + n
        by_channel[channel] = by_channel.get(channel, 0) + n
        if channel in OUTREACH_CHANNELS:
            outreach[(office, channel)] = outreach.get((office, channel), 0) + n
        if channel == Channel.GROUP:
            groups[(month, office)] = groups.get((month, office), 0) + n
    clients = counts.clients_by
    offices = sorted(
        set(by_office) | set(clients.get("office", {})), key=lambda k: (k == 0, labels.office(k))
    )
    channels = [c for c in Channel.values if by_channel.get(c) or clients.get("channel", {}).get(c)]
    tables = [
        _two_columns(
            "offices",
            _("Contacts and unique clients by office"),
            [labels.office(k) for k in offices],
            [by_office.get(k, 0) for k in offices],
            [clients.get("office", {}).get(k, 0) for k in offices],
            counts.clients_total,
        ),
        _two_columns(
            "channels",
            _("Contacts and unique clients by channel"),
            [labels.channel(c) for c in channels],
            [by_channel.get(c, 0) for c in channels],
            [clients.get("channel", {}).get(c, 0) for c in channels],
            counts.clients_total,
        ),
    ]
    for dimension, title, client_key in (
        (Dimension.GENDER, _("Contacts and unique clients by gender"), "gender"),
        (Dimension.AGE_BAND, _("Contacts and unique clients by age band"), "age_band"),
        (Dimension.LANGUAGE, _("Contacts and unique clients by language"), "language"),
    ):
        by_client = clients.get(client_key, {})
        present = {v for (d, v), n in counts.values.items() if d == dimension and n}
        if dimension == Dimension.LANGUAGE:
            present |= set(by_client)
            client_of = lambda v, m=by_client: m.get(v, 0)  # noqa: E731
        else:
            present |= {str(k) if k else "" for k in by_client}
            client_of = lambda v, m=by_client: m.get(int(v) if v else 0, 0)  # noqa: E731
        values = labels.order(dimension, present)
        tables.append(
            _two_columns(
                dimension,
                title,
                [labels.value(dimension, v) for v in values],
                [counts.values.get((dimension, v), 0) for v in values],
                [client_of(v) for v in values],
                counts.clients_total,
            )
        )
    outreach_offices = sorted({o for o, _c in outreach}, key=lambda k: (k == 0, labels.office(k)))
    if outreach_offices:
        grid = [[outreach.get((o, c), 0) for c in OUTREACH_CHANNELS] for o in outreach_offices]
        table = suppress(grid)
        rows = [Row(labels.office(o), table[i]) for i, o in enumerate(outreach_offices)]
        rows.append(Row(_("Total"), table[-1], total=True))
    else:
        rows = []
    tables.append(
        Table(
            key="outreach",
            title=_("Outreach contacts by office"),
            columns=[labels.channel(c) for c in OUTREACH_CHANNELS] + [_("Total")],
            rows=rows,
        )
    )
    group_offices = sorted({o for _m, o in groups}, key=lambda k: (k == 0, labels.office(k)))
    months = Period.year(year).months()
    if group_offices:
        grid = [[groups.get((m, o), 0) for o in group_offices] for m in months]
        table = suppress(grid)
        rows = [Row(month_label(m), table[i]) for i, m in enumerate(months)]
        rows.append(Row(_("Total"), table[-1], total=True))
    else:
        rows = []
    tables.append(
        Table(
            key="groups",
            title=_("Group attendance (contacts in groups) by month"),
            columns=[labels.office(o) for o in group_offices] + [_("Total")],
            rows=rows,
        )
    )
    return tables
