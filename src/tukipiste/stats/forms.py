"""The dashboard's filters (a GET form: bad values get an error, never a crash). A period
is a range of days, whole months, or a shortcut (this or last month, quarter, year)."""

from __future__ import annotations

import datetime as dt
import re
from typing import Any, cast

from django import forms
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from tukipiste.core import months
from tukipiste.offices.selectors import all_localities
from tukipiste.records.choices import Channel
from tukipiste.stats.periods import Period

MONTH = re.compile(r"^(\d{4})-(\d{2})$")
LONGEST_MONTHS = 10 * 12
LONGEST_DAYS = 10 * 366


class MonthField(forms.CharField):
    """A month as ``YYYY-MM`` (the value of ``<input type="month">``)."""

    widget = forms.TextInput(attrs={"type": "month", "placeholder": "2026-01"})

    def to_python(self, value: Any) -> int | None:  # type: ignore[override]
        text = super().to_python(value)
        if not text:
            return None
        match = MONTH.match(text.strip())
        if not match or not 1 <= int(match[2]) <= 12 or not 2000 <= int(match[1]) <= 2100:
            raise forms.ValidationError(_("Give a month as year and month, e.g. 2026-03."))
        return months.make(int(match[1]), int(match[2]))


def regions() -> list[tuple[str, str]]:
    """The regions of Finland, as the locality list names them."""
    field = all_localities().model._meta.get_field("region")
    return [(str(value), str(label)) for value, label in getattr(field, "choices", None) or []]


SHORTCUTS = [
    ("this-month", _("This month")),
    ("last-month", _("Last month")),
    ("this-quarter", _("This quarter")),
    ("last-quarter", _("Last quarter")),
    ("this-year", _("This year")),
    ("last-year", _("Last year")),
]


def shortcut_period(name: str, today: dt.date) -> Period:
    """The calendar period a shortcut names, seen from ``today``."""
    this_month = months.month_number(today)
    quarter = (today.month - 1) // 3 + 1
    if name == "this-month":
        return Period.month(this_month)
    if name == "last-month":
        return Period.month(months.add_months(this_month, -1))
    if name == "this-quarter":
        return Period.quarter(today.year, quarter)
    if name == "last-quarter":
        return (
            Period.quarter(today.year, quarter - 1)
            if quarter > 1
            else Period.quarter(today.year - 1, 4)
        )
    if name == "last-year":
        return Period.year(today.year - 1)
    return Period.year(today.year)


class DayField(forms.DateField):
    """A day as ``YYYY-MM-DD`` (the value of ``<input type="date">``)."""

    widget = forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d")
    default_error_messages = {
        "invalid": _("Give a day as year, month and day, e.g. 2026-03-15."),
    }


class DashboardFilterForm(forms.Form):
    shortcut = forms.ChoiceField(
        label=_("Period"), required=False, choices=[("", _("Months or days below")), *SHORTCUTS]
    )
    start = MonthField(label=_("From month"), required=False)
    end = MonthField(label=_("To month"), required=False)
    first_day = DayField(label=_("From day"), required=False)
    last_day = DayField(label=_("To day"), required=False)
    office = forms.TypedChoiceField(label=_("Office"), required=False, coerce=int, empty_value=None)
    region = forms.ChoiceField(label=_("Region"), required=False)
    locality = forms.TypedChoiceField(
        label=_("Locality"), required=False, coerce=int, empty_value=None
    )
    channel = forms.ChoiceField(label=_("Channel"), required=False)
    worker = forms.TypedChoiceField(label=_("Worker"), required=False, coerce=int, empty_value=None)
    numbers = forms.ChoiceField(
        label=_("Small numbers"),
        required=False,
        choices=[("hidden", _("Hidden (under 5)")), ("exact", _("Shown exactly"))],
    )

    def __init__(
        self,
        *args: Any,
        offices: list[tuple[int, str]],
        workers: list[tuple[int, str]],
        localities: list[tuple[int, str]] = (),  # type: ignore[assignment]
        **kw: Any,
    ) -> None:
        super().__init__(*args, **kw)
        cast(forms.ChoiceField, self.fields["office"]).choices = [
            ("", _("All my offices")),
            *offices,
        ]
        cast(forms.ChoiceField, self.fields["region"]).choices = [
            ("", _("All regions")),
            *regions(),
        ]
        cast(forms.ChoiceField, self.fields["locality"]).choices = [
            ("", _("All localities")),
            *localities,
        ]
        cast(forms.ChoiceField, self.fields["channel"]).choices = [
            ("", _("All channels")),
            *Channel.choices,
        ]
        cast(forms.ChoiceField, self.fields["worker"]).choices = [("", _("All workers")), *workers]

    @staticmethod
    def default_period() -> Period:
        today = timezone.localdate()
        return Period.of_months(months.first_of_year(today.year), months.month_number(today))

    def clean(self) -> dict[str, Any]:
        data = self.cleaned_data
        if "first_day" in self.errors or "last_day" in self.errors:
            return data
        first: dt.date | None = data.get("first_day")
        last: dt.date | None = data.get("last_day")
        if first is not None or last is not None:
            self._clean_days(first, last)
        elif data.get("shortcut"):
            data["period"] = shortcut_period(data["shortcut"], timezone.localdate())
        elif "start" not in self.errors and "end" not in self.errors:
            self._clean_months(data.get("start"), data.get("end"))
        return data

    def _clean_days(self, first: dt.date | None, last: dt.date | None) -> None:
        today = timezone.localdate()
        if first is None:
            assert last is not None
            first = last.replace(month=1, day=1)
        elif last is None:
            last = (
                max(first, today) if first.year == today.year else first.replace(month=12, day=31)
            )
        if first > last:
            self.add_error("last_day", _("The period must end after it starts."))
        elif (last - first).days >= LONGEST_DAYS:
            self.add_error("last_day", _("Choose a period of at most ten years."))
        elif first.year < 2000 or last.year > 2100:
            self.add_error("first_day", _("Choose days between the years 2000 and 2100."))
        else:
            self.cleaned_data["period"] = Period(first, last)

    def _clean_months(self, start: int | None, end: int | None) -> None:
        default = self.default_period()
        if start is None and end is None:
            start, end = default.start, default.end
        elif start is None:
            assert end is not None
            start = months.first_of_year(months.year_of(end))
        elif end is None:
            end = (
                max(start, default.end)
                if months.year_of(start) == months.year_of(default.end)
                else months.last_of_year(months.year_of(start))
            )
        if start > end:
            self.add_error("end", _("The period must end after it starts."))
        elif months.months_between(start, end) >= LONGEST_MONTHS:
            self.add_error("end", _("Choose a period of at most ten years."))
        else:
            self.cleaned_data["period"] = Period.of_months(start, end)
