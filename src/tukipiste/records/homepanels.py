"""The records' panel on the staff home: the quick tally and one's own recent contacts."""

from __future__ import annotations

import datetime as dt
from typing import Any

from django.http import HttpRequest
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from tukipiste.core.homepanels import ORDER_RECORDS, HomePanel
from tukipiste.records import selectors

RECENT = 5


class RecentContactsPanel(HomePanel):
    name = "contacts"
    heading = _("Your contacts")
    order = ORDER_RECORDS
    template_name = "records/home/contacts.html"

    @classmethod
    def is_shown(cls, request: HttpRequest) -> bool:
        return bool(request.user.has_perm("records.add_contact"))

    def get_panel_context(self) -> dict[str, Any]:
        user = self.request.user
        mine = selectors.contact_list_for(user).filter(recorded_by_id=user.pk)
        local_now = timezone.localtime()
        midnight = local_now.replace(hour=0, minute=0, second=0, microsecond=0)
        return {
            "today": mine.filter(
                started_at__gte=midnight, started_at__lt=midnight + dt.timedelta(days=1)
            ).count(),
            "recent": list(mine[:RECENT]),
        }
