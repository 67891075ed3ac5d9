"""The offices' panel on the staff home: today's drop-in hours of one's own offices."""

from __future__ import annotations

from typing import Any

from django.http import HttpRequest
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from tukipiste.accounts.selectors import office_ids_visible_to, sees_all_offices
from tukipiste.core.homepanels import ORDER_TODAY, HomePanel
from tukipiste.offices import selectors
from tukipiste.offices.models import DutyKind


class TodaysDropInPanel(HomePanel):
    name = "drop-in-today"
    heading = _("Drop-in today")
    order = ORDER_TODAY
    template_name = "offices/home_drop_in_today.html"

    @classmethod
    def is_shown(cls, request: HttpRequest) -> bool:
        # Those who meet clients: workers and coordinators (they record contacts).
        return bool(request.user.has_perm("records.add_contact"))

    def get_panel_context(self) -> dict[str, Any]:
        user = self.request.user
        office_ids = None if sees_all_offices(user) else office_ids_visible_to(user)
        return {
            "offices": selectors.hours_today(
                kind=DutyKind.DROP_IN, moment=timezone.now(), office_ids=office_ids
            )
        }
