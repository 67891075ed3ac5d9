"""The staff's first screen: Wagtail's home page made of panels that each app adds.

Each app registers its panels with Wagtail's ``construct_homepage_panels`` hook in its own
``wagtail_hooks.py`` and decides itself whom a panel is for (``is_shown``); this module gives
them one look (a headed card, ``core/home/panel.html``) and removes Wagtail's stock panels for
staff who do not edit pages. The order numbers leave room between apps: work of the moment
(chat duty, today) first, then records, figures, content.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from django.http import HttpRequest
from django.utils.functional import Promise
from wagtail.admin.ui.components import Component

# Orders of the panels, so that apps do not need to know each other's numbers.
ORDER_DUTY = 10
ORDER_TODAY = 20
ORDER_RECORDS = 30
ORDER_FIGURES = 40
ORDER_FEEDBACK = 50
ORDER_CONTENT = 60


class HomePanel(Component):
    """A card on the staff home with a second-level heading and a template of its own."""

    name = "panel"
    heading: str | Promise = ""
    order = 100
    template_name = ""

    def __init__(self, request: HttpRequest) -> None:
        self.request = request

    @classmethod
    def is_shown(cls, request: HttpRequest) -> bool:
        """Whether the panel belongs on this person's home (role, permission)."""
        return True

    def get_panel_context(self) -> dict[str, Any]:
        return {}

    def get_context_data(self, parent_context: Mapping[str, Any] | None) -> dict[str, Any]:
        return {
            "panel": self,
            "request": self.request,
            "heading": self.heading,
            "heading_id": f"home-{self.name}",
            **self.get_panel_context(),
        }


def add_panels(request: HttpRequest, panels: list[Any], *classes: type[HomePanel]) -> None:
    """Append to the home those of ``classes`` that are for this person."""
    panels.extend(panel(request) for panel in classes if panel.is_shown(request))
