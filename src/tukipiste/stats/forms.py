"""The dashboard's filters (a GET form: bad values get an error, never a crash)."""

from __future__ import annotations

import re
from typing import Any, cast

from django import forms
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from tukipiste.core import months
from tukipiste.records.choices import Channel
from tukipiste.stats.periods import Period

MONTH = re.compile(r"^(\d{4})-(\d{2})$")
LONGEST_MONTHS = 10 * 12


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


class DashboardFilterForm(forms.Form):
    start = MonthField(label=_("From month"), required=False)
    end = MonthField(label=_("To month"), required=False)
    office = forms.TypedChoiceField(label=_("Office"), required=False, coerce=int, empty_value=None)
    channel = forms.ChoiceField(label=_("Channel"), required=False)
    worker = forms.TypedChoiceField(label=_("Worker"), required=False, coerce=int, empty_value=None)
    numbers = forms.ChoiceField(
        label=_("Small numbers"),
        required=False,
        choices=[("hidden", _("Hidden (under 5)")), ("exact", _("Shown exactly"))],
    )

    def __init__(
        self, *args: Any, offices: list[tuple[int, str]], workers: list[tuple[int, str]], **kw: Any
    ) -> None:
        super().__init__(*args, **kw)
        cast(forms.ChoiceField, self.fields["office"]).choices = [
            ("", _("All my offices")),
            *offices,
        ]
        cast(forms.ChoiceField, self.fields["channel"]).choices = [
            ("", _("All channels")),
            *Channel.choices,
        ]
        cast(forms.ChoiceField, self.fields["worker"]).choices = [("", _("All workers")), *workers]

    @staticmethod
    def default_period() -> Period:
        today = timezone.localdate()
        return Period(months.first_of_year(today.year), months.month_number(today))

    def clean(self) -> dict[str, Any]:
        data = self.cleaned_data
        default = self.default_period()
        start: int | None = data.get("start")
        end: int | None = data.get("end")
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
            data["period"] = Period(start, end)
        return data
