"""Back-office entries of outreach: log a session, the list, the forums' summary, and the
managed list of online forums."""

from __future__ import annotations

from typing import Any

from django.urls import include, path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.views.generic.models import CreateView, EditView
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.permissions import register_permission_policy

from tukipiste.accounts.wagtail_hooks import PermissionMenuItem
from tukipiste.core.audit import log_action
from tukipiste.core.homepanels import add_panels
from tukipiste.core.permissions import LimitedActionsPolicy
from tukipiste.outreach import selectors, urls
from tukipiste.outreach.models import Forum

# Forums are retired, never deleted: past sessions name them.
register_permission_policy(Forum, LimitedActionsPolicy(Forum, allowed={"view", "add", "change"}))


@hooks.register("register_admin_urls")
def register_outreach_urls() -> list[Any]:
    return [path("outreach/", include(urls))]


@hooks.register("register_admin_menu_item")
def log_outreach_item() -> PermissionMenuItem:
    return PermissionMenuItem(
        _("Log outreach"),
        reverse("outreach_session_new"),
        icon_name="site",
        order=114,
        permission=selectors.LOG,
    )


@hooks.register("register_admin_menu_item")
def outreach_sessions_item() -> PermissionMenuItem:
    return PermissionMenuItem(
        _("Outreach sessions"),
        reverse("outreach_sessions"),
        icon_name="list-ul",
        order=115,
        permission=selectors.LOG,
    )


@hooks.register("register_admin_menu_item")
def forum_summary_item() -> PermissionMenuItem:
    return PermissionMenuItem(
        _("Online outreach by forum"),
        reverse("outreach_forum_summary"),
        icon_name="table",
        order=116,
        permission=selectors.SUMMARY,
    )


class ForumCreateView(CreateView):
    def save_instance(self) -> Forum:
        instance: Forum = super().save_instance()
        log_action(actor=self.request.user, action="outreach.forum.created", obj=instance)
        return instance


class ForumEditView(EditView):
    def save_instance(self) -> Forum:
        instance: Forum = super().save_instance()
        log_action(actor=self.request.user, action="outreach.forum.changed", obj=instance)
        return instance


class ForumViewSet(ModelViewSet):
    model = Forum
    add_view_class = ForumCreateView
    edit_view_class = ForumEditView
    icon = "globe"
    menu_label = _("Online forums")
    menu_order = 241
    add_to_admin_menu = True
    list_display = ["name", "address", "active", "sort_order"]
    list_filter = ["active"]
    search_fields = ["name", "address"]
    form_fields = ["name", "address", "active", "sort_order"]
    copy_view_enabled = False
    inspect_view_enabled = False


@hooks.register("register_admin_viewset")
def register_forums() -> ForumViewSet:
    return ForumViewSet("outreach_forums")


@hooks.register("construct_homepage_panels")
def add_outreach_home_panel(request: Any, panels: list[Any]) -> None:
    from tukipiste.outreach.homepanels import OutreachPanel

    add_panels(request, panels, OutreachPanel)
