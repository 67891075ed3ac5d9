"""Back-office of community activities: editors keep groups and events (snippets), a
group's coming meetings can be cancelled in one click, facilitators see their next
meetings on the staff home and count who came."""

from __future__ import annotations

from typing import Any

from django.http import HttpRequest
from django.urls import include, path, reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.ui.components import Component
from wagtail.admin.ui.tables import Column
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from tukipiste.accounts.wagtail_hooks import PermissionMenuItem
from tukipiste.community import selectors, services, staff_urls
from tukipiste.community.models import Event, Group


class MeetingsColumn(Column):
    """A link from a group in the list to its coming meetings."""

    cell_template_name = "community/staff/_meetings_cell.html"

    def get_value(self, instance: Any) -> str:
        return reverse("community_group_meetings", args=[instance.pk])


class GroupViewSet(SnippetViewSet):
    model = Group
    icon = "group"
    menu_label = _("Groups")
    list_display = [
        "name_fi",
        "office",
        "audience",
        "starts_on",
        MeetingsColumn("meetings", label=_("Meetings")),
    ]
    list_filter = ["office", "audience", "active"]
    search_fields = ["name_fi", "name_en", "slug"]


class EventViewSet(SnippetViewSet):
    model = Event
    icon = "date"
    menu_label = _("Events")
    list_display = ["name_fi", "office", "starts_at", "places", "places_taken", "cancelled"]
    list_filter = ["office", "cancelled"]
    search_fields = ["name_fi", "name_en", "place"]


class CommunityGroup(SnippetViewSetGroup):
    items = (GroupViewSet, EventViewSet)
    menu_icon = "group"
    menu_label = _("Community activities")
    menu_name = "community"
    menu_order = 220


register_snippet(CommunityGroup)


@hooks.register("register_admin_urls")
def register_community_urls() -> list[Any]:
    return [path("community/", include(staff_urls))]


@hooks.register("register_admin_menu_item")
def meetings_item() -> PermissionMenuItem:
    return PermissionMenuItem(
        _("Group meetings"),
        reverse("community_meetings"),
        icon_name="group",
        order=113,
        permission=services.RECORD_ATTENDANCE,
    )


class NextMeetingsPanel(Component):
    """The staff home's list of the meetings of the groups the user runs."""

    name = "community_next_meetings"
    order = 60
    template_name = "community/staff/home_panel.html"

    def __init__(self, request: HttpRequest) -> None:
        self.request = request

    def get_context_data(self, parent_context: Any = None) -> dict[str, Any]:
        view = selectors.facilitator_view(user=self.request.user, now=timezone.now(), days_ahead=7)  # type: ignore[arg-type]
        return {
            "entries": view.upcoming[:6],
            "to_count": sum(1 for m in view.to_record if m.attendance is None),
        }


@hooks.register("construct_homepage_panels")
def add_next_meetings_panel(request: HttpRequest, panels: list[Any]) -> None:
    user = request.user
    if user.has_perm(services.RECORD_ATTENDANCE) and selectors.groups_facilitated_by(user).exists():  # type: ignore[arg-type]
        panels.append(NextMeetingsPanel(request))
