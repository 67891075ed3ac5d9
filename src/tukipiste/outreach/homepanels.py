"""The outreach panel on the staff home: log a session in one tap, and one's recent ones."""

from __future__ import annotations

from typing import Any

from django.http import HttpRequest
from django.utils.translation import gettext_lazy as _

from tukipiste.core.homepanels import ORDER_RECORDS, HomePanel
from tukipiste.outreach import selectors

RECENT = 3


class OutreachPanel(HomePanel):
    name = "outreach"
    heading = _("Outreach")
    order = ORDER_RECORDS + 1
    template_name = "outreach/home/panel.html"

    @classmethod
    def is_shown(cls, request: HttpRequest) -> bool:
        return bool(request.user.has_perm(selectors.LOG))

    def get_panel_context(self) -> dict[str, Any]:
        user = self.request.user
        mine = selectors.session_list_for(user).filter(recorded_by_id=user.pk)
        return {"recent": list(mine[:RECENT])}
