"""Back-office views of statistics: the dashboard and the exports (read only)."""

from __future__ import annotations

from typing import cast
from urllib.parse import urlencode

from django.contrib.auth.models import User
from django.core.exceptions import PermissionDenied
from django.http import HttpRequest, HttpResponse, QueryDict, StreamingHttpResponse
from django.shortcuts import render
from django.utils import timezone
from django.utils.translation import gettext as _

from tukipiste.accounts.selectors import display_name
from tukipiste.community.selectors import meeting_counts
from tukipiste.core import months
from tukipiste.core.audit import log_action
from tukipiste.offices.selectors import locality_names
from tukipiste.records.selectors import categories_by_id, staff_who_record
from tukipiste.stats import exports, reports, selectors, spreadsheet
from tukipiste.stats.forms import DashboardFilterForm
from tukipiste.stats.periods import Period

VIEW = "records.view_statistics"
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
CLIENT_GROUPINGS = ("month_channel", "month", "channel")
REPORT_GROUPINGS = ("office", "channel", "gender", "age_band", "language")


def _require(request: HttpRequest, *permissions: str) -> User:
    user = cast(User, request.user)
    if not all(user.has_perm(p) for p in permissions):
        raise PermissionDenied
    return user


def _filter_form(request: HttpRequest, user: User, data: QueryDict) -> DashboardFilterForm:
    scope = selectors.scope_of(user)
    offices = [(pk, office.name) for pk, office in scope.offices.items()]
    workers = [(u.pk, display_name(u)) for u in staff_who_record()]
    localities = sorted(locality_names().items(), key=lambda item: item[1])
    form = DashboardFilterForm(data, offices=offices, workers=workers, localities=localities)
    form.is_valid()
    return form


def _filters(form: DashboardFilterForm) -> selectors.Filters:
    # A filter that was not understood falls back to its default (and the page says so);
    # the ones that were understood still apply.
    data = getattr(form, "cleaned_data", {})
    return selectors.Filters(
        period=data.get("period") or form.default_period(),
        office_id=data.get("office"),
        channel=data.get("channel") or "",
        worker_id=data.get("worker"),
        locality_id=data.get("locality"),
        region=data.get("region") or "",
    )


def dashboard(request: HttpRequest) -> HttpResponse:
    user = _require(request, VIEW)
    form = _filter_form(request, user, request.GET)
    filters = _filters(form)
    exact = form.cleaned_data.get("numbers") == "exact"
    scope = selectors.scope_of(user, office_id=filters.office_id)
    counts = selectors.counts_for(
        scope=scope, filters=filters, client_groupings=CLIENT_GROUPINGS, with_year_before=True
    )
    labels = reports.Labels(scope, categories_by_id())
    tables = reports.dashboard_tables(counts, period=filters.period, labels=labels, exact=exact)
    ratings = selectors.chat_feedback_counts(scope=scope, filters=filters)
    if filters.channel in ("", "chat") and filters.worker_id is None:
        tables.append(reports.chat_feedback_table(ratings, exact=exact))
    total = sum(counts.contacts.values())
    return render(
        request,
        "stats/dashboard.html",
        {
            "form": form,
            "tables": tables,
            "period": filters.period,
            "period_label": filters.period.label(),
            "place_query": "".join(
                "&" + urlencode({name: form.cleaned_data[name]})
                for name in ("locality", "region")
                if form.cleaned_data.get(name)
            ),
            "total": total,
            "exact": exact,
            "query": request.GET.urlencode(),
            "year": months.year_of(filters.period.end),
            "can_export_report": user.has_perm("accounts.export_statistics"),
            "can_export_rows": user.has_perm("records.export_contacts"),
        },
        status=400 if form.errors else 200,
    )


def _download(body: bytes, *, name: str, fmt: str) -> HttpResponse:
    content_type = XLSX if fmt == "xlsx" else "text/csv; charset=utf-8"
    response = HttpResponse(body, content_type=content_type)
    response["Content-Disposition"] = f'attachment; filename="{name}.{fmt}"'
    response["Cache-Control"] = "no-store"
    return response


def export_report(request: HttpRequest, fmt: str) -> HttpResponse:
    """The funder's annual report, every count of people suppressed."""
    user = _require(request, VIEW, "accounts.export_statistics")
    this_year = timezone.localdate().year
    try:
        year = int(request.GET.get("year", this_year - 1))
    except ValueError:
        year = this_year - 1
    year = min(max(year, 2000), this_year)
    scope = selectors.scope_of(user)
    place = _filter_form(request, user, request.GET).cleaned_data
    counts = selectors.counts_for(
        scope=scope,
        filters=selectors.Filters(
            period=Period.year(year),
            locality_id=place.get("locality"),
            region=place.get("region") or "",
        ),
        client_groupings=REPORT_GROUPINGS,
    )
    labels = reports.Labels(scope, categories_by_id())
    tables = reports.annual_report(counts, year=year, labels=labels)
    held = meeting_counts(year=year, office_keys=scope.office_keys)
    tables.append(
        reports.group_meetings_table(held.meetings, held.people, year=year, labels=labels)
    )
    if user.has_perm("national.view_indicators"):
        from tukipiste.national.report import indicators_table  # the project's own table

        tables.append(indicators_table(year=year))
    title = _("Contacts and clients in %(year)s") % {"year": year}
    log_action(
        actor=user,
        action="stats.report.exported",
        object_type="stats.annual_report",
        detail=f"{fmt} {year}",
    )
    if fmt == "xlsx":
        body = spreadsheet.xlsx_bytes(exports.report_xlsx_sheets(title, tables))
    else:
        body = spreadsheet.csv_bytes(exports.report_csv_rows(title, tables))
    return _download(body, name=f"tukipiste-report-{year}", fmt=fmt)


def export_contacts(request: HttpRequest, fmt: str) -> HttpResponse | StreamingHttpResponse:
    """Contacts row by row, pseudonymous, for coordinators; every export is audited."""
    user = _require(request, VIEW, "records.export_contacts")
    form = _filter_form(request, user, request.GET)
    filters = _filters(form)
    total, rows = selectors.contact_rows_for(user, filters=filters)
    labels = reports.Labels(selectors.scope_of(user), categories_by_id())
    log_action(
        actor=user,
        action="records.contact.exported",
        object_type="records.contact",
        detail=f"{fmt} {total} rows {filters.period.first:%Y%m%d}-{filters.period.last:%Y%m%d}",
    )
    name = f"tukipiste-contacts-{filters.period.first:%Y%m%d}-{filters.period.last:%Y%m%d}"
    lines = exports.contact_rows(rows, labels)
    if fmt == "xlsx":
        return _download(spreadsheet.xlsx_bytes([(_("Contacts"), lines)]), name=name, fmt=fmt)
    response = StreamingHttpResponse(
        (line.encode() for line in spreadsheet.csv_lines(lines)),
        content_type="text/csv; charset=utf-8",
    )
    response["Content-Disposition"] = f'attachment; filename="{name}.csv"'
    response["Cache-Control"] = "no-store"
    return response
