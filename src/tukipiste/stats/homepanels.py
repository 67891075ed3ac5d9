"""The statistics' panel on the staff home: this month's figures, for coordinators."""

from __future__ import annotations

from typing import Any

from django.http import HttpRequest
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from tukipiste.core import months
from tukipiste.core.homepanels import ORDER_FIGURES, HomePanel
from tukipiste.records.choices import Channel
from tukipiste.stats import selectors
from tukipiste.stats.periods import Period
from tukipiste.stats.suppression import suppress_list


class MonthFiguresPanel(HomePanel):
    name = "month-figures"
    heading = _("This month")
    order = ORDER_FIGURES
    template_name = "stats/home/month_figures.html"

    @classmethod
    def is_shown(cls, request: HttpRequest) -> bool:
        # Coordinators report to the funder and the board; workers have their own panels.
        return bool(request.user.has_perm("accounts.export_statistics"))

    def get_panel_context(self) -> dict[str, Any]:
        month = months.month_number(timezone.localdate())
        scope = selectors.scope_of(self.request.user)
        counts = selectors.counts_for(
            scope=scope, filters=selectors.Filters(period=Period.month(month))
        )
        by_channel: dict[str, int] = {}
        for (_month, _office, channel), amount in counts.contacts.items():
            by_channel[channel] = by_channel.get(channel, 0) + amount
        channels = sorted(by_channel, key=lambda c: -by_channel[c])
        # Small numbers are hidden here as in the statistics (a count could point at someone).
        cells = suppress_list([by_channel[c] for c in channels])
        [clients] = suppress_list([counts.clients_total], total=False)
        return {
            "month": months.first_day(month),
            "total": cells[-1],
            "clients": clients,
            "channels": [
                (Channel(c).label if c in Channel.values else c, cell)
                for c, cell in zip(channels, cells[:-1], strict=True)
            ],
        }
