"""Back-office entry of offices: content editors keep the offices and their hours."""

from __future__ import annotations

from django.utils.translation import gettext_lazy as _
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from tukipiste.offices.models import Office


class OfficeViewSet(SnippetViewSet):
    model = Office
    icon = "home"
    menu_label = _("Offices and hours")
    menu_order = 210
    add_to_admin_menu = True
    list_display = ["name", "city", "phone"]


register_snippet(OfficeViewSet)
