"""Back-office entries of offices and localities: content editors keep the offices and
their hours; editors and coordinators keep the list of localities."""

from __future__ import annotations

from typing import Any

from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from tukipiste.core.homepanels import add_panels
from tukipiste.offices.models import Locality, Office


class OfficeViewSet(SnippetViewSet):
    model = Office
    icon = "home"
    menu_label = _("Offices and hours")
    list_display = ["name", "city", "locality", "phone"]


class LocalityViewSet(SnippetViewSet):
    model = Locality
    icon = "site"
    menu_label = _("Localities")
    list_display = ["name_fi", "name_sv", "region"]
    list_filter = ["region"]
    search_fields = ["name_fi", "name_sv"]
    ordering = ["name_fi"]


class OfficesGroup(SnippetViewSetGroup):
    items = (OfficeViewSet, LocalityViewSet)
    menu_icon = "home"
    menu_label = _("Offices and localities")
    menu_name = "offices"
    menu_order = 210


register_snippet(OfficesGroup)


@hooks.register("construct_homepage_panels")
def add_offices_home_panels(request: Any, panels: list[Any]) -> None:
    from tukipiste.offices.homepanels import TodaysDropInPanel

    add_panels(request, panels, TodaysDropInPanel)
